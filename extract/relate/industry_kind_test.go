package relate_test

import "testing"

// TestIndustryNamedKind checks that a product of one character of the
// lexicon (茶, 鸡) that the text names more narrowly gives the narrower
// name (石墨茶, 五黑鸡), in a list and before a scale, and near misses
// where the words before it only rate it or are no name.
func TestIndustryNamedKind(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a list after a place",
			text: "祁门县将推动祁门县云雾茶、三黄鸡等特色农产品进入城市超市。",
			want: []string{"祁门县 产业 云雾茶", "祁门县 产业 三黄鸡"},
			not:  []string{"祁门县 产业 茶", "祁门县 产业 鸡"},
		},
		{
			name: "a counted list",
			text: "岳西黄金茶、茭白、桑蚕三大主导产业产值突破20亿元。岳西县地处大别山腹地。",
			want: []string{"岳西县 产业 黄金茶"},
			not:  []string{"岳西县 产业 茶"},
		},
		{
			name: "before a scale",
			text: "岳西县地处大别山腹地，全县黄金茶种植面积达到6万亩。",
			want: []string{"岳西县 产业 黄金茶"},
			not:  []string{"岳西县 产业 茶"},
		},
		{
			name: "words that rate the kind",
			text: "祁门县重点发展优质茶、生态鱼等特色产业。",
			want: []string{"祁门县 产业 茶", "祁门县 产业 鱼"},
			not:  []string{"祁门县 产业 优质茶", "祁门县 产业 生态鱼"},
		},
		{
			name: "a verb before the kind",
			text: "祁门县鼓励农户种茶、养鸡等特色产业。",
			not:  []string{"祁门县 产业 种茶", "祁门县 产业 养鸡"},
		},
	}
	runTripleCases(t, tests)
}

// TestIndustryMadeByKind checks what a body referred to by its kind makes
// (该公司专业从事X, 集团主要从事X, 繁育 as a verb of making) and a list
// after the verbs of its first item, with near misses.
func TestIndustryMadeByKind(t *testing.T) {
	tests := []tripleCase{
		{
			name: "该公司 after the company's name",
			text: "记者走进云南滇红农业发展有限公司。该公司专业从事核桃种苗繁育，建有基地两千亩。",
			want: []string{"云南滇红农业发展有限公司 产业 核桃种苗"},
			not:  []string{"云南滇红农业发展有限公司 产业 核桃种苗繁育"},
		},
		{
			name: "the article's one group",
			text: "潍坊绿田农业集团有限公司是省级龙头企业。集团经理李红介绍，集团主要从事蔬菜种苗研发、花卉种植和冷链物流。",
			want: []string{"潍坊绿田农业集团有限公司 产业 蔬菜种苗", "潍坊绿田农业集团有限公司 产业 花卉"},
		},
		{
			name: "two companies before 该公司 in one sentence",
			text: "记者走进云南滇红农业发展有限公司和云南普洱茶业有限公司。该公司专业从事核桃种苗繁育。",
			not:  []string{"云南滇红农业发展有限公司 产业 核桃种苗", "云南普洱茶业有限公司 产业 核桃种苗"},
		},
		{
			name: "a verb after the separator still ends the list",
			text: "云南滇红农业发展有限公司主要生产核桃油研发、销售建材。",
			not:  []string{"云南滇红农业发展有限公司 产业 销售建材"},
		},
	}
	runTripleCases(t, tests)
}

// TestIndustryBaseSubject checks that the place right before the verb of a
// base (X是…的主产区) is its subject, not a place inside the product's
// brand, and the first place of the land for a product (全国X生产第一县,
// 中国X第一乡), with near misses.
func TestIndustryBaseSubject(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a township that is the main area of a county's brand",
			text: "浙江省湖州市安吉县地处浙西。孝丰镇是安吉竹笋的主产区。",
			want: []string{"孝丰镇 产业 竹笋"},
			not:  []string{"安吉县 产业 竹笋"},
		},
		{
			name: "the first county for a product",
			text: "陕西省延安市宜川县是全国花椒生产第一县。",
			want: []string{"宜川县 产业 花椒"},
		},
		{
			name: "a slogan of the first township",
			text: "福建省泉州市安溪县西坪镇被誉为“中国乌龙茶第一镇”。",
			want: []string{"西坪镇 产业 乌龙茶"},
			not:  []string{"中国 产业 乌龙茶"},
		},
		{
			name: "a first township of no product",
			text: "福建省泉州市安溪县西坪镇被誉为“全国文明第一镇”。",
			not:  []string{"西坪镇 产业 文明"},
		},
	}
	runTripleCases(t, tests)
}
