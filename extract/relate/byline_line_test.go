package relate_test

import "testing"

// TestBylineLineList checks that a name on the line after a byline shares
// its post only where it ends its line, with near misses.
func TestBylineLineList(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a profile that opens the line after the byline",
			text: "在大山深处当守护者\n新华社记者 赵晓明\n罗永红，男，苗族，1968年11月生，中共党员。\n",
			want: []string{"赵晓明 职务 记者"},
			not:  []string{"罗永红 职务 记者", "罗永红 任职于 新华社"},
		},
		{
			name: "a list on one line",
			text: "在大山深处当守护者\n本报记者 马立卫 侯晓玉\n近日，雷山县召开会议。\n",
			want: []string{"马立卫 职务 记者", "侯晓玉 职务 记者"},
		},
	}
	runTripleCases(t, tests)
}
