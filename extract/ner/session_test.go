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

// TestMediaEndings: 早报 and a government's website (人民政府网) end a
// media name, in a source line and before a press title.
func TestMediaEndings(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"来源：青川县人民政府网", []string{"ORG:青川县人民政府网"}, []string{"ORG:青川县人民政府"}},
		{"东海早报记者 赵国庆", []string{"ORG:东海早报", "PER:赵国庆"}, nil},
		// a website of the government is no body of it
		{"青川县人民政府网站开设了专栏。", []string{"ORG:青川县人民政府"}, []string{"ORG:青川县人民政府网"}},
	})
}

// TestKindOfSchool: a word of the segmenter that ends with 院校 or 高校
// names a kind of school, no organization; a school's name still is one.
func TestKindOfSchool(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"每年都有美术院校的师生来写生。", nil, []string{"ORG:美术院校"}},
		{"多所师范院校参加了招聘会。", nil, []string{"ORG:师范院校"}},
		{"青川县职业技术学校的学生参加了比赛。", []string{"ORG:青川县职业技术学校"}, nil},
	})
}
