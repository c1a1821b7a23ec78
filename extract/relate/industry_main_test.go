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
		{
			name: "the maker a company is",
			text: "据了解，宁德时代新能源科技股份有限公司是全球领先的锂电池制造商。",
			want: []string{"宁德时代新能源科技股份有限公司 产业 锂电池"},
		},
		{
			name: "the largest producer of a product",
			text: "据了解，山东鲁花集团有限公司是全国最大的花生油生产企业之一。",
			want: []string{"山东鲁花集团有限公司 产业 花生油"},
		},
		{
			name: "a bank of a maker is no maker",
			text: "据了解，中国银行宁德分行是当地锂电池制造商的合作银行。",
			not:  []string{"中国银行宁德分行 产业 锂电池"},
		},
		{
			name: "what a company makes a year",
			text: "据了解，山东鲁花集团有限公司年产花生油50万吨。",
			want: []string{"山东鲁花集团有限公司 产业 花生油"},
		},
		{
			name: "what a place makes a year is a figure",
			text: "据了解，山东省烟台市莱阳市年产花生油50万吨。",
			not:  []string{"莱阳市 产业 花生油"},
		},
		{
			name: "what a company makes sells far",
			text: "据了解，山东鲁花集团有限公司生产的花生油远销海外。",
			want: []string{"山东鲁花集团有限公司 产业 花生油"},
		},
		{
			name: "what a company makes said nothing of",
			text: "据了解，山东鲁花集团有限公司生产的花生油价格上涨。",
			not:  []string{"山东鲁花集团有限公司 产业 花生油"},
		},
		{
			name: "the maker a company referred to by its kind is",
			text: "据了解，江西晶科光伏材料有限公司年产光伏组件10GW。该公司是全球领先的光伏组件制造商。",
			want: []string{"江西晶科光伏材料有限公司 产业 光伏组件"},
		},
		{
			name: "what a place grows most",
			text: "近年来，湄潭县兴隆镇龙凤村以种植茶叶为主，全村茶园1.2万亩。",
			want: []string{"龙凤村 产业 茶叶"},
		},
		{
			name: "what a cooperative grows most",
			text: "近日，寻乌县丰源脐橙专业合作社以种植脐橙为主。",
			want: []string{"寻乌县丰源脐橙专业合作社 产业 脐橙"},
		},
		{
			name: "what a villager grows most is no industry of the village",
			text: "湄潭县兴隆镇龙凤村村民刘德明以种植茶叶为主。",
			not:  []string{"龙凤村 产业 茶叶"},
		},
		{
			name: "what a place makes most is said of its economy",
			text: "近年来，湄潭县兴隆镇以生产茶叶为主。",
			not:  []string{"兴隆镇 产业 茶叶"},
		},
	}
	runTripleCases(t, tests)
}

// TestMakerAfterYiJia checks a company said to be a maker of a product
// after 一家 (是一家芒果加工企业, 是一家专业茶叶生产企业).
func TestMakerAfterYiJia(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "a processor", text: "四川省巴中市通江县宏达食品有限公司是一家芒果加工企业。", want: []string{"四川省巴中市通江县宏达食品有限公司 产业 芒果"}},
		{name: "a specialized maker", text: "兴旺农业科技有限公司是一家专业茶叶生产企业。", want: []string{"兴旺农业科技有限公司 产业 茶叶"}},
		{name: "no company before", text: "这是一家芒果加工企业。", not: []string{"这 产业 芒果"}},
	})
}
