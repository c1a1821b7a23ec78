package ner_test

import (
	"slices"
	"testing"
)

// TestStopCharInGivenName checks given names that hold a character the
// lexicon marks as a hard stop (月, 元, 万, 为): taken with a title or a
// role before and a speech verb or punctuation after, and not where the
// character begins a word that goes on (元旦, 月底, 为民服务).
func TestStopCharInGivenName(t *testing.T) {
	tests := []mentionCase{
		{"村民孔月娥说，今年的收成比去年好。", []string{"PER:孔月娥"}, nil},
		{"镇长蒋为忠表示，道路明年完工。", []string{"PER:蒋为忠"}, nil},
		{"养殖户伍万财，今年出栏生猪三百头。", []string{"PER:伍万财"}, nil},
		{"副县长汤元凯介绍，项目已经开工。", []string{"PER:汤元凯"}, nil},
		{"县长祁万元旦前走访了困难群众。", nil, []string{"PER:祁万元", "PER:祁万"}},
		{"书记鲍为民服务的初心不变。", nil, []string{"PER:鲍为民", "PER:鲍为"}},
		{"村民韦月底前交齐了材料。", nil, []string{"PER:韦月底", "PER:韦月"}},
		{"他们为民办实事，每月走访一次。", nil, []string{"PER:为民办"}},
		{"51岁的赵月亮是合作社的带头人。", []string{"PER:赵月亮"}, nil},
		{"养殖户冯万成是村里的致富带头人。", []string{"PER:冯万成"}, nil},
	}
	checkMentions(t, tests)
}

// TestJapaneseNameAfterTitle checks names of a Japanese surname and a
// given name of one to three characters after a title, and runs that are
// no such name.
func TestJapaneseNameAfterTitle(t *testing.T) {
	tests := []mentionCase{
		{"社长藤井和夫说，新工厂明年投产。", []string{"PER:藤井和夫"}, nil},
		{"社长佐佐木翔介绍了合作计划。", []string{"PER:佐佐木翔"}, nil},
		{"总经理小林健太郎表示，将扩大在华投资。", []string{"PER:小林健太郎"}, nil},
		{"局长田中华讲，项目进展顺利。", nil, []string{"PER:田中华讲"}},
		{"主任石井在会上发言。", nil, []string{"PER:石井在会上发言"}},
	}
	checkMentions(t, tests)
}

// TestBrandBeforeGroup checks brands of two or three characters before 集团
// that the segmenter splits into common words, and phrases that are none.
func TestBrandBeforeGroup(t *testing.T) {
	tests := []mentionCase{
		{"新远航集团与本地企业签署了协议。", []string{"ORG:新远航集团"}, nil},
		{"会上，金太阳集团介绍了项目进展。", []string{"ORG:金太阳集团"}, nil},
		{"全市组建产业集团，加快转型。", nil, []string{"ORG:建产业集团", "ORG:产业集团"}},
		{"他加入了这个集团。", nil, []string{"ORG:这个集团", "ORG:了这个集团"}},
		{"这是全省最大的龙头集团。", nil, []string{"ORG:的龙头集团", "ORG:龙头集团"}},
	}
	checkMentions(t, tests)
}

// mentionCase is a text with the mentions ("TYPE:NAME") the stage must
// find in it and those it must not.
type mentionCase struct {
	text      string
	want, not []string
}

// checkMentions runs the stage over each case's text and checks its
// mentions.
func checkMentions(t *testing.T, tests []mentionCase) {
	t.Helper()
	for _, tc := range tests {
		got := mentions(t, tc.text)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: missing %s in %v", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%s: unexpected %s in %v", tc.text, n, got)
			}
		}
	}
}

// TestThirdCharacterThenJiu checks three-character names after a role
// whose last character the segmenter joins to the adverb 就 (成就, 造就)
// before a verb, and phrases where the word is the noun.
func TestThirdCharacterThenJiu(t *testing.T) {
	tests := []mentionCase{
		{"护林员孟庆成就住在山脚的木屋里。", []string{"PER:孟庆成"}, nil},
		{"村民董立成就把新房盖在了山脚下。", []string{"PER:董立成"}, nil},
		{"企业家的成就离不开乡亲们的支持。", nil, []string{"PER:家的成"}},
		{"志愿者的成就感来自群众的认可。", nil, []string{"PER:的成就"}},
	}
	checkMentions(t, tests)
}
