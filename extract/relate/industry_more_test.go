package relate_test

import (
	"strings"
	"testing"
)

// TestIndustryLists checks lists of specialties and varieties, output
// values and the farms that grow a product, on sentences written for the
// test, and near misses that state no industry.
func TestIndustryLists(t *testing.T) {
	tests := []tripleCase{
		{
			name: "two specialties joined by 和",
			text: "云南省普洱市盛产普洱茶和咖啡。",
			want: []string{"普洱市 产业 普洱茶", "普洱市 产业 咖啡"},
			not:  []string{"普洱市 产业 普洱茶和咖啡"},
		},
		{
			name: "a specialty followed by more words",
			text: "福建省漳州市平和县盛产蜜柚远销海外。",
			want: []string{"平和县 产业 蜜柚"},
			not:  []string{"平和县 产业 蜜柚远销海外"},
		},
		{
			name: "the country in a slogan is no subject",
			text: "四川省广元市苍溪县是“中国红心猕猴桃之乡”，红心猕猴桃种植面积达39万亩。",
			want: []string{"苍溪县 产业 红心猕猴桃"},
			not:  []string{"中国 产业 猕猴桃", "中国 产业 红心猕猴桃"},
		},
		{
			name: "varieties grown by a place",
			text: "山东省烟台市栖霞市主要种植红富士、嘎啦等苹果品种。",
			want: []string{"栖霞市 产业 苹果"},
		},
		{
			name: "varieties grown by an orchard",
			text: "据了解，张家坪猕猴桃示范园面积达600亩，主栽徐香、海沃德等优质猕猴桃品种。",
			want: []string{"张家坪猕猴桃示范园 产业 猕猴桃"},
		},
		{
			name: "a company that is no farm",
			text: "西安恒达电子有限公司在厂区种植了富士、嘎啦等苹果品种。",
			not:  []string{"西安恒达电子有限公司 产业 苹果"},
		},
		{
			name: "varieties in another clause than the growing",
			text: "江苏省南京市江宁区种植户很多，专家介绍了富士、嘎啦等苹果品种。",
			not:  []string{"江宁区 产业 苹果"},
		},
		{
			name: "area of a raised product",
			text: "江苏省宿迁市泗洪县螃蟹养殖面积达到40万亩。",
			want: []string{"泗洪县 产业 螃蟹"},
		},
		{
			name: "output value in 亿",
			text: "浙江省丽水市庆元县香菇产值达到20亿元。",
			want: []string{"庆元县 产业 香菇"},
		},
		{
			name: "a small output value",
			text: "浙江省丽水市庆元县香菇产值达到2000万元，比去年有所增长。",
			not:  []string{"庆元县 产业 香菇"},
		},
		{
			name: "an output value asked about",
			text: "浙江省丽水市庆元县今年香菇产值如何提升，专家给出了建议，全县目标是10亿元。",
			not:  []string{"庆元县 产业 香菇"},
		},
		{
			name: "a product taken as the leading industry",
			text: "近年来，湖南省怀化市麻阳苗族自治县把柑橘作为主导产业来抓。",
			want: []string{"麻阳苗族自治县 产业 柑橘"},
		},
		{
			name: "work taken as a priority is no industry",
			text: "湖南省怀化市麻阳苗族自治县把招商引资作为重点工作，主导产业有待培育。",
			not:  []string{"麻阳苗族自治县 产业 招商引资"},
		},
		{
			name: "a counted list of industries",
			text: "江西省赣州市安远县重点发展脐橙、蔬菜和生猪三大产业。",
			want: []string{"安远县 产业 脐橙", "安远县 产业 蔬菜", "安远县 产业 生猪"},
		},
		{
			name: "a counted list of featured industries",
			text: "河南省南阳市西峡县形成了香菇、猕猴桃、中药材三大特色产业。",
			want: []string{"西峡县 产业 香菇", "西峡县 产业 猕猴桃", "西峡县 产业 中药材"},
		},
		{
			name: "a count with no list",
			text: "江西省赣州市安远县推进一二三产业融合，做强三大产业。",
			not:  []string{"安远县 产业 一二", "安远县 产业 三大"},
		},
		{
			name: "a growing scale",
			text: "黑龙江省绥化市望奎县生猪养殖规模不断扩大。",
			want: []string{"望奎县 产业 生猪"},
		},
		{
			name: "a scale asked about",
			text: "黑龙江省绥化市望奎县生猪养殖规模如何扩大成为难题。",
			not:  []string{"望奎县 产业 生猪"},
		},
		{
			name: "raising a product is the place's leading industry",
			text: "宁夏回族自治区吴忠市盐池县滩羊养殖是当地的主导产业。",
			want: []string{"盐池县 产业 滩羊"},
			not:  []string{"盐池县 产业 滩羊养殖"},
		},
		{
			name: "the place's product with 的",
			text: "安徽省黄山市祁门县的红茶产业是当地的支柱产业。",
			want: []string{"祁门县 产业 红茶"},
			not:  []string{"祁门县 产业 的红茶"},
		},
		{
			name: "an unknown product in a list of known ones",
			text: "湖北省恩施土家族苗族自治州宣恩县大力发展茶叶、猕猴桃和白柚三大特色产业。",
			want: []string{"宣恩县 产业 茶叶", "宣恩县 产业 猕猴桃", "宣恩县 产业 白柚"},
		},
		{
			name: "a counted list of sectors the product list does not know",
			text: "近年来，湖南省长沙市浏阳市已形成储能材料、绿色食品、智能装备三大主导产业。",
			want: []string{"浏阳市 产业 储能材料", "浏阳市 产业 绿色食品", "浏阳市 产业 智能装备"},
		},
		{
			name: "a list of sectors that the text does not count",
			text: "湖南省长沙市浏阳市积极发展储能材料、绿色食品、智能装备。",
			not:  []string{"浏阳市 产业 储能材料", "浏阳市 产业 智能装备"},
		},
		{
			name: "a counted list whose count is not its length",
			text: "湖南省长沙市浏阳市已形成储能材料、智能装备等三大主导产业。",
			not:  []string{"浏阳市 产业 储能材料", "浏阳市 产业 智能装备"},
		},
		{
			name: "a list of mostly unknown items is left",
			text: "湖北省恩施土家族苗族自治州宣恩县大力发展茶叶、楼宇招商和夜间消费三大特色产业。",
			want: []string{"宣恩县 产业 茶叶"},
			not:  []string{"宣恩县 产业 楼宇招商", "宣恩县 产业 夜间消费"},
		},
		{
			name: "该村: the article's one village",
			text: "江西省九江市都昌县苏山乡云鹭村的油茶迎来丰收。村党支部书记说，油茶已成为该村的主导产业。",
			want: []string{"云鹭村 产业 油茶"},
		},
		{
			name: "中国X之都 and “中国X乡”",
			text: "云南省普洱市是“中国咖啡之都”。浙江省湖州市安吉县素有“中国竹乡”的美誉。",
			want: []string{"普洱市 产业 咖啡", "安吉县 产业 竹"},
			not:  []string{"中国 产业 咖啡", "中国 产业 竹"},
		},
		{
			name: "a base with 的 before it",
			text: "新疆维吾尔自治区阿克苏地区是优质苹果的主产区。",
			want: []string{"阿克苏地区 产业 苹果"},
		},
		{
			name: "a country describing a division",
			text: "福建省武夷山市是中国乌龙茶的发源地，茶叶产业是当地的支柱产业。",
			want: []string{"武夷山市 产业 茶叶"},
			not:  []string{"中国 产业 茶叶"},
		},
		{
			name: "a place that locates the subject is none",
			text: "贵州省遵义市正安县格林镇地处正安县东部，当地主导产业为白茶和方竹笋。",
			want: []string{"格林镇 产业 白茶"},
			not:  []string{"正安县 产业 白茶"},
		},
	}
	runTripleCases(t, tests)
}

// TestCompanyProducts checks what a company is described as making, and
// near misses that name no product.
func TestCompanyProducts(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a company of one trade",
			text: "浙江恒远新能源科技有限公司是一家专业从事光伏组件生产的企业。",
			want: []string{"浙江恒远新能源科技有限公司 产业 光伏组件"},
		},
		{
			name: "research, making and sales in one",
			text: "江苏省常州市武进区华瑞电子有限公司是一家集锂电池研发、生产和销售于一体的高新技术企业。",
			want: []string{"江苏省常州市武进区华瑞电子有限公司 产业 锂电池"},
			not:  []string{"武进区 产业 锂电池"},
		},
		{
			name: "growing and processing in one",
			text: "山东省潍坊市寿光市绿源食品有限公司是一家集蔬菜种植、加工、销售于一体的农业产业化龙头企业。",
			want: []string{"山东省潍坊市寿光市绿源食品有限公司 产业 蔬菜"},
		},
		{
			name: "research and making of a product",
			text: "福建省宁德市福安市恒通电机有限公司主要从事电机的研发和生产。",
			want: []string{"福建省宁德市福安市恒通电机有限公司 产业 电机"},
		},
		{
			name: "in one with no product",
			text: "浙江恒远新能源科技有限公司是一家集研发、生产、销售于一体的企业。",
			not:  []string{"浙江恒远新能源科技有限公司 产业 研发", "浙江恒远新能源科技有限公司 产业 研发、生产"},
		},
		{
			name: "leisure and sightseeing in one",
			text: "浙江恒远生态农业有限公司打造了集休闲、观光于一体的农场。",
			not:  []string{"浙江恒远生态农业有限公司 产业 休闲", "浙江恒远生态农业有限公司 产业 观光"},
		},
		{
			name: "a subsidiary with 系",
			text: "浙江恒远新能源科技有限公司系浙江恒远控股集团有限公司的全资子公司。",
			want: []string{"浙江恒远新能源科技有限公司 隶属 浙江恒远控股集团有限公司"},
		},
	}
	runTripleCases(t, tests)
}

// TestLeadingCompanyName checks a company named right after the phrase
// that introduces it (国内X行业的龙头企业Y的…) when no other stage finds
// the name, and near misses that name no company.
func TestLeadingCompanyName(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a leader and its subsidiary",
			text: "国内动力电池行业的龙头企业宁德恒远的全资子公司——福建恒远储能科技有限公司落户园区。宁德恒远今年营收增长三成。",
			want: []string{"宁德恒远 类型 机构", "宁德恒远 产业 动力电池", "福建恒远储能科技有限公司 隶属 宁德恒远"},
		},
		{
			name: "a name written once",
			text: "国内动力电池行业的龙头企业宁德恒远的产品远销海外。",
			not:  []string{"宁德恒远 类型 机构", "宁德恒远 产业 动力电池"},
		},
		{
			name: "words after the phrase that are no name",
			text: "作为国内光伏行业的龙头企业带动了周边就业，龙头企业带动了周边就业。",
			not:  []string{"带动了周边就业 类型 机构", "带动了周边就业 产业 光伏"},
		},
		{
			name: "a name after a comma is left to the other stages",
			text: "作为国内光伏行业的龙头企业，恒远今年扩建了厂房。恒远的订单排到了明年。",
			not:  []string{"恒远今年扩建了厂房 类型 机构"},
		},
	}
	runTripleCases(t, tests)
}

// TestTraditionalIndustry: a traditional industry (传统产业) is a place's
// industry like a leading one.
func TestTraditionalIndustry(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"traditional", "茶叶是青神县的传统产业。", []string{"青神县 产业 茶叶"}, nil},
		{"leading", "竹编是青神县的主导产业。", []string{"青神县 产业 竹编"}, nil},
		{"no place", "茶叶是这里的传统产业。", nil, []string{"青神县 产业 茶叶"}},
	})
}

// TestAgeBeforeEthnicAndPlaces: an age before an ethnic group and a role
// (45岁的瑶族妇女Y), or before the places a person is from and a role
// (56岁的X县X镇村民Y), is the person's; new role cues (妇女, 退役军人,
// 劳动模范) announce names.
func TestAgeBeforeEthnicAndPlaces(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"ethnic", "45岁的瑶族妇女龚桂妹在家门口就业。", []string{"龚桂妹 年龄 45"}, nil},
		{"places", "56岁的通江县陈河镇村民晏凡在地里忙碌。", []string{"晏凡 年龄 56", "晏凡 居住于 陈河镇"}, nil},
		{"veteran", "退役军人祁春生把茶园管得井井有条。", []string{"祁春生 类型 人物"}, nil},
		{"model worker", "全国劳动模范滕金福带头种茶。", []string{"滕金福 类型 人物"}, nil},
		{"not a role", "56岁的通江县陈河镇发展很快，晏凡说。", nil, []string{"晏凡 年龄 56"}},
	})
}

// TestIndustryListLastPair: a list of products before "是…主导产业" ends
// with two joined by 和 (核桃、板栗和香菇): each is an industry, and none
// is a person.
func TestIndustryListLastPair(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"three products", "核桃、板栗和香菇是商南县的主导产业。",
			[]string{"商南县 产业 核桃", "商南县 产业 板栗", "商南县 产业 香菇"}, []string{"商南县 产业 板栗和香菇"}},
		{"products with surnames", "石斛、黄芽茶和毛竹是霍山县的特色主导产业。",
			[]string{"霍山县 产业 石斛", "霍山县 产业 黄芽茶", "霍山县 产业 毛竹"}, []string{"黄芽茶 类型 人物", "毛竹 类型 人物", "石斛 类型 人物"}},
		{"a list of people", "王建国、李红梅和张志强出席会议。", []string{"王建国 类型 人物", "张志强 类型 人物"}, nil},
	})
}

// TestGroupHeadListedBefore: the heads of unnamed bodies (有关部门负责人)
// listed before another post and a name are other people; right before a
// name, the post is that person's.
func TestGroupHeadListedBefore(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"listed before", "县直有关部门负责人、副县长柴刚参加会议。", []string{"柴刚 职务 副县长"}, []string{"柴刚 职务 负责人"}},
		{"right before", "有关部门负责人柴刚说，要抓紧。", []string{"柴刚 职务 负责人"}, nil},
	})
}

// TestRareSurnames: rare surnames of the national lists (綦, 雒, 戢) begin
// names.
func TestRareSurnames(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"綦", "綦玉芬说，今年收成好。", []string{"綦玉芬 类型 人物"}, []string{"玉芬 类型 人物"}},
		{"木 of the Dulong and the Naxi", "独龙族妇女木文英今年42岁。", []string{"木文英 类型 人物", "木文英 年龄 42"}, []string{"文英 类型 人物"}},
		{"字 of the Bai and the Yi", "村民字学文说，木耳丰收了。", []string{"字学文 类型 人物"}, nil},
	})
}

// TestBracketBylineDeep: a byline in brackets after a headline and a
// subtitle credits every name before its closing bracket, however far
// into the article it stands.
func TestBracketBylineDeep(t *testing.T) {
	body := strings.Repeat("村里的梨园今年长势良好，村民们忙着疏花授粉。", 6)
	runTripleCases(t, []tripleCase{
		{"two names, the first split", "青山村：梨花开满坡 山乡面貌新\n\n州委副书记到青山村调研乡村振兴产业发展工作\n\n团结报讯（记者 龙 腾 石秀娟）5月6日，州委副书记深入青山村调研。" + body,
			[]string{"t 作者 龙腾", "t 作者 石秀娟"}, nil},
		{"a reporter named in the text", "青山村：梨花开满坡 山乡面貌新\n\n州委副书记到青山村调研乡村振兴产业发展工作\n\n5月6日，" + body + "记者龙腾看到，村民石秀娟（左）正在劳动。" + body,
			nil, []string{"t 作者 石秀娟"}},
	})
}

// TestBelongsAfterClause: 隶属于Y after a clause about the organization
// that opens the sentence (X是一家农民合作社，隶属于Y) puts X under Y.
func TestBelongsAfterClause(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"after a description", "标题\n\n碧源种植专业合作社是一家农民合作社，隶属于新丰食品有限公司。", []string{"碧源种植专业合作社 隶属 新丰食品有限公司"}, nil},
		{"after a date", "标题\n\n碧源种植专业合作社成立于2015年，隶属于新丰食品有限公司。", []string{"碧源种植专业合作社 隶属 新丰食品有限公司"}, nil},
		{"a person between", "标题\n\n碧源种植专业合作社理事长王刚说，隶属于新丰食品有限公司的单位很多。", nil, []string{"碧源种植专业合作社 隶属 新丰食品有限公司"}},
	})
}

// TestProductAfterConnective: a connective or a time word before the
// product (其中黄桃已成为…) is not the product's.
func TestProductAfterConnective(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"其中", "标题\n\n通江县陈河镇种了很多果树，其中黄桃已成为陈河镇的主导产业。", []string{"陈河镇 产业 黄桃"}, []string{"陈河镇 产业 其中黄桃"}},
		{"如今", "标题\n\n如今茶叶是通江县的支柱产业。", []string{"通江县 产业 茶叶"}, []string{"通江县 产业 如今茶叶"}},
	})
}

// TestPronounAgeAndHome: an age or a home stated of 他 or 她 opening a
// sentence (他今年47岁, 她家住X) is the one person the sentence before
// names; with two people there, nobody's.
func TestPronounAgeAndHome(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"age", "标题\n\n村民甘刚种了20亩猕猴桃。他今年47岁，是村里的致富能手。", []string{"甘刚 年龄 47", "甘刚 类型 人物"}, []string{"甘刚种 类型 人物"}},
		{"home", "标题\n\n合作社理事长闵红梅介绍了情况。她家住通江县陈河镇，今年45岁。", []string{"闵红梅 居住于 陈河镇"}, nil},
		{"two people", "标题\n\n甘刚和闵红梅一起来到地里。他今年50岁。", nil, []string{"甘刚 年龄 50", "闵红梅 年龄 50"}},
		{"a person before the pronoun", "标题\n\n甘刚来到地里。闵红梅说，他今年50岁。", nil, []string{"甘刚 年龄 50"}},
	})
}

// TestPostBeforeNote: a short note in brackets between a post and a name
// (副州长（挂职）X) leaves the post the person's; a place in the brackets
// is no note.
func TestPostBeforeNote(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"挂职", "标题\n\n副州长（挂职）庞家骏出席。", []string{"庞家骏 职务 副州长"}, nil},
		{"half-width brackets", "标题\n\n副县长(挂职)王晓东讲话。", []string{"王晓东 职务 副县长"}, nil},
		{"a place in brackets", "标题\n\n县长（通江县）柴明说。", nil, []string{"柴明 职务 县长"}},
	})
}

// TestTwoIndustriesJoined: two industries joined by 和 before 是…两大支柱产业
// are two; a product that begins with 和 is not split.
func TestTwoIndustriesJoined(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"two", "标题\n\n核桃和红枣是温宿县的两大支柱产业。", []string{"温宿县 产业 核桃", "温宿县 产业 红枣"}, []string{"温宿县 产业 核桃和红枣"}},
		{"a name with 和", "标题\n\n和田玉是和田县的特色产业。", nil, []string{"和田县 产业 田玉"}},
	})
}

// TestSubsidiariesUnder: 旗下全资子公司Y and 下辖A、B等子公司 (after a clause
// about the parent that opens the sentence) put the companies under it;
// a trade name the segmenter splits into characters still names a company.
func TestSubsidiariesUnder(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"wholly owned", "标题\n\n新丰食品有限公司旗下全资子公司碧源农业有限公司发展很快。", []string{"碧源农业有限公司 隶属 新丰食品有限公司"}, nil},
		{"下辖 after a clause", "标题\n\n新丰食品有限公司是一家食品企业，下辖碧源农业有限公司、青禾物流有限公司等6家子公司。",
			[]string{"碧源农业有限公司 隶属 新丰食品有限公司", "青禾物流有限公司 隶属 新丰食品有限公司"}, []string{"碧源农业 类型 机构"}},
	})
}

// TestPostBeforeCadreOfBody: a post listed before "a body's cadre" and a
// name (驻村第一书记、县财政局干部X) is X's.
func TestPostBeforeCadreOfBody(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"first secretary", "标题\n\n驻村第一书记、县财政局干部何志强介绍。", []string{"何志强 职务 第一书记"}, nil},
		{"team leader", "标题\n\n驻村工作队队长、县林业和草原局干部刘振东说。", []string{"刘振东 职务 队长"}, nil},
		{"a cadre alone", "标题\n\n县财政局干部何志强介绍。", nil, []string{"何志强 职务 干部"}},
	})
}

// TestPlateauProducts: products of the plateaus and grasslands (虫草,
// 苏尼特羊) are products, and a breed named by its place is no person.
func TestPlateauProducts(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"虫草", "标题\n\n杂多县盛产虫草。", []string{"杂多县 产业 虫草"}, nil},
		{"a breed", "标题\n\n苏尼特左旗牧民养殖苏尼特羊。", nil, []string{"苏尼特 类型 人物"}},
	})
}

// TestElectionsAndTransfers: 补选X为, 选举X为 and a name before 当选为,
// 现任 or 调任 give the person the post.
func TestElectionsAndTransfers(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"补选", "标题\n\n会议补选柴红为县人大常委会副主任。", []string{"柴红 职务 副主任"}, nil},
		{"选举", "标题\n\n会议选举柴立新为县长。", []string{"柴立新 职务 县长"}, nil},
		{"当选为", "标题\n\n张建国当选为县政协主席。", []string{"张建国 职务 主席"}, nil},
		{"现任", "标题\n\n柴志华现任市工商联主席。", []string{"柴志华 职务 主席", "柴志华 任职于 市工商联"}, nil},
		{"调任", "标题\n\n柴海军已调任蔚县文广旅局局长。", []string{"柴海军 职务 局长", "柴海军 任职于 蔚县文广旅局"}, nil},
	})
}

// TestFormerPostOwner: 原 between a body and a post (X县政协原副主席Y) keeps
// the body the post's owner.
func TestFormerPostOwner(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"former", "标题\n\n通江县政协原副主席柴明说。", []string{"柴明 职务 副主席", "柴明 任职于 通江县政协"}, nil},
	})
}

// TestBiographyCurrentPostNextSentence: a biography's sentence of nothing
// but its clauses, then 现任 opening the next sentence, gives the post.
func TestBiographyCurrentPostNextSentence(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"next sentence", "标题\n\n王建军，男，汉族，1975年5月生，四川通江人，大学学历，1996年7月参加工作。现任通江县委常委、副县长。",
			[]string{"王建军 职务 县委常委", "王建军 职务 副县长"}, nil},
		{"another sentence between", "标题\n\n王建军，男，汉族，1975年5月生。他爱好书法。现任通江县委常委。", nil, []string{"王建军 职务 县委常委"}},
	})
}

// TestBigCountyOfProduct: X是…Y大县 with Y a product of the lexicon states
// X's industry; a big county of people states none.
func TestBigCountyOfProduct(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"fishery", "标题\n\n霞浦县是全国渔业大县。", []string{"霞浦县 产业 渔业"}, nil},
		{"pepper", "标题\n\n汉源县是花椒大县。", []string{"汉源县 产业 花椒"}, nil},
		{"people", "标题\n\n通江县是人口大县。", nil, []string{"通江县 产业 人口"}},
	})
}

// TestPostBeforeListedRole: a post listed before a role and a name (县文联
// 主席、作家X) is X's; a title listed there stays one (主任、教授X).
func TestPostBeforeListedRole(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"writer", "标题\n\n县文联主席、作家郭建华说。", []string{"郭建华 职务 主席", "郭建华 任职于 县文联"}, nil},
		{"professor", "标题\n\n千佛山医院心内科主任、教授卜宪明说。", []string{"卜宪明 职务 教授", "卜宪明 职务 主任"}, nil},
	})
}

// TestDiplomatPostedInCity: X国驻Y总领事Z holds a post of the country,
// not of the city where it is posted.
func TestDiplomatPostedInCity(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"consul general", "标题\n\n法国驻广州总领事高戴乐表示。", []string{"高戴乐 职务 总领事", "高戴乐 任职于 法国"}, []string{"高戴乐 任职于 广州市"}},
	})
}

// TestVillagerThenAge: X村村民、72岁的Y keeps Y's home and age.
func TestVillagerThenAge(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"age after the role", "标题\n\n通江县陈河镇高坪村村民、72岁的李德贵老人说，日子好了。", []string{"李德贵 居住于 高坪村", "李德贵 年龄 72"}, nil},
	})
}

// TestPartyPrefixedBodyLocated: a body named with the party's, the
// conference's or the league's name before its place (中共X县委组织部,
// 政协X县委员会) is 位于 the place.
func TestPartyPrefixedBodyLocated(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{"中共", "标题\n\n中共门源回族自治县委组织部部长李明说。", []string{"中共门源回族自治县委组织部 位于 门源回族自治县"}, nil},
		{"政协", "标题\n\n政协沂南县委员会主席王刚讲话。", []string{"政协沂南县委员会 位于 沂南县"}, nil},
	})
}

// TestIndustryOfLargeTownsAndSpecialVillages checks bases named as a
// producing county, a large town, a specialized village or an export base
// after a product, and that 主产县之一 is no product.
func TestIndustryOfLargeTownsAndSpecialVillages(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "main producing county", text: "江西省赣州市寻乌县是赣南脐橙的主产县之一。",
			want: []string{"寻乌县 产业 脐橙"}, not: []string{"寻乌县 产业 县之一"}},
		{name: "large town of a breed", text: "四川省巴中市通江县是远近闻名的肉牛养殖大镇。", want: []string{"通江县 产业 肉牛"}},
		{name: "specialized village", text: "四川省巴中市通江县是茶叶专业村。", want: []string{"通江县 产业 茶叶"}},
		{name: "export base", text: "山东省潍坊市安丘市是全国最大的生姜出口基地。", want: []string{"安丘市 产业 生姜"}},
		{name: "an industrial town names no product", text: "四川省巴中市通江县是全省有名的工业重镇。", not: []string{"通江县 产业 工业"}},
	})
}

// TestIndustrySubjectBeforeResources checks that a mountain, or a place
// after a verb of relying on it (依托), is no subject of an industry when a
// division stands before it in the sentence.
func TestIndustrySubjectBeforeResources(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "a mountain as a resource", text: "四川省巴中市通江县依托秦岭资源优势，把木耳作为主导产业。",
			want: []string{"通江县 产业 木耳"}, not: []string{"秦岭 产业 木耳"}},
		{name: "a mountain as a setting", text: "河北省保定市阜平县是太行山区的老区县，香菇已成为当地主导产业。",
			want: []string{"阜平县 产业 香菇"}, not: []string{"太行山 产业 香菇"}},
		{name: "a division after 依托", text: "云南省红河州元阳县依托红河哈尼梯田，大力发展梯田红米、梯田鱼等特色产业。",
			want: []string{"元阳县 产业 梯田红米"}, not: []string{"红河哈尼族彝族自治州 产业 梯田红米"}},
	})
}

// TestIndustryStackedModifiers checks industries chosen with two modifiers
// or a quoted label before 产业 (富民主导产业, “一县一特”主导产业), and named
// as a main, an important or a featured cultural industry.
func TestIndustryStackedModifiers(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "two modifiers", text: "甘肃省临夏州东乡族自治县把东乡贡羊作为富民主导产业。", want: []string{"东乡族自治县 产业 东乡贡羊"}},
		{name: "a quoted label", text: "湖南省湘西州保靖县把黄金茶作为“一县一特”主导产业。", want: []string{"保靖县 产业 黄金茶"}},
		{name: "a featured cultural industry", text: "彝绣是四川省凉山州昭觉县的特色文化产业。", want: []string{"昭觉县 产业 彝绣"}},
		{name: "main industries", text: "山兰稻和五脚猪是海南省琼中黎族苗族自治县的主要产业。",
			want: []string{"琼中黎族苗族自治县 产业 山兰稻", "琼中黎族苗族自治县 产业 五脚猪"}},
	})
}

// TestIndustryOneUnknownAfterVerb checks one industry the product list
// does not know named after a verb of development (大力发展朱砂工艺品产业),
// the product of a whole chain (苹果全产业链), and words that qualify
// industries rather than name them.
func TestIndustryOneUnknownAfterVerb(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "an unknown product", text: "贵州省铜仁市万山区大力发展朱砂工艺品产业。", want: []string{"万山区 产业 朱砂工艺品"}},
		{name: "a whole chain", text: "山东省烟台市栖霞市着力发展苹果全产业链。", not: []string{"栖霞市 产业 苹果全"}},
		{name: "a rank before it", text: "江西省赣州市南康区打造世界级家具产业集群。", not: []string{"南康区 产业 世界级家具"}},
		{name: "qualifiers only", text: "四川省巴中市通江县大力发展特色产业和富民产业。",
			not: []string{"通江县 产业 特色", "通江县 产业 富民"}},
		{name: "a figure", text: "四川省巴中市通江县打造百亿产业。", not: []string{"通江县 产业 百亿"}},
	})
}

// TestQuotedSloganOfGoods checks a slogan in quotes without 中国 whose
// product the list does not know (“绿橙之乡”, “青稞酒之乡”), and that one
// of songs or animals names no industry.
func TestQuotedSloganOfGoods(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "oranges", text: "海南省琼中黎族苗族自治县是“绿橙之乡”。", want: []string{"琼中黎族苗族自治县 产业 绿橙"}},
		{name: "a liquor", text: "青海省海东市互助土族自治县素有“青稞酒之乡”的美誉。", want: []string{"互助土族自治县 产业 青稞酒"}},
		{name: "songs", text: "贵州省黔东南州从江县小黄村是“侗族大歌之乡”。", not: []string{"小黄村 产业 侗族大歌"}},
	})
}

// TestIndustryFarmProductsAndLists checks a place's featured farm products
// (是X县的特色农产品, 最具代表性的农产品), lists of featured farming
// (马铃薯、苦荞等特色农业), a long first item joined by 和, and a place
// inside a quoted slogan after the county, which is no subject.
func TestIndustryFarmProductsAndLists(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "featured farm product", text: "佳木大米是新疆阿克苏地区温宿县的特色农产品。", want: []string{"温宿县 产业 大米"}},
		{name: "most representative", text: "惠明茶是浙江省丽水市景宁畲族自治县最具代表性的农产品。", want: []string{"景宁畲族自治县 产业 惠明茶"}},
		{name: "featured farming", text: "四川省凉山州布拖县发展马铃薯、苦荞等特色农业。", want: []string{"布拖县 产业 马铃薯", "布拖县 产业 苦荞"}},
		{name: "long first item", text: "青稞种植和青稞酒酿造是青海省海东市互助土族自治县的支柱产业。", want: []string{"互助土族自治县 产业 青稞"}},
		{name: "a place in a quoted slogan", text: "新疆伊犁州察布查尔锡伯自治县素有“伊犁粮仓”之称，大米是当地特色农产品。",
			want: []string{"察布查尔锡伯自治县 产业 大米"}, not: []string{"伊犁哈萨克自治州 产业 大米"}},
	})
}

// TestIndustryBasicAndAdverbs checks a basic industry (基础产业) and an
// adverb between the product and 成为 (中药材正在成为…), which is no part of
// the product.
func TestIndustryBasicAndAdverbs(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "an adverb", text: "中药材正在成为甘肃省定西市岷县的主导产业。", want: []string{"岷县 产业 中药材"}, not: []string{"岷县 产业 中药材正在"}},
		{name: "a basic industry", text: "畜牧业是内蒙古锡林郭勒盟西乌珠穆沁旗的基础产业。", want: []string{"西乌珠穆沁旗 产业 畜牧业"}},
	})
}
