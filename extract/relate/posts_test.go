package relate_test

import "testing"

// TestPostsAfterCopula checks posts stated after the name (张三是X的Y),
// where the post's owner is written as a chain of divisions, and near
// misses whose chain ends in no post.
func TestPostsAfterCopula(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a village post after a chain of divisions",
			text: "张书成是山西省运城市万荣县皇甫乡东文村党支部书记兼村委会主任。张书成带领村民种苹果。",
			want: []string{"张书成 职务 村党支部书记", "张书成 职务 村委会主任", "张书成 任职于 东文村"},
			not:  []string{"张书成 任职于 山西省", "张书成 任职于 万荣县"},
		},
		{
			name: "an organization at the end of the chain",
			text: "何立新现任山西省运城市万荣县农业农村局局长。何立新介绍了情况。",
			want: []string{"何立新 职务 局长", "何立新 任职于 山西省运城市万荣县农业农村局"},
		},
		{
			name: "a chain of divisions that is where the person is from",
			text: "张书成是山西省运城市万荣县人，张书成说家乡变化很大。",
			not:  []string{"张书成 任职于 山西省", "张书成 任职于 万荣县", "张书成 任职于 运城市"},
		},
	}
	runTripleCases(t, tests)
}
