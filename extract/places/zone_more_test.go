package places

import (
	"strings"
	"testing"
)

// A township-level unit named only by a kind of zone after a level (县经济
// 开发区) hides no county written before it, and a development zone's
// suffix supports the county's short form before it as a product does.
func TestStage_ZoneAfterCounty(t *testing.T) {
	s := mustStage(t)
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the county's full name before a generic zone name", "郎溪县经济开发区近年来发展迅速。", []string{"郎溪县", "郎溪县经济开发区"}, []string{"县经济开发区"}},
		{"a county's short form before a development zone", "通江经济开发区党工委书记王明发言。", []string{"通江经济开发区"}, nil},
		{"the short form alone stays unsupported", "通江发展很快。", nil, []string{"通江县"}},
		{"a high-tech park after a short form", "宁乡高新技术产业园区是省级园区。", []string{"宁乡高新技术产业园区"}, nil},
		{"an industrial cluster zone after a county", "商水县产业集聚区新入驻企业8家。", []string{"商水县", "商水县产业集聚区"}, nil},
		// ports and dry ports, and agricultural parks named 农业园区
		{"a port after a city", "货车在霍尔果斯口岸排起长队。", []string{"霍尔果斯口岸"}, nil},
		{"a dry port after a city", "赣州国际陆港发出中欧班列。", []string{"赣州国际陆港"}, nil},
		{"an agricultural park", "威县现代农业园区建设加快。", []string{"威县现代农业园区"}, []string{"威县现代农业园"}},
		{"ports in general", "全国口岸数量增加。", nil, []string{"全国口岸"}},
		{"a border economic cooperation zone", "在凭祥市边境经济合作区，货车排起长队。", []string{"凭祥市边境经济合作区"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLabels(t, tt.text, labels(run(t, s, tt.text)), tt.want, tt.not)
		})
	}
}

// A zone written after its place is mentioned again by its own name (三江
// 新区), as the same entity; a bare kind of zone (经开区) is not.
func TestStage_ZoneShortMentions(t *testing.T) {
	s := mustStage(t)
	text := "宜宾市三江新区与一家企业签约。三江新区党工委书记出席，三江新区将建设电池产业园。"
	d := run(t, s, text)
	var keys []string
	for _, m := range d.Mentions {
		if strings.Contains(m.Text, "三江新区") {
			keys = append(keys, m.Key)
		}
	}
	if len(keys) != 3 {
		t.Fatalf("%d mentions of the zone, want 3: %v", len(keys), d.Mentions)
	}
	for _, k := range keys[1:] {
		if k != keys[0] {
			t.Errorf("the zone's mentions have keys %v, want one", keys)
		}
	}
	if e := d.Entity(keys[0]); e.Label != "宜宾市三江新区" {
		t.Errorf("the zone's label is %q, want 宜宾市三江新区", e.Label)
	}

	text = "安徽省合肥市经开区召开大会。经开区今年引进项目30个。"
	n := 0
	for _, m := range run(t, s, text).Mentions {
		if m.Text == "经开区" {
			n++
		}
	}
	if n != 0 {
		t.Errorf("%s: the bare 经开区 is a mention (%d)", text, n)
	}
}
