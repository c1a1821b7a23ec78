package ner_test

import "testing"

// TestNamesInPersonnelNotices checks names after the verb of an
// appointment or a removal (任命X为, 免去X的…职务), which a post or a list
// closes, and words after such a verb that are no names.
func TestNamesInPersonnelNotices(t *testing.T) {
	tests := []mentionCase{
		{"任命蔺志刚为市中级人民法院审判员。", []string{"PER:蔺志刚"}, nil},
		{"任命覃海宁为市交通运输局局长；", []string{"PER:覃海宁"}, nil},
		{"免去冉红的市中级人民法院副庭长职务。", []string{"PER:冉红"}, nil},
		{"免去黎光明的县教育局局长职务。", []string{"PER:黎光明"}, nil},
		{"会议决定提名覃秀梅为县长候选人。", []string{"PER:覃秀梅"}, nil},
		// not a name: a common word, or a name not closed by 为, 的 or punctuation
		{"任命程序合法有效。", nil, []string{"PER:程序"}},
		{"免去高额费用后，群众负担减轻了。", nil, []string{"PER:高额"}},
		{"聘请专家时要注意资质。", nil, []string{"PER:专家"}},
		{"村委会选举华丽落幕。", nil, []string{"PER:华丽"}},
	}
	checkMentions(t, tests)
}

// TestRareSurnames checks rare surnames of the national lists before a
// cue (庹, 姒, 卯, 谯).
func TestRareSurnames(t *testing.T) {
	tests := []mentionCase{
		{"村民庹光明说，今年收成不错。", []string{"PER:庹光明"}, nil},
		{"市人民检察院检察长姒卫国参加会议。", []string{"PER:姒卫国"}, nil},
		{"本报记者卯丹报道。", []string{"PER:卯丹"}, nil},
		{"老人谯德福告诉记者，村里通了公交。", []string{"PER:谯德福"}, nil},
	}
	checkMentions(t, tests)
}
