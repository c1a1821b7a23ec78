package gazetteer_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/zhkg/zhkg/extract/gazetteer"
	"github.com/zhkg/zhkg/extract/synth"
)

var (
	textOnce sync.Once
	text     string
)

// benchText is 30 generated web articles (extract/synth, seed 1).
func benchText(b *testing.B) string {
	b.Helper()
	textOnce.Do(func() {
		g, err := synth.New(1, synth.Options{})
		if err != nil {
			b.Fatal(err)
		}
		var sb strings.Builder
		for a := range g.Articles(30) {
			sb.WriteString(a.Web())
		}
		text = sb.String()
	})
	return text
}

// BenchmarkPrefixes looks for the forms of levels 1-4 at every character
// of the text, as the places stage does.
func BenchmarkPrefixes(b *testing.B) {
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	t := benchText(b)
	b.SetBytes(int64(len(t)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for i := range t {
			g.Prefixes(t[i:], func(int, []gazetteer.Candidate) bool { n++; return true })
		}
	}
	if n == 0 {
		b.Fatal("no form found")
	}
}
