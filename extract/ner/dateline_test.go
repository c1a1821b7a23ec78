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

// TestRepresentsAndCaptionCredits checks 代表 as a verb before the parties
// a person speaks for (代表双方签约, 代表商会), which reads no title, and a
// photo credit after the end of a caption's sentence (图为签约现场。张伟 摄).
func TestRepresentsAndCaptionCredits(t *testing.T) {
	tests := []mentionCase{
		{"县长王刚和公司总经理李明代表双方签约。", []string{"PER:李明"}, []string{"TITLE:代表"}},
		{"会长张立新还代表商会向灾区捐款。", []string{"PER:张立新"}, []string{"TITLE:代表"}},
		{"今年以来，田东县芒果产业发展迅速。\n图为签约现场。张伟 摄\n", []string{"PER:张伟"}, nil},
	}
	checkMentions(t, tests)
}

// TestWireCreditsWithoutTitle: the names a wire dateline credits in
// brackets without a press title (人民网X月X日电（A、B）), every part a name;
// a bracket holding other words credits no one.
func TestWireCreditsWithoutTitle(t *testing.T) {
	tests := []mentionCase{
		{"人民网贵阳9月3日电（郑晓梅、许国栋）近日，贵州省召开会议。", []string{"PER:郑晓梅", "PER:许国栋"}, nil},
		{"中新网兰州5月6日电（李 娜）甘肃省近日发布。", []string{"PER:李娜"}, nil},
		{"新华社北京5月6日电（国务院办公厅）近日印发通知。", nil, []string{"PER:国务院"}},
	}
	checkMentions(t, tests)
}
