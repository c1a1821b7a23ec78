package relate_test

import "testing"

// TestMembership checks the ways news states that an organization
// belongs to another, and near misses that state no membership.
func TestMembership(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a group's company",
			text: "国家电网公司旗下的南瑞集团发布新产品。",
			want: []string{"南瑞集团 隶属 国家电网公司"},
		},
		{
			name: "a list of units",
			text: "河北省林业和草原局下属塞罕坝机械林场、木兰围场国有林场开展防火演练。",
			want: []string{"塞罕坝机械林场 隶属 河北省林业和草原局", "木兰围场国有林场 隶属 河北省林业和草原局"},
		},
		{
			name: "with its unit",
			text: "中国石化与所属燕山石化公司签订协议。",
			want: []string{"燕山石化公司 隶属 中国石化"},
		},
		{
			name: "a farm under a group",
			text: "广西农垦集团下辖的广西农垦明阳农场开展培训。",
			want: []string{"广西农垦明阳农场 隶属 广西农垦集团"},
		},
		{
			name: "a public institution of a government",
			text: "四川省农业科学院是四川省人民政府的直属事业单位。",
			want: []string{"四川省农业科学院 隶属 四川省人民政府"},
		},
		{
			name: "a partner after 和 is no unit",
			text: "河北省林业和草原局下属的塞罕坝机械林场和保定市林业局联合开展演练。",
			want: []string{"塞罕坝机械林场 隶属 河北省林业和草原局"},
			not:  []string{"保定市林业局 隶属 河北省林业和草原局"},
		},
		{
			name: "two partners",
			text: "中国石化与燕山石化公司签订协议。",
			not:  []string{"燕山石化公司 隶属 中国石化"},
		},
		{
			name: "a centre attached to a bureau",
			text: "陕西省延安市洛川县苹果研究中心挂靠洛川县果业局，主要开展新品种选育。",
			want: []string{"陕西省延安市洛川县苹果研究中心 隶属 洛川县果业局"},
		},
		{
			name: "attached in a place",
			text: "陕西省延安市洛川县苹果研究中心挂靠在洛川县果业局。",
			want: []string{"陕西省延安市洛川县苹果研究中心 隶属 洛川县果业局"},
		},
		{
			name: "a short-name note before 是",
			text: "四川省会理市石榴产业发展中心（简称石榴中心）是会理市农业农村局下属事业单位。",
			want: []string{"四川省会理市石榴产业发展中心 隶属 会理市农业农村局"},
		},
		{
			name: "a short-name note before a partner",
			text: "四川省会理市石榴产业发展中心（简称石榴中心）是会理市农业农村局的合作单位。",
			not:  []string{"四川省会理市石榴产业发展中心 隶属 会理市农业农村局"},
		},
		{
			name: "units set up under a bureau",
			text: "浏阳市农业农村局下设浏阳市农业技术推广中心、浏阳市农机事务中心等单位。",
			want: []string{"浏阳市农业技术推广中心 隶属 浏阳市农业农村局", "浏阳市农机事务中心 隶属 浏阳市农业农村局"},
		},
		{
			name: "a unit set up under a bureau after 是",
			text: "浏阳市农业技术推广中心是浏阳市农业农村局下设的事业单位。",
			want: []string{"浏阳市农业技术推广中心 隶属 浏阳市农业农村局"},
		},
		{
			name: "managed by a bureau",
			text: "浏阳市农业技术推广中心归口浏阳市农业农村局管理。浏阳市农机事务中心由浏阳市农业农村局主管。",
			want: []string{"浏阳市农业技术推广中心 隶属 浏阳市农业农村局", "浏阳市农机事务中心 隶属 浏阳市农业农村局"},
		},
		{
			name: "由 a bureau that organizes an event",
			text: "浏阳市农业技术推广中心由浏阳市农业农村局牵头组织培训。",
			not:  []string{"浏阳市农业技术推广中心 隶属 浏阳市农业农村局"},
		},
		{
			name: "a company that is a partner",
			text: "四川省农业科学院是四川省人民政府的合作单位。",
			not:  []string{"四川省农业科学院 隶属 四川省人民政府"},
		},
	}
	runTripleCases(t, tests)
}
