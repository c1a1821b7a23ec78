package relate_test

import "testing"

// TestLevelAloneAfterALocatingCity checks 全市 and 市 bodies in an article
// set in a county-level city that it locates by writing its prefecture
// right before it (寿光市 in 潍坊市寿光市): the prefecture so written only
// locates it and is no candidate for the article's home; named on its own,
// it still is.
func TestLevelAloneAfterALocatingCity(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a county-level city located by its prefecture in the title and the lead",
			text: "潍坊市寿光市：菜农增收有门道\n近日，记者走进潍坊市寿光市孙家集街道。全市蔬菜产业年产值超过百亿元。",
			want: []string{"寿光市 产业 蔬菜"},
			not:  []string{"潍坊市 产业 蔬菜"},
		},
		{
			name: "a body of the level in the same article",
			text: "潍坊市寿光市：菜农增收有门道\n近日，记者走进潍坊市寿光市孙家集街道。市政协副主席蔡志强介绍，全市菜农收入逐年提高。",
			want: []string{"蔡志强 任职于 寿光市政协"},
			not:  []string{"蔡志强 任职于 潍坊市政协"},
		},
		{
			name: "the prefecture named on its own is a candidate",
			text: "潍坊市召开经济工作会议。全市蔬菜产业年产值超过百亿元，潍坊市寿光市、潍坊市青州市作交流发言。潍坊市有关负责人介绍了情况。",
			want: []string{"潍坊市 产业 蔬菜"},
			not:  []string{"寿光市 产业 蔬菜"},
		},
		{
			name: "a province written only as a locator and no other province",
			text: "四川省巴中市：银耳飘香\n日前，省政协副主席蔡志强到巴中市调研银耳产业。",
			want: []string{"蔡志强 任职于 四川省政协"},
		},
	}
	runTripleCases(t, tests)
}
