package ner_test

import "testing"

// TestBranchOfOffice: an office named by a fixed phrase of its field
// (生态环境局) keeps the field where a branch's name follows it, and a
// branch named after the place it serves (桃源分局, 凯里支行) is the
// branch of the organization right before the place.
func TestBranchOfOffice(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"据常德市生态环境局桃源分局局长龚海涛介绍，今年空气质量持续改善。", []string{"ORG:常德市生态环境局桃源分局", "PER:龚海涛"}, []string{"ORG:局桃源分局"}},
		{"湄潭县的茶园里，遵义市生态环境局湄潭分局组织执法人员开展检查。", []string{"ORG:遵义市生态环境局湄潭分局"}, []string{"ORG:湄潭分局"}},
		{"雨湖区发生一起诈骗案，湘潭市公安局雨湖分局迅速破案。", []string{"ORG:湘潭市公安局雨湖分局"}, []string{"ORG:雨湖分局"}},
		// a place after an office that no branch ending follows is the place's
		{"市生态环境局湄潭县工作组进驻企业。", nil, []string{"ORG:市生态环境局湄潭县工作组"}},
		// a branch after a place alone is named from the place
		{"湄潭县的茶园里，湄潭分局组织执法人员开展检查。", []string{"ORG:湄潭分局"}, nil},
	})
}

// TestNumberedBureau: a numbered bureau of an engineering group (十七局)
// after the group's short name of two characters is a name from the short
// name on, alone or before 集团 and a company's form; an ordinal alone
// before 局 (a round of a game) is no name.
func TestNumberedBureau(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"中铁十七局集团有限公司承建了这座特大桥。", []string{"ORG:中铁十七局集团有限公司"}, []string{"ORG:局集团有限公司"}},
		{"在工地上，中铁二十三局集团有限公司的工人正在浇筑桥墩。", []string{"ORG:中铁二十三局集团有限公司"}, []string{"ORG:三局集团有限公司"}},
		{"大桥由中铁十九局承建。", []string{"ORG:中铁十九局"}, nil},
		{"比赛进行到第十九局时双方战平。", nil, []string{"ORG:第十九局"}},
	})
}
