package ner_test

import "testing"

// TestPhotoPlaceCue: a person's place in a photo in brackets after a name
// (武俊峰（左二）, 李秀英（前排右一）) is a cue, and no signature.
func TestPhotoPlaceCue(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"照片中，武俊峰（左二）与战友们合影。", []string{"PER:武俊峰"}, []string{"PER:左二"}},
		{"图为李秀英（前排右一）在田间查看苗情。", []string{"PER:李秀英"}, []string{"PER:前排右一"}},
		{"图为合影（左起第三）。", nil, []string{"PER:左起第三"}},
		// a bracket that holds no place in a photo is no cue
		{"图为武俊峰（资料图）。", nil, []string{"PER:武俊峰"}},
	})
}

// TestPeopleCountCue: 等 and a count of people after a name (蒋文博等3人,
// 邓子涵、蒋文博等五名同学) is a cue like 等人.
func TestPeopleCountCue(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"蒋文博等3人获得表彰。", []string{"PER:蒋文博"}, nil},
		{"邓子涵、蒋文博等五名同学获奖。", []string{"PER:邓子涵", "PER:蒋文博"}, nil},
		// a count of things is no cue
		{"蒋文博等3家企业获得表彰。", nil, []string{"PER:蒋文博"}},
	})
}

// TestHonourSubjectVerbs: a verb of honours or of a life's dates after a
// name that opens a clause (蒋文博当选, 邹德明毕业于) is a cue like 觉得, and
// keeps a name of three characters whole.
func TestHonourSubjectVerbs(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"蒋文博当选为省青年志愿者协会理事。", []string{"PER:蒋文博"}, []string{"PER:蒋文"}},
		{"毕业后，蒋文博当选为理事。", []string{"PER:蒋文博"}, nil},
		{"邹德明出生于1958年。", []string{"PER:邹德明"}, nil},
		{"邹德明毕业于县师范学校。", []string{"PER:邹德明"}, nil},
		{"高新区荣获全省先进称号。", nil, []string{"PER:高新区"}},
		{"黄山获评国家级风景名胜区。", nil, []string{"PER:黄山"}},
	})
}

// TestKinAndSportsRoles: kin (外孙, 侄女) and players (守门员, 门将) before a
// name are roles.
func TestKinAndSportsRoles(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"第三中学队的守门员贺俊杰多次扑出险球。", []string{"PER:贺俊杰"}, nil},
		{"他的侄女黄晓丽也来了。", []string{"PER:黄晓丽"}, nil},
		{"战友孔祥瑞赶到现场。", []string{"PER:孔祥瑞"}, nil},
	})
}

// TestKinAfterName: a name before 的 and a word of kin (杨振宇的妻子) or an
// address (程晓峰师傅, 段玉洁同学) is a person's; a surname and an address
// alone (江先生, 王女士) is no full name.
func TestKinAfterName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"当天，杨振宇的妻子也赶到了医院。", []string{"PER:杨振宇"}, nil},
		{"这是龙海燕的儿子第一次参加比赛。", []string{"PER:龙海燕"}, nil},
		{"程晓峰师傅在这里干了二十年。", []string{"PER:程晓峰"}, nil},
		{"段玉洁同学获得一等奖。", []string{"PER:段玉洁"}, nil},
		{"江先生的老伴今年52岁。", nil, []string{"PER:江先生"}},
		{"记者联系上了王女士。", nil, []string{"PER:王女士"}},
		{"全班同学都来了。", nil, []string{"PER:全班"}},
	})
}

// TestListVerbAndRepeats: a list of names closes before the verb of its
// clause (范思远、贺俊杰和廖子轩入选), and a name confirmed elsewhere in the
// article confirms the other names of its list.
func TestListVerbAndRepeats(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"我县胡静怡、邓子涵、蒋文博获得表彰。据胡静怡介绍，今年还将继续。", []string{"PER:邓子涵", "PER:蒋文博"}, nil},
		{"范思远、贺俊杰和廖子轩入选市青少年足球队。赛后，范思远表示，胜利属于全队。", []string{"PER:贺俊杰", "PER:廖子轩"}, nil},
		{"赛后，范思远表示，胜利属于全队。范思远、高质量和廖子轩入选。", nil, []string{"PER:高质量", "PER:廖子轩"}},
		// no name confirmed: the list alone is not enough
		{"胡静怡、邓子涵获得表彰。", nil, []string{"PER:邓子涵"}},
	})
}

// TestAdverbBeforeSpeech: an adverb of one character between a name and
// its word of speech (卫子豪则表示, 李明还说) leaves the word a cue; an age
// after a time word and an adverb of degree (车雨欣今年只有14岁) is one too.
func TestAdverbBeforeSpeech(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"卫子豪则表示，明年还会再来。", []string{"PER:卫子豪"}, nil},
		{"车雨欣今年只有14岁，是年龄最小的冠军。", []string{"PER:车雨欣"}, nil},
		{"局长李明还说，要继续努力。", []string{"PER:李明"}, []string{"PER:李明还"}},
		{"高新区则表示支持。", nil, []string{"PER:高新区"}},
		{"全县今年只有3个乡镇达标。", nil, []string{"PER:全县"}},
		// 连X都说: a name cut from a transliteration
		{"连保加利亚的贝尔巴托夫都说，机会来了。", nil, []string{"PER:巴托夫"}},
	})
}

// TestLongerNameTakenElsewhere: a name taken on a weak reading (乐思 of
// 26岁的乐思琪放弃, where the segmenter reads 乐思/琪) is the longer name taken
// elsewhere in the article where the segmenter ends a word after it.
func TestLongerNameTakenElsewhere(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"大学毕业后，26岁的乐思琪放弃城里的工作回乡。乐思琪的父亲起初并不支持。", []string{"PER:乐思琪"}, []string{"PER:乐思"}},
		{"女孩罗小雨今年8岁。", []string{"PER:罗小雨"}, nil},
		// 多少年连X也说不清: 少年 is no role inside 多少年, 连 (even) before 也说
		{"具体有多少年连瓦里也说不清。", nil, []string{"PER:连瓦里"}},
	})
}

// TestComradeStopName: a name of three characters before 同志 whose given
// name ends with 年 (祁永年同志), and after a role before a word of speech
// (村民祁永年说); not 一年同志们.
func TestComradeStopName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"祁永年同志因病医治无效逝世。", []string{"PER:祁永年"}, nil},
		{"黄松年同志当选为县政协委员。", []string{"PER:黄松年"}, nil},
		{"村民祁永年说，今年收成好。", []string{"PER:祁永年"}, nil},
		{"过去一年同志们辛苦了。", nil, []string{"PER:过去一年"}},
		{"全年同志们共完成任务。", nil, []string{"PER:全年"}},
	})
}

// TestHonourCue: a verb of an honour given to a person (授予, 追授, 追认)
// before a name that a quotation mark, 同志, 等 or 为 closes is a cue like
// a role; a word of the dictionary at the end of a headline is none.
func TestHonourCue(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"省人民政府追授武俊峰“见义勇为英雄”称号。", []string{"PER:武俊峰"}, nil},
		{"授予梁秀英“三八红旗手”称号。", []string{"PER:梁秀英"}, nil},
		{"追认赵光明为革命烈士。", []string{"PER:赵光明"}, nil},
		{"授予陈保香等88名个人荣誉称号。", []string{"PER:陈保香"}, nil},
		{"英雄消防员追授荣誉", nil, []string{"PER:荣誉"}},
		{"授予高新区“先进单位”称号。", nil, []string{"PER:高新区"}},
	})
}

// TestListOfThreeBeforePredicate: a list of three names, two with a common
// surname, ends before the predicate of its clause though the segmenter
// reads it as a noun (表现出色), and its last name may follow 和.
func TestListOfThreeBeforePredicate(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"王志鹏、刘子豪、陈雨欣表现出色。", []string{"PER:王志鹏", "PER:刘子豪", "PER:陈雨欣"}, nil},
		{"比赛中，王志鹏、刘子豪和陈雨欣表现出色。", []string{"PER:王志鹏", "PER:刘子豪", "PER:陈雨欣"}, nil},
		// two names and no cue are no list of people
		{"王志鹏和刘子豪表现出色。", nil, []string{"PER:王志鹏"}},
		{"比赛中，王志鹏、刘子豪和高质量发展。", nil, []string{"PER:高质量"}},
	})
}

// TestComesFromBeforeName: 来自X的 before a name is a cue like 家住X的
// (来自哈尔滨的凌素珍); common words after it are no names.
func TestComesFromBeforeName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"来自哈尔滨的凌素珍和老伴再次来到海口。", []string{"PER:凌素珍"}, nil},
		{"来自北京的高校代表参加了会议。", nil, []string{"PER:高校"}},
		{"来自贵州的黄金产品很受欢迎。", nil, []string{"PER:黄金"}},
		{"来自广东的江门企业签约。", nil, []string{"PER:江门"}},
	})
}

// TestWordsOfPeopleOnly: words said of people only after a name (生前,
// 逝世, 本人, 老两口, 父子, 等同志) and a profile's year of birth (晏德林，
// 1940年出生) are cues.
func TestWordsOfPeopleOnly(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"晏德林，1940年出生，中共党员。", []string{"PER:晏德林"}, nil},
		{"晏德林生前是一名乡村教师。", []string{"PER:晏德林"}, nil},
		{"晏德林逝世后，乡亲们自发前来悼念。", []string{"PER:晏德林"}, nil},
		{"市领导看望了冼国栋等同志。", []string{"PER:冼国栋"}, nil},
		{"薄海峰本人并不知情。", []string{"PER:薄海峰"}, nil},
		{"晏德林老两口住在老屋里。", []string{"PER:晏德林"}, nil},
		{"晏德林父子俩开了一家修车铺。", []string{"PER:晏德林"}, nil},
		{"人生前途无量。", nil, []string{"PER:人生"}},
		{"高温逝世？", nil, []string{"PER:高温"}},
	})
}

// TestSpeechAfterOccasion: 在, an occasion ended by 时, 中 or 上 and a word
// of speech in the same clause after a name are a cue (聂海鹰在会上强调);
// a transliterated name of three characters that opens a clause keeps
// its first character where the segmenter reads it alone (卡/林顿).
func TestSpeechAfterOccasion(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"聂海鹰在接受记者采访时说，今年的收成不错。", []string{"PER:聂海鹰"}, nil},
		{"聂海鹰在会上强调，要抓好安全生产。", []string{"PER:聂海鹰"}, nil},
		{"卡林顿在唁电中说，他很悲痛。", []string{"PER:卡林顿"}, []string{"PER:林顿"}},
		{"高新区在会上表示，将加大投入。", nil, []string{"PER:高新区"}},
		{"高林说，明天再来。", []string{"PER:高林"}, nil},
	})
}

// TestMeetingsAndWorks: verbs of leaders' meetings (会见, 会晤) and of the
// makers of works (执导, 主演, 作曲) after a name are cues.
func TestMeetingsAndWorks(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"昨天，阮文雄会见了来访的代表团。", []string{"PER:阮文雄"}, nil},
		{"这部电影由向晓阳执导、苗雨婷主演。", []string{"PER:苗雨婷"}, nil},
		{"这首歌由任志平作曲。", []string{"PER:任志平"}, nil},
		{"代表团会见了当地官员。", nil, []string{"PER:代表团"}},
	})
}

// TestRareSurnameTokens: a rare surname read alone at the start of a
// clause, with the surname or the given name tagged as a name, before a
// word of speech (禄/春燕说, 郦/nr 文 涛介绍: not 文涛).
func TestRareSurnameTokens(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"禄春燕说，今年的茶叶价格不错。", []string{"PER:禄春燕"}, nil},
		{"郦文涛介绍，项目已经完成了七成。", []string{"PER:郦文涛"}, []string{"PER:文涛"}},
		{"对此，禄春燕表示支持。", []string{"PER:禄春燕"}, nil},
	})
}

// TestKnownNameBeforeLevel: a three-character word the segmenter tags as
// a name, with no cue, is no person before 镇, 乡 or 村 (蒋家堰镇党委书记,
// 蒋家堰镇卫生院), and stays one before 镇长.
func TestKnownNameBeforeLevel(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"蒋家堰镇党委书记周海涛表示，全镇将加快进度。", []string{"PER:周海涛"}, []string{"PER:蒋家堰"}},
		{"医院组织专家来到蒋家堰镇关垭子村。", nil, []string{"PER:蒋家堰"}},
	})
}

// TestOrgInsidePerson: an organization grown left into a person's name
// taken in the article is none (向晓阳小学时: 晓阳小学), and the name is
// taken there.
func TestOrgInsidePerson(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"向晓阳说，他会回来。向晓阳小学时的老师吕德华回忆，他很爱读书。", []string{"PER:向晓阳"}, []string{"ORG:晓阳小学"}},
		{"吕德华说，他在清华大学读书。", []string{"PER:吕德华", "ORG:清华大学"}, nil},
	})
}

// TestMediaAndAudienceRoles: announcers, listeners and readers before a
// name are roles (播音员柏玉琴, 听众邰建平说).
func TestMediaAndAudienceRoles(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"退休播音员柏玉琴正在为盲人朋友讲电影。", []string{"PER:柏玉琴"}, nil},
		{"盲人听众邰建平说，听电影就像亲眼看到一样。", []string{"PER:邰建平"}, nil},
		{"读者来信反映问题。", nil, []string{"PER:来信"}},
	})
}

// TestSiblingsAfterNames: 兄弟俩, 姐妹俩, 夫妻俩 after a name or a list of
// names are cues (鲍永福、鲍永贵兄弟俩).
func TestSiblingsAfterNames(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"相见那一刻，鲍永福、鲍永贵兄弟俩抱头痛哭。", []string{"PER:鲍永福", "PER:鲍永贵"}, nil},
		{"卜秀兰、卜秀梅姐妹俩开了一家花店。", []string{"PER:卜秀兰", "PER:卜秀梅"}, nil},
	})
}
