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
