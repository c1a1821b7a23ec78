package ner_test

import "testing"

// TestWordsThatAreNoName checks runs that start with a surname character
// but are a word of what a person did (市长来到, 总统宣布), a function word
// and a common word (向全体), a surname character and an adverb or a
// numeral (应亲自, 时再次, 曾三次), or the rest of a word that a role ends
// inside (企业主管人员, 同学习贯彻); and names in the same places.
func TestWordsThatAreNoName(t *testing.T) {
	tests := []mentionCase{
		{"市长来到现场察看灾情。", nil, []string{"PER:来到"}},
		{"总统宣布下月出访邻国。", nil, []string{"PER:宣布"}},
		{"会议结束时，向全体村民发出倡议。", nil, []string{"PER:向全体"}},
		{"各级干部应亲自下到一线。", nil, []string{"PER:应亲自"}},
		{"他在讲话时再次强调安全生产。", nil, []string{"PER:时再次"}},
		{"这位老兵曾三次负伤。", nil, []string{"PER:曾三次"}},
		{"企业主管人员要带头守规矩。", nil, []string{"PER:管人员"}},
		{"把宣讲同学习贯彻结合起来。", nil, []string{"PER:习贯彻"}},
		{"该局王主任向记者展示了新设备。", nil, []string{"PER:向记者"}},
		{"新来的主教练依然很有信心。", nil, []string{"PER:练依然"}},
		{"每个作家都有自己的风格。", nil, []string{"PER:都有"}},
		{"让天下母亲都幸福。", nil, []string{"PER:都幸福"}},
		// a transliterated name after a role, whose second character is
		// also a surname
		{"牧民格桑卓玛笑着说，今年收入增加了不少。", []string{"PER:格桑卓玛"}, []string{"PER:桑卓玛"}},
		// a word the dictionary tags as a name whose "given name" is a
		// common word of its own, with no cue
		{"工厂开足马力满负荷生产。", nil, []string{"PER:满负荷"}},
		{"未来三天仍有强降雨。", nil, []string{"PER:强降雨"}},
		// a surname and an address term names no one
		{"家住社区的居民陈阿婆今年82岁。", nil, []string{"PER:陈阿婆"}},
		{"村民王大爷说，路修好了。", nil, []string{"PER:王大爷"}},
		// a reduplicated word the dictionary tags as a name
		{"天刚蒙蒙亮，大家就下地了。", nil, []string{"PER:蒙蒙亮"}},
		{"主任李娜娜说，路修好了。", []string{"PER:李娜娜"}, nil},
		// names in the same places
		{"局长韦光致欢迎词。", []string{"PER:韦光"}, []string{"PER:韦光致"}},
		{"会长邝少华致电表示祝贺。", []string{"PER:邝少华"}, nil},
		{"县长王大为表示同意。", []string{"PER:王大为"}, nil},
		{"村民王大为说，很好。", []string{"PER:王大为"}, nil},
		{"主席李明来到现场。", []string{"PER:李明"}, nil},
		{"业主王芳说，房子漏水。", []string{"PER:王芳"}, nil},
		{"68岁的邝少华说，身体还好。", []string{"PER:邝少华"}, nil},
		{"镇长冯至远说，路修好了。", []string{"PER:冯至远"}, nil},
		{"主任郑正声表示同意。", []string{"PER:郑正声"}, nil},
	}
	checkMentions(t, tests)
}

// TestSignatureNotes checks parenthesised notes that are no signature: an
// ethnic group (（满族）) or a note that starts with a common word
// (（全文附后）); signatures of names stay.
func TestSignatureNotes(t *testing.T) {
	tests := []mentionCase{
		{"会议通过了决议（全文附后）。", nil, []string{"PER:全文附后"}},
		{"代表王芳（满族）发言。", []string{"PER:王芳"}, []string{"PER:满族"}},
		{"委员名单：李明（蒙古族）", nil, []string{"PER:蒙古族"}},
		{"条例的第三款（相关修订）已经公布。", nil, []string{"PER:相关修订"}},
		{"文章写得很好。（曾 平）", []string{"PER:曾平"}, nil},
		{"（方治 张世凌）", []string{"PER:方治", "PER:张世凌"}, nil},
		{"本报记者报道。（王国平）", []string{"PER:王国平"}, nil},
		// the photographer's credit
		{"书城外景（覃明华摄）", []string{"PER:覃明华"}, []string{"PER:覃明华摄"}},
	}
	checkMentions(t, tests)
}

// TestAgeAndProfileCues: an age in brackets or a profile (，男，) after a
// name the dictionary does not know marks it; a masked name (黎某) is none.
func TestAgeAndProfileCues(t *testing.T) {
	tests := []mentionCase{
		{"返乡创业青年邹晓云（32岁）办起了农家乐。", []string{"PER:邹晓云"}, nil},
		{"彭永明，男，1972年出生，现任县委副书记。", []string{"PER:彭永明"}, nil},
		{"患者黎某，男，45岁，因腹痛入院。", nil, []string{"PER:黎某"}},
		// brackets without an age mark nothing
		{"全县新增合作社（家庭农场）十二家。", nil, []string{"PER:新增合"}},
	}
	checkMentions(t, tests)
}

// TestDictionaryNamesThatAreThings: kin words and common words the
// segmenter's dictionary tags as names (孙女, 马拉松), and places or
// products it knows as names (a gorge, a tea), are no people without a
// cue; a person's name before a cue still is.
func TestDictionaryNamesThatAreThings(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"她的孙女说，奶奶很高兴。", nil, []string{"PER:孙女"}},
		{"参加马拉松比赛的选手超过两万人。", nil, []string{"PER:马拉松"}},
		{"游客来到龙庆峡游玩。", nil, []string{"PER:龙庆峡"}},
		{"景宁的惠明茶远近闻名。", nil, []string{"PER:惠明茶"}},
		{"孙女士说，奶奶很高兴。", nil, []string{"PER:孙女"}},
	})
}

// TestProductsAndPeoplesAreNoNames: a product the dictionary tags as a
// name (景泰蓝) is no person; a people's crafts (彝族服饰) are no firm.
func TestProductsAndPeoplesAreNoNames(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"北京景泰蓝享誉世界。", nil, []string{"PER:景泰蓝"}},
		{"昭觉县被誉为彝族服饰之乡。", nil, []string{"ORG:彝族服饰"}},
	})
}
