package ner_test

import "testing"

// TestVerbWithParticleAfterName checks a two-character name followed by
// a one-character verb that the segmenter reads with its aspect particle
// as one word (周明/算了/一笔账): the verb is no third character of the
// name. A three-character name before the same words, and a third
// character before a word that only starts with 了 (了解), stay whole.
func TestVerbWithParticleAfterName(t *testing.T) {
	tests := []mentionCase{
		{"柳溪村蔬菜专业合作社理事长周明算了一笔账：今年每亩地能增收两千元。", []string{"PER:周明"}, []string{"PER:周明算"}},
		{"合作社理事长冯瑶算了一笔账，今年收入翻了一番。", []string{"PER:冯瑶"}, []string{"PER:冯瑶算"}},
		{"合作社理事长练静算了一笔账。", []string{"PER:练静"}, []string{"PER:练静算"}},
		{"合作社理事长赵俊阳算了一笔账。", []string{"PER:赵俊阳"}, []string{"PER:赵俊"}},
		{"县农业农村局局长王志强了解到，今年小麦长势良好。", []string{"PER:王志强"}, []string{"PER:王志"}},
	}
	checkMentions(t, tests)
}
