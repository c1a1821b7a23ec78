package relate_test

import "testing"

// TestIndustryRecall checks constructions of industries found missing on
// invented county and company reports, with near misses.
func TestIndustryRecall(t *testing.T) {
	tests := []tripleCase{
		{
			name: "making and selling joined by 与 after 主营",
			text: "黑龙江稻香农业股份有限公司主营大米加工与销售，年加工能力30万吨。",
			want: []string{"黑龙江稻香农业股份有限公司 产业 大米"},
			not:  []string{"黑龙江稻香农业股份有限公司 产业 大米加工与"},
		},
		{
			name: "making joined by 和 after 主营",
			text: "黑龙江稻香农业股份有限公司主营大米加工和销售。",
			want: []string{"黑龙江稻香农业股份有限公司 产业 大米"},
		},
	}
	runTripleCases(t, tests)
}
