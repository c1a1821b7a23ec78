package places

import (
	"slices"
	"testing"
)

// A reservoir, a nature reserve or a park is named by a proper name of
// two or three characters and a suffix that names places only (水库,
// 湿地公园, 国家级自然保护区): after a division it is a zone 位于 the
// division; with none before it, the name runs from a clean boundary. A
// size, a level, a kind, a count or a verb before the suffix is no name,
// and a place followed by the rest of an organization's name is not read.
func TestStage_ScenicPlaces(t *testing.T) {
	s := mustStage(t)
	tests := []struct {
		name      string
		text      string
		want, not []string
		in        string // a 位于 triple "A>B" that must be there
	}{
		{"a reservoir after a comma", "入汛以来，青龙潭水库蓄水充足。", []string{"青龙潭水库"}, nil, ""},
		{"a wetland park after 在", "周末，不少市民在凤鸣湖湿地公园观鸟。", []string{"凤鸣湖湿地公园"}, nil, ""},
		{"a forest park after a county", "崇义县阳岭国家森林公园年接待游客30万人次。", []string{"崇义县阳岭国家森林公园"}, nil, "崇义县阳岭国家森林公园>崇义县"},
		{"a national reserve after a county", "屏山县老君山国家级自然保护区新发现两种兰花。", []string{"屏山县老君山国家级自然保护区"}, nil, "屏山县老君山国家级自然保护区>屏山县"},
		{"a reservoir named by its district's short form", "入夏以来，北京市密云水库水位持续上升。", []string{"密云水库"}, nil, "密云水库>密云区"},
		{"a county's full name before 水库", "平昌县水库安全度汛检查全面展开。", nil, []string{"平昌县水库"}, ""},
		{"a province before 水库", "今年四川水库蓄水总量创新高。", nil, []string{"四川水库"}, ""},
		{"an old town after a district", "贵州省贵阳市花溪区青岩古镇游人如织。", []string{"花溪区青岩古镇"}, nil, "花溪区青岩古镇>花溪区"},
		{"an age before 古镇", "黟县千年古镇焕发新活力。", nil, []string{"黟县千年古镇"}, ""},
		{"a county's full name before 古镇", "丹棱县古镇保护规划通过评审。", nil, []string{"丹棱县古镇"}, ""},
		{"an old town with no division is not read", "周末，青岩古镇游人如织。", nil, []string{"青岩古镇"}, ""},
		{"an old city after its county's short form", "湖南省湘西州凤凰县旅游火爆，凤凰古城游人如织。", []string{"凤凰古城"}, nil, "凤凰古城>凤凰县"},
		{"a Miao village after its township's short form", "黔东南州雷山县西江千户苗寨迎来旅游旺季。", []string{"西江千户苗寨"}, nil, ""},
		{"an old city before its scenic area", "山西省平遥县平遥古城景区游客增多。", nil, []string{"平遥古城"}, ""},
		{"a verb before 苗寨", "花垣县双龙镇十八洞村立足苗寨特色发展旅游。", nil, []string{"十八洞村立足苗寨"}, ""},
		{"a fishing port after its township's short form", "琼海市潭门镇的潭门中心渔港停满了渔船。", []string{"潭门中心渔港"}, nil, "潭门中心渔港>潭门镇"},
		{"fishing ports in general", "全县渔港建设加快推进。", nil, []string{"全县渔港"}, ""},
		{"a mountain range's side, no prefecture", "根河市地处大兴安岭东麓，森林覆盖率高。", []string{"根河市"}, []string{"大兴安岭地区"}, ""},
		{"the prefecture by its full name", "大兴安岭地区加格达奇区召开会议。", []string{"大兴安岭地区"}, nil, "加格达奇区>大兴安岭地区"},
		{"a position before 水库", "入汛后，上游水库提前腾出库容。", nil, []string{"上游水库"}, ""},
		{"a kind of reserve", "近年来，海洋自然保护区面积不断扩大。", nil, []string{"海洋自然保护区"}, ""},
		{"an organization's name after a county", "平昌县白石水库管理处组织人员巡查大坝。", nil, []string{"平昌县白石水库"}, ""},
		{"a size before 水库", "全县共有小型水库36座，病险水库已全部加固。", nil, []string{"小型水库", "病险水库"}, ""},
		{"a size after a county", "平昌县小型水库除险加固工程全面完工。", nil, []string{"平昌县小型水库"}, ""},
		{"a clause after a county", "平昌县新修白石水库已经蓄水。", nil, []string{"平昌县新修白石水库"}, ""},
		{"a kind before 湿地公园", "今年，城市湿地公园免费开放。", nil, []string{"城市湿地公园"}, ""},
		{"a count before 水库", "汛期到来，两座水库都已蓄满。", nil, []string{"两座水库"}, ""},
		{"a verb before 森林公园", "节假日，游览森林公园的人很多。", nil, []string{"游览森林公园"}, ""},
		{"a clause longer than a name", "县里今年完成松溪湿地公园二期建设。", nil, []string{"完成松溪湿地公园", "今年完成松溪湿地公园"}, ""},
		{"an organization's name", "，白石水库管理处组织人员巡查大坝。", nil, []string{"白石水库"}, ""},
		{"a national park after a comma", "近年来，钱江源国家公园生态持续向好。", []string{"钱江源国家公园"}, nil, ""},
		{"national parks in general", "国家公园体制试点稳步推进。", nil, []string{"国家公园"}, ""},
		{"a scenic area after a comma", "今年国庆，凤鸣峡生态旅游区接待游客5万人次。", []string{"凤鸣峡生态旅游区"}, nil, ""},
		{"a tourist area at a sentence's start", "龙脊旅游区迎来客流高峰。", []string{"龙脊旅游区"}, nil, ""},
		{"kinds and ranks of scenic areas", "假期里，各大景区人满为患，核心景区免费开放。", nil, []string{"各大景区", "核心景区"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := run(t, s, tt.text)
			checkLabels(t, tt.text, labels(d), tt.want, tt.not)
			if tt.in != "" && !slices.Contains(located(d), tt.in) {
				t.Errorf("%s: 位于 %v, want %s", tt.text, located(d), tt.in)
			}
		})
	}
}
