package ner_test

import "testing"

// TestMannerAdverbThenVisitVerb: a manner adverb and a verb of a leader's
// visit after a name (任光荣详细询问了, 柴宏伟认真听取了) show the name is a
// person's; the adverb alone or after a word that is no name does not.
func TestMannerAdverbThenVisitVerb(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"任光荣详细询问了企业的生产情况。", []string{"PER:任光荣"}, nil},
		{"在座谈会上，柴宏伟认真听取了大家的意见。", []string{"PER:柴宏伟"}, nil},
		{"期间，龚建林实地察看了灌区的渠道。", []string{"PER:龚建林"}, nil},
		{"黄金认真对待每一位顾客。", nil, []string{"PER:黄金"}},
		{"高度重视安全生产工作。", nil, []string{"PER:高度"}},
	})
}

// TestNamingVerbs: a verb of naming (名叫; 叫 after a pronoun or a role)
// before a name that punctuation, 的 or 是 closes; not where the name is a
// village's or a shop's (一个名叫X的村), nor after 叫 that calls a thing.
func TestNamingVerbs(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"村里有位种粮大户叫田学军，今年种了三百亩水稻。", []string{"PER:田学军"}, nil},
		{"这位老人名叫郝玉珍，今年八十二岁。", []string{"PER:郝玉珍"}, nil},
		{"一个名叫庞秀兰的小姑娘站在门口。", []string{"PER:庞秀兰"}, nil},
		{"山里有个名叫石家坪的小村子。", nil, []string{"PER:石家坪"}},
		{"路边有一家名叫金福来的小店。", nil, []string{"PER:金福来"}},
		{"大家都叫好。", nil, []string{"PER:好"}},
		// 叫 that calls for or calls a thing
		{"乘客可以通过手机叫车服务，十分方便。", nil, []string{"PER:车服务"}},
		{"当地人管这种饼叫金饼，味道很好。", nil, []string{"PER:金饼"}},
		{"她叫王玉兰，是村里的致富带头人。", []string{"PER:王玉兰"}, nil},
	})
}

// TestAddressAfterStopCharName: a term of address (先生, 女士) after a name
// of three characters whose last is common in other words (全) keeps the
// name whole where it opens a clause.
func TestAddressAfterStopCharName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"会后，彭德全先生向学校捐赠了图书。", []string{"PER:彭德全"}, []string{"PER:彭德"}},
		{"王德全先生捐赠了图书。", []string{"PER:王德全"}, nil},
	})
}

// TestTranslitAfterRole: a word the segmenter knows as a transliterated
// name after a role or a title is a person's, unless the name goes on
// with a middle dot.
func TestTranslitAfterRole(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"外教约翰逊在课堂上很受欢迎。", []string{"PER:约翰逊"}, nil},
		{"美国短跑选手约翰逊获得冠军。", []string{"PER:约翰逊"}, nil},
		{"协会主席埃米略·德·孔西里斯出席。", nil, []string{"PER:埃米"}},
	})
}

// TestThirdCharacterBeforeVerb: after a title, a third character the
// segmenter reads as a noun of its own and then a verb of two characters
// keep a name of three (副省长杨兴平赶赴); an adverb there, or a verb that
// starts at the third character, leaves two.
func TestThirdCharacterBeforeVerb(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"副省长杨兴平赶赴灾区指导救灾。", []string{"PER:杨兴平"}, []string{"PER:杨兴"}},
		{"县长李平又赶赴现场。", []string{"PER:李平"}, []string{"PER:李平又"}},
		{"副县长王平主持会议。", []string{"PER:王平"}, []string{"PER:王平主"}},
	})
}

// TestChiefTitles: chief posts and professional ranks of science, courts
// and schools are titles (首席专家, 首席法官, 特级教师).
func TestChiefTitles(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"省气候中心首席专家孔令华表示，今年降水偏多。", []string{"TITLE:首席专家", "PER:孔令华"}, nil},
		{"县人民法院首席法官罗佳宁主持庭审。", []string{"TITLE:首席法官", "PER:罗佳宁"}, []string{"TITLE:法官"}},
		{"特级教师韦丽萍上了一堂示范课。", []string{"TITLE:特级教师", "PER:韦丽萍"}, nil},
	})
}
