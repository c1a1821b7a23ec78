package layout

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/tools/txtar"
)

// seeds are the page fixtures plus small edge cases.
func seeds(tb testing.TB) []string {
	tb.Helper()
	out := []string{"", "\n", "\r\n\r", "本报讯", "（曾 平）\n\n标题", "a\xffb\n\n\xe4\xb8", page}
	files, _ := filepath.Glob("testdata/*.txtar")
	for _, f := range files {
		ar, err := txtar.ParseFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, x := range ar.Files {
			if x.Name == "input.txt" {
				out = append(out, string(x.Data))
			}
		}
	}
	return out
}

func FuzzRepair(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		clean, at, origin := Repair(in)
		if clean != "" || len(at) > 0 {
			MustMapBack(t, in, clean, at, origin)
		}
		c2, _, _ := Repair(in)
		if c2 != clean {
			t.Fatal("Repair is not deterministic")
		}
		MustValidSpans(t, clean, SplitSentences(clean))
	})
}

func FuzzSplit(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		docs := Split("f", "f.txt", in)
		MustValidDocs(t, "f", in, docs)
		again := Split("f", "f.txt", in)
		if !reflect.DeepEqual(docs, again) {
			t.Fatal("Split is not deterministic")
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	var corpus []string
	n := 0
	for _, s := range seeds(b) {
		corpus = append(corpus, s)
		n += len(s)
	}
	if p := os.Getenv("LAYOUT_BENCH_FILE"); p != "" { // optional: a real page from outside the repo
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		corpus = append(corpus, string(data))
		n += len(data)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range corpus {
			Split("b", "b.txt", s)
		}
	}
}

func BenchmarkSentences(b *testing.B) {
	docs := Split("b", "b.txt", page)
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			SplitSentences(d.Text)
		}
	}
}
