package ner_test

import "testing"

// TestRoleBeforeName checks roles of court, city and family news before a
// name, and roles glued to the start of a longer word whose rest is a
// common word (领导班子, 职工宿舍, 亲属关系): the rest is no name.
func TestRoleBeforeName(t *testing.T) {
	tests := []mentionCase{
		{"犯罪嫌疑人韦立松已被刑事拘留。", []string{"PER:韦立松"}, nil},
		{"邻居庞思远听到声音后报了警。", []string{"PER:庞思远"}, nil},
		{"师傅覃立松正在修车。", []string{"PER:覃立松"}, nil},
		{"当事人韦福顺对判决不服。", []string{"PER:韦福顺"}, nil},
		{"观众蒙秀兰看完演出很激动。", []string{"PER:蒙秀兰"}, nil},
		{"朋友王芳来了。", []string{"PER:王芳"}, nil},
		{"村民王芳说好。", []string{"PER:王芳"}, nil},
		// roles of court, culture and market news, and 化名 after a name
		{"原告覃玉平要求对方赔偿损失。", []string{"PER:覃玉平"}, nil},
		{"彩民韩雪（化名）说，她每周都买一注。", []string{"PER:韩雪"}, nil},
		{"演员邝少华在剧中饰演一名乡村教师。", []string{"PER:邝少华"}, nil},
		{"这件作品出自剪纸大师黎秀芬之手。", []string{"PER:黎秀芬"}, nil},
		{"导演覃立松的新片上映。", []string{"PER:覃立松"}, nil},
		{"据了解，石慧（化名）在这家公司工作。", []string{"PER:石慧"}, nil},
		// a third character common in given names before punctuation
		{"本期嘉宾：设计师蓝晓强。", []string{"PER:蓝晓强"}, []string{"PER:蓝晓"}},
		// the first part of a transliterated name is no name of its own
		{"工程师马丁·克劳斯介绍了新产品。", nil, []string{"PER:马丁"}},
		// a given name of one character common in given names (强, 东)
		// that the segmenter reads with the surname as a name
		{"村民李强已经搬走了。", []string{"PER:李强"}, nil},
		{"村民卫东近日回到家乡。", []string{"PER:卫东"}, nil},
		{"老人安全最重要。", nil, []string{"PER:安全"}},
		{"学生高中毕业后去了外地。", nil, []string{"PER:高中"}},
		{"患者全身无力。", nil, []string{"PER:全身"}},
		// the rest of a word that starts with a role
		{"加强领导班子建设。", nil, []string{"PER:班子"}},
		{"职工宿舍修好了。", nil, []string{"PER:宿舍"}},
		{"让群众满意是目标。", nil, []string{"PER:满意"}},
		{"亲属关系要理清。", nil, []string{"PER:关系"}},
		{"朋友圈里很热闹。", nil, []string{"PER:圈里"}},
		{"邻居家的孩子很可爱。", nil, []string{"PER:居家"}},
	}
	checkMentions(t, tests)
}

// TestNameBeforeSaid: a given name whose last character the segmenter
// reads with 说 as one word (来说, 明说) keeps it, unless 对 … 来说 frames
// the name or the character is an adverb (还说).
func TestNameBeforeSaid(t *testing.T) {
	tests := []mentionCase{
		{"今年60岁的村民赵春来说：“日子越过越好。”", []string{"PER:赵春来"}, []string{"PER:赵春"}},
		{"老人孙德明说，搬进新房后方便多了。", []string{"PER:孙德明"}, []string{"PER:孙德"}},
		{"对村民王福来说，这笔钱很重要。", nil, []string{"PER:王福来"}},
		{"局长李明还说，明年继续推进。", []string{"PER:李明"}, []string{"PER:李明还"}},
		{"局长李明还在会上强调，要抓好落实。", []string{"PER:李明"}, []string{"PER:李明还"}},
	}
	checkMentions(t, tests)
}

// TestNameBeforeTitleInTwoTokens: a name before a title that the
// segmenter reads as a surname token and a given-name token (魏/东明教授).
func TestNameBeforeTitleInTwoTokens(t *testing.T) {
	tests := []mentionCase{
		{"在省医院专家魏东明教授的指导下，手术顺利完成。", []string{"PER:魏东明", "TITLE:教授"}, nil},
		{"他说魏东明教授讲得很好。", []string{"PER:魏东明"}, nil},
	}
	checkMentions(t, tests)
}

// TestMoreRolesAndTitles: growers named by their crop (参农, 枣农), whose
// word the segmenter splits, announce a name and are no part of it;
// professional ranks with 副 and supervisors (副教授, 博士生导师), heads
// of a gacha or a sumu and of a customs office are posts; the Korean
// surname 玄 and words such as 全媒体 are no false names.
func TestMoreRolesAndTitles(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"抚松县北岗镇参农柏刚介绍。", []string{"PER:柏刚"}, []string{"PER:农柏刚"}},
		{"枣农籍海燕今年52岁。", []string{"PER:籍海燕"}, nil},
		{"研究院院长、山东大学副教授柏刚介绍。", []string{"TITLE:副教授", "PER:柏刚"}, nil},
		{"神经内科教授、博士生导师柏华牵头。", []string{"TITLE:博士生导师", "PER:柏华"}, nil},
		{"嘎查长巴特尔说，今年草场好。", []string{"TITLE:嘎查长", "PER:巴特尔"}, nil},
		{"二连浩特海关关长柏明介绍。", []string{"TITLE:关长", "PER:柏明"}, nil},
		{"局长玄成浩说。", []string{"PER:玄成浩"}, []string{"PER:成浩"}},
		{"（全媒体记者 钟小芸）", []string{"PER:钟小芸"}, []string{"PER:全媒体"}},
	})
}

// TestHeritageAndSportsPosts: representative inheritors of intangible
// heritage at their levels, coaches and team leaders are posts.
func TestHeritageAndSportsPosts(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"国家级代表性传承人郑秉山介绍。", []string{"TITLE:国家级代表性传承人", "PER:郑秉山"}, nil},
		{"县体校教练员俄木约布说。", []string{"TITLE:教练员", "PER:俄木约布"}, nil},
		{"领队、教育局副局长张伟东介绍。", []string{"TITLE:领队", "TITLE:副局长", "PER:张伟东"}, nil},
	})
}

// TestPoliceHealthRescuePosts: police, health and rescue posts and the
// bodies of rescue and command (救援队, 指挥部, 交通管理大队).
func TestPoliceHealthRescuePosts(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"县公安局民警李强说。", []string{"TITLE:民警", "ORG:县公安局", "PER:李强"}, nil},
		{"船长雷根水介绍了情况。", []string{"TITLE:船长", "PER:雷根水"}, nil},
		{"平武县蓝天救援队队长王刚说。", []string{"ORG:平武县蓝天救援队", "PER:王刚"}, nil},
		{"县防汛抗旱指挥部发布通知。", []string{"ORG:县防汛抗旱指挥部"}, nil},
		{"县公安局交通管理大队民警张华说。", []string{"ORG:县公安局交通管理大队"}, nil},
	})
}

// TestRepresentsIsNoPost: 代表 before a body, a place or a group is a verb
// (王刚代表县政府致辞), not the post of a deputy (人大代表王华); surnames 蹇 and
// 贲, and 检察员, are read.
func TestRepresentsIsNoPost(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"副县长王刚代表县政府致辞。", []string{"PER:王刚"}, []string{"TITLE:代表", "ORG:王刚代表县政府"}},
		{"李强代表全县人民表示感谢。", nil, []string{"TITLE:代表"}},
		{"人大代表王华介绍。", []string{"TITLE:人大代表", "PER:王华"}, nil},
		{"县委书记贲立成讲话。", []string{"PER:贲立成"}, nil},
		{"检察员朴正哲出庭。", []string{"TITLE:检察员", "PER:朴正哲"}, nil},
	})
}
