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
