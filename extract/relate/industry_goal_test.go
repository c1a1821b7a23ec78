package relate_test

import "testing"

// TestIndustryFameAndGoal checks industries stated without 产业 after the
// product: a famous product of a place (X的Y远近闻名, X的Y品牌), and the
// industry a goal of a place is about (围绕X产业，打造…产业集群), with near
// misses.
func TestIndustryFameAndGoal(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a famous product after 的",
			text: "秭归县的脐橙远近闻名，每年吸引大批客商前来采购。",
			want: []string{"秭归县 产业 脐橙"},
		},
		{
			name: "a brand after 的",
			text: "安溪县的铁观音品牌享誉海内外。",
			want: []string{"安溪县 产业 铁观音"},
		},
		{
			name: "a product after 的 that is not famous",
			text: "秭归县的脐橙价格今年有所下降。",
			not:  []string{"秭归县 产业 脐橙"},
		},
		{
			name: "a medicinal herb",
			text: "平武县的厚朴远近闻名。",
			want: []string{"平武县 产业 厚朴"},
		},
		{
			name: "a craft's slogan",
			text: "素有“柳编之乡”美誉的阜南县，柳编产品远销海外。",
			want: []string{"阜南县 产业 柳编"},
		},
		{
			name: "a vinegar after 的",
			text: "清徐县的陈醋远近闻名。",
			want: []string{"清徐县 产业 陈醋"},
		},
		{
			name: "known for a product",
			text: "赣州市以脐橙闻名全国。安溪县因铁观音而闻名。",
			want: []string{"赣州市 产业 脐橙", "安溪县 产业 铁观音"},
		},
		{
			name: "known for growing a product",
			text: "清徐县以盛产陈醋而著称。",
			want: []string{"清徐县 产业 陈醋"},
		},
		{
			name: "known for what is no product",
			text: "赣州市以优质的营商环境闻名。",
			not:  []string{"赣州市 产业 优质的营商环境", "赣州市 产业 营商环境"},
		},
		{
			name: "the origin of a product",
			text: "秭归县是脐橙的原产地之一。武夷山市是乌龙茶的发源地。",
			want: []string{"秭归县 产业 脐橙", "武夷山市 产业 乌龙茶"},
		},
		{
			name: "the home of a person is no origin",
			text: "秭归县是屈原的故乡。",
			not:  []string{"秭归县 产业 屈原"},
		},
		{
			name: "a goal of the place of the sentence",
			text: "宜宾市围绕动力电池产业，打造千亿级产业集群。",
			want: []string{"宜宾市 产业 动力电池"},
		},
		{
			name: "a goal of 该市: the city of the paragraph",
			text: "宜宾市地处长江上游。近年来，该市围绕新能源电池产业，加快打造千亿级产业集群。",
			want: []string{"宜宾市 产业 新能源电池"},
		},
		{
			name: "a goal about two industries",
			text: "今年以来，叙州区聚焦竹木加工、茶叶两大主导产业，全力打造百亿级产业集群。",
			want: []string{"叙州区 产业 竹木加工", "叙州区 产业 茶叶"},
			not:  []string{"叙州区 产业 茶叶两大主导"},
		},
		{
			name: "a goal of a place after its province",
			text: "四川省宜宾市围绕动力电池产业，打造千亿级产业集群。",
			want: []string{"宜宾市 产业 动力电池"},
			not:  []string{"四川省 产业 动力电池"},
		},
		{
			name: "a goal of two places in the sentence: no subject",
			text: "乐山市与眉山市将围绕动力电池产业，共同打造千亿级产业集群。",
			not:  []string{"乐山市 产业 动力电池", "眉山市 产业 动力电池"},
		},
		{
			name: "a goal that names no industry",
			text: "乐山市将围绕数字经济产业，打造产业高地。",
			not:  []string{"乐山市 产业 数字经济"},
		},
		{
			name: "a goal of two places: no subject",
			text: "乐山市和眉山市举行座谈。会议强调，要围绕动力电池产业，打造千亿级产业集群。",
			not:  []string{"乐山市 产业 动力电池", "眉山市 产业 动力电池"},
		},
		{
			name: "a goal without a scale is no goal",
			text: "宜宾市围绕动力电池产业，打造招商服务平台。",
			not:  []string{"宜宾市 产业 动力电池"},
		},
	}
	runTripleCases(t, tests)
}

// TestSourceOfRiverAndLongPurpose: a place that is the source of a river
// (X是Y江的发源地) has no industry Y; a main industry named after a long
// purpose phrase (把X作为巩固…成果的重点产业) is read.
func TestSourceOfRiverAndLongPurpose(t *testing.T) {
	tests := []tripleCase{
		{
			name: "the source of a river",
			text: "江西省赣州市安远县是东江的发源地之一。",
			not:  []string{"安远县 产业 东江"},
		},
		{
			name: "the source of a tea stays an industry",
			text: "福建省武夷山市是乌龙茶的发源地。",
			want: []string{"武夷山市 产业 乌龙茶"},
		},
		{
			name: "a purpose of ten characters before the industry",
			text: "四川省凉山州布拖县已将马铃薯种植作为巩固拓展脱贫攻坚成果的重点产业。",
			want: []string{"布拖县 产业 马铃薯"},
		},
	}
	runTripleCases(t, tests)
}
