package ner_test

import "testing"

// TestNameBeforeTimeWordOrAdverb checks names of three characters
// followed by a time word or an adverb (今年, 昨天, 已经, 正在): the name
// keeps its third character where the segmenter ends the word after it at
// a boundary, loses it where the segmenter reads the adverb over it, and
// a word of speech after the time word is a cue. Common words before a
// time word and a word of speech stay words.
func TestNameBeforeTimeWordOrAdverb(t *testing.T) {
	tests := []mentionCase{
		{"村民刘海波昨天说，今年收成好。", []string{"PER:刘海波"}, []string{"PER:刘海"}},
		{"记者王海林今天从市里获悉。", []string{"PER:王海林"}, []string{"PER:王海"}},
		{"村民周立军今年五十岁。", []string{"PER:周立军"}, []string{"PER:周立军今", "PER:周立"}},
		{"村民李文正在地里干活。", []string{"PER:李文"}, []string{"PER:李文正"}},
		// the word of speech after the time word or the adverb is the cue
		{"刘海波昨天说，今年收成好。", []string{"PER:刘海波"}, []string{"PER:刘海"}},
		{"覃立松今天告诉记者，路修好了。", []string{"PER:覃立松"}, nil},
		{"张志红已经介绍过情况。", []string{"PER:张志红"}, nil},
		{"市民钱国栋上午说，他很满意。", []string{"PER:钱国栋"}, nil},
		// a time word read over the third character still cuts it
		{"乡长李东明天到村里调研。", []string{"PER:李东"}, []string{"PER:李东明"}},
		// common words before a time word and a word of speech
		{"黄金今天表示价格上涨。", nil, []string{"PER:黄金", "PER:黄金今"}},
		{"方面今天表示将继续合作。", nil, []string{"PER:方面"}},
		{"江山今天说，风景如画。", nil, []string{"PER:江山"}},
		{"高度已经认为这很重要。", nil, []string{"PER:高度"}},
		{"金融界今天认为风险可控。", nil, []string{"PER:金融界", "PER:金融"}},
		{"安全员昨天介绍，设备正常。", nil, []string{"PER:安全员", "PER:安全"}},
	}
	checkMentions(t, tests)
}
