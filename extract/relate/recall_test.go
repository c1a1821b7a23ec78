package relate_test

import "testing"

// TestIndustryStatements checks the ways regional news states what a
// place or a company lives from, on sentences written for the test, and
// near misses that state no industry.
func TestIndustryStatements(t *testing.T) {
	tests := []tripleCase{
		{
			name: "hometown slogan without 中国",
			text: "湖北省宜昌市秭归县是远近闻名的脐橙之乡，每年吸引大批客商。",
			want: []string{"秭归县 产业 脐橙"},
		},
		{
			name: "hometown slogan in quotes",
			text: "江西省抚州市南丰县被誉为“蜜桔之乡”，全县家家种桔。",
			want: []string{"南丰县 产业 蜜桔"},
		},
		{
			name: "a slogan of 中国 whose product ends with a shorter one",
			text: "素有“中国麻鸭之乡”美誉的江苏省泰州市高港区，养殖户越来越多。",
			not:  []string{"高港区 产业 鸭"},
		},
		{
			name: "a slogan that is no product",
			text: "浙江省湖州市德清县自古就是有名的鱼米之乡，也是诗画之乡。",
			not:  []string{"德清县 产业 鱼米", "德清县 产业 诗画"},
		},
		{
			name: "a hometown of a craft's material",
			text: "江苏省连云港市东海县是闻名全国的“水晶之乡”。",
			want: []string{"东海县 产业 水晶"},
		},
		{
			name: "a craft named a place's industry",
			text: "贵州省黔东南州丹寨县的蜡染技艺传承千年，蜡染已成为当地的特色产业。",
			want: []string{"丹寨县 产业 蜡染"},
		},
		{
			name: "a craft product in a sentence about a show",
			text: "记者在湖南省长沙市岳麓区的展会现场看到，一块翡翠原石被摆在展台上。",
			not:  []string{"岳麓区 产业 翡翠"},
		},
		{
			name: "a breed that is a geographical indication of the place",
			text: "广西壮族自治区河池市环江毛南族自治县的环江香猪是国家地理标志产品。",
			want: []string{"环江毛南族自治县 产业 香猪"},
		},
		{
			name: "develop the growing of a product",
			text: "广西壮族自治区百色市田阳区大力发展芒果种植，带动两万农户增收。",
			want: []string{"田阳区 产业 芒果"},
		},
		{
			name: "area and output of a product",
			text: "在云南省普洱市思茅区，咖啡种植面积已达8万亩。",
			want: []string{"思茅区 产业 咖啡"},
		},
		{
			name: "output share of the country",
			text: "黑龙江省绥化市海伦市地处黑土带，大豆产量占全省的一成以上。",
			want: []string{"海伦市 产业 大豆"},
		},
		{
			name: "yearly output ranked",
			text: "陕西省延安市洛川县苹果年产量居全省首位。",
			want: []string{"洛川县 产业 苹果"},
		},
		{
			name: "an output figure alone",
			text: "山东省潍坊市寿光市召开会议。去年，全市小麦产量达20万吨。",
			not:  []string{"寿光市 产业 小麦"},
		},
		{
			name: "a scale that is not stated",
			text: "湖北省武汉市洪山区的专家讨论了如何估算水稻产量。",
			not:  []string{"洪山区 产业 水稻"},
		},
		{
			name: "production base",
			text: "新疆维吾尔自治区吐鲁番市高昌区是全国重要的葡萄生产基地。",
			want: []string{"高昌区 产业 葡萄"},
		},
		{
			name: "famous producing area",
			text: "四川省雅安市名山区是著名的茶叶产地，茶园遍布山间。",
			want: []string{"名山区 产业 茶叶"},
		},
		{
			name: "industrial park built by the place",
			text: "江苏省常州市溧阳市建成锂电池产业园，引进企业二十余家。",
			want: []string{"溧阳市 产业 锂电池"},
		},
		{
			name: "buying a product is no industry",
			text: "浙江省宁波市鄞州区从外地采购大米5万吨，用于储备。",
			not:  []string{"鄞州区 产业 大米"},
		},
		{
			name: "a visit to a base elsewhere names no industry of the visitor",
			text: "河南省郑州市金水区的学生参观了农场，品尝了葡萄。",
			not:  []string{"金水区 产业 葡萄"},
		},
		{
			name: "a base visited is not the visitor's",
			text: "河南省郑州市金水区的学生参观了山东省的葡萄种植基地。",
			not:  []string{"金水区 产业 葡萄", "山东省 产业 葡萄"},
		},
		{
			name: "a product grown elsewhere",
			text: "湖南省长沙市岳麓区的超市里，来自外省的芒果种植户带来了新品种。",
			not:  []string{"岳麓区 产业 芒果"},
		},
		{
			name: "leading company of a trade",
			text: "作为国内光伏行业的龙头企业，江苏恒远新能源科技有限公司今年扩建了厂房。",
			want: []string{"江苏恒远新能源科技有限公司 产业 光伏"},
		},
		{
			name: "what a workshop makes for its clients",
			text: "浙江省温州市瓯海区明达鞋业有限公司主要为外地品牌加工服装，订单排到年底。",
			want: []string{"浙江省温州市瓯海区明达鞋业有限公司 产业 服装"},
		},
		{
			name: "a leading company with no trade named",
			text: "作为行业龙头企业，江苏恒远新能源科技有限公司带动了周边就业。",
			not:  []string{"江苏恒远新能源科技有限公司 产业 行业", "江苏恒远新能源科技有限公司 产业 作为"},
		},
		{
			name: "a company is the leader of a field",
			text: "深圳市安衡软件有限公司是国内工业软件领域的领军企业。",
			want: []string{"深圳市安衡软件有限公司 产业 工业软件"},
		},
		{
			name: "a field with its gloss",
			text: "作为国内MLCC（片式多层陶瓷电容器）行业的领军企业，广东华瓷电子有限公司今年扩大了产能。",
			want: []string{"广东华瓷电子有限公司 产业 MLCC"},
			not:  []string{"广东华瓷电子有限公司 产业 片式多层陶瓷电容器）"},
		},
		{
			name: "serving clients is no product",
			text: "浙江省温州市瓯海区明达鞋业有限公司主要为村民提供技术服务。",
			not:  []string{"浙江省温州市瓯海区明达鞋业有限公司 产业 技术服务", "浙江省温州市瓯海区明达鞋业有限公司 产业 村民提供技术服务"},
		},
	}
	runTripleCases(t, tests)
}

// TestWholeCountyIsNoCommunity checks that 全区 in a sentence resolves to
// the district of the article, never to a community (社区 ends in 区).
func TestWholeCountyIsNoCommunity(t *testing.T) {
	text := "乌鲁木齐市米东区古牧地东路街道南苑社区开展志愿活动。南苑社区的居民踊跃参加，南苑社区的志愿者也来了。去年，全区小麦产量居全市第一。"
	got := MustExtract(t, text)
	if got["南苑社区 产业 小麦"] {
		t.Errorf("全区 read as a community:\n%s", dump(got))
	}
	if !got["米东区 产业 小麦"] {
		t.Errorf("全区 not read as the district:\n%s", dump(got))
	}
}

// TestAges checks the ways news states a person's age, and near misses
// that state none or only a rough one.
func TestAges(t *testing.T) {
	tests := []tripleCase{
		{name: "age before the name", text: "今年58岁的村民孟庆海每天早起喂牛。", want: []string{"孟庆海 年龄 58"}},
		{name: "age in parentheses with sex", text: "事故中受伤的村民许振邦（男，47岁）已脱离危险。", want: []string{"许振邦 年龄 47"}},
		{name: "sex and age after commas", text: "村民柏金涛，男，33岁，在镇上开了一家农资店。", want: []string{"柏金涛 年龄 33"}},
		{name: "already this year", text: "退休教师卢国强今年已经72岁，仍坚持义务辅导。", want: []string{"卢国强 年龄 72"}},
		{name: "age in Chinese numerals", text: "六十八岁的老人庞桂兰种了一辈子地。", want: []string{"庞桂兰 年龄 68"}},
		{name: "Chinese numerals after the name", text: "村民阎海平今年四十五岁，是村里的养殖能手。", want: []string{"阎海平 年龄 45"}},
		{name: "ten alone", text: "学生邵雨辰今年十岁，最爱画画。", want: []string{"邵雨辰 年龄 10"}},
		{name: "rough age is no age", text: "村民邹长贵已经六十多岁了，仍在地里忙碌。", not: []string{"邹长贵 年龄 60", "邹长贵 年龄 六十"}},
		{name: "years of work are no age", text: "老党员吕福田入党已经50年，今年带头修路。", not: []string{"吕福田 年龄 50"}},
		{
			name: "the speaker's second quote",
			text: "看着满仓的稻谷，葛振华笑着说：“今年收成不错！”“别看我今年72了，干活不输年轻人。”",
			want: []string{"葛振华 年龄 72"},
		},
		{
			name: "a second quote after a sentence with two people",
			text: "葛振华和侯玉梅聊起收成：“今年收成不错！”“别看我今年72了，干活不输年轻人。”",
			not:  []string{"葛振华 年龄 72", "侯玉梅 年龄 72"},
		},
	}
	runTripleCases(t, tests)
}
