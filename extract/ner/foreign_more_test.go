package ner_test

import "testing"

// TestForeignNameParts checks transliterated names: the parts written
// before a middle dot belong to the name, and a foreign name after a
// head-of-state title may end before an adverb or a time word.
func TestForeignNameParts(t *testing.T) {
	tests := []mentionCase{
		{"经济学家史蒂芬·罗奇认为，通胀将上升。", []string{"PER:史蒂芬·罗奇"}, []string{"PER:罗奇"}},
		{"演员玛丽·安·刘易斯说，她很高兴。", []string{"PER:玛丽·安·刘易斯"}, nil},
		{"法国总统马克龙此前宣布了计划。", []string{"PER:马克龙"}, nil},
		{"美国总统拜登近日签署了法案。", []string{"PER:拜登"}, nil},
	}
	checkMentions(t, tests)
}
