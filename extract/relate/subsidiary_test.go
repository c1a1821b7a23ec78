package relate_test

import "testing"

// TestSubsidiariesSetUp checks subsidiaries whose parent's name is
// followed by where and how it set them up (在曹县设立的全资子公司, 控股的子
// 公司), a subject referred to by its kind (该公司是…), and a parent that
// only does business with the company.
func TestSubsidiariesSetUp(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "set up in a county",
			text: "据了解，曹县华鑫木业有限公司是山东鲁丽集团在曹县设立的全资子公司，主要生产板材。",
			want: []string{"曹县华鑫木业有限公司 隶属 山东鲁丽集团"},
		},
		{
			name: "the company of the sentence before",
			text: "平和县琯溪蜜柚开发有限公司成立于2018年。该公司是福建建发集团控股的子公司。",
			want: []string{"平和县琯溪蜜柚开发有限公司 隶属 福建建发集团"},
		},
		{
			name: "a customer",
			text: "平和县琯溪蜜柚开发有限公司成立于2018年。该公司是福建建发集团的供应商。",
			not:  []string{"平和县琯溪蜜柚开发有限公司 隶属 福建建发集团"},
		},
	})
}

// TestChamberOfCommerce checks where a chamber of commerce sits: the first
// of two places before 商会 (中卫市浙江商会: 中卫市, its members from
// 浙江), none for one place alone, which may be either.
func TestChamberOfCommerce(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "two places",
			text: "中卫市浙江商会会长李明出席。",
			want: []string{"中卫市浙江商会 位于 中卫市"},
			not:  []string{"中卫市浙江商会 位于 浙江省"},
		},
		{
			name: "one place",
			text: "浙江商会会长李明出席。",
			not:  []string{"浙江商会 位于 浙江省"},
		},
	})
}
