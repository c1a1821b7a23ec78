package places

import (
	"strings"
	"testing"

	"github.com/zhkg/zhkg/extract/gazetteer"
)

// A two-character county name or short form inside a run of text (推动黟县)
// is read where the article writes the same form for the same division at
// a clean boundary elsewhere; alone it stays unread.
func TestStage_BoundarySupportedElsewhere(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatalf("gazetteer.Default: %v", err)
	}
	s := New(g, WithProducts(func(text string, start, end int) bool { return strings.HasPrefix(text[end:], "苹果") }))
	tests := []struct {
		name string
		text string
		want int // mentions of the form
		form string
	}{
		{"the county named before at a clean boundary", "黟县位于皖南山区。县里将推动黟县石墨茶走出大山。", 2, "黟县"},
		{"the county named after at a clean boundary", "记者推动黟县石墨茶走出大山。记者来到黟县采访。", 2, "黟县"},
		{"a short form", "记者在漳州采访时，结合漳州的实际谈了体会。", 2, "漳州"},
		{"the form alone inside a run of text", "县里将推动黟县石墨茶走出大山。", 0, "黟县"},
		{"a short form before a product", "延安市的“洛川苹果”远近闻名，全县推进洛川苹果产业园建设。", 2, "洛川"},
		{"a short form that begins a brand", "行业龙头宁德恒远的子公司福建恒远储能公司落户。宁德恒远营收增长。", 1, "宁德"},
		{"another county named at a clean boundary", "在黟县，全县坚持品牌兴县。", 0, "兴县"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if n := mentionsOf(t, s, tt.text, tt.form); n != tt.want {
				t.Errorf("%s: %d mentions of %s, want %d", tt.text, n, tt.form, tt.want)
			}
		})
	}
}

// A short form before a word of a river's land (河谷, 流域, 两岸, 畔) names the
// river, not the division named after it; the full name stays a division.
func TestStage_RiverLandNoDivision(t *testing.T) {
	s := mustStage(t)
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a river valley", "百色市在右江河谷推进现代农业建设。", []string{"百色市"}, []string{"右江区"}},
		{"a river basin", "黑龙江省今年对嫩江流域开展治理。", []string{"黑龙江省"}, []string{"嫩江市"}},
		{"the division's full name before the word", "百色市右江区两岸风光秀美。", []string{"右江区"}, nil},
		{"a river bank", "呼和浩特市的清水河畔，牧民正在转场。", []string{"呼和浩特市"}, []string{"清水河县"}},
		{"the division's full name before 畔", "呼和浩特市清水河县畔沟村的村民正在种树。", []string{"清水河县"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLabels(t, tt.text, labels(run(t, s, tt.text)), tt.want, tt.not)
		})
	}
}

// A place of a dateline after the agency's name (新华社武汉6月20日电, 本报长沙讯)
// begins at a clean boundary: a date and 电, or 讯, follow it.
func TestStage_DatelinePlace(t *testing.T) {
	s := mustStage(t)
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"an agency's dateline", "新华社武汉6月20日电（记者程敏）入汛以来，江汉平原持续降雨。", []string{"武汉市"}, nil},
		{"a paper's dateline", "本报长沙讯 近日，全市开展文明创建活动。", []string{"长沙市"}, nil},
		{"a dateline with full-width digits", "中新社广州１０月３日电 记者今天获悉。", []string{"广州市"}, nil},
		// a short form inside a word before a date is no dateline's
		{"a word before a date", "推动黟县3月完成改造。", nil, []string{"黟县"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLabels(t, tt.text, labels(run(t, s, tt.text)), tt.want, tt.not)
		})
	}
}

// A division's short form that ends with 江, 河, 溪 or 湖 before a word of a
// river's channel (清水河河道, 水域) names the river, no division.
func TestStage_RiverChannel(t *testing.T) {
	s := mustStage(t)
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a channel after a county's short form ending with 河", "两人在清水河河道内非法采砂。呼和浩特市加强了监管。", nil, []string{"清水河县"}},
		{"the county's short form elsewhere", "呼和浩特市清水河县今年新修道路。", []string{"清水河县"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLabels(t, tt.text, labels(run(t, s, tt.text)), tt.want, tt.not)
		})
	}
}

// A city's short form after a verb that takes a place (驻沈阳, 依托沈阳…),
// and the first of a list of divisions of one level whose next item
// follows the separator (推动湛江、深圳等地), are read; a county's short
// form after such a verb is not (推动新兴产业: no 新兴县).
func TestStage_ShortFormAfterVerbAndInList(t *testing.T) {
	s := mustStage(t)
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a list after a verb", "推动湛江、深圳等地加快发展。", []string{"湛江市", "深圳市"}, nil},
		{"驻", "俄罗斯驻沈阳总领事出席活动。", []string{"沈阳市"}, nil},
		{"依托 before a zone", "依托沈阳经济技术开发区发展装备制造。", []string{"沈阳经济技术开发区"}, nil},
		{"a county's short form after a verb", "推动新兴产业发展。", nil, []string{"新兴县"}},
		{"after a verb of shipping", "产品远销成都、重庆等地。", []string{"成都市", "重庆市"}, nil},
		{"after a verb of travel", "首趟班列开往西安。", []string{"西安市"}, nil},
		{"a county's short form after 支持", "支持和平解决争端。", nil, []string{"和平县", "和平区"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := run(t, s, tt.text)
			checkLabels(t, tt.text, labels(d), tt.want, tt.not)
		})
	}
}

// A county of "all peoples" (龙胜各族自治县) has its short forms like other
// autonomous counties (龙胜县).
func TestStage_AllPeoplesCounty(t *testing.T) {
	s := mustStage(t)
	text := "龙胜县副县长介绍了情况。"
	checkLabels(t, text, labels(run(t, s, text)), []string{"龙胜各族自治县"}, nil)
}
