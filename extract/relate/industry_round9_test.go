package relate_test

import "testing"

// TestIndustryFocusBasesAndHouseholds checks industries stated with a
// modifier before the kind (以X、Y为特色主导产业), a kind of farming
// between the product and a base (苹果种植专业镇), a product the lexicon
// does not know before a base (桐木加工基地, 大香糯产地), and the
// households of a village that work in one trade (全村有…户从事X加工).
func TestIndustryFocusBasesAndHouseholds(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a featured leading industry",
			text: "近年来，永顺县以猕猴桃、莓茶、油茶为特色主导产业，带动三万户增收。",
			want: []string{"永顺县 产业 猕猴桃", "永顺县 产业 莓茶", "永顺县 产业 油茶"},
		},
		{
			name: "a featured industry",
			text: "汝城县以朝天椒为特色产业，种植面积逐年扩大。",
			want: []string{"汝城县 产业 朝天椒"},
		},
		{
			name: "a kind of farming before a specialised town",
			text: "礼县盐官镇是远近闻名的苹果种植专业镇。",
			want: []string{"盐官镇 产业 苹果"},
		},
		{
			name: "an unknown product before a processing base",
			text: "兰考县堌阳镇是全国闻名的泡桐加工基地。",
			want: []string{"堌阳镇 产业 泡桐"},
		},
		{
			name: "households working in one trade",
			text: "曹县大集镇张庄村是电商专业村。全村有300多户从事演出服加工。",
			want: []string{"张庄村 产业 演出服"},
		},
		{
			name: "households counted with no trade",
			text: "曹县大集镇张庄村共有300多户，其中脱贫户42户。",
			not:  []string{"张庄村 产业 脱贫"},
		},
	}
	runTripleCases(t, tests)
}
