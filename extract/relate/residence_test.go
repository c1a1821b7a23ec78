package relate_test

import "testing"

// TestVillagerAfterName checks a person said to be a villager after the
// name (Y是X村村民, Y，X村村民), and near misses.
func TestVillagerAfterName(t *testing.T) {
	tests := []tripleCase{
		{
			name: "is a villager",
			text: "今年68岁的老党员王德贵是四川省苍溪县白桥镇宝珠村村民，种了20多年猕猴桃。",
			want: []string{"王德贵 居住于 宝珠村"},
			not:  []string{"王德贵 居住于 白桥镇"},
		},
		{
			name: "a villager after a comma",
			text: "记者在果园见到了老党员王德贵，四川省苍溪县白桥镇宝珠村村民，今年68岁。",
			want: []string{"王德贵 居住于 宝珠村"},
		},
		{
			name: "another villager named after the village",
			text: "记者见到了王德贵，四川省苍溪县白桥镇宝珠村村民李春芳也赶来了。",
			want: []string{"李春芳 居住于 宝珠村"},
			not:  []string{"王德贵 居住于 宝珠村"},
		},
		{
			name: "a visitor of a village is no villager",
			text: "王德贵是四川省苍溪县白桥镇宝珠村的驻村第一书记。",
			not:  []string{"王德贵 居住于 宝珠村"},
		},
	}
	runTripleCases(t, tests)
}

// TestResidenceVariants checks where a person lives stated in the
// other ways news writes it: after an age clause (Y，今年58岁，家住X),
// 住在 and 现居 (Y住在X, 现居X的Y), a city's residents (成都市民Y), and
// near misses.
func TestResidenceVariants(t *testing.T) {
	tests := []tripleCase{
		{
			name: "家住 after the age",
			text: "村民刘大山，今年58岁，家住四川省蒲江县甘溪镇明月村。",
			want: []string{"刘大山 居住于 明月村", "刘大山 年龄 58"},
		},
		{
			name: "家住 after the sex and the age",
			text: "患者孙秀梅，女，62岁，家住浏阳市集里街道。",
			want: []string{"孙秀梅 居住于 集里街道"},
		},
		{
			name: "住在 after the name",
			text: "退休教师陈玉梅住在成都市武侯区，每天都去公园锻炼。",
			want: []string{"陈玉梅 居住于 武侯区"},
		},
		{
			name: "现居 before the name",
			text: "现居成都市武侯区的退休教师陈玉梅每天都去公园锻炼。",
			want: []string{"陈玉梅 居住于 武侯区"},
		},
		{
			name: "定居 in a clause before the name",
			text: "定居成都市武侯区的第二年，退休教师陈玉梅回了一趟老家。",
			not:  []string{"陈玉梅 居住于 武侯区"},
		},
		{
			name: "a city's resident",
			text: "成都市民陈小龙说：“现在办事方便多了。”",
			want: []string{"陈小龙 居住于 成都市"},
		},
		{
			name: "住在 that introduces someone else",
			text: "记者见到了老党员王德贵，住在四川省蒲江县甘溪镇的村民李春芳也赶来了。",
			want: []string{"李春芳 居住于 甘溪镇"},
			not:  []string{"王德贵 居住于 甘溪镇"},
		},
		{
			name: "a clause of someone else's age",
			text: "记者见到了村民刘大山，女儿今年28岁，家住成都市武侯区。",
			not:  []string{"刘大山 居住于 武侯区"},
		},
	}
	runTripleCases(t, tests)
}
