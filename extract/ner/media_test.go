package ner_test

import (
	"slices"
	"testing"

	"github.com/zhkg/zhkg/extract"
)

// News sites and apps credited in datelines and source lines are
// organizations, written without any suffix a rule could catch.
func TestMediaNames(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"中新网北京3月2日电 全国春耕进度过半。", []string{"中新网"}},
		{"据红星新闻报道，封面新闻记者从凤凰网获悉。", []string{"红星新闻", "封面新闻", "凤凰网"}},
		{"来源：川观新闻 作者：王刚", []string{"川观新闻"}},
	} {
		d := run(t, tc.text)
		var orgs []string
		for _, m := range d.Mentions {
			if m.Type == extract.Org {
				orgs = append(orgs, m.Text)
			}
		}
		for _, w := range tc.want {
			if !slices.Contains(orgs, w) {
				t.Errorf("%s: organizations %v, want %s", tc.text, orgs, w)
			}
		}
	}
}

// TestSourceLineMedium checks the medium a source line names (来源：海东时报,
// 来源：云上恩施) at a line's start, and that a source in running text (资金
// 来源：财政拨款) names none.
func TestSourceLineMedium(t *testing.T) {
	tests := []mentionCase{
		{"来源：云上恩施\n", []string{"ORG:云上恩施"}, []string{"LOC:恩施"}},
		{"来源：江山发布　作者：王海\n", []string{"ORG:江山发布", "PER:王海"}, []string{"PER:江山"}},
		{"来源: 团结报\n", []string{"ORG:团结报"}, nil},
		{"资金来源：财政拨款和社会捐助。", nil, []string{"ORG:财政拨款和社会捐助"}},
	}
	checkMentions(t, tests)
}
