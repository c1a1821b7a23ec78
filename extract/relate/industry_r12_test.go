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
