package relate_test

import "testing"

// TestIndustryListAfterVerb checks lists of industries a place develops
// whose first item follows the verb (发展A、B等产业), on sentences written
// for the test, and near misses that state no industry.
func TestIndustryListAfterVerb(t *testing.T) {
	tests := []tripleCase{
		{
			name: "an industry the lexicon does not know opens the list",
			text: "浙江省湖州市安吉县积极发展竹制品、茶叶和旅游等产业。",
			want: []string{"安吉县 产业 竹制品", "安吉县 产业 茶叶", "安吉县 产业 旅游"},
			not:  []string{"安吉县 产业 积极发展竹制品"},
		},
		{
			name: "a manufacturing industry after 发展壮大",
			text: "江西省赣州市南康区发展壮大家具制造、电子商务等产业。",
			want: []string{"南康区 产业 家具制造", "南康区 产业 电子商务"},
		},
		{
			name: "the collective economy is no industry",
			text: "湖南省岳阳市平江县大力发展集体经济、乡村旅游等产业。",
			want: []string{"平江县 产业 旅游"},
			not:  []string{"平江县 产业 集体经济"},
		},
		{
			name: "the digital economy is an industry",
			text: "浙江省杭州市余杭区大力发展数字经济、电子商务等产业。",
			want: []string{"余杭区 产业 数字经济", "余杭区 产业 电子商务"},
		},
		{
			name: "a list whose items the lexicon mostly does not know",
			text: "河北省保定市清苑区培育壮大智能装备、数字经济、绿色建材等产业。",
			not:  []string{"清苑区 产业 智能装备", "清苑区 产业 数字经济", "清苑区 产业 绿色建材"},
		},
	}
	runTripleCases(t, tests)
}

// TestIndustryExported checks a place's product that the sentence says is
// sold far away (X的Y远销…), and near misses.
func TestIndustryExported(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a product sold abroad",
			text: "近年来，陕西省西安市周至县的猕猴桃远销东南亚和中东地区。",
			want: []string{"周至县 产业 猕猴桃"},
		},
		{
			name: "a product sold across the country",
			text: "据介绍，山东省潍坊市寿光市的蔬菜畅销全国各大城市。",
			want: []string{"寿光市 产业 蔬菜"},
		},
		{
			name: "a price is no export",
			text: "受天气影响，湖北省宜昌市的柑橘价格有所下降。",
			not:  []string{"宜昌市 产业 柑橘"},
		},
	}
	runTripleCases(t, tests)
}

// TestCompanyFocus checks what a company focuses on making (X公司专注于Y
// 的研发和生产), and near misses that name no product or no company.
func TestCompanyFocus(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a company right before 专注于",
			text: "浙江恒瑞新材料有限公司专注于碳纤维复合材料的研发和生产，产品远销欧美。",
			want: []string{"浙江恒瑞新材料有限公司 产业 碳纤维复合材料"},
		},
		{
			name: "marketing is no product",
			text: "浙江恒瑞新材料有限公司专注于品牌营销，业绩稳步增长。",
			not:  []string{"浙江恒瑞新材料有限公司 产业 品牌营销"},
		},
		{
			name: "a researcher who focuses on research",
			text: "武汉大学化学学院教授李明辉专注于锂电池材料的研发。",
			not:  []string{"武汉大学 产业 锂电池材料", "武汉大学化学学院 产业 锂电池材料"},
		},
	}
	runTripleCases(t, tests)
}

// TestIndustryMarkerWholeWord checks that a product followed by 产业 in a
// sentence that marks an industry is a whole word, not the end of a longer
// one (茉莉花茶产业: no 花茶).
func TestIndustryMarkerWholeWord(t *testing.T) {
	tests := []tripleCase{
		{
			name: "the end of a longer product",
			text: "福建省福州市闽侯县茉莉花茶产业已经成为当地的富民产业。",
			not:  []string{"闽侯县 产业 花茶"},
		},
		{
			name: "a whole product",
			text: "广西壮族自治区来宾市兴宾区让蔗糖产业成为推动全区发展的重要力量。",
			want: []string{"兴宾区 产业 蔗糖"},
		},
	}
	runTripleCases(t, tests)
}

// TestIndustryLexiconCrops checks crops of the product lexicon that a list
// of industries names (桑蚕, 花木, 茉莉花, 竹木).
func TestIndustryLexiconCrops(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a list of crops only the lexicon knows",
			text: "四川省乐山市井研县发展桑蚕、花木、茉莉花等特色产业。",
			want: []string{"井研县 产业 桑蚕", "井研县 产业 花木", "井研县 产业 茉莉花"},
		},
		{
			name: "bamboo and timber at the base",
			text: "福建省三明市将乐县是全国重要的竹木生产基地。",
			want: []string{"将乐县 产业 竹木"},
		},
	}
	runTripleCases(t, tests)
}

// TestHometownUnrated checks that a slogan's word that only rates the
// product (中国优质X之乡) is no part of the product.
func TestHometownUnrated(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a rated product in a slogan",
			text: "湖北省荆州市监利市被誉为“中国优质小龙虾之乡”。",
			want: []string{"监利市 产业 小龙虾"},
			not:  []string{"监利市 产业 优质小龙虾"},
		},
		{
			name: "a slogan with no rating",
			text: "河南省南阳市西峡县被誉为“中国香菇之乡”。",
			want: []string{"西峡县 产业 香菇"},
		},
	}
	runTripleCases(t, tests)
}

// TestCompanyMakesLongKind checks what a company makes where a long
// description of the company follows (专业从事X加工的国家级龙头企业), and
// near misses with no making.
func TestCompanyMakesLongKind(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a long kind of company after the making",
			text: "湖南丰禾米业有限公司是一家专业从事大米加工的国家级农业产业化重点龙头企业。",
			want: []string{"湖南丰禾米业有限公司 产业 大米"},
		},
		{
			name: "work that is no making",
			text: "湖南丰禾米业有限公司有一批主要从事质量检测的专业技术人员来自外地企业。",
			not:  []string{"湖南丰禾米业有限公司 产业 质量检测"},
		},
	}
	runTripleCases(t, tests)
}

// TestIndustryListLongModifier checks a list before a longer modifier of
// 产业 (A、B等高原特色农业产业), and the names of industrial parks.
func TestIndustryListLongModifier(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a long modifier before 产业",
			text: "云南省红河哈尼族彝族自治州建水县发展壮大柑橘、葡萄、蔬菜等高原特色农业产业。",
			want: []string{"建水县 产业 柑橘", "建水县 产业 葡萄", "建水县 产业 蔬菜"},
		},
		{
			name: "industrial parks are no industry",
			text: "云南省红河哈尼族彝族自治州建水县新建了柑橘、葡萄、蔬菜等现代农业产业园。",
			not:  []string{"建水县 产业 柑橘", "建水县 产业 葡萄", "建水县 产业 蔬菜"},
		},
	}
	runTripleCases(t, tests)
}

// TestIsFeatureCutPlace checks a product after a chain of places whose
// first the pattern cuts (…自治州X县Y产业已成为…支柱产业).
func TestIsFeatureCutPlace(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a long prefecture cut by the pattern",
			text: "云南省西双版纳傣族自治州勐海县普洱茶产业已成为全县的支柱产业。",
			want: []string{"勐海县 产业 普洱茶"},
			not:  []string{"勐海县 产业 治州勐海县普洱茶"},
		},
	}
	runTripleCases(t, tests)
}

// TestIndustryGoodsExported checks a place's goods sold far away (X的Y制品
// 远销…) and products the lexicon knows (羊绒, 小家电).
func TestIndustryGoodsExported(t *testing.T) {
	tests := []tripleCase{
		{
			name: "goods of a product sold abroad",
			text: "内蒙古自治区鄂尔多斯市东胜区的羊绒制品远销欧美。",
			want: []string{"东胜区 产业 羊绒"},
			not:  []string{"东胜区 产业 羊绒制品远销欧美"},
		},
		{
			name: "ceramic products sold abroad",
			text: "江西省景德镇市昌江区的陶瓷产品远销海外。",
			want: []string{"昌江区 产业 陶瓷"},
		},
		{
			name: "a place known for a product",
			text: "浙江省宁波市余姚市以小家电闻名全国。",
			want: []string{"余姚市 产业 小家电"},
		},
		{
			name: "goods bought, not sold",
			text: "江西省景德镇市昌江区的陶瓷产品价格稳定。",
			not:  []string{"昌江区 产业 陶瓷"},
		},
	}
	runTripleCases(t, tests)
}

// TestIndustryValueOfIndustry checks the output value of a product's
// industry (X产业综合产值达…亿元, X产业总产值), and near misses.
func TestIndustryValueOfIndustry(t *testing.T) {
	tests := []tripleCase{
		{
			name: "the overall output value of an industry",
			text: "河南省许昌市鄢陵县地处豫中。去年，全县花卉产业综合产值达到80亿元。",
			want: []string{"鄢陵县 产业 花卉"},
		},
		{
			name: "the total output value of an industry",
			text: "浙江省丽水市松阳县地处浙西南。去年，全县茶叶产业总产值突破百亿元。",
			want: []string{"松阳县 产业 茶叶"},
		},
		{
			name: "a small output value",
			text: "河南省许昌市鄢陵县地处豫中。去年，全县花卉产业综合产值达到800万元。",
			not:  []string{"鄢陵县 产业 花卉"},
		},
	}
	runTripleCases(t, tests)
}

// TestIndustryLexiconCrafts checks crafts and goods of the product lexicon
// (花炮, 银饰, 家纺) in loose patterns that need it.
func TestIndustryLexiconCrafts(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a short slogan",
			text: "湖南省长沙市浏阳市是全国有名的花炮之乡。",
			want: []string{"浏阳市 产业 花炮"},
		},
		{
			name: "silver ornaments sold abroad",
			text: "贵州省黔东南苗族侗族自治州台江县的银饰远销海外。",
			want: []string{"台江县 产业 银饰"},
		},
		{
			name: "home textiles sold across the country",
			text: "江苏省南通市通州区的家纺产品畅销全国。",
			want: []string{"通州区 产业 家纺"},
		},
	}
	runTripleCases(t, tests)
}

// TestIndustryMarkerRelyOn checks X依托…发展Y产业: a place that relies on
// its resources to grow an industry, and near misses.
func TestIndustryMarkerRelyOn(t *testing.T) {
	tests := []tripleCase{
		{
			name: "an industry after 依托 and a comma",
			text: "甘肃省定西市岷县依托高寒阴湿气候，发展中药材产业。",
			want: []string{"岷县 产业 中药材"},
		},
		{
			name: "a plan with no 依托",
			text: "甘肃省定西市岷县召开会议研究中药材产业发展问题。",
			not:  []string{"岷县 产业 中药材"},
		},
	}
	runTripleCases(t, tests)
}

// TestIndustryMarkerRelyOnKind checks that 依托 alone marks no kind of one
// character after a name the segmenter splits (黄金/茶产业).
func TestIndustryMarkerRelyOnKind(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a kind of one character",
			text: "湖南省湘西土家族苗族自治州保靖县葫芦镇依托黄金茶产业增加集体收入。",
			not:  []string{"葫芦镇 产业 茶"},
		},
	}
	runTripleCases(t, tests)
}

// TestKindAfterScope checks that a word of scope before a kind of one
// character names no product (全县茶产业: 茶, not 全县茶).
func TestKindAfterScope(t *testing.T) {
	tests := []tripleCase{
		{
			name: "the county before a kind",
			text: "贵州省遵义市湄潭县地处黔北。去年，全县茶产业综合产值突破百亿元。",
			want: []string{"湄潭县 产业 茶"},
			not:  []string{"湄潭县 产业 全县茶"},
		},
		{
			name: "the county before another kind",
			text: "浙江省湖州市安吉县地处浙北。去年，全县竹产业综合产值达到150亿元。",
			not:  []string{"安吉县 产业 全县竹"},
		},
	}
	runTripleCases(t, tests)
}

// TestOneProductAtTwoLengths: when two rules read one product of a
// sentence at two lengths (乡村旅游 and 旅游 inside it), one triple stays:
// the longer, or the shorter where the longer only adds the subject's
// own name (盐池滩羊 of 盐池县 is 滩羊, as 通江银耳 is 银耳).
func TestOneProductAtTwoLengths(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a list of main industries ending with a kind of tourism",
			text: "在四川省汶川县，中药材、食用菌和全域旅游是全县的三大主导产业。",
			want: []string{"汶川县 产业 全域旅游", "汶川县 产业 食用菌"},
			not:  []string{"汶川县 产业 旅游"},
		},
		{
			name: "the county's name before its product",
			text: "甘肃省临夏州东乡族自治县把东乡羊产业作为主导产业。",
			want: []string{"东乡族自治县 产业 羊"},
			not:  []string{"东乡族自治县 产业 东乡羊"},
		},
		{
			name: "the short product stated apart from the long one stays",
			text: "湖南省湘西州凤凰县发展乡村旅游，旅游已成为全县的支柱产业。",
			want: []string{"凤凰县 产业 旅游"},
		},
	}
	runTripleCases(t, tests)
}

// TestIndustryOfPlaceAfterModelOrResource: a place after 以 (以X村为引领)
// or inside the object of a verb of relying (依托A、B景区等资源) is a model
// or a resource of the place named before it, which keeps the industries.
func TestIndustryOfPlaceAfterModelOrResource(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a village as the model",
			text: "湖南省湘西州保靖县将以吕洞村为引领，继续做强黄金茶、柑橘等特色产业。",
			want: []string{"保靖县 产业 柑橘"},
			not:  []string{"吕洞村 产业 柑橘"},
		},
		{
			name: "a scenic area in the list of resources",
			text: "云南省临沧市沧源县依托佤山古寨、司岗里景区等资源，把茶叶作为全县的支柱产业。",
			want: []string{"沧源佤族自治县 产业 茶叶"},
			not:  []string{"司岗里景区 产业 茶叶"},
		},
	}
	runTripleCases(t, tests)
}

// TestProductsListedBeforeBase: the products of the lexicon listed before
// the one a base word follows are industries too (小麦和辣椒种植大镇), and
// a tropical fruit the lexicon knows names its hometown (红毛丹之乡).
func TestProductsListedBeforeBase(t *testing.T) {
	tests := []tripleCase{
		{
			name: "two crops joined by 和 before a big town",
			text: "河南省周口市西华县是小麦和大蒜种植大县。",
			want: []string{"西华县 产业 小麦", "西华县 产业 大蒜"},
		},
		{
			name: "a list before a production base",
			text: "山东省烟台市栖霞市是全国有名的苹果、梨生产基地。",
			want: []string{"栖霞市 产业 苹果", "栖霞市 产业 梨"},
		},
		{
			name: "a tropical fruit's hometown",
			text: "海南省保亭县是远近闻名的山竹之乡。",
			want: []string{"保亭黎族苗族自治县 产业 山竹"},
		},
	}
	runTripleCases(t, tests)
}

// TestChainStagesNoIndustries: the stages of one product's chain listed
// in 集…于一体 (种植、加工、冷链物流) are no industries of the place.
func TestChainStagesNoIndustries(t *testing.T) {
	tests := []tripleCase{
		{
			name: "stages of a chain",
			text: "吉林省延边州和龙市打造集种植、加工、冷链物流、电商销售于一体的人参全产业链。",
			not:  []string{"和龙市 产业 物流", "和龙市 产业 冷链物流", "和龙市 产业 加工"},
		},
		{
			name: "a list of industries stays",
			text: "吉林省延边州和龙市大力发展人参、黑木耳等产业。",
			want: []string{"和龙市 产业 人参", "和龙市 产业 黑木耳"},
		},
	}
	runTripleCases(t, tests)
}

// TestWholeVillageIsTheNearOne: 全村 stands for the village named a few
// lines before, where the article names several, not for the one it
// names most.
func TestWholeVillageIsTheNearOne(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a second village after one named three times",
			text: "湖南省花垣县双龙镇十八洞村是精准扶贫首倡地，十八洞村的游客络绎不绝，十八洞村村民收入大增。记者随后来到双龙镇金龙村，村支书介绍，黄牛养殖已成为全村的支柱产业。",
			want: []string{"金龙村 产业 黄牛"},
			not:  []string{"十八洞村 产业 黄牛"},
		},
	}
	runTripleCases(t, tests)
}
