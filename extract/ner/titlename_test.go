package ner_test

import "testing"

// TestStopThirdBeforeZai: after a title, a third character common in given
// names (东, 强, 南) stays in the name before 在 (董事余承东在发布会上).
func TestStopThirdBeforeZai(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"集团常务董事余承东在发布会上介绍了新产品。", []string{"PER:余承东"}, []string{"PER:余承"}},
		{"副县长蒲志南在调研时指出，要抓好春耕。", []string{"PER:蒲志南"}, []string{"PER:蒲志"}},
		// a name of two characters before 在 stays two
		{"县长张伟在会上讲话。", []string{"PER:张伟"}, []string{"PER:张伟在"}},
		{"局长李建在会上通报了情况。", []string{"PER:李建"}, []string{"PER:李建在"}},
	})
}

// TestLongNameTokenAfterTitle: a person-name token of the segmenter of
// four characters or more over the name read after a title is the whole
// name (主教练吉马良斯称赞), where a transliteration may end.
func TestLongNameTokenAfterTitle(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"巴西队主教练吉马良斯称赞对手防守出色。", []string{"PER:吉马良斯"}, []string{"PER:吉马良"}},
		// a Han name of three characters stays three
		{"主教练郎平赛后表示满意。", []string{"PER:郎平"}, nil},
		{"县委书记李玉甫主持会议。", []string{"PER:李玉甫"}, nil},
	})
}

// TestEtcPeople: a list of names closed by 等 and a verb of attending or a
// role (王毅、秦刚等参加, 王丽娟、孙红梅等优秀护士) is a list of people, and a
// list may open after a preposition of one character (向王丽娟、…).
func TestEtcPeople(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"会见时，王毅、秦刚等参加上述活动。", []string{"PER:王毅", "PER:秦刚"}, nil},
		{"陈海波向王丽娟、孙红梅等优秀护士颁发了荣誉证书。", []string{"PER:王丽娟", "PER:孙红梅"}, nil},
		{"市领导看望了赵德明、周桂兰等老党员。", []string{"PER:赵德明", "PER:周桂兰"}, nil},
		// no names: brands, common words, things after 等
		{"华为、小米等参加了展会。", nil, []string{"PER:华为", "PER:小米"}},
		{"大会向高新区、经开区等优秀园区颁发了奖牌。", nil, []string{"PER:高新区"}},
		{"要发扬团结、奋斗等优秀品质。", nil, []string{"PER:团结"}},
		{"他向全体、广大群众等表示感谢。", nil, []string{"PER:全体"}},
	})
}

// TestSpaceRoles: astronauts, scientists and pilots before names are roles.
func TestSpaceRoles(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"航天员汤洪波、唐胜杰、江新林将在轨驻留约6个月。", []string{"PER:汤洪波", "PER:唐胜杰", "PER:江新林"}, nil},
		{"飞行员覃海峰驾驶战机完成训练。", []string{"PER:覃海峰"}, nil},
		{"航天员训练中心举行开放日活动。", nil, []string{"PER:训练中"}},
		{"科学家发现了新的化石。", nil, []string{"PER:发现"}},
	})
}

// TestForeignTitleField: a country before the field of a title (美国财政
// 部长耶伦) or an international body's name before it (欧洲中央银行行长
// 拉加德) announces a foreign name; a name cut by a character missing
// from the transliteration list before a middle dot is no name.
func TestForeignTitleField(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"美国财政部长耶伦此前曾表示，经济有望实现软着陆。", []string{"PER:耶伦"}, nil},
		{"欧洲中央银行行长拉加德在记者会上表示，通胀仍然偏高。", []string{"PER:拉加德"}, nil},
		{"赞比亚国防部长姆维拉出席了仪式。", []string{"PER:姆维拉"}, nil},
		{"乌拉圭文化协会主席埃米略·德·孔西里斯致电祝贺。", nil, []string{"PER:埃米"}},
		// a Chinese body and a Han name stay as they are
		{"国际陆港集团董事长王立新介绍了项目进展。", []string{"PER:王立新"}, nil},
		{"省财政厅厅长李明华表示，将加大投入。", []string{"PER:李明华"}, nil},
	})
}

// TestTitleIntoOrgWord: a title that starts inside a word and ends inside
// an organization's name of the segmenter is none (水利部长江水利委员会).
func TestTitleIntoOrgWord(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"水利部长江水利委员会20日发布汛情通报。", nil, []string{"TITLE:部长"}},
		// titles at a word's start, or before a name, stay
		{"县委组织部部长王智勇出席会议。", []string{"TITLE:部长", "PER:王智勇"}, nil},
		{"宣传部长江涛主持会议。", []string{"TITLE:宣传部长"}, nil},
	})
}

// TestVisitCue: 参观 and 视察 after a name are cues like 考察 (市长覃伟中参观
// 了展会: the third character 中 stays).
func TestVisitCue(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"深圳市委书记孟凡利、市长覃伟中参观了展会。", []string{"PER:覃伟中"}, []string{"PER:覃伟"}},
		{"当天，黄振华视察了防汛工作。", []string{"PER:黄振华"}, nil},
		// places and kinds before 参观 are no names
		{"代表们到李村参观学习。", nil, []string{"PER:李村"}},
		{"游客在王家大院参观。", nil, []string{"PER:王家"}},
	})
}

// TestPrepBeforeFullName: after a title, 向 before a full name of three
// characters with a common surname is the preposition (县长向刘秀英表示感谢);
// before two characters it may be the surname (县长向金龙表示感谢).
func TestPrepBeforeFullName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"县长向刘秀英表示感谢。", []string{"PER:刘秀英"}, []string{"PER:向刘秀"}},
		{"书记向李国平了解了情况。", []string{"PER:李国平"}, []string{"PER:向李国"}},
		{"县长向金龙表示感谢。", []string{"PER:向金龙"}, nil},
		{"书记向东升介绍了情况。", []string{"PER:向东升"}, nil},
		{"省委书记为黄振华颁发了证书。", []string{"PER:黄振华"}, nil},
		// a name of two characters that a cue closes: 向 is its surname
		{"镇长向惠告诉记者，全镇已完成秋播。", []string{"PER:向惠"}, []string{"PER:惠告诉"}},
		// another function character before a name is no preposition so read
		{"叶利钦总统在贺辞中说，委员会已经建立。", nil, []string{"PER:贺辞中"}},
	})
}

// TestVisitedNames: a name after a verb of visiting people that a list
// separator or punctuation closes is a person's (看望了赵德明，); a family
// (李家) and a name not so closed are not.
func TestVisitedNames(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"随后，他看望了赵德明，为他送上新春祝福。", []string{"PER:赵德明"}, nil},
		{"春节前夕，他们慰问了周桂兰、李秀芳两位老人。", []string{"PER:周桂兰", "PER:李秀芳"}, nil},
		{"主席会见了武文赏一行。", []string{"PER:武文赏"}, []string{"PER:文赏"}},
		{"县领导看望了李家，送去慰问品。", nil, []string{"PER:李家"}},
		{"他们看望了王家坪村的老人。", nil, []string{"PER:王家坪"}},
		{"慰问金发放到户。", nil, []string{"PER:金发"}},
	})
}

// TestSportsRoles: winners before a name are roles (蝶泳冠军张雨霏赛后说), and
// 总教练 is a post.
func TestSportsRoles(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"女子200米蝶泳冠军张雨霏赛后说，这是对冬训的检验。", []string{"PER:张雨霏"}, nil},
		{"国家游泳队总教练周继红表示，队伍状态良好。", []string{"TITLE:总教练", "PER:周继红"}, nil},
		{"全国冠军赛在杭州举行。", nil, []string{"PER:赛在杭"}},
		{"冠军奖杯由组委会提供。", nil, []string{"PER:奖杯"}},
	})
}

// TestDottedNameBeforeTimeWord: the last part of a name with a middle dot
// ends where the segmenter ends a word, not inside a time word after it
// (迈伦·斯科尔斯日前: 迈伦·斯科尔斯).
func TestDottedNameBeforeTimeWord(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"经济学奖得主迈伦·斯科尔斯日前在大学发表演讲时指出，", []string{"PER:迈伦·斯科尔斯"}, []string{"PER:迈伦·斯科尔斯日"}},
		{"局长买买提江·阿不都热依木介绍。", []string{"PER:买买提江·阿不都热依木"}, nil},
	})
}

// TestJapaneseNameAfterForeignRole: after a role that a country's name
// announces (日本选手), a run that starts with a common Japanese surname is
// one name (伊藤美诚), as after a title.
func TestJapaneseNameAfterForeignRole(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"日本选手伊藤美诚表示，比赛非常激烈。", []string{"PER:伊藤美诚"}, []string{"PER:伊藤"}},
		{"日本选手平野美宇说，她会继续努力。", []string{"PER:平野美宇"}, nil},
		// a Han name after a role with no country stays as read
		{"村民石川明说，今年收成好。", nil, []string{"PER:石川明说"}},
	})
}

// TestFamilyOfName: a family named after a full name of three characters
// (李秀珍家庭、张明远家庭) holds a person's name; kinds of families do not,
// and are no organizations (军人家庭).
func TestFamilyOfName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"县妇联公布评选结果，李秀珍家庭、张明远家庭等20户家庭榜上有名。", []string{"PER:李秀珍", "PER:张明远"}, nil},
		{"单亲家庭、文明家庭、和睦家庭、军人家庭都受到关注。", nil, []string{"PER:和睦", "PER:文明", "ORG:军人家庭"}},
		{"他出生于农民家庭。", nil, []string{"PER:农民"}},
	})
}

// TestForeignNameBeforePhrase: a transliterated name after a head of
// state's title may end before a set phrase of the segmenter (国务卿布林肯
// 通电话).
func TestForeignNameBeforePhrase(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"外交部长王毅6日同美国国务卿布林肯通电话。", []string{"PER:布林肯"}, nil},
		{"美国总统拜登此前宣布了新政策。", []string{"PER:拜登"}, nil},
	})
}

// TestCongressTitles: 委员长 and 主任委员 are posts (副委员长田纪云、谢非;
// 外事委员会主任委员曾建徽, not 委员).
func TestCongressTitles(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"副委员长田纪云、谢非出席会议。", []string{"TITLE:委员长", "PER:谢非"}, nil},
		{"全国人大常委会委员长乔石会见了代表团。", []string{"PER:乔石", "TITLE:委员长"}, nil},
		{"外事委员会主任委员曾建徽作了汇报。", []string{"TITLE:主任委员", "PER:曾建徽"}, []string{"TITLE:委员"}},
	})
}

// TestTranslitTokens: a word the segmenter tags as a transliterated name,
// all of characters of foreign names, is a person's where a person cue
// follows or a verb of visiting stands before it; not the tail of a longer
// run, the last part of a dotted name of the article, nor 白宫.
func TestTranslitTokens(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"据报道，特朗普当天会见了内塔尼亚胡。", []string{"PER:内塔尼亚胡"}, []string{"PER:白宫"}},
		{"据报道，总统当天在白宫会见了来访的客人。", nil, []string{"PER:白宫"}},
		{"联合国秘书长古特雷斯说，各方应保持克制。", []string{"PER:古特雷斯"}, []string{"PER:特雷斯"}},
		{"副部长谢尔盖·彼得罗夫率团访问。彼得罗夫表示，双方互补性强。", []string{"PER:谢尔盖·彼得罗夫"}, []string{"PER:彼得罗夫"}},
	})
}

// TestPraiseCues: 点赞 and 颁奖 after a name are person cues (为陈晓梅点赞);
// common words before them are no names.
func TestPraiseCues(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"县长向群众表示感谢，并为陈晓梅点赞。", []string{"PER:陈晓梅"}, nil},
		{"网友纷纷为祖国点赞，为家乡点赞。", nil, []string{"PER:祖国", "PER:家乡"}},
		{"市领导为获奖者颁奖。", nil, []string{"PER:获奖者"}},
	})
}

// TestPrepBeforeGroup: after a title or a role, 向 (or another function
// character) before a role, a pronoun or a word of people together is the
// preposition (县长向群众表示感谢, 书记向大家介绍); before a given name it
// may be a surname (县长向金龙表示感谢).
func TestPrepBeforeGroup(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"县长向群众表示感谢。", nil, []string{"PER:向群众"}},
		{"书记向大家介绍情况。", nil, []string{"PER:向大家"}},
		{"局长向村民讲解政策。", nil, []string{"PER:向村民"}},
		{"县长向社会各界表示感谢。", nil, []string{"PER:向社"}},
		{"县长向金龙表示感谢。", []string{"PER:向金龙"}, nil},
	})
}

// TestListsWithoutCue: a count of people and a role after a list's last
// name is a cue (何志强、罗晓燕两位老党员), and a conjunction the segmenter
// reads with a name's last character closes the name (王佳/怡和/陈子豪).
func TestListsWithoutCue(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"参加座谈的有何志强、罗晓燕两位老党员。", []string{"PER:何志强", "PER:罗晓燕"}, nil},
		{"获得一等奖的是龙泉中学的刘思远、王佳怡和陈子豪。", []string{"PER:刘思远", "PER:王佳怡", "PER:陈子豪"}, nil},
		{"全村有两位老党员。", nil, []string{"PER:全村"}},
		{"村里的三名志愿者参加了活动。", nil, []string{"PER:村里"}},
	})
}

// TestShortFirstPart: a first part of one or two characters outside the
// transliteration list, before a middle dot, belongs to the name where it
// follows a title, a role or punctuation (副国务秘书宋·索帕特).
func TestShortFirstPart(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"农林渔业部副国务秘书宋·索帕特率考察团来访。宋·索帕特说，希望合作。", []string{"PER:宋·索帕特"}, []string{"PER:索帕特"}},
		{"局长买买提江·阿不都热依木介绍。", []string{"PER:买买提江·阿不都热依木"}, nil},
	})
}

// TestLocalityGiven: a word of place or direction the segmenter reads over
// a given name (沿岸, 以北) makes no name (凯江沿岸察看: no 江沿岸).
func TestLocalityGiven(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"沿涪江、凯江沿岸察看了水质监测站。", nil, []string{"PER:江沿岸"}},
		{"村民江海涛说，今年收成好。", []string{"PER:江海涛"}, nil},
	})
}

// TestListAfterRole: a list of three names or more may open right after a
// role (村民何建国、张秀兰、李春梅都在…).
func TestListAfterRole(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"在观桥镇，村民何建国、张秀兰、李春梅都在食用菌基地务工。", []string{"PER:何建国", "PER:张秀兰", "PER:李春梅"}, nil},
		{"村民家家户户、老老少少都来了。", nil, []string{"PER:家家户"}},
	})
}

// TestForeignNameBeforeHonorific: a transliterated name may end before an
// honorific (美国前国务卿基辛格博士); 和 before 夫人 stays a conjunction.
func TestForeignNameBeforeHonorific(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"主席会见了美国前国务卿基辛格博士。", []string{"PER:基辛格"}, nil},
		{"会见了加利福尼亚州州长威尔逊和夫人。", nil, []string{"PER:威尔逊和"}},
	})
}

// TestByMeansOf: 凭借 after a name that opens a clause is a person cue like
// 当选 (郭帆凭借该片获得最佳导演奖).
func TestByMeansOf(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"《流浪地球》获得最佳故事片奖，郭帆凭借该片获得最佳导演奖。", []string{"PER:郭帆"}, nil},
		{"企业凭借技术优势打开了市场。", nil, []string{"PER:企业"}},
	})
}

// TestRespectivelyCue: 分别 after a name is a person cue (张小斐分别获得…);
// measures before it are no names.
func TestRespectivelyCue(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"于和伟、张小斐分别获得最佳男主角奖和最佳女主角奖。", []string{"PER:张小斐"}, nil},
		{"高低分别为5米和3米，金银分别重10克。", nil, []string{"PER:高低", "PER:金银"}},
	})
}

// TestNameBeforeDao: after a title, a leader's name before 到 keeps its
// third character when the segmenter reads that character and 到 as one
// word (县长王建/强到), and a name of two characters does not take 到.
func TestNameBeforeDao(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"县长韩建强到乡里检查防汛工作。", []string{"PER:韩建强"}, []string{"PER:韩建"}},
		{"镇党委书记秦永强到村里走访群众。", []string{"PER:秦永强"}, []string{"PER:秦永"}},
		{"市委书记邓国强到企业调研。", []string{"PER:邓国强"}, []string{"PER:邓国"}},
		// the third character read alone, then 到 alone (王立/仁/到)
		{"县委书记韦立仁到乡里督导。", []string{"PER:韦立仁"}, []string{"PER:韦立"}},
		{"县委书记孙明到雷山县调研。", []string{"PER:孙明"}, []string{"PER:孙明到"}},
		{"副县长张伟走到群众中间。", []string{"PER:张伟"}, []string{"PER:张伟走"}},
		// 强 is a name's character, not only 强调's
		{"村民郭志强说，今年收成好。", []string{"PER:郭志强"}, nil},
		{"他强调，要加强管理。", nil, []string{"PER:他强"}},
	})
}

// TestThirdCharacterBeforeVerbs: after a role, a third character read as
// a noun of its own before a verb that goes on (老人马忠/海/蹲/在), or
// before an adverb that follows a subject (村民陈/春/来/正在), is the
// name's; a verb of one character that goes on with a direction ends it
// (村民李明/跑/出); before 在 a third character stays (傅思立在).
func TestThirdCharacterBeforeVerbs(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"老人马忠海蹲在地头。", []string{"PER:马忠海"}, []string{"PER:马忠"}},
		{"村民陈春来正在晒谷。", []string{"PER:陈春来"}, []string{"PER:陈春"}},
		{"居民王海生跑出家门。", []string{"PER:王海生"}, []string{"PER:王海"}},
		{"村民李明跑出家门。", []string{"PER:李明"}, []string{"PER:李明跑"}},
		{"省委书记傅思立在会上讲话。", []string{"PER:傅思立"}, []string{"PER:傅思"}},
	})
}

// TestHeEndsNameBeforeComrade: 和 ends a given name before 同志
// (孙广和同志逝世), not before 同志们 (县长王刚和同志们).
func TestHeEndsNameBeforeComrade(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"离休干部孙广和同志逝世。", []string{"PER:孙广和"}, []string{"PER:孙广"}},
		{"县长王刚和同志们一起劳动。", []string{"PER:王刚"}, []string{"PER:王刚和"}},
	})
}
