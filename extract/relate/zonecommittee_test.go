package relate_test

import "testing"

// TestPostInZoneCommittee: a post in a zone's administrative committee
// (管委会主任) belongs to the zone, named in full before the committee or
// by its kind alone after the article named it; the committee stays an
// organization of the zone.
func TestPostInZoneCommittee(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "the zone named in full",
			text: "近日，宁乡经济技术开发区管委会主任蒋立新带队赴深圳招商。",
			want: []string{"蒋立新 职务 主任", "蒋立新 任职于 宁乡经济技术开发区", "宁乡经济技术开发区管委会 类型 机构"},
			not:  []string{"蒋立新 任职于 宁乡经济技术开发区管委会"},
		},
		{
			name: "a zone of a theme named by its kind",
			text: "广西左江河谷生态高效农业示范区甘蔗喜获丰收。示范区管委会副主任黄秋菊介绍，今年新增种植面积两万亩。",
			want: []string{"黄秋菊 职务 副主任", "黄秋菊 任职于 广西左江河谷生态高效农业示范区"},
		},
		{
			name: "a committee that is no zone's",
			text: "近日，宁乡市物业管理委员会主任蒋立新召开座谈会。",
			not:  []string{"蒋立新 任职于 宁乡市"},
		},
	})
}
