package ner_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/gazetteer"
	"github.com/zhkg/zhkg/extract/lexicon"
	"github.com/zhkg/zhkg/extract/ner"
	"github.com/zhkg/zhkg/extract/places"
	"github.com/zhkg/zhkg/extract/segment"
)

// mentions runs segmentation, places and ner on text and returns the
// mentions as "TYPE:text" strings.
func mentions(t *testing.T, text string) []string {
	t.Helper()
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := &extract.Doc{Text: text}
	p := extract.Pipeline{segment.New(seg), places.New(g), ner.New(lex, ner.WithDictionary(seg.Lookup))}
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range d.Mentions {
		if d.Text[m.Start:m.End] == "" {
			t.Errorf("empty span for %v", m)
		}
		if got := strings.Join(strings.Fields(d.Text[m.Start:m.End]), ""); got != m.Text {
			t.Errorf("mention %q covers %q", m.Text, got)
		}
		out = append(out, string(m.Type)+":"+m.Text)
	}
	sort.Strings(out)
	return out
}

func TestStage_Mentions(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"□ 本报记者 刘 洋", []string{"PER:刘洋", "TITLE:记者"}, nil},
		{"湖北省宜昌市秭归县委副书记、县长杜宏亮说。", []string{"PER:杜宏亮", "TITLE:县委副书记", "TITLE:县长"}, nil},
		{"村民甘秀兰今年70岁了。", []string{"PER:甘秀兰"}, []string{"PER:甘秀兰今"}},
		{"推动高质量发展，增强群众幸福感。", nil, []string{"PER:高质量", "PER:幸福感"}},
		{"按照统一部署，各单位迅速行动。", nil, []string{"ORG:统一部署"}},
		{"代表们走访了青禾纸业和陕西省汉中市城固县农业农村局。", []string{"ORG:青禾纸业", "ORG:陕西省汉中市城固县农业农村局"}, nil},
		{"主任巴特尔朝鲁讲话。", []string{"PER:巴特尔朝鲁"}, nil},
	}
	for _, tc := range tests {
		got := mentions(t, tc.text)
		has := map[string]bool{}
		for _, g := range got {
			has[g] = true
		}
		for _, w := range tc.want {
			if !has[w] {
				t.Errorf("%s: missing %s in %v", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if has[n] {
				t.Errorf("%s: unexpected %s", tc.text, n)
			}
		}
	}
}
