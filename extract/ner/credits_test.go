package ner_test

import (
	"slices"
	"strings"
	"testing"
)

// credited returns the names a byline or credit rule of the stage took
// in text (the rules ner.person.byline*, and the other credit rules).
func credited(t *testing.T, text string) []string {
	t.Helper()
	d := run(t, text)
	var out []string
	for _, m := range d.Mentions {
		if strings.HasPrefix(m.Rule, "ner.person.byline") || strings.HasPrefix(m.Rule, "ner.person.credit") {
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
	})
	// the name is still a person's
	checkMentions(t, []mentionCase{
		{"如上图：孟庆华正在给孩子们上课。", []string{"PER:孟庆华"}, nil},
	})
}
