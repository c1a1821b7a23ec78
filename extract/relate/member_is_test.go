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
