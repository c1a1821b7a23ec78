package news_test

import (
	"strings"
	"testing"
)

// TestTitleBeforeRiverName: 长江 that begins with the 长 of a head's title
// and goes on into a name of the surname 江 is the title and the name
// (组织部长江海涛, 县长江明亮表示); the river stays where a river's word or
// an organization follows (交通运输部长江航务管理局, 长江流域).
func TestTitleBeforeRiverName(t *testing.T) {
	x := MustExtractor(t)
	tests := []struct {
		text      string
		want, not []string
	}{
		{"县委组织部长江海涛出席会议。", []string{"江海涛 类型 人物"}, []string{"长江 类型 地点", "海涛 类型 人物"}},
		{"宣传部长江涛主持会议。", []string{"江涛 类型 人物"}, []string{"长江 类型 地点"}},
		{"县长江明亮表示，要抓好防汛。", []string{"江明亮 类型 人物"}, []string{"长江 类型 地点"}},
		{"市长江国华在会上强调。", []string{"江国华 类型 人物"}, []string{"长江 类型 地点"}},
		// a given name the segmenter reads as two words of one character
		{"宁波市镇海区区长江立帆到现场调研。", []string{"江立帆 类型 人物", "江立帆 职务 区长"}, []string{"长江 类型 地点"}},
		{"江北区长江沿岸建成了绿道。", []string{"长江 类型 地点"}, nil},
		{"交通运输部长江航务管理局发布通告。", []string{"长江 类型 地点"}, nil},
		{"长江流域迎来汛期。", []string{"长江 类型 地点"}, nil},
	}
	for _, tc := range tests {
		got := "\n" + labelRows(t, x, tc.text)
		for _, w := range tc.want {
			if !strings.Contains(got, "\n"+w+"\n") {
				t.Errorf("%s: missing %q in\n%s", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(got, "\n"+n+"\n") {
				t.Errorf("%s: unexpected %q in\n%s", tc.text, n, got)
			}
		}
	}
}
