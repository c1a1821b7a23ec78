package synth

import "testing"

// BenchmarkArticle measures the generation of one article (web text and
// facts); bytes are those of the web text.
func BenchmarkArticle(b *testing.B) {
	g, err := New(1, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	n := 0
	for i := 0; b.Loop(); i++ {
		a := g.Article(i)
		n += len(a.Web())
	}
	b.SetBytes(int64(n / max(b.N, 1)))
}

// BenchmarkPages measures page layout on top of generation, per article.
func BenchmarkPages(b *testing.B) {
	g, err := New(1, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	n := 0
	for p := range g.Pages(b.N) {
		n += len(p.Text)
	}
	b.SetBytes(int64(n / max(b.N, 1)))
}

// BenchmarkNew measures the start-up of a generator in a fresh world.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(int64(b.N), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
