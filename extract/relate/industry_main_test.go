package relate_test

import "testing"

// TestIndustryMain checks what a company does most (以X为主) and its main
// business (主营业务为X, 主要经营X), with near misses.
func TestIndustryMain(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a company that makes most of a product",
			text: "烟台张裕葡萄酿酒股份有限公司以葡萄酒生产为主，产品远销海外。",
			want: []string{"烟台张裕葡萄酿酒股份有限公司 产业 葡萄酒"},
		},
		{
			name: "a company that is one doing most of a product",
			text: "宏达果业有限公司是一家以苹果种植、加工和销售为主的民营企业。",
			want: []string{"宏达果业有限公司 产业 苹果"},
		},
		{
			name: "a county's economy is no company's",
			text: "山东省烟台市蓬莱区以农业为主，工业基础薄弱。",
			not:  []string{"蓬莱区 产业 农业"},
		},
		{
			name: "what is most of something else",
			text: "烟台张裕葡萄酿酒股份有限公司的员工以本地人为主。",
			not:  []string{"烟台张裕葡萄酿酒股份有限公司 产业 本地人"},
		},
		{
			name: "main business",
			text: "烟台张裕葡萄酿酒股份有限公司主营业务为葡萄酒生产和销售。",
			want: []string{"烟台张裕葡萄酿酒股份有限公司 产业 葡萄酒"},
			not:  []string{"烟台张裕葡萄酿酒股份有限公司 产业 业务为葡萄酒"},
		},
		{
			name: "what a company mainly deals in",
			text: "山东鲁花集团有限公司主要经营花生油、葵花籽油等产品。",
			want: []string{"山东鲁花集团有限公司 产业 花生油", "山东鲁花集团有限公司 产业 葵花籽油"},
		},
		{
			name: "the income of the main business is no product",
			text: "烟台张裕葡萄酿酒股份有限公司主营业务收入同比增长，利润上升。",
			not:  []string{"烟台张裕葡萄酿酒股份有限公司 产业 业务收入同比增长", "烟台张裕葡萄酿酒股份有限公司 产业 收入同比增长"},
		},
		{
			name: "the scope of business is no product",
			text: "山东鲁花集团有限公司主要经营范围包括农产品销售。",
			not:  []string{"山东鲁花集团有限公司 产业 范围包括农产品"},
		},
	}
	runTripleCases(t, tests)
}
