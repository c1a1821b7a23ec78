package ner_test

import "testing"

// TestNameOverCommonWordStart checks three-character names whose first two
// characters are a common word (白金, 王国, 黄金): taken where the segmenter
// reads a name over them and a cue supports it, and not where the word is
// meant (王国的, 高山上) or no cue stands by.
func TestNameOverCommonWordStart(t *testing.T) {
	tests := []mentionCase{
		// the surname split off, the given name a name token (白/金龙)
		{"走出大棚，白金龙笑着说，番茄熟了。", []string{"PER:白金龙"}, []string{"PER:金龙"}},
		{"果农白金龙说，今年的苹果卖得好。", []string{"PER:白金龙"}, []string{"PER:金龙"}},
		{"据白金龙介绍，合作社有社员八十户。", []string{"PER:白金龙"}, []string{"PER:金龙"}},
		// the surname bound to the word before it: not a name start
		{"买了白金龙表示的产品。", nil, []string{"PER:白金龙"}},
		// one name token over the three characters (王国华)
		{"王国华表示，学校明年扩建。", []string{"PER:王国华"}, nil},
		{"村民王国华说，路修好了。", []string{"PER:王国华"}, nil},
		// no cue: the segmenter's name token alone is not enough
		{"王国华的书卖得很好。", nil, []string{"PER:王国华"}},
		// the common word meant
		{"这个王国的国王很年轻。", nil, []string{"PER:王国的"}},
		{"他们在高山上种茶。", nil, []string{"PER:高山上"}},
		// a role before a word the dictionary tags as a name, and a verb
		// that only starts with a word of speech
		{"群众幸福感说明了问题。", nil, []string{"PER:幸福感"}},
		{"游客农家乐表示满意。", nil, []string{"PER:农家乐"}},
	}
	checkMentions(t, tests)
}

// TestFunctionWordSurname checks surnames that are also prepositions or
// conjunctions (向, 和, 对, 同): inside a clause they join the name after
// them to the sentence, where a clause opens, or after a role or a title,
// they may start a name.
func TestFunctionWordSurname(t *testing.T) {
	tests := []mentionCase{
		{"他向金龙表示感谢。", []string{"PER:金龙"}, []string{"PER:向金龙"}},
		{"她和金龙一起下地。", []string{"PER:金龙"}, []string{"PER:和金龙"}},
		{"老师对金龙说，要好好学习。", []string{"PER:金龙"}, []string{"PER:对金龙"}},
		{"总统和夫人出席了宴会。", nil, []string{"PER:和夫人"}},
		{"向金龙表示，明年还要扩大规模。", []string{"PER:向金龙"}, nil},
		{"村民向金龙说，今年丰收。", []string{"PER:向金龙"}, nil},
		{"副县长向金龙表示，项目已开工。", []string{"PER:向金龙"}, nil},
		{"副县长于有文表示，项目已开工。", []string{"PER:于有文"}, nil},
	}
	checkMentions(t, tests)
}

// TestSplitNameAfterRole checks names the segmenter splits into a common
// word and one character (王国/庆, 白金/虎), after a role word, and runs
// that are no name.
func TestSplitNameAfterRole(t *testing.T) {
	tests := []mentionCase{
		{"老人王国庆说，日子越来越好。", []string{"PER:王国庆"}, nil},
		{"村民白金虎笑着说，今年丰收。", []string{"PER:白金虎"}, nil},
		// a noun suffix, a word of the dictionary, a verb that only
		// starts with 说
		{"居民高校方说，今年丰收。", nil, []string{"PER:高校方"}},
		{"群众安全员说明情况。", nil, []string{"PER:安全员"}},
		{"王国庆说明了情况。", nil, []string{"PER:王国庆"}},
	}
	checkMentions(t, tests)
}
