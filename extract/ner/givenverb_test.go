package ner_test

import "testing"

// TestThirdCharacterFa checks 发, a character common at the end of given
// names (德发, 永发) that the segmenter reads as a verb of its own: after
// a role or an age it stays in the name before a word of speech or
// punctuation, not before a word it begins (发表, 发展).
func TestThirdCharacterFa(t *testing.T) {
	tests := []mentionCase{
		{"71岁的果农陈永发说，今年苹果价格不错。", []string{"PER:陈永发"}, []string{"PER:陈永"}},
		{"养殖户罗富发介绍，今年出栏生猪三百头。", []string{"PER:罗富发"}, []string{"PER:罗富"}},
		{"村民陈永发表了自己的看法。", nil, []string{"PER:陈永发"}},
		{"村民陈永发展起了民宿。", nil, []string{"PER:陈永发"}},
	}
	checkMentions(t, tests)
}
