package places

import "testing"

// A province's short name names the province unless the text ties the
// lower division of the same short name closer than through its province.
func TestStage_ProvinceShortName(t *testing.T) {
	s := mustStage(t)
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a list of provinces, a county of one of them elsewhere's province in context",
			"来自青海、甘肃、河南、山东等地的客商参加了展会。青海省海东市的代表介绍了当地产品。",
			[]string{"河南省", "青海省", "海东市"}, []string{"河南蒙古族自治县"}},
		{"the province alone with the county's province",
			"青海省代表团访问了河南，双方签署了合作协议。",
			[]string{"河南省"}, []string{"河南蒙古族自治县"}},
		{"the county's prefecture in context keeps the county",
			"黄南藏族自治州近日召开会议。在河南，牧民们正在转场。",
			[]string{"河南蒙古族自治县"}, []string{"河南省"}},
		{"the county written after its prefecture",
			"记者来到黄南州河南县，看到草场一片生机。",
			[]string{"河南蒙古族自治县"}, []string{"河南省"}},
		{"the county named in full elsewhere",
			"河南蒙古族自治县位于青海省东南部。河南今年牛羊出栏增加。",
			[]string{"河南蒙古族自治县"}, []string{"河南省"}},
		{"a list of provinces with the municipality that holds a district of the name",
			"大运河流经北京、天津、河北、山东、江苏、浙江六省市。",
			[]string{"河北省", "天津市"}, []string{"河北区"}},
		{"the province before the municipality in a list",
			"来自河北和天津的企业参加了对接会。",
			[]string{"河北省", "天津市"}, []string{"河北区"}},
		{"a list of districts of the municipality keeps the district",
			"天津市河东、河北两区联合开展执法检查。",
			[]string{"河北区", "河东区"}, []string{"河北省"}},
		{"a province's short name listed with cities names the city",
			"长春、吉林、哈尔滨、沈阳等城市推出了冰雪旅游线路。",
			[]string{"吉林市", "长春市"}, []string{"吉林省"}},
		{"listed with provinces it stays the province",
			"黑龙江、吉林、辽宁三省联合推介冰雪旅游。",
			[]string{"吉林省"}, []string{"吉林市"}},
		{"the district right after its municipality",
			"天津河北区今年新建了三所学校。",
			[]string{"河北区"}, []string{"河北省"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLabels(t, tt.text, labels(run(t, s, tt.text)), tt.want, tt.not)
		})
	}
}
