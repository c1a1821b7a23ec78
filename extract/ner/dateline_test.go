package ner_test

import "testing"

// TestDatelineMedia checks papers and news sites that open their dateline
// though the media list does not know them (团结报讯, 中国甘肃网11月20日讯),
// and datelines of the paper itself (本报讯).
func TestDatelineMedia(t *testing.T) {
	tests := []mentionCase{
		{"团结报讯（记者 向红梅）近日，保靖县举行茶叶推介会。", []string{"ORG:团结报"}, nil},
		{"西双版纳报讯 近日，勐海县茶叶产量增长。", []string{"ORG:西双版纳报"}, nil},
		{"中国甘肃网11月20日讯（记者 李明）陇南市武都区花椒丰收。", []string{"ORG:中国甘肃网"}, nil},
		{"本报讯（记者 李明）近日，保靖县举行茶叶推介会。", nil, []string{"ORG:本报"}},
		{"据团结报报道，保靖县今年茶叶增收。", nil, []string{"ORG:据团结报"}},
	}
	checkMentions(t, tests)
}
