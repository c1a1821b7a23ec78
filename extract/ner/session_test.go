package ner_test

import "testing"

// TestSessionOfBody: a term's ordinal (第十八届) between a place and a
// people's congress, its standing committee or a committee of the
// political consultative conference is part of the body's name as written,
// with the place and 政协 before it; a national body after a place names
// no body of the place.
func TestSessionOfBody(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"青川县第十六届人民代表大会第二次会议今天开幕。", []string{"ORG:青川县第十六届人民代表大会"}, []string{"ORG:人民代表大会"}},
		{"青川县第十六届人民代表大会常务委员会副主任赵国庆带队视察。", []string{"ORG:青川县第十六届人民代表大会常务委员会", "PER:赵国庆"}, []string{"ORG:人民代表大会常务委员会"}},
		{"政协青川县第九届委员会第三次会议闭幕。", []string{"ORG:政协青川县第九届委员会"}, []string{"ORG:青川县第九届委员会"}},
		{"青川县人民代表大会召开专题会议。", []string{"ORG:青川县人民代表大会"}, []string{"ORG:人民代表大会"}},
		// deputies of a place to a national body
		{"四川省第十四届全国人民代表大会代表赵国庆发言。", []string{"ORG:全国人民代表大会"}, []string{"ORG:四川省第十四届全国人民代表大会"}},
		// a level written alone before a term still begins nothing new
		{"县政协主席赵国庆出席。", nil, []string{"ORG:县政协赵国庆"}},
	})
}

// TestLevelCharInTradeName: a level character (乡, 县) inside a
// company's trade name, right after a place and a character of the name,
// begins no name: the name starts at the place (宁夏杞乡红生物科技…).
func TestLevelCharInTradeName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"甘肃陇乡源食品有限公司今年扩建了厂房。", []string{"ORG:甘肃陇乡源食品有限公司"}, []string{"ORG:乡源食品有限公司"}},
		{"四川蜀县丰农业科技有限公司签约落户。", []string{"ORG:四川蜀县丰农业科技有限公司"}, []string{"ORG:县丰农业科技有限公司"}},
		// a level written alone after a word of function still begins the name
		{"会上，省海洋与渔业局作了发言。", []string{"ORG:省海洋与渔业局"}, nil},
	})
}
