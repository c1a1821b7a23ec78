package segment

import (
	"strings"
	"testing"
)

// benchText returns about 20 KB of the package's own example sentences.
func benchText(tb testing.TB) string {
	tb.Helper()
	var b strings.Builder
	lines := mustLines(tb, "testdata/sentences.txt")
	for b.Len() < 20000 {
		for _, l := range lines {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// BenchmarkDefault measures start-up: decoding the embedded dictionary and
// building its trie.
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeDict(dictBin); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTokens(b *testing.B) {
	s := mustDefault(b)
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Tokens(text)
	}
}

func BenchmarkTokens_UserWords(b *testing.B) {
	s := mustDefault(b)
	for _, w := range []string{"李玉甫", "哈尔滨新区", "三台县人民政府", "城关镇东街社区", "经济技术开发区管委会"} {
		s.AddWord(w, 0, "nz")
	}
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Tokens(text)
	}
}

// BenchmarkGsePos is the baseline: stock gse Pos on the same text.
func BenchmarkGsePos(b *testing.B) {
	g := mustGse(b)
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		g.Pos(text)
	}
}
