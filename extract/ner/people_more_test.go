package ner_test

import "testing"

// TestConjunctionAfterHanName: 和 after a Han name of three characters
// with a common surname is a conjunction, not the end of a transliterated
// name; a Mongolian name with a rare surname may end with 和.
func TestConjunctionAfterHanName(t *testing.T) {
	tests := []mentionCase{
		{"局长林明丽和同事们一起加班。", []string{"PER:林明丽"}, []string{"PER:林明丽和"}},
		{"队长苏丽娜和队员们一起训练。", []string{"PER:苏丽娜"}, []string{"PER:苏丽娜和"}},
		{"主席巴图孟和说，草场保护得很好。", []string{"PER:巴图孟和"}, nil},
	}
	checkMentions(t, tests)
}

// TestForeignStaffRoles: foreign teachers and experts, coaches, referees
// and judges are roles before a name; 得 is a character of
// transliterated names (彼得).
func TestForeignStaffRoles(t *testing.T) {
	tests := []mentionCase{
		{"来自英国的外教马克·约翰逊也报名了。", []string{"PER:马克·约翰逊"}, []string{"PER:外教马克·约翰逊"}},
		{"外籍专家彼得·施密特作了报告。", []string{"PER:彼得·施密特"}, []string{"PER:施密特"}},
		{"教练员杰克·威尔逊也参加了活动。", []string{"PER:杰克·威尔逊"}, []string{"PER:员杰克·威尔逊"}},
		{"承包户周宝林告诉记者，收成不错。", []string{"PER:周宝林"}, nil},
		{"美国总统拜登得到消息。", []string{"PER:拜登"}, []string{"PER:拜登得"}},
	}
	checkMentions(t, tests)
}

// TestListAfterRoleAndWei: a role or a title and 为 before names that a
// list separator or punctuation closes (指导教师为X、Y); 为 before anything
// else is a preposition (医生为X做检查).
func TestListAfterRoleAndWei(t *testing.T) {
	tests := []mentionCase{
		{"指导教师为钟海涛、曾慧敏。", []string{"PER:钟海涛", "PER:曾慧敏"}, nil},
		{"本次比赛评委为刘文华、曾小平。", []string{"PER:刘文华", "PER:曾小平"}, nil},
		{"领导小组组长为王海涛，副组长为李志明。", []string{"PER:王海涛", "PER:李志明"}, nil},
		{"志愿者为孙华平整土地。", nil, []string{"PER:孙华平", "PER:孙华"}},
		{"教师为学生讲课。", nil, []string{"PER:学生"}},
	}
	checkMentions(t, tests)
}

// TestAgeBetweenCommas: an age between commas after a name is a cue (王德福，
// 68岁，); an age before 的 qualifies what follows.
func TestAgeBetweenCommas(t *testing.T) {
	tests := []mentionCase{
		{"张秀英，72岁，是村里的老党员。", []string{"PER:张秀英"}, nil},
		{"今年的种植户中，王德福，68岁，种了三十亩。", []string{"PER:王德福"}, nil},
		{"在张家村，68岁的老人说。", nil, []string{"PER:张家村"}},
	}
	checkMentions(t, tests)
}

// TestPlaceTaggedName: a name of three characters that the segmenter tags
// as a place, after a role and before a word of speech; not a name ending
// like a small place's.
func TestPlaceTaggedName(t *testing.T) {
	tests := []mentionCase{
		{"患者家属马建国激动地说：“谢谢医生。”", []string{"PER:马建国"}, nil},
		{"老人黄土坡介绍，这里原来没有路。", nil, []string{"PER:黄土坡"}},
	}
	checkMentions(t, tests)
}

// TestStopCharNamesBeforeTimeWords: a given name holding a character that
// also writes dates or amounts (月, 元, 万) is read after a strong cue when a
// word of time, an adverb or a number closes it, as a speech verb does.
func TestStopCharNamesBeforeTimeWords(t *testing.T) {
	tests := []mentionCase{
		{"村民孙桂月今年72岁，家住新华村。", []string{"PER:孙桂月"}, []string{"PER:孙桂"}},
		{"村民李月梅今天一早就下地了。", []string{"PER:李月梅"}, nil},
		{"村民李月英72岁，是种植能手。", []string{"PER:李月英"}, nil},
		{"老党员周万福已经退休多年。", []string{"PER:周万福"}, nil},
	}
	checkMentions(t, tests)
}

// TestStopCharNamesAfterTitles: given names holding characters that also
// write prepositions (从, 前, 和, 于) after a title or a role, closed by a verb of speech or attending, and not a preposition that
// ends a name before a number (乔石从3月起).
func TestStopCharNamesAfterTitles(t *testing.T) {
	tests := []mentionCase{
		{"镇长刘向前表示，要抓好防汛。", []string{"PER:刘向前"}, nil},
		{"副县长李从军带队检查。", []string{"PER:李从军"}, nil},
		{"村民杨和平说，今年收成好。", []string{"PER:杨和平"}, nil},
		{"镇长吴从文参加。", []string{"PER:吴从文"}, nil},
		{"委员长乔石从3月25日起访问四国。", []string{"PER:乔石"}, []string{"PER:乔石从"}},
	}
	checkMentions(t, tests)
}

// TestSpacedBylineLastName: the last name of a byline set apart by spaces
// is closed by a credit mark or the line's end, even where the dictionary
// knows it as a word (边巴); a label cut by the line's end is no name.
func TestSpacedBylineLastName(t *testing.T) {
	tests := []mentionCase{
		{"本报记者 次仁卓玛 边巴 文/图\n", []string{"PER:次仁卓玛", "PER:边巴"}, nil},
		{"记者 岩温香 玉罕 文/图\n", []string{"PER:岩温香", "PER:玉罕"}, nil},
		{"记者 王海 边巴\n正文从这里开始。", []string{"PER:王海", "PER:边巴"}, nil},
		{"本报记者 李 娜 实习\n生 马婷婷\n", []string{"PER:李娜"}, []string{"PER:实习"}},
		// the dotted part of a name is stepped over to the next name
		{"（记者 阿依古丽·艾力 马振江）\n", []string{"PER:阿依古丽·艾力", "PER:马振江"}, nil},
		{"伊犁日报记者 阿依古丽·吐尔逊 马晓军\n", []string{"PER:阿依古丽·吐尔逊", "PER:马晓军"}, nil},
	}
	checkMentions(t, tests)
}

// TestPaddedNamesInRunningText: a two-character name padded by a page's
// justification in running text after a title or a role (副县长王　军到),
// closed by a word of speech or action or punctuation; a space after a
// title pads no name.
func TestPaddedNamesInRunningText(t *testing.T) {
	tests := []mentionCase{
		{"副县长王　军到基地调研。", []string{"PER:王军", "TITLE:副县长"}, nil},
		{"县委书记李　强主持会议。", []string{"PER:李强"}, nil},
		{"村民张　华说，今年收成好。", []string{"PER:张华"}, nil},
		{"县长　王军到基地调研。", nil, []string{"PER:长王"}},
	}
	checkMentions(t, tests)
}

// TestGivenNamesEndingWithRi: given names ending with 日 (崔光日, 李成日),
// common in Korean names, after a title or in a byline, and 日前 after a
// name, which is a word of time.
func TestGivenNamesEndingWithRi(t *testing.T) {
	tests := []mentionCase{
		{"市长崔光日介绍，全市经济稳步增长。", []string{"PER:崔光日"}, []string{"PER:崔光"}},
		{"村委会主任李成日说。", []string{"PER:李成日"}, nil},
		{"（通讯员 崔光日）\n", []string{"PER:崔光日"}, []string{"PER:崔光"}},
		{"县长王海日前表示。", []string{"PER:王海"}, []string{"PER:王海日"}},
	}
	checkMentions(t, tests)
}

// TestHeEndsNameAndHousehold: 和 ends a given name before a word of speech
// or action (县长王永和讲话), and 家 after a two-character name before 的 is
// the household's (村民王芳家的院子).
func TestHeEndsNameAndHousehold(t *testing.T) {
	tests := []mentionCase{
		{"县长王永和讲话。", []string{"PER:王永和"}, []string{"PER:王永"}},
		{"医生其木格和同事一起出诊。", []string{"PER:其木格"}, []string{"PER:其木格和"}},
		{"村民王芳家的院子里种满了花。", []string{"PER:王芳"}, []string{"PER:王芳家"}},
	}
	checkMentions(t, tests)
}
