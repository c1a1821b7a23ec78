package relate_test

import "testing"

// TestIndustryDevelopedList checks lists of industries that a verb of
// development opens without 等 or a count (发展天麻、茶叶产业; 发展油茶种植和
// 肉牛养殖), the village or county a word such as 村里 or 县里 stands for,
// stacked modifiers after a count, adverbs and descriptions around the
// product before 是, and 当家产业.
func TestIndustryDevelopedList(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "items joined by 、 before 产业",
			text: "近年来，务川县大力发展天麻、茶叶产业。",
			want: []string{"务川仡佬族苗族自治县 产业 天麻", "务川仡佬族苗族自治县 产业 茶叶"},
		},
		{
			name: "each item a product and its farming",
			text: "西吉县发展肉羊养殖和马铃薯种植，农民增收明显。",
			want: []string{"西吉县 产业 肉羊", "西吉县 产业 马铃薯"},
		},
		{
			name: "村里 after the village named before",
			text: "大化瑶族自治县七百弄乡弄腾村是个山村。村里发展的油茶种植和肉牛养殖有了起色。",
			want: []string{"弄腾村 产业 油茶", "弄腾村 产业 肉牛"},
		},
		{
			name: "县里 after places named in the same sentence",
			text: "波密县委书记说，铁路建成后，波密将融入拉萨、成都“一日生活圈”，县里将做大做强天麻、茶叶产业。",
			want: []string{"波密县 产业 天麻", "波密县 产业 茶叶"},
			not:  []string{"成都市 产业 天麻"},
		},
		{
			name: "two modifiers after the count",
			text: "洪雅县的茶叶、竹木、畜禽三大特色主导产业发展迅速。",
			want: []string{"洪雅县 产业 茶叶", "洪雅县 产业 竹木", "洪雅县 产业 畜禽"},
		},
		{
			name: "an adverb before 是 and a description before 的",
			text: "马铃薯一直是定西市的主导产业。以羊为主的草地畜牧业是盐池县主导产业。",
			want: []string{"定西市 产业 马铃薯", "盐池县 产业 草地畜牧业"},
			not:  []string{"定西市 产业 马铃薯一直", "盐池县 产业 为主的草地畜牧业"},
		},
		{
			name: "当家产业",
			text: "香菇是庆元县的当家产业。",
			want: []string{"庆元县 产业 香菇"},
		},
		{
			name: "a list of places after the verb is no list of industries",
			text: "通江县发展成都、重庆和西安市场。",
			not:  []string{"通江县 产业 成都"},
		},
	})
}

// TestIndustryCountAfterVerb checks a list whose count comes after a verb
// and the place (A、B和C成了X县的三大产业; …被确定为X县三大主导产业), and a
// quoted modifier before the kind (“一县一特”首位产业).
func TestIndustryCountAfterVerb(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "成了 and the place before the count",
			text: "葡萄、民宿和研学旅游成了金川县的三大产业。",
			want: []string{"金川县 产业 葡萄", "金川县 产业 民宿"},
		},
		{
			name: "被确定为",
			text: "食用菌、中药材、肉牛被确定为泾源县三大主导产业。",
			want: []string{"泾源县 产业 食用菌", "泾源县 产业 中药材", "泾源县 产业 肉牛"},
		},
		{
			name: "a quoted modifier",
			text: "茶叶是保靖县“一县一特”首位产业。",
			want: []string{"保靖县 产业 茶叶"},
		},
	})
}

// TestIndustryBaseOfUnknownProduct checks a product the list does not know
// between 是 and 的 before a word of a producing area (莲花镇是月柿的核心产区),
// the county's short form before it trimmed (恭城月柿), and an adverb
// between a counted list's last item and the verb (薏仁米则是…两大特色产业).
func TestIndustryBaseOfUnknownProduct(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "是X的核心产区",
			text: "恭城瑶族自治县莲花镇则是恭城月柿的核心产区。",
			want: []string{"莲花镇 产业 月柿"},
			not:  []string{"莲花镇 产业 恭城月柿"},
		},
		{
			name: "an adverb before the verb after a counted list",
			text: "茶叶、薏仁米则是晴隆县的另外两大特色产业。",
			want: []string{"晴隆县 产业 薏仁米"},
			not:  []string{"晴隆县 产业 薏仁米则"},
		},
	})
}

// TestIndustryCountedListOfTheArticle checks a counted list of industries
// in a sentence that names no place: the article's one county, and none
// in an article that names two.
func TestIndustryCountedListOfTheArticle(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "the county of the article",
			text: "近日，威县召开经济工作会议。会议指出，汽车零部件、新能源装备、食品加工三大主导产业实现产值120亿元。",
			want: []string{"威县 产业 汽车零部件", "威县 产业 食品加工"},
		},
		{
			name: "two counties",
			text: "近日，威县和清河县召开联席会议。会议指出，汽车零部件、新能源装备、食品加工三大主导产业实现产值120亿元。",
			not:  []string{"威县 产业 汽车零部件", "清河县 产业 汽车零部件"},
		},
	})
}

// TestCompanyMainProducts checks what a company makes stated as its main
// products or what it processes (主导产品为, 主要加工), and the same words
// after a place, which say nothing of the place.
func TestCompanyMainProducts(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "主导产品为",
			text: "广西鸿岳陶瓷有限公司成立于2015年，主导产品为日用陶瓷和艺术陶瓷。",
			want: []string{"广西鸿岳陶瓷有限公司 产业 日用陶瓷", "广西鸿岳陶瓷有限公司 产业 艺术陶瓷"},
		},
		{
			name: "主要加工",
			text: "温宿县丰硕果业有限公司主要加工核桃仁、核桃油等产品。",
			want: []string{"温宿县丰硕果业有限公司 产业 核桃仁", "温宿县丰硕果业有限公司 产业 核桃油"},
		},
		{
			name: "a place before the words",
			text: "鸿岳陶瓷是北流市龙头陶瓷企业之一，主导产品为日用细瓷、酒店用瓷。",
			not:  []string{"北流市 产业 日用细瓷"},
		},
	})
}

// TestIndustryBaseAfterARating checks a product the lexicon lacks between
// a rating and 的 and a base (是全国最大的莼菜生产基地, 是全国重要的高原夏菜
// 产区), and a modifier there that is no product (是山葡萄的黄金产区).
func TestIndustryBaseAfterARating(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "最大的", text: "利川市是全国最大的莼菜生产基地。", want: []string{"利川市 产业 莼菜"}},
		{name: "重要的", text: "临洮县是全国重要的高原夏菜产区。", want: []string{"临洮县 产业 高原夏菜"}},
		{name: "a modifier", text: "柳河县是山葡萄的黄金产区。", not: []string{"柳河县 产业 黄金"}},
	})
}
