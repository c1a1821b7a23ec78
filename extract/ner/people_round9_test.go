package ner_test

import "testing"

// TestNamesWithoutHanSurnameMore checks names of the peoples of the
// southwest and the north that have no Han surname, after a title or a
// role: Dai, Lahu and Hani given names (娜朵, 娜妥), a Dai name before an
// adverb, a Mongolian given name after a Han surname, Yi clan names, and a
// name before a preposition or a verb of command.
func TestNamesWithoutHanSurnameMore(t *testing.T) {
	tests := []mentionCase{
		{"副县长娜朵说，今年种植冬季蔬菜五万亩。", []string{"PER:娜朵"}, nil},
		{"县委副书记、县长娜妥表示，要办好民生实事。", []string{"PER:娜妥"}, nil},
		{"村民岩温正和家人一起采茶。", []string{"PER:岩温"}, []string{"PER:岩温正"}},
		{"主任医师白巴特尔给患者做了检查。", []string{"PER:白巴特尔"}, []string{"PER:白巴特"}},
		{"村医其其格给老人量血压。", []string{"PER:其其格"}, []string{"PER:格给"}},
		{"县人大常委会副主任勒古沙日主持会议。", []string{"PER:勒古沙日"}, nil},
		{"乡长吉狄阿呷介绍了搬迁进度。", []string{"PER:吉狄阿呷"}, nil},
		{"副局长萨仁娜坐镇指挥，连夜转移群众。", []string{"PER:萨仁娜"}, nil},
		{"拉祜族青年扎娜说，家里的茶叶卖得好。", []string{"PER:扎娜"}, nil},
	}
	checkMentions(t, tests)
}

// TestAddressTermsAreNoNames checks a surname and a term of address (雷大伯,
// 王大嫂): no name.
func TestAddressTermsAreNoNames(t *testing.T) {
	tests := []mentionCase{
		{"82岁的钟大伯每天都到河边散步。", nil, []string{"PER:钟大伯"}},
		{"邻居刘大嫂送来了一篮鸡蛋。", nil, []string{"PER:刘大嫂"}},
	}
	checkMentions(t, tests)
}

// TestWordsTaggedAsNames checks words the dictionary tags as names that
// are none: after a numeral and a measure word of things (一株麦苗), alone
// in quotation marks (“门儿清”), a verb of one character before another
// verb after a role (医生来坐诊), and a name of a plant or a food (梅干菜);
// and a name whose third character the segmenter knows only inside
// words (杨秀/珍).
func TestWordsTaggedAsNames(t *testing.T) {
	tests := []mentionCase{
		{"老农拿起一株麦苗仔细查看。", nil, []string{"PER:麦苗"}},
		{"说起养蜂，他可是“门儿清”。", nil, []string{"PER:门儿清"}},
		{"镇卫生院的医生来坐诊，老人们不用再跑远路。", nil, []string{"PER:来坐诊"}},
		{"这里的梅干菜远近闻名。", nil, []string{"PER:梅干菜"}},
		{"“普及钱钟书”并不容易。", []string{"PER:钱钟书"}, nil},
		{"村委会主任杨秀珍交流了经验。", []string{"PER:杨秀珍"}, []string{"PER:杨秀"}},
	}
	checkMentions(t, tests)
}

// TestBylineThenBodyAndHeadings checks a byline whose last name, spaced by
// the page, runs into the body on one line (no name from the body's first
// words), and a section heading of two words joined by a middle dot.
func TestBylineThenBodyAndHeadings(t *testing.T) {
	tests := []mentionCase{
		{"本报讯 记者 孙立新 通讯员 罗 敏 单县黄岗镇是全国闻名的杞柳编织基地。", []string{"PER:孙立新", "PER:罗敏"}, []string{"PER:单县黄", "PER:单县"}},
		{"法治·平安\n本报讯 记者 孙立新报道", []string{"PER:孙立新"}, []string{"PER:法治·平安"}},
		{"艾力·买买提说，今年的棉花收成好。", []string{"PER:艾力·买买提"}, nil},
	}
	checkMentions(t, tests)
}
