package relate_test

import "testing"

// TestLevelBody: a body written with a level alone and its kind (县中医院,
// 镇卫生院) in an article that names one division of that level and the
// body's full name is that division's (政和县中医院); where the full name is
// not written, the body is named as written (the guide); a kind alone
// (中医院) is the one body of the article that a division's name and the
// kind make.
func TestLevelBody(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "county hospital, county and hospital named",
			text: "松溪县中医院新楼启用。县中医院院长林志明说，今年将开展巡回义诊。",
			want: []string{"松溪县中医院 类型 机构", "林志明 任职于 松溪县中医院"},
			not:  []string{"县中医院 类型 机构"},
		},
		{
			name: "county hospital, county named, hospital only short: as written",
			text: "松溪县召开卫生工作会议。县中医院院长林志明说，今年将开展巡回义诊。",
			want: []string{"县中医院 类型 机构"},
			not:  []string{"松溪县中医院 类型 机构"},
		},
		{
			name: "township health centre, township and centre named",
			text: "松溪县渭田镇召开会议。渭田镇卫生院扩建完工。镇卫生院院长林志明说，今年将开展巡回义诊。",
			want: []string{"渭田镇卫生院 类型 机构", "林志明 任职于 渭田镇卫生院"},
			not:  []string{"镇卫生院 类型 机构"},
		},
		{
			name: "two townships: no telling",
			text: "渭田镇和郑墩镇召开会议。镇卫生院院长林志明说，今年将开展巡回义诊。",
			want: []string{"镇卫生院 类型 机构"},
			not:  []string{"渭田镇卫生院 类型 机构", "郑墩镇卫生院 类型 机构"},
		},
		{
			name: "a company's trade name after the level",
			text: "中宁县舟塔乡召开座谈会。乡红生物科技股份有限公司总经理林志明说，今年将扩大产能。",
			not:  []string{"舟塔乡红生物科技股份有限公司 类型 机构"},
		},
		{
			name: "district hospital, district and hospital named",
			text: "东坡区人民医院开展义诊。区人民医院院长林志明说，今年将继续开展。",
			want: []string{"林志明 任职于 东坡区人民医院"},
		},
		{
			name: "an autonomous region is no district",
			text: "广西壮族自治区召开卫生工作会议。区人民医院院长林志明说，今年将开展巡回义诊。",
			not:  []string{"林志明 任职于 广西壮族自治区人民医院"},
		},
		{
			name: "no county named",
			text: "县中医院院长林志明说，今年将开展巡回义诊。",
			want: []string{"县中医院 类型 机构"},
		},
		{
			name: "the kind alone after the full name",
			text: "松溪县中医院开展义诊活动。中医院院长林志明说，今年将继续开展。",
			want: []string{"林志明 任职于 松溪县中医院"},
			not:  []string{"中医院 类型 机构"},
		},
		{
			name: "the kind alone, two such names",
			text: "松溪县中医院和政和县中医院开展义诊活动。中医院院长林志明说，今年将继续开展。",
			not:  []string{"林志明 任职于 松溪县中医院", "林志明 任职于 政和县中医院"},
		},
	})
}
