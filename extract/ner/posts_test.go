package ner_test

import "testing"

// TestMorePosts checks posts added to the title lexicon: interns and
// all-media reporters in bylines, assistants to a head, judges, company
// officers, police units' heads, head nurses.
func TestMorePosts(t *testing.T) {
	tests := []mentionCase{
		{"（记者 孙 悦 实习生 马晓东）近日，法院审结一起案件。", []string{"PER:孙悦", "PER:马晓东", "TITLE:实习生"}, nil},
		{"全媒体记者周明远报道。", []string{"TITLE:全媒体记者", "PER:周明远"}, nil},
		{"采油厂厂长助理高建国表示，将落实要求。", []string{"TITLE:厂长助理", "PER:高建国"}, nil},
		{"主审法官何丽萍介绍了案情。", []string{"TITLE:法官", "PER:何丽萍"}, nil},
		// embassies and their staff
		{"俄罗斯驻华大使馆参赞伊万诺夫出席。", []string{"ORG:俄罗斯驻华大使馆", "TITLE:参赞", "PER:伊万诺夫"}, nil},
		// company officers, police units and hospital posts
		{"总经理助理兼财务总监沈红出席。", []string{"TITLE:总经理助理", "TITLE:财务总监", "PER:沈红"}, nil},
		{"交警大队大队长贺军、县医院护士长谭丽和董事会秘书孙涛参加。", []string{"TITLE:大队长", "TITLE:护士长", "TITLE:董事会秘书", "PER:贺军", "PER:谭丽", "PER:孙涛"}, nil},
	}
	checkMentions(t, tests)
}

// TestNoNameBeforeLevelledBody: before a title that begins with a place's
// level and a body of it, the characters are the place's name; before a
// head of government named by its level they may be a person's.
func TestNoNameBeforeLevelledBody(t *testing.T) {
	tests := []mentionCase{
		{"石桥村党支部书记王德明介绍，村里种了茶叶。", []string{"PER:王德明"}, []string{"PER:石桥"}},
		{"青山县石桥村党支部书记王德明说。", []string{"PER:王德明"}, []string{"PER:石桥"}},
	}
	checkMentions(t, tests)
}

// TestHeadsOfRegionsAndSpokespeople checks 行政长官 and 发言人 as posts.
func TestHeadsOfRegionsAndSpokespeople(t *testing.T) {
	tests := []mentionCase{
		{"澳门特区行政长官岑国华会见了客人。", []string{"TITLE:行政长官", "PER:岑国华"}, nil},
		{"外交部发言人邹晓宁在例行记者会上说。", []string{"TITLE:发言人", "PER:邹晓宁"}, nil},
	}
	checkMentions(t, tests)
}

// TestNoNameEndingWithLevel: a word ending with the level of a division or
// zone before a title is a place's name, even where the dictionary tags it
// as a person's.
func TestNoNameEndingWithLevel(t *testing.T) {
	tests := []mentionCase{
		{"市委常委、经开区党工委书记季明远出席。", []string{"PER:季明远"}, []string{"PER:经开区"}},
		{"高新区管委会主任孔德平主持会议。", []string{"PER:孔德平"}, []string{"PER:高新区"}},
		// a name before a title still is one, also before the verb 作
		{"会上，冯立涛主任作了报告。", []string{"PER:冯立涛", "TITLE:主任"}, nil},
		{"随后，冯立涛书记作总结讲话。", []string{"PER:冯立涛", "TITLE:书记"}, nil},
	}
	checkMentions(t, tests)
}

// TestCreditAfterByline: 文 or 图 set apart after a byline's names credits
// the text or the photos and is no part of a name.
func TestCreditAfterByline(t *testing.T) {
	tests := []mentionCase{
		{"本报记者 邝 云 文/图", []string{"PER:邝云"}, []string{"PER:邝云文"}},
		{"本报记者 邝 云 骆 雯 文/图", []string{"PER:邝云", "PER:骆雯"}, []string{"PER:骆雯文"}},
		{"记者 邝 云 文\n糖厂开足马力生产。", []string{"PER:邝云"}, []string{"PER:邝云文"}},
		// a name of two characters ending with 文 keeps it
		{"记者 王 文", []string{"PER:王文"}, nil},
		{"记者邝云文报道", []string{"PER:邝云文"}, nil},
	}
	checkMentions(t, tests)
}

// TestPaddedNameAfterPressTitle: a two-character name padded to three
// widths right after a press title or right before 报道 or 摄 is one name;
// a foreign city's name there is a person's.
func TestPaddedNameAfterPressTitle(t *testing.T) {
	tests := []mentionCase{
		{"本报讯 记者周 敏 通讯员 李海波报道 11月18日，全市召开会议。", []string{"PER:周敏", "PER:李海波"}, nil},
		{"本报讯 记者邝 云报道 近日，全市召开会议。", []string{"PER:邝云"}, nil},
		{"新华社记者 万 象 摄", []string{"PER:万象"}, []string{"LOC:万象"}},
		// a space inside a sentence joins nothing
		{"他对记者王 进了门就说。", nil, []string{"PER:王进"}},
	}
	checkMentions(t, tests)
}

// TestCourtSchoolAndTeamPosts checks the posts of courts and
// procuratorates (检察官助理, 法官助理, 书记员), of teachers (讲师), of
// police political officers (指导员) and of teams (主教练).
func TestCourtSchoolAndTeamPosts(t *testing.T) {
	tests := []mentionCase{
		{"检察官助理鄢小敏讲解了办理流程。", []string{"TITLE:检察官助理", "PER:鄢小敏"}, nil},
		{"法官助理周文杰送达了判决书，书记员黄丽作了记录。", []string{"TITLE:法官助理", "PER:周文杰", "TITLE:书记员", "PER:黄丽"}, nil},
		{"市队主教练李国栋表示，队员状态很好。", []string{"TITLE:主教练", "PER:李国栋"}, []string{"PER:练李国"}},
		{"派出所指导员韦春花带队走访。", []string{"TITLE:指导员", "PER:韦春花"}, nil},
		{"学院讲师吴晓丽说，学生很努力。", []string{"TITLE:讲师", "PER:吴晓丽"}, nil},
	}
	checkMentions(t, tests)
}

// TestTitleBeforePageSpace: a title followed by a space of the page is a
// title even where the segmenter reads a word over the space (通讯员 林志坚:
// 通讯/员林); without the space the title still must end at a word.
func TestTitleBeforePageSpace(t *testing.T) {
	tests := []mentionCase{
		{"本报记者 陈少华 通讯员 林志坚", []string{"TITLE:通讯员", "PER:林志坚"}, nil},
		{"他很有代表性。", nil, []string{"TITLE:代表"}},
	}
	checkMentions(t, tests)
}

// TestMeetingVerbsCloseNames: in meeting news a post holder reports,
// passes on or reads out (通报, 汇报, 传达, 宣读); after a title the verb
// closes the name as a word of speech does, so a third character common
// in given names stays in it.
func TestMeetingVerbsCloseNames(t *testing.T) {
	tests := []mentionCase{
		{"县委常委、宣传部部长谭晓东通报了近期工作情况。", []string{"TITLE:部长", "PER:谭晓东"}, []string{"PER:谭晓"}},
		{"县应急管理局局长黎明远汇报了防汛准备工作。", []string{"TITLE:局长", "PER:黎明远"}, []string{"PER:黎明"}},
		{"会上，副县长邓建强传达了省委会议精神。", []string{"TITLE:副县长", "PER:邓建强"}, nil},
		{"办公室通报了检查结果，会议宣读了表彰决定。", nil, []string{"PER:办公室"}},
	}
	checkMentions(t, tests)
}

// TestRankedCivilServantsAndFounders checks the ranks of civil servants
// from 一级 to 四级 (四级调研员, 三级主任科员) and founders as posts.
func TestRankedCivilServantsAndFounders(t *testing.T) {
	tests := []mentionCase{
		{"四级调研员刘明参加会议。", []string{"TITLE:四级调研员", "PER:刘明"}, []string{"TITLE:调研员"}},
		{"县财政局三级主任科员张强说。", []string{"TITLE:三级主任科员"}, []string{"TITLE:主任科员"}},
		{"集团创始人、董事长潘建国表示。", []string{"TITLE:创始人", "TITLE:董事长", "PER:潘建国"}, nil},
	}
	checkMentions(t, tests)
}

// TestCommunityAndMeetingPosts checks posts of community and road news
// (社区民警, 家庭医生, 楼栋长, 段长, 管护员) and a presidium's standing chair
// (常务主席), read whole.
func TestCommunityAndMeetingPosts(t *testing.T) {
	tests := []mentionCase{
		{"大会主席团常务主席王海、李强出席。", []string{"TITLE:常务主席", "PER:王海", "PER:李强"}, []string{"TITLE:主席"}},
		{"社区民警张强说，辖区很安全。", []string{"TITLE:社区民警", "PER:张强"}, []string{"TITLE:民警"}},
		{"家庭医生刘芳介绍。", []string{"TITLE:家庭医生", "PER:刘芳"}, nil},
		{"墨脱养护段段长次仁旺堆说。", []string{"TITLE:段长", "PER:次仁旺堆"}, nil},
		{"养护工区负责人王海说。", []string{"PER:王海"}, []string{"PER:区负责"}},
	}
	checkMentions(t, tests)
}

// TestLegalAndGrassrootsPosts checks posts of legal, civil-affairs and
// township news (律师, 人民调解员, 协办员, 民政专干, 网格长, 一级警长) and
// a township party committee's members by portfolio (政法委员), read whole.
func TestLegalAndGrassrootsPosts(t *testing.T) {
	tests := []mentionCase{
		{"律师周明亮代理此案。", []string{"TITLE:律师", "PER:周明亮"}, nil},
		{"人民调解员冯德胜说，矛盾化解了。", []string{"TITLE:人民调解员", "PER:冯德胜"}, []string{"TITLE:调解员"}},
		{"村协办员李秋燕介绍。", []string{"TITLE:协办员", "PER:李秋燕"}, nil},
		{"民政专干吴桂兰走访。", []string{"TITLE:民政专干", "PER:吴桂兰"}, nil},
		{"社区网格长许丽华说。", []string{"TITLE:网格长", "PER:许丽华"}, nil},
		{"副所长、一级警长孙建波介绍。", []string{"TITLE:一级警长", "PER:孙建波"}, []string{"TITLE:警长"}},
		{"镇党委副书记、政法委员袁海燕说。", []string{"TITLE:政法委员", "PER:袁海燕"}, []string{"TITLE:委员"}},
		{"镇武装部长唐建国带队。", []string{"TITLE:武装部长", "PER:唐建国"}, []string{"TITLE:部长"}},
	}
	checkMentions(t, tests)
}
