package places

import "testing"

// A zone's name may hold more than four characters between its place and
// its suffix where they are a short proper name (a river's valley counts)
// and two words of the zone's theme or more (现代特色农业); a river's name
// begins a zone with such a theme. A longer proper name is a company's
// brand, and a river with a bare suffix names a region.
func TestStage_ZoneWithThemeWords(t *testing.T) {
	s := mustStage(t)
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a valley and a theme after a province", "广西左江河谷生态高效农业示范区今年扩大了甘蔗种植。", []string{"广西左江河谷生态高效农业示范区"}, nil},
		{"a short name and a theme after a city", "柳州香桥生态文化旅游产业园正式开园。", []string{"柳州香桥生态文化旅游产业园"}, nil},
		{"a county's zone named by its theme", "汝城县现代特色农业示范区建设加快。", []string{"汝城县现代特色农业示范区"}, nil},
		{"a river and a theme", "赣江生态文化旅游度假区接待游客十万人次。", []string{"赣江生态文化旅游度假区"}, nil},
		{"a company's brand before a theme", "衡阳华宇恒通绿色新材料综合产业园开工。", nil, []string{"衡阳华宇恒通绿色新材料综合产业园"}},
		{"a verb before the theme", "柳州市加快培育现代特色农业示范区。", nil, []string{"柳州市加快培育现代特色农业示范区"}},
		{"a river and a bare suffix", "渭河经济区的企业正在复工。", nil, []string{"渭河经济区"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLabels(t, tt.text, labels(run(t, s, tt.text)), tt.want, tt.not)
		})
	}
}
