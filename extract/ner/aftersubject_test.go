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
		{"村民王海林正在地里干活。", []string{"PER:王海林"}, []string{"PER:王海"}},
		{"村民孙立新随后赶到。", []string{"PER:孙立新"}, []string{"PER:孙立"}},
		{"市民张海龙近日向记者反映。", []string{"PER:张海龙"}, []string{"PER:张海"}},
		// a third character common in given names (东, 强) before an adverb
		{"村民黄晓东亲自动手。", []string{"PER:黄晓东"}, []string{"PER:黄晓"}},
		{"书记王建强调，要抓落实。", []string{"PER:王建"}, []string{"PER:王建强"}},
		// the word of speech after the time word or the adverb is the cue
		{"刘海波昨天说，今年收成好。", []string{"PER:刘海波"}, []string{"PER:刘海"}},
		{"覃立松今天告诉记者，路修好了。", []string{"PER:覃立松"}, nil},
		{"张志红已经介绍过情况。", []string{"PER:张志红"}, nil},
		{"市民钱国栋上午说，他很满意。", []string{"PER:钱国栋"}, nil},
		// an age after the name, or after a time word, is a cue
		{"周立军今年五十岁，在村里开了家小卖部。", []string{"PER:周立军"}, []string{"PER:周立"}},
		{"韩雪36岁，是一名乡村教师。", []string{"PER:韩雪"}, nil},
		{"全县今年50岁以上的人口增加了。", nil, []string{"PER:全县"}},
		{"高校今年三十岁了。", nil, []string{"PER:高校"}},
		// a name the segmenter knows, after an adverb that stands before
		// verbs, is what is done (正在/修房子)
		{"村民张伟正在修房子。", []string{"PER:张伟"}, []string{"PER:修房子"}},
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

// TestStopCharNameOpeningClause checks names of three characters whose
// given name holds a character rare in given names at large but common in
// some (建, 强, 东), unknown to the segmenter, that open a clause or follow
// a role and come before a word of speech or of leading; and runs that
// are no such name.
func TestStopCharNameOpeningClause(t *testing.T) {
	tests := []mentionCase{
		{"覃建勇带领村民修通了道路。", []string{"PER:覃建勇"}, nil},
		{"韦国东介绍，合作社今年分红十万元。", []string{"PER:韦国东"}, nil},
		{"钟文强带领技术人员攻克难关。", []string{"PER:钟文强"}, nil},
		{"卢东升带领团队完成了任务。", []string{"PER:卢东升"}, nil},
		{"据石建平介绍，项目已经完工。", []string{"PER:石建平"}, nil},
		{"村民卢东升说，今年种了十亩。", []string{"PER:卢东升"}, nil},
		// no such name
		{"林业局介绍，造林面积扩大。", nil, []string{"PER:林业局"}},
		{"包建强调，要抓好落实。", nil, []string{"PER:包建强"}},
		{"石东村介绍，村里有三百户。", nil, []string{"PER:石东村"}},
		{"向东南介绍了情况。", nil, []string{"PER:向东南"}},
		{"全县建成表示满意。", nil, []string{"PER:全县建"}},
		{"会上，马建东西两侧的摊位都说好。", nil, []string{"PER:马建东"}},
	}
	checkMentions(t, tests)
}

// TestSpeakerBeforeColon checks the speaker of an interview, a name that
// opens a clause before a colon, and the labels that stand there and are
// no name.
func TestSpeakerBeforeColon(t *testing.T) {
	tests := []mentionCase{
		{"邝少华：我们会继续努力。", []string{"PER:邝少华"}, nil},
		{"记者问：“你怎么看？”姜涛：我看好他们。", []string{"PER:姜涛"}, nil},
		{"记者：你怎么看这件事？", nil, []string{"PER:记者"}},
		{"时间：上午九点。", nil, []string{"PER:时间"}},
		{"高中生：学习很紧张。", nil, []string{"PER:高中生"}},
		{"单位：市第一中学。", nil, []string{"PER:单位"}},
		{"简介：本书讲述了一个故事。", nil, []string{"PER:简介"}},
		{"原标题：春天来了", nil, []string{"PER:原标题"}},
		{"黄金：价格上涨。", nil, []string{"PER:黄金"}},
		{"方法：先洗净。", nil, []string{"PER:方法"}},
	}
	checkMentions(t, tests)
}

// TestSubjectVerbOpeningClause checks names that open a clause before a
// verb of feeling, knowing or doing by hand (觉得, 拿出, 看着), and common
// words in the same place.
func TestSubjectVerbOpeningClause(t *testing.T) {
	tests := []mentionCase{
		{"覃立松觉得，这条路修得值。", []string{"PER:覃立松"}, nil},
		{"韦福顺拿出一本旧相册。", []string{"PER:韦福顺"}, nil},
		{"说起往事，蒙秀兰激动地站了起来。", []string{"PER:蒙秀兰"}, nil},
		{"公司决定扩大生产。", nil, []string{"PER:公司"}},
		{"全村坚持种植有机蔬菜。", nil, []string{"PER:全村"}},
		{"高层决定调整方向。", nil, []string{"PER:高层"}},
		{"黄金拿出来卖了。", nil, []string{"PER:黄金"}},
		{"云南看到了希望。", nil, []string{"PER:云南"}},
	}
	checkMentions(t, tests)
}
