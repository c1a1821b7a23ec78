package ner_test

import "testing"

// TestNameEndsBeforeAdverbs checks names of two characters before an
// adverb of one character (便, 却, 正 read alone) and names of three before
// an adverb of two (长期), a surname that is also a word of rights (权),
// and a given name with 建 before a verb and its particle.
func TestNameEndsBeforeAdverbs(t *testing.T) {
	tests := []mentionCase{
		{"书记韩芳便带着大家上山巡查。", []string{"PER:韩芳"}, []string{"PER:韩芳便"}},
		{"村主任杜林却犯了难。", []string{"PER:杜林"}, []string{"PER:杜林却"}},
		{"总经理苏娃正带领员工装车。", []string{"PER:苏娃"}, []string{"PER:苏娃正"}},
		{"研究员章文哲长期从事大豆育种。", []string{"PER:章文哲"}, []string{"PER:章文"}},
		{"副站长权立新介绍了新品种。", []string{"PER:权立新", "TITLE:副站长"}, nil},
		{"返乡青年鲁建鹏开办了农家乐。", []string{"PER:鲁建鹏"}, nil},
		{"镇长李志刚从村里回来。", []string{"PER:李志刚"}, nil},
	}
	checkMentions(t, tests)
}

// TestNamesAfterAgesAndHomes checks names without a Han surname after an
// age or a home and 的 (62岁的次仁多吉, 家住…的俄木伍沙), or before a verb of
// posture (牧民其木格站在), and words after a role that are no names (边走
// 边唱, 占比, 占六成), nor a team before its head's title (文艺队队长).
func TestNamesAfterAgesAndHomes(t *testing.T) {
	tests := []mentionCase{
		{"今年58岁的旺堆次仁正在晒青稞。", []string{"PER:旺堆次仁"}, nil},
		{"家住昭觉县三河村的吉克阿呷正在分拣洋芋。", []string{"PER:吉克阿呷"}, nil},
		{"牧民乌兰其其格站在草场上。", []string{"PER:乌兰其其格"}, nil},
		{"78岁的郑桂芳老人边走边唱。", []string{"PER:郑桂芳"}, []string{"PER:边走边"}},
		{"70岁以上老人占比接近两成。", nil, []string{"PER:占比"}},
		{"朝鲜族居民占六成。", nil, []string{"PER:占六成"}},
		{"文艺队队长带着大家排练。", nil, []string{"PER:文艺队"}},
	}
	checkMentions(t, tests)
}

// TestDottedNameWithAbu checks a dotted name whose part begins with 阿不
// (阿不都拉, 阿不力孜), 不 being a function character elsewhere.
func TestDottedNameWithAbu(t *testing.T) {
	tests := []mentionCase{
		{"律师艾力·阿不都拉承办此案。", []string{"PER:艾力·阿不都拉"}, []string{"PER:艾力·阿"}},
		{"村民买买提·阿不力孜说，今年收成好。", []string{"PER:买买提·阿不力孜"}, nil},
	}
	checkMentions(t, tests)
}
