package ner_test

import "testing"

// TestTransliteratedNamesMore checks Tibetan, Mongolian and Uyghur names
// with characters common in them (地, 金, 么, 羊, 俄, 花, 顺, 泽), a name
// read from its Han-looking end extended over the characters before it
// after 的, and over a fourth character before a word of speech.
func TestTransliteratedNamesMore(t *testing.T) {
	tests := []mentionCase{
		{"村民肉孜·吐尔地说，今年的收成很好。", []string{"PER:肉孜·吐尔地"}, nil},
		{"县委书记仁青卓么表示，要抓好生态保护。", []string{"PER:仁青卓么"}, nil},
		{"书记加羊才让介绍，全村有120户。", []string{"PER:加羊才让"}, nil},
		{"牧民萨仁花说，草场更好了。", []string{"PER:萨仁花"}, nil},
		{"旗长那顺孟和介绍了情况。", []string{"PER:那顺孟和"}, []string{"PER:那顺孟"}},
		{"家住重孜乡的次仁卓嘎今年40岁。", []string{"PER:次仁卓嘎"}, []string{"PER:卓嘎"}},
		{"47岁的白玛央金说，日子越过越好。", []string{"PER:白玛央金"}, []string{"PER:白玛央"}},
	}
	checkMentions(t, tests)
}

// TestNamesBeforeWhatFollowsASubject checks Han names after a role whose
// third character the segmenter reads apart or with what follows, before
// 带着, 今年 or a verb of one character and its particle, and whose given
// name holds characters of other words common in given names (进, 建).
func TestNamesBeforeWhatFollowsASubject(t *testing.T) {
	tests := []mentionCase{
		{"村民李进福带着孙子在地里干活。", []string{"PER:李进福"}, nil},
		{"养殖户马进财今年43岁。", []string{"PER:马进财"}, nil},
		{"村民李德福带着大家修路。", []string{"PER:李德福"}, []string{"PER:李德"}},
		{"58岁的张春林种了10亩辣椒。", []string{"PER:张春林"}, []string{"PER:张春"}},
		{"老茶农林丽清翻晒茶叶。", []string{"PER:林丽清"}, []string{"PER:林丽"}},
		// a verb of two characters and its particle after a name of two
		{"老人许博收到了志愿者送来的米。", []string{"PER:许博"}, []string{"PER:许博收"}},
	}
	checkMentions(t, tests)
}

// TestTransliteratedNamesAfterTitles checks names of four characters after
// a title whose first character is also a Han surname and whose others are
// of the transliteration set (副局长葛根塔娜表示, 旗长乌力吉图第一时间).
func TestTransliteratedNamesAfterTitles(t *testing.T) {
	tests := []mentionCase{
		{"副局长葛根塔娜表示，要加强巡查。", []string{"PER:葛根塔娜"}, []string{"PER:葛根"}},
		{"旗长乌力吉图第一时间赶到现场。", []string{"PER:乌力吉图"}, []string{"PER:乌力吉"}},
		{"县长王建华表示，要加强巡查。", []string{"PER:王建华"}, nil},
	}
	checkMentions(t, tests)
}

// TestBareNamesAfterTitlesMore checks Mongolian names after a title whose
// start the dictionary holds as a rare noun (宝音/n 图) or that begin with
// 海 (海日汗), and words that are no names: a press title after a credit
// label (文/图 特约记者 蓝 涛: no 特约) and a city's short form before a
// headline's colon (海伦：).
func TestBareNamesAfterTitlesMore(t *testing.T) {
	tests := []mentionCase{
		{"旗长宝音图主持会议。", []string{"PER:宝音图"}, nil},
		{"局长海日汗介绍情况。", []string{"PER:海日汗"}, nil},
		{"今年以来，大豆长势良好。\n文/图 特约记者 蓝 涛\n", []string{"PER:蓝涛"}, []string{"PER:特约"}},
		{"海伦：专家下乡指导大豆春播\n近日，海伦市农业技术推广中心的专家下乡了。\n", nil, []string{"PER:海伦"}},
	}
	checkMentions(t, tests)
}

// TestNaxiSurnameHe checks the surname 和 right after a title before a
// word of speech (主任和永光介绍, 副区长和丽华说), and 和 as the conjunction
// it is elsewhere (局长和同事们说, 县长和副县长出席, 书记和村民说).
func TestNaxiSurnameHe(t *testing.T) {
	tests := []mentionCase{
		{"主任和永光介绍，古城保护得很好。", []string{"PER:和永光"}, nil},
		{"副区长和丽华说，要做好保护。", []string{"PER:和丽华"}, nil},
		{"局长和同事们说，要加油。", nil, []string{"PER:和同事"}},
		{"县长和副县长出席。", nil, []string{"PER:和副县"}},
		{"书记和村民说了很久。", nil, []string{"PER:和村民"}},
	}
	checkMentions(t, tests)
}

// TestHeAfterABareName checks 和 after a name without a Han surname that
// joins a word for other people or a common noun (医生其木格和同事一起),
// no character of the name, and 和 that ends one (牧民苏和说, 局长巴图孟和到).
func TestHeAfterABareName(t *testing.T) {
	tests := []mentionCase{
		{"医生其木格和同事一起出诊。", []string{"PER:其木格"}, []string{"PER:其木格和"}},
		{"牧民苏和说，今年雨水好。", []string{"PER:苏和"}, nil},
		{"局长巴图孟和到村里调研。", []string{"PER:巴图孟和"}, nil},
	}
	checkMentions(t, tests)
}

// TestBylineNameKnownWhole checks a byline name of four characters that
// the segmenter knows whole (记者 斯琴高娃), not two press names, and two
// press names written together (记者韩梅张晓飞).
func TestBylineNameKnownWhole(t *testing.T) {
	tests := []mentionCase{
		{"今年以来，全旗牧业发展势头良好。\n（记者 斯琴高娃 通讯员 王海）\n", []string{"PER:斯琴高娃", "PER:王海"}, []string{"PER:斯琴", "PER:高娃"}},
		{"（记者韩梅张晓飞）今年以来，全县牧业发展势头良好。", []string{"PER:韩梅", "PER:张晓飞"}, nil},
	}
	checkMentions(t, tests)
}

// TestTibetanAndMongolianCharacters checks names over characters common in
// Tibetan and Mongolian names (杰, 道, 满, 乐, 真, 毛, 草): 尕玛旦真, 格日乐图,
// 那仁满都拉.
func TestTibetanAndMongolianCharacters(t *testing.T) {
	tests := []mentionCase{
		{"镇党委书记尕玛旦真介绍，全镇有牧户300户。", []string{"PER:尕玛旦真"}, nil},
		{"旗长格日乐图主持会议。", []string{"PER:格日乐图"}, []string{"PER:乐图"}},
		{"牧民那仁满都拉说，今年雨水多。", []string{"PER:那仁满都拉"}, nil},
	}
	checkMentions(t, tests)
}

// TestDottedPartBeforeWord: the last part of a dotted name ends before a
// word of three characters or more that the segmenter reads at the end of
// its run (艾尔肯·吾守尔拉家常: 拉家常 is the verb), not inside a name the
// segmenter reads whole.
func TestDottedPartBeforeWord(t *testing.T) {
	tests := []mentionCase{
		{"与村民艾尔肯·吾守尔拉家常。", []string{"PER:艾尔肯·吾守尔"}, []string{"PER:艾尔肯·吾守尔拉家常"}},
		{"县长阿不都沙拉木·阿不都热依木说。", []string{"PER:阿不都沙拉木·阿不都热依木"}, nil},
		// a verb of one character after the part, with its particle
		{"阿依古丽·艾买提买了新衣服。", []string{"PER:阿依古丽·艾买提"}, []string{"PER:阿依古丽·艾买提买"}},
		{"代表艾斯海提·克里木拜（哈萨克族）发言。", []string{"PER:艾斯海提·克里木拜"}, nil},
	}
	checkMentions(t, tests)
}

// TestDottedPartAfterNoun: the first part of a dotted name starts after a
// common noun the segmenter reads before it (38岁牧民…, 女工…), where no
// cue of the lists stands, and still takes syllables that are no
// transliteration characters (阿不都).
func TestDottedPartAfterNoun(t *testing.T) {
	tests := []mentionCase{
		{"31岁女工帕提古丽·阿西木说，车间很暖和。", []string{"PER:帕提古丽·阿西木"}, []string{"PER:岁女工帕提古丽·阿西木", "PER:女工帕提古丽·阿西木"}},
		{"年轻画家努尔兰·别克告诉记者。", []string{"PER:努尔兰·别克"}, []string{"PER:画家努尔兰·别克"}},
		{"党员干部阿不都克力木·艾海提说。", []string{"PER:阿不都克力木·艾海提"}, nil},
	}
	checkMentions(t, tests)
}
