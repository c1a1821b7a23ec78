package relate_test

import "testing"

// TestOwnerBeforeStationedPost checks a village before 驻村 and a post
// (X村驻村第一书记Y): the post is the village's.
func TestOwnerBeforeStationedPost(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a village's stationed first secretary",
			text: "福建省南平市政和县杨源乡坂头村驻村第一书记魏文涛已在村里工作两年。",
			want: []string{"魏文涛 职务 第一书记", "魏文涛 任职于 坂头村"},
		},
		{
			name: "a township before 驻村 is no village",
			text: "福建省南平市政和县杨源乡驻村第一书记魏文涛已在村里工作两年。",
			want: []string{"魏文涛 职务 第一书记"},
			not:  []string{"魏文涛 任职于 杨源乡"},
		},
	}
	runTripleCases(t, tests)
}

// TestShortNameOfKindBeforePost checks a body written short before a
// post (交易中心负责人Y) where the article names one body whose name ends
// with it.
func TestShortNameOfKindBeforePost(t *testing.T) {
	tests := []tripleCase{
		{
			name: "the short name of the article's one center",
			text: "近日，记者走进政和县农产品物流中心。物流中心负责人蔡国栋说，今年已发货三千吨。",
			want: []string{"蔡国栋 职务 负责人", "蔡国栋 任职于 政和县农产品物流中心"},
		},
		{
			name: "a short name that ends no name of the article",
			text: "近日，记者走进政和县农产品物流中心。检测中心负责人蔡国栋说，今年已检测三千批次。",
			want: []string{"蔡国栋 职务 负责人"},
			not:  []string{"蔡国栋 任职于 政和县农产品物流中心"},
		},
		{
			name: "two bodies end with the short name",
			text: "政和县农产品物流中心与松溪县农产品物流中心签订协议。物流中心负责人蔡国栋说，双方将共享仓储。",
			want: []string{"蔡国栋 职务 负责人"},
			not:  []string{"蔡国栋 任职于 政和县农产品物流中心", "蔡国栋 任职于 松溪县农产品物流中心"},
		},
		{
			name: "more characters before the short name than a name holds",
			text: "近日，记者走进政和县农产品物流中心。我们采访了农村电商物流中心负责人蔡国栋。",
			not:  []string{"蔡国栋 任职于 政和县农产品物流中心"},
		},
	}
	runTripleCases(t, tests)
}
