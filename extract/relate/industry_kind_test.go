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
