package relate_test

import "testing"

// TestFirmAnaphor: 该企业 or 企业 opening a clause before what a company
// makes refers to the company the article names (and only to one); a
// company named in a list of several, or an article of two companies,
// gives no subject to 企业 alone.
func TestFirmAnaphor(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "该企业 after the company",
			text: "县里引进了甘肃陇原薯业有限公司。该企业主要生产马铃薯全粉，年产值过亿元。",
			want: []string{"甘肃陇原薯业有限公司 产业 马铃薯全粉"},
		},
		{
			name: "企业 alone opening the clause, one company named",
			text: "甘肃陇原薯业有限公司落户新区。企业主要生产马铃薯淀粉，带动农户两千户。",
			want: []string{"甘肃陇原薯业有限公司 产业 马铃薯淀粉"},
		},
		{
			name: "two companies named: 企业 alone refers to neither",
			text: "甘肃陇原薯业有限公司和兰州金城食品有限公司落户新区。企业主要生产马铃薯淀粉。",
			not:  []string{"甘肃陇原薯业有限公司 产业 马铃薯淀粉", "兰州金城食品有限公司 产业 马铃薯淀粉"},
		},
		{
			name: "the word ends a longer phrase",
			text: "甘肃陇原薯业有限公司落户新区。龙头企业主要生产马铃薯淀粉。",
			not:  []string{"甘肃陇原薯业有限公司 产业 马铃薯淀粉"},
		},
	})
}

// TestCompanyAfterYearWord: 公司 after a word of the year (今年公司与农户
// 签约) is the article's one company, which 公司总经理Y then names.
func TestCompanyAfterYearWord(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "a year before 公司", text: "贵州省雷山县苗香食品有限公司成立于2018年。今年公司与农户签约2000亩。公司总经理杨光明说，销路很好。",
			want: []string{"杨光明 任职于 贵州省雷山县苗香食品有限公司"}},
	})
}
