package relate_test

import "testing"

// TestMemberIsUnder checks Y是X下属的Z and Y是X直属学校: Y is the child, not
// the words after the parent, with near misses.
func TestMemberIsUnder(t *testing.T) {
	tests := []tripleCase{
		{
			name: "one that is a parent's subordinate hospital",
			text: "平昌县人民医院是平昌县卫生健康局下属的二级甲等医院。",
			want: []string{"平昌县人民医院 隶属 平昌县卫生健康局"},
		},
		{
			name: "one that is a parent's school",
			text: "温州中学是温州市教育局直属学校，今年新增学位500个。",
			want: []string{"温州中学 隶属 温州市教育局"},
		},
		{
			name: "a partner is no child",
			text: "温州中学是温州市教育局的合作单位。",
			not:  []string{"温州中学 隶属 温州市教育局"},
		},
		{
			name: "a person who is of a parent's subordinate body",
			text: "他是温州市教育局下属的温州市教育技术中心主任。",
			want: []string{"温州市教育技术中心 隶属 温州市教育局"},
		},
	}
	runTripleCases(t, tests)
}

// TestMemberMoreVerbs checks Y为X全资子公司, Y作为X的子公司 and Y归X管理,
// with near misses.
func TestMemberMoreVerbs(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a wholly owned subsidiary after 为",
			text: "据了解，大庆油田有限责任公司为中国石油天然气集团有限公司全资子公司。",
			want: []string{"大庆油田有限责任公司 隶属 中国石油天然气集团有限公司"},
		},
		{
			name: "for another's units",
			text: "据了解，温州市总工会为温州市教育局直属单位送去慰问品。",
			not:  []string{"温州市总工会 隶属 温州市教育局"},
		},
		{
			name: "a subsidiary after 作为",
			text: "据了解，大庆油田有限责任公司作为中国石油天然气集团有限公司的子公司，今年产油3000万吨。",
			want: []string{"大庆油田有限责任公司 隶属 中国石油天然气集团有限公司"},
		},
		{
			name: "managed by another",
			text: "据了解，温州中学归温州市教育局管理。",
			want: []string{"温州中学 隶属 温州市教育局"},
		},
		{
			name: "back to another is no membership",
			text: "据了解，温州中学归还温州市教育局借用的设备。",
			not:  []string{"温州中学 隶属 温州市教育局"},
		},
	}
	runTripleCases(t, tests)
}
