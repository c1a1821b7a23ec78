package ner_test

import "testing"

// TestRegisteredCompanyName checks company names in the registered form
// place + trade name + industry + 有限公司, with trade names the dictionary
// does not know, and the place in brackets after the trade name.
func TestRegisteredCompanyName(t *testing.T) {
	tests := []mentionCase{
		{"江西赣丰堂食品有限公司负责人介绍，订单已排到明年。", []string{"ORG:江西赣丰堂食品有限公司"}, nil},
		{"去年，湖北新代米生物科技有限公司在当地建成投产。", []string{"ORG:湖北新代米生物科技有限公司"}, nil},
		{"浙江华远(宁波)新材料有限公司落户当地。", []string{"ORG:浙江华远(宁波)新材料有限公司"}, nil},
		{"项目由广东金穗（惠州）农业发展有限公司承建。", []string{"ORG:广东金穗（惠州）农业发展有限公司"}, nil},
		// words tagged as verbs or adverbs after the place are no trade name
		{"他们在湖南已经开办有限公司。", nil, []string{"ORG:湖南已经开办有限公司", "ORG:已经开办有限公司"}},
		// nor a function word, nor a trade name of one character
		{"浙江的食品有限公司很多。", nil, []string{"ORG:浙江的食品有限公司"}},
		// brackets that hold no place are not part of the name
		{"该公司(暂定名)新材料有限公司正在筹建。", nil, []string{"ORG:该公司(暂定名)新材料有限公司"}},
	}
	checkMentions(t, tests)
}
