package ner_test

import "testing"

// TestKindOfHospitalOrSchoolAlone checks that a kind of public hospital or
// school that every county has (中医医院, 人民医院, 卫生院, 中心小学),
// written with no place, level or brand before it, is no organization,
// while the same kind after a place or a level is one, and the kind alone
// still stands for the one such full name the article writes.
func TestKindOfHospitalOrSchoolAlone(t *testing.T) {
	tests := []mentionCase{
		{text: "近日，眉山市的中医医院开展义诊活动，为群众免费测量血压。", not: []string{"ORG:中医医院"}},
		{text: "他在城里的一家人民医院当护士，已经干了十年。", not: []string{"ORG:人民医院"}},
		{text: "孩子们平时在中心小学上课，周末回家帮忙干农活。", not: []string{"ORG:中心小学"}},
		{text: "村民小病不出村，大病可以到卫生院和中医院看。", not: []string{"ORG:卫生院", "ORG:中医院"}},
		{text: "眉山市中医医院开展义诊活动，为群众免费测量血压。", want: []string{"ORG:眉山市中医医院"}},
		{text: "县中医医院派出专家到乡镇坐诊。", want: []string{"ORG:县中医医院"}},
		{text: "青神县中医医院开展义诊活动，中医医院的专家为群众测量血压。", want: []string{"ORG:青神县中医医院", "ORG:中医医院"}},
		{text: "青神县南城镇中心小学举行开学典礼。", want: []string{"ORG:青神县南城镇中心小学"}},
	}
	checkMentions(t, tests)
}

// TestKindsOfEveryTownship: the bodies every township or village has,
// named by their kind (乡镇卫生院, 边境乡镇卫生院, 村卫生室, 乡镇党委), are no
// organizations; one named by its place is.
func TestKindsOfEveryTownship(t *testing.T) {
	tests := []mentionCase{
		{"组织专家到乡镇卫生院坐诊。", nil, []string{"ORG:乡镇卫生院"}},
		{"边境乡镇卫生院条件改善。", nil, []string{"ORG:边境乡镇卫生院"}},
		{"村卫生室建成后，村民看病方便了。", nil, []string{"ORG:村卫生室"}},
		{"乡镇党委要抓好落实。", nil, []string{"ORG:乡镇党委"}},
		// the kind of the members of a body is named by the membership
		{"市卫生健康局及下属乡镇卫生院组织义诊。", []string{"ORG:乡镇卫生院"}, nil},
		{"四川省巴中市通江县诺江镇卫生院建成。", []string{"ORG:四川省巴中市通江县诺江镇卫生院"}, nil},
	}
	checkMentions(t, tests)
}
