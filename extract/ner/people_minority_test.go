package ner_test

import "testing"

// TestXiangInGivenName: 向 is a function word and a hard stop, but it
// opens many given names (向阳, 向东, 向前): after a title or a role, a
// name that holds it is taken where a word of speech, of attending or
// punctuation closes it (县委书记郑向阳出席); a stop character common in
// given names may stand beside it (李向东说).
func TestXiangInGivenName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"近日，临江县委书记郑向阳出席会议并讲话。", []string{"PER:郑向阳"}, []string{"PER:向阳"}},
		{"县委书记李向东说，要抓好落实。", []string{"PER:李向东"}, nil},
		{"县委书记王为民出席开幕式。", []string{"PER:王为民"}, nil},
		{"村民吴向荣介绍，今年的收成不错。", []string{"PER:吴向荣"}, nil},
		// 向 as a preposition after the title and a surname
		{"县长李向群众介绍政策。", nil, []string{"PER:李向群"}},
		{"主任张向东部地区推广经验。", nil, []string{"PER:张向东"}},
	})
}

// TestPlaceBeforeHeadlineColon: a place's name before the colon of a
// headline is no speaker (景迈山：千年古茶园…): its last character ends
// places' names and is a word of its own, and the segmenter reads a name
// over none of it; a speaker whose surname the segmenter reads as a name
// keeps it (王永山：).
func TestPlaceBeforeHeadlineColon(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"景迈山：千年古茶园焕发新生机\n本报记者 王晓东\n景迈山上的古茶园迎来采摘季。", []string{"PER:王晓东"}, []string{"PER:景迈山"}},
		{"王永山：没问题，我们一定按时完工。", []string{"PER:王永山"}, nil},
		{"张振江：我们要把路修好。", []string{"PER:张振江"}, nil},
	})
}

// TestReporterQuestion: 记者： that opens a question of an interview
// announces no name (记者：景迈山申遗成功后，村里有什么变化？); 记者：李明
// closed by the line's end does.
func TestReporterQuestion(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"记者：景迈山申遗成功后，村里有什么变化？\n岩香：游客多了。", nil, []string{"PER:景迈山"}},
		{"茶园迎来丰收。\n记者：高振山", []string{"PER:高振山"}, nil},
	})
}

// TestTurnoverIsNoName: 周转 (turnover) is a word the stock dictionary
// tags as a name; after a role it is none (教师周转房).
func TestTurnoverIsNoName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"乡村教师周转房让年轻教师安心扎根。", nil, []string{"PER:周转", "PER:周转房"}},
		{"县里为乡村学校新建教师周转房30套。", nil, []string{"PER:周转房"}},
	})
}

// TestKeeperRoles: keepers of forests and rivers and the village's
// helpers are roles before a name (护林员杨德顺每天巡山).
func TestKeeperRoles(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"护林员杨德顺每天巡山。", []string{"PER:杨德顺"}, nil},
		{"讲解员罗小敏正在给游客讲解。", []string{"PER:罗小敏"}, nil},
		{"护林员队伍不断壮大。", nil, []string{"PER:队伍"}},
	})
}

// TestBareNames: Mongolian, Tibetan and Dai names have no Han surname;
// one is read between a role or a title and a word of speech, of
// attending or an adverb of time (牧民其木格正忙着, 书记乌日图介绍, 县长岩罕龙
// 主持), not where the segmenter reads a common word (局长多次强调).
func TestBareNames(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"牧民娜仁正忙着挤奶。", []string{"PER:娜仁"}, nil},
		{"民警乌日图介绍，辖区治安平稳。", []string{"PER:乌日图"}, nil},
		{"副县长岩罕光主持会议。", []string{"PER:岩罕光"}, nil},
		{"村民岩香说，茶叶卖得好。", []string{"PER:岩香"}, nil},
		{"局长多次强调安全。", nil, []string{"PER:多次"}},
		{"民警多次说明情况。", nil, []string{"PER:多次"}},
		{"主任岩石说。", nil, []string{"PER:岩石"}},
		// no cue after the run
		{"牧民娜仁羊群走失了。", nil, []string{"PER:娜仁"}},
		// words that follow a subject: 家的, 一边, 带着
		{"牧民娜仁家的羊走失了。", []string{"PER:娜仁"}, nil},
		{"辅导员娜仁带着孩子们做游戏。", []string{"PER:娜仁"}, nil},
		// Tibetan and Mongolian names of up to six characters
		{"县长尼玛才仁说，今年牧民增收。", []string{"PER:尼玛才仁"}, nil},
		{"牧民额尔敦毕力格说，草场好了。", []string{"PER:额尔敦毕力格"}, nil},
		{"局长阿拉坦仓说。", []string{"PER:阿拉坦仓"}, []string{"PER:阿拉"}},
	})
}

// TestHuiSurnamesAndYiTibetanCharacters checks Hui and northern surnames
// (敏, 虎, 撒) and characters of Yi and Tibetan names (阿洛阿支, 沙马拉铁,
// 吉伍木呷, 降央卓玛) read whole after a title or before a word of speech.
func TestHuiSurnamesAndYiTibetanCharacters(t *testing.T) {
	tests := []mentionCase{
		{"社区民警敏志强说，辖区很安全。", []string{"PER:敏志强"}, nil},
		{"副主任阿洛阿支说。", []string{"PER:阿洛阿支"}, []string{"PER:阿洛阿"}},
		{"局长沙马拉铁介绍。", []string{"PER:沙马拉铁"}, []string{"PER:沙马拉"}},
		{"村民吉伍木呷说。", []string{"PER:吉伍木呷"}, []string{"PER:伍木呷"}},
		{"副主任降央卓玛表示。", []string{"PER:降央卓玛"}, []string{"PER:卓玛"}},
	}
	checkMentions(t, tests)
}

// TestBareNamesBeforePredicate: a name without a Han surname after a role
// or a title is also read before 是, 把, 从 and 等 (理事长娜仁花是…, 牧民
// 巴图孟和从…), and Amdo Tibetan and Mongolian names hold 东, 主, 尖, 完,
// 智, 高 and 万 (才让东主, 万玛尖措, 斯琴高娃).
func TestBareNamesBeforePredicate(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"合作社理事长乌云其木格是养羊能手。", []string{"PER:乌云其木格"}, nil},
		{"牧民巴特尔把牛群赶回了圈。", []string{"PER:巴特尔"}, nil},
		{"牧民苏和孟和从旗里赶回来。", []string{"PER:苏和孟和"}, []string{"PER:苏和孟"}},
		{"牧民额尔敦孟和等12人参加培训。", []string{"PER:额尔敦孟和"}, nil},
		{"副州长旦增东主介绍。", []string{"PER:旦增东主"}, nil},
		{"牧民索南尖措说，草场好了。", []string{"PER:索南尖措"}, []string{"PER:索南尖"}},
		{"记者萨日高娃、通讯员乌兰高娃报道。", []string{"PER:萨日高娃", "PER:乌兰高娃"}, nil},
		// a Han surname and a given name ending in a stop character before 说
		{"副检察长周海园说，案件已办结。", []string{"PER:周海园"}, []string{"PER:周海"}},
	})
}

// TestNoNameOfProduct: a surname character before a product of the
// lexicon is no name without a role or a title before it (错季蔬菜作为…,
// 种植罗汉果); after a role the name stays (村民王茶叶 is no product).
func TestNoNameOfProduct(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"镇里把反季蔬菜作为主导产业。", nil, []string{"PER:季蔬菜"}},
		{"农户们在林下种植罗汉果、灵芝等药材。", nil, []string{"PER:罗汉果"}},
		{"村民田七妹说，今年收成好。", []string{"PER:田七妹"}, nil},
	})
}
