package relate_test

import "testing"

// TestIndustryMadeAndGrown checks lists of what a company makes, a note
// of a short name before 是, the country before a product and the village
// of a grower named in the sentence, with near misses.
func TestIndustryMadeAndGrown(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a list of products after 主要生产",
			text: "宁夏红枸杞食品有限公司主要生产枸杞干果、枸杞原浆和枸杞酒等产品。",
			want: []string{"宁夏红枸杞食品有限公司 产业 枸杞干果", "宁夏红枸杞食品有限公司 产业 枸杞原浆", "宁夏红枸杞食品有限公司 产业 枸杞酒"},
		},
		{
			name: "two products joined by 和",
			text: "甘肃陇原薯业有限公司主要生产马铃薯全粉和淀粉。",
			want: []string{"甘肃陇原薯业有限公司 产业 马铃薯全粉", "甘肃陇原薯业有限公司 产业 淀粉"},
		},
		{
			name: "a verb after 和 ends the list",
			text: "四川峨眉建材有限公司主要生产水泥和销售建材，年产值过亿元。",
			want: []string{"四川峨眉建材有限公司 产业 水泥"},
			not:  []string{"四川峨眉建材有限公司 产业 销售建材"},
		},
		{
			name: "a clause after a comma is no product",
			text: "四川峨眉建材有限公司主要生产水泥，年产值过亿元。",
			want: []string{"四川峨眉建材有限公司 产业 水泥"},
			not:  []string{"四川峨眉建材有限公司 产业 年产值过亿元"},
		},
		{
			name: "a short-name note before 是",
			text: "宁夏红枸杞食品有限公司（下称“红枸杞公司”）是国内枸杞行业的龙头企业。",
			want: []string{"宁夏红枸杞食品有限公司 产业 枸杞"},
		},
		{
			name: "a short-name note before 是一家集",
			text: "河南伏牛山食品股份有限公司（以下简称“伏牛山食品”）是一家集香菇酱研发、生产、销售于一体的企业。",
			want: []string{"河南伏牛山食品股份有限公司 产业 香菇酱"},
		},
		{
			name: "the country before a product is no subject",
			text: "江西省赣州市信丰县是中国脐橙的发源地之一。信丰县被誉为“中国脐橙之乡”。",
			want: []string{"信丰县 产业 脐橙"},
			not:  []string{"中国 产业 脐橙"},
		},
		{
			name: "a villager who grows is no industry of the village",
			text: "河南省南阳市西峡县双龙镇寨岗村村民孙大山，今年57岁，2015年开始种植香菇。",
			not:  []string{"寨岗村 产业 香菇"},
		},
		{
			name: "a village that grows",
			text: "河南省南阳市西峡县双龙镇寨岗村种植香菇200万袋。",
			want: []string{"寨岗村 产业 香菇"},
		},
	}
	runTripleCases(t, tests)
}

// TestIndustryStatedMore checks a product after a chain of places, 主产区,
// 第一大产业, X生产大县, 以X为主 and products of the added lexicon entries,
// with near misses.
func TestIndustryStatedMore(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a product after a chain of places",
			text: "贵州省遵义市湄潭县茶叶产业已成为全县农民增收的支柱产业。",
			want: []string{"湄潭县 产业 茶叶"},
			not:  []string{"湄潭县 产业 湄潭县茶叶"},
		},
		{
			name: "主产区 is a noun",
			text: "甘肃省定西市岷县是全国最大的当归主产区。",
			want: []string{"岷县 产业 当归"},
			not:  []string{"岷县 产业 区"},
		},
		{
			name: "主产 as a verb",
			text: "甘肃省定西市岷县主产当归、黄芪。",
			want: []string{"岷县 产业 当归"},
		},
		{
			name: "the first industry",
			text: "在山西省运城市万荣县，苹果产业是全县的第一大产业。",
			want: []string{"万荣县 产业 苹果"},
		},
		{
			name: "a county that is a big grower",
			text: "山西省运城市万荣县是苹果生产大县。",
			want: []string{"万荣县 产业 苹果"},
		},
		{
			name: "a big county of no product",
			text: "山西省运城市万荣县是人口大县。",
			not:  []string{"万荣县 产业 人口"},
		},
		{
			name: "products the industry is mostly of",
			text: "陕西省汉中市城固县形成了以柑橘、猕猴桃为主的特色产业格局。",
			want: []string{"城固县 产业 柑橘", "城固县 产业 猕猴桃"},
		},
		{
			name: "a sector the economy is mostly of",
			text: "陕西省汉中市城固县形成了以第三产业为主的产业格局。",
			not:  []string{"城固县 产业 第三"},
		},
		{
			name: "an orange of the lexicon",
			text: "湖南省怀化市麻阳苗族自治县冰糖橙种植面积达20万亩。",
			want: []string{"麻阳苗族自治县 产业 冰糖橙"},
		},
	}
	runTripleCases(t, tests)
}
