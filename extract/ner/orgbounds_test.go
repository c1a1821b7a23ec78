package ner_test

import "testing"

// TestGroupMemberNotInName: 旗下 between a group and a member company is
// no part of either name (宏达集团旗下宁波宏达物流有限公司).
func TestGroupMemberNotInName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"远帆集团旗下温州远帆物流有限公司近日投入运营。", []string{"ORG:远帆集团", "ORG:温州远帆物流有限公司"}, []string{"ORG:远帆集团旗下温州远帆物流有限公司"}},
		{"浙江远帆控股集团有限公司旗下远帆置业公司开盘。", []string{"ORG:浙江远帆控股集团有限公司"}, []string{"ORG:浙江远帆控股集团有限公司旗下远帆置业公司"}},
		// 旗下的 already stops the name; a name without 旗下 still grows
		{"远帆集团旗下的温州远帆物流有限公司投入运营。", []string{"ORG:温州远帆物流有限公司"}, nil},
		{"温州远帆物流有限公司投入运营。", []string{"ORG:温州远帆物流有限公司"}, nil},
	})
}
