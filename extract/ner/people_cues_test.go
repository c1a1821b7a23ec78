package ner_test

import "testing"

// TestFirstCharStopAfterRole: after a role or an age, a given name whose
// first character is a stop character common in given names (建, 东, 全)
// and that the segmenter reads as one noun is taken where a person cue or
// a word of residence follows (65岁的周建平家住…, 市民杨建国今年43岁).
func TestFirstCharStopAfterRole(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"今年65岁的周建平家住城南社区。", []string{"PER:周建平"}, nil},
		{"家住北街的市民杨建国今年43岁。", []string{"PER:杨建国"}, nil},
		// a given name the segmenter reads as a verb, before a cue
		{"患者吴建新今年67岁。", []string{"PER:吴建新"}, nil},
		// a common word after a role, with no cue after it
		{"村民王建房需要审批。", nil, []string{"PER:王建房"}},
		{"村民王建成了新房。", nil, []string{"PER:王建成"}},
		{"65岁的高龄老人越来越多。", nil, []string{"PER:高龄"}},
	})
}

// TestTwoWordsBeforeAge: a name that opens a clause followed by two time
// words or adverbs and an age is a person's (刘桂兰今年已经八十五岁了).
func TestTwoWordsBeforeAge(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"刘桂兰今年已经八十五岁了，每天还下地干活。", []string{"PER:刘桂兰"}, nil},
		{"村里，刘桂兰今年已经八十五岁了。", []string{"PER:刘桂兰"}, nil},
		{"刘桂兰今年已经成为种植能手。", nil, []string{"PER:刘桂兰"}},
	})
}

// TestResidentBeforeName: 家住X的, 现居X的 before a name is a cue like a
// role (现居成都市的张晓东).
func TestResidentBeforeName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"现居成都市的张晓东是一名自由摄影师。", []string{"PER:张晓东"}, nil},
		{"家住城南社区的高龄老人越来越多。", nil, []string{"PER:高龄"}},
		{"成都市的高龄老人越来越多。", nil, []string{"PER:高龄"}},
		// a kind after the name says it is a person's (是一名)
		{"成都市的张晓东是一名自由摄影师。", []string{"PER:张晓东"}, nil},
	})
}

// TestAgedPlaceTaggedGiven: right after an age (32岁的) a given name
// whose first character is 建, 东 … and that the segmenter tags as a place
// or a name needs no cue after it (32岁的覃东林站在); a common noun does
// (65岁的周建平每天 is left); students are no names (18岁的高中生).
func TestAgedPlaceTaggedGiven(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"32岁的覃东林站在果园里说。", []string{"PER:覃东林"}, nil},
		{"在夜市，摊主韦东明正忙着烤串。", []string{"PER:韦东明"}, nil},
		{"18岁的高中生参加比赛。", nil, []string{"PER:高中生"}},
		{"村民初中生说。", nil, []string{"PER:初中生"}},
	})
}

// TestCommonWordBeforeTitle: a common word of the dictionary that opens
// a clause before a title is no name (项目总监陈立新, 车间主任韦小军).
func TestCommonWordBeforeTitle(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"项目总监孟庆华说，工程进展顺利。", []string{"PER:孟庆华"}, []string{"PER:项目"}},
		{"车间主任孟庆华说，订单排满了。", []string{"PER:孟庆华"}, []string{"PER:车间"}},
		{"中国科学院孟庆华院士作报告。", []string{"PER:孟庆华"}, nil},
		{"，孟庆华书记主持会议。", []string{"PER:孟庆华"}, nil},
	})
}

// TestTwoStopCharsBeforeSpeech: a three-character name that opens a
// clause before a word of speech may hold two stop characters common in
// given names (杨建东说); a common word still is none.
func TestTwoStopCharsBeforeSpeech(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"“手艺人要对得起自己的作品。”杨建东说。", []string{"PER:杨建东"}, nil},
		{"村民杨建东说，今年收成好。", []string{"PER:杨建东"}, nil},
		{"“好好学习。”高中生说。", nil, []string{"PER:高中生"}},
		{"，全面建设说明了问题。", nil, []string{"PER:全面建"}},
	})
}

// TestStreetRoles: riders and hawkers are roles before a name (骑手黄志刚).
func TestStreetRoles(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"骑手孟庆华每天跑两百单。", []string{"PER:孟庆华"}, nil},
		{"摊贩邵雪梅每天出摊。", []string{"PER:邵雪梅"}, nil},
		{"外卖骑手孟庆华每天晚上都来取餐。", []string{"PER:孟庆华"}, nil},
	})
}

// TestNameBeforeCopulaAndPost: a name opening a clause before 是, a body or
// a place, 的 and a post (陈秀兰是X中学的英语教师) is a person; 是 before a
// thing is no cue.
func TestNameBeforeCopulaAndPost(t *testing.T) {
	tests := []mentionCase{
		{"陈秀兰是三都水族自治县第二中学的英语教师。", []string{"PER:陈秀兰"}, nil},
		{"王海是县人民医院的护士长。", []string{"PER:王海"}, nil},
		{"高效是县人民医院的追求。", nil, []string{"PER:高效"}},
	}
	checkMentions(t, tests)
}

// TestNameBeforeVerbOfHolding: a name before 担任, 出任 or 兼任 is a person.
func TestNameBeforeVerbOfHolding(t *testing.T) {
	tests := []mentionCase{
		{"王刚担任贵州省黔南州龙里县副县长。", []string{"PER:王刚"}, nil},
		{"李明兼任合作社理事长。", []string{"PER:李明"}, nil},
	}
	checkMentions(t, tests)
}
