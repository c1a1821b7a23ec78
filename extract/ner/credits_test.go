package ner_test

import (
	"slices"
	"strings"
	"testing"
)

// credited returns the names a byline or credit rule of the stage took
// in text (the rules ner.person.byline* and ner.person.signature).
func credited(t *testing.T, text string) []string {
	t.Helper()
	d := run(t, text)
	var out []string
	for _, m := range d.Mentions {
		if strings.HasPrefix(m.Rule, "ner.person.byline") || strings.HasPrefix(m.Rule, "ner.person.signature") {
			out = append(out, m.Text)
		}
	}
	return out
}

type creditCase struct {
	text      string
	want, not []string
}

func checkCredits(t *testing.T, tests []creditCase) {
	t.Helper()
	for _, tc := range tests {
		got := credited(t, tc.text)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: missing credit %s in %v", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%s: unexpected credit %s in %v", tc.text, n, got)
			}
		}
	}
}

// TestBylineLabelPlace: a byline label credits the name after it where it
// opens a line, follows a bracket or a separator, or follows another
// credit of the line after a space; after ordinary text it is a word of
// the sentence (如上图：…, 诗集的作者：…).
func TestBylineLabelPlace(t *testing.T) {
	checkCredits(t, []creditCase{
		{"作者：孟庆华\n春天来了，田野里一片忙碌。", []string{"孟庆华"}, nil},
		{"春天来了。\n文：孟庆华 图：邵雪梅\n田野里一片忙碌。", []string{"孟庆华", "邵雪梅"}, nil},
		{"春耕正忙（文：孟庆华）", []string{"孟庆华"}, nil},
		{"编辑：孟庆华｜审核：邵雪梅", []string{"孟庆华", "邵雪梅"}, nil},
		{"如上图：孟庆华正在给孩子们上课。", nil, []string{"孟庆华"}},
		{"这本诗集的作者：孟庆华是一位退休教师。", nil, []string{"孟庆华"}},
		{"他翻开扉页，上面写着撰文：邵雪梅。", nil, []string{"邵雪梅"}},
		// the reporter spoken to
		{"村民告诉记者：孟庆华是村里的种粮能手。", nil, []string{"孟庆华"}},
		{"他对通讯员：孟庆华说，", nil, []string{"孟庆华"}},
		{"本报记者：孟庆华\n田野里一片忙碌。", []string{"孟庆华"}, nil},
		// a label that ends a longer one stands for it (编辑 of 责任编辑)
		{"田野里一片忙碌。\n责任编辑：邵雪梅", []string{"邵雪梅"}, nil},
	})
	// the name is still a person's
	checkMentions(t, []mentionCase{
		{"如上图：孟庆华正在给孩子们上课。", []string{"PER:孟庆华"}, nil},
	})
}

// TestSlashCredits: 文/, 图/ and 摄影/ credit the name after them where
// credits stand (文/李明 图/刘思远), not inside a sentence (如图/…).
func TestSlashCredits(t *testing.T) {
	checkCredits(t, []creditCase{
		{"文/孟庆华 图/邵雪梅\n田野里一片忙碌。", []string{"孟庆华", "邵雪梅"}, nil},
		{"本报记者 周 敏 图/邵雪梅\n田野里一片忙碌。", []string{"邵雪梅"}, nil},
		{"田野里一片忙碌。\n（文/孟庆华 摄影/邵雪梅）", []string{"孟庆华", "邵雪梅"}, nil},
		{"具体位置如图/孟庆华标注的那样。", nil, []string{"孟庆华"}},
	})
}

// TestProvidedCredits: a photographer's credit after the names of a
// parenthesised signature (（黄明辉 供图）, （黄明辉供图）) and a credit
// note (图片由黄明辉提供).
func TestProvidedCredits(t *testing.T) {
	checkCredits(t, []creditCase{
		{"孩子们在操场上做游戏。（孟庆华 供图）", []string{"孟庆华"}, nil},
		{"孩子们在操场上做游戏（孟庆华供图）。", []string{"孟庆华"}, nil},
		{"孩子们在操场上做游戏。（孟庆华 摄）", []string{"孟庆华"}, nil},
		{"田野里一片忙碌。\n图片由孟庆华提供", []string{"孟庆华"}, nil},
		{"田野里一片忙碌。图片由邵雪梅拍摄。", []string{"邵雪梅"}, nil},
		// a body or a place provides no credit of a person
		{"田野里一片忙碌。图片由景区提供。", nil, []string{"景区"}},
		{"田野里一片忙碌。图片由单位提供。", nil, []string{"单位"}},
		{"田野里一片忙碌。（资料图片 供图）", nil, []string{"资料图片"}},
	})
}

// TestAllMediaReporter: 全媒记者 and 融媒记者 are press titles (湖北日报全媒
// 记者 周 杰: no person 全媒), and a city paper (都市报, 晨报, 商报, 时报)
// is a medium.
func TestAllMediaReporter(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"江汉日报全媒记者 孟庆华\n田野里一片忙碌。", []string{"ORG:江汉日报", "TITLE:全媒记者", "PER:孟庆华"}, []string{"PER:全媒"}},
		{"江汉日报融媒记者邵雪梅报道", []string{"TITLE:融媒记者", "PER:邵雪梅"}, []string{"PER:融媒"}},
		{"楚江都市报记者 孟庆华\n田野里一片忙碌。", []string{"ORG:楚江都市报", "PER:孟庆华"}, nil},
		{"江城晨报记者 孟庆华\n田野里一片忙碌。", []string{"ORG:江城晨报"}, nil},
		// words that end with such an ending are no medium
		{"他早晨报名参加比赛，及时报告情况。", nil, []string{"ORG:早晨报", "ORG:及时报"}},
	})
}

// TestLabelNoSpeaker: a byline label before a colon is no speaker's name
// (文图：孟庆华), and 项目经理 is a title, not a name and 经理.
func TestLabelNoSpeaker(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"文图：孟庆华\n田野里一片忙碌。", []string{"PER:孟庆华"}, []string{"PER:文图"}},
		{"江城建工集团项目经理孟庆华介绍。", []string{"TITLE:项目经理", "PER:孟庆华"}, []string{"PER:项目"}},
	})
}

// TestSpacedAndBarredCredits: a label of two characters or more and a
// space (记者 李明 摄影 刘思远, □文/图 李明), 文｜ and 图｜, and 撰稿：
// credit the name after them where credits stand.
func TestSpacedAndBarredCredits(t *testing.T) {
	checkCredits(t, []creditCase{
		{"春耕正忙\n记者 孟庆华 摄影 邵雪梅\n田野里一片忙碌。", []string{"邵雪梅"}, nil},
		{"春耕正忙\n□文/图 孟庆华\n田野里一片忙碌。", []string{"孟庆华"}, nil},
		{"春耕正忙\n文｜孟庆华 图｜邵雪梅\n田野里一片忙碌。", []string{"孟庆华", "邵雪梅"}, nil},
		{"田野里一片忙碌。\n撰稿：孟庆华", []string{"孟庆华"}, nil},
		// not inside a sentence
		{"他爱好摄影 孟庆华也是。", nil, []string{"孟庆华"}},
	})
}

// TestCaptionSubject: after 图： a name that a sentence goes on from is
// the subject of a caption, no credit (图：孟庆华正在查看苗情); a name
// alone or before 摄 is credited.
func TestCaptionSubject(t *testing.T) {
	checkCredits(t, []creditCase{
		{"田野里一片忙碌。\n图：孟庆华正在田间查看苗情。", nil, []string{"孟庆华"}},
		{"田野里一片忙碌。\n图：孟庆华（左）在田间查看苗情。", nil, []string{"孟庆华"}},
		{"田野里一片忙碌。\n图：孟庆华 摄", []string{"孟庆华"}, nil},
		{"田野里一片忙碌。\n图：孟庆华", []string{"孟庆华"}, nil},
	})
	checkMentions(t, []mentionCase{
		{"田野里一片忙碌。\n图：孟庆华正在田间查看苗情。", []string{"PER:孟庆华"}, nil},
	})
}

// TestNamesBeforeCreditMark: names alone on a line before 摄, 供图, /摄 or
// /图 are credited (孟庆华 供图, 孟庆华/摄, 王伟 李娜 摄); a word of the
// dictionary is no name (受访者供图, 资料图片 供图).
func TestNamesBeforeCreditMark(t *testing.T) {
	checkCredits(t, []creditCase{
		{"田野里一片忙碌。\n孟庆华 供图", []string{"孟庆华"}, nil},
		{"田野里一片忙碌。\n孟庆华/摄", []string{"孟庆华"}, nil},
		{"田野里一片忙碌。\n孟庆华/图", []string{"孟庆华"}, nil},
		{"田野里一片忙碌。\n孟庆华 邵雪梅 摄", []string{"孟庆华", "邵雪梅"}, nil},
		{"田野里一片忙碌。\n受访者供图", nil, []string{"受访者"}},
		{"田野里一片忙碌。\n资料图片 供图", nil, []string{"资料图片"}},
		{"他在这里拍摄。", nil, []string{"这里拍"}},
	})
}

// TestEditorsLineWithSpaces: the editors' line of a page names its
// editors after their labels with a space only, names split by the
// layout included (本版编辑 张 蕾 责任编辑 周伟强).
func TestEditorsLineWithSpaces(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"本版编辑 邹 蕾 责任编辑 邵伟强", []string{"PER:邹蕾", "PER:邵伟强"}, nil},
		{"编辑 柯 凡", []string{"PER:柯凡"}, nil},
		{"本版责编 蒋 丽　审核 钟建华", []string{"PER:蒋丽", "PER:钟建华"}, nil},
		// a label inside a sentence with a space after it announces nothing
		{"县里的编辑 工作很忙。", nil, []string{"PER:工作"}},
	})
}

// TestSignatureTwoSpacedNames: a closing signature of two names each
// split by the page (（吴 轩 王 芳）) is two people, and a press label
// between two names (（应 琪 本报记者 董 菲）) parts them.
func TestSignatureTwoSpacedNames(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"活动持续到傍晚。（邬 轩 甘 芳）", []string{"PER:邬轩", "PER:甘芳"}, []string{"PER:邬轩甘芳"}},
		{"这是好事。（阮 琪 本报记者 蔺 菲）", []string{"PER:阮琪", "PER:蔺菲"}, nil},
		// a signature of one name split by the page stays one
		{"活动持续到傍晚。（邬 轩）", []string{"PER:邬轩"}, nil},
	})
}

// TestSignatureAfterNewsroom: a closing signature may name the newsroom
// before its reporters (（通州区融媒体中心 张红霞 魏东）).
func TestSignatureAfterNewsroom(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"活动很成功。（平川区融媒体中心 庞红霞 魏东）", []string{"PER:庞红霞", "PER:魏东"}, nil},
		{"活动很成功。（凉山日报 庞红霞）", []string{"PER:庞红霞"}, nil},
		// a note in brackets is no signature
		{"活动很成功。（平川区融媒体中心 供稿）", nil, []string{"PER:供稿"}},
	})
}

// TestBylineNamesWithoutSurname: a byline names reporters without a Han
// surname set apart by spaces (记者 乌日娜, 记者 扎西 次仁卓嘎), one
// with a character that ends dates elsewhere (日) included.
func TestBylineNamesWithoutSurname(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"本报讯（记者 乌日娜）近日，全旗开展活动。", []string{"PER:乌日娜"}, nil},
		{"本报讯（记者 乌日娜 通讯员 张宏伟）近日。", []string{"PER:乌日娜", "PER:张宏伟"}, nil},
		{"本报讯（记者 扎西 次仁卓嘎）近日。", []string{"PER:扎西", "PER:次仁卓嘎"}, nil},
		{"本报讯（记者 次仁卓嘎 扎西）近日。", []string{"PER:次仁卓嘎", "PER:扎西"}, nil},
		// a date after the label names nobody
		{"本报讯（记者 3月5日）近日。", nil, []string{"PER:月5日"}},
	})
}

// TestSignaturePlace: brackets inside a sentence hold no signature
// (台风“海葵”（强台风级）中心位于…); after a sentence's end, at a line's
// end or before another credit they do, a discipline commission's
// included (（元阳县纪委监委 白云峰 陈丽）).
func TestSignaturePlace(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"台风“海葵”（强台风级）中心位于福建。", nil, []string{"PER:强台风级"}},
		{"他说：“好。”（邬明）", []string{"PER:邬明"}, nil},
		{"活动很成功。（元阳县纪委监委 白云峰 陈丽）", []string{"PER:白云峰", "PER:陈丽"}, nil},
		{"名单如下 姚官岭村(邬云柯) (千龙网)", []string{"PER:邬云柯"}, nil},
		{"《契丹文学略论》（邬凤岐）等论文很有价值。", []string{"PER:邬凤岐"}, nil},
	})
}

// TestCreditOfTextAndPhotos: the half of a credit of text and photos that
// the page sets right before the slash (白 鹏 文/图, 黄明辉 图/文) is no
// character of the padded name before it; a name whose last character is
// 文 keeps it (记者 张 文 摄).
func TestCreditOfTextAndPhotos(t *testing.T) {
	tests := []mentionCase{
		{"（融媒体中心 邓 凯 文/图）", []string{"PER:邓凯"}, []string{"PER:邓凯文"}},
		{"本报记者 罗 琳 文/图\n", []string{"PER:罗琳"}, []string{"PER:罗琳文"}},
		{"记者 张 文 摄\n", []string{"PER:张文"}, nil},
	}
	checkMentions(t, tests)
}

// TestNameBeforeAdverbOfSubject: after a role, a name ends before an
// adverb that follows a subject (早早, 正在, 一直), though the segmenter
// reads the name's last character with it.
func TestNameBeforeAdverbOfSubject(t *testing.T) {
	tests := []mentionCase{
		{"村民朱建伟一直在果园里忙碌。", []string{"PER:朱建伟"}, nil},
	}
	checkMentions(t, tests)
}
