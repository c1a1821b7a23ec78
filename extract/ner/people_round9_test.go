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
