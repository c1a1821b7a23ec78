package segment

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

var (
	gseOnce sync.Once
	gseSeg  *gse.Segmenter
	gseErr  error
)

// mustGse returns gse loaded with its stock simplified dictionary, the
// reference of this package. Loading takes seconds; tests that need it
// skip in -short mode.
func mustGse(tb testing.TB) *gse.Segmenter {
	tb.Helper()
	if testing.Short() {
		tb.Skip("loads the stock gse dictionary")
	}
	gseOnce.Do(func() {
		s := new(gse.Segmenter)
		s.SkipLog = true
		gseErr = s.LoadDictEmbed("zh_s")
		gseSeg = s
	})
	if gseErr != nil {
		tb.Fatalf("load gse: %v", gseErr)
	}
	return gseSeg
}

// mustDefault returns a fresh Segmenter or stops the test.
func mustDefault(tb testing.TB) *Segmenter {
	tb.Helper()
	s, err := Default()
	if err != nil {
		tb.Fatalf("Default: %v", err)
	}
	return s
}

// mustLines reads the non-comment lines of a testdata file.
func mustLines(tb testing.TB, name string) []string {
	tb.Helper()
	f, err := os.Open(name)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// gseTokens renders gse's segmentation of text as "start-end/pos" items,
// whitespace left out.
// Layout spaces between Chinese characters are removed before gse sees the
// text, and its offsets are mapped back.
func gseTokens(g *gse.Segmenter, text string) []string {
	clean, orig := dropLayoutSpaces(text)
	var out []string
	for _, sg := range g.Segment([]byte(clean)) {
		if strings.TrimFunc(clean[sg.Start():sg.End()], unicode.IsSpace) == "" {
			continue
		}
		out = append(out, fmt.Sprintf("%d-%d/%s", orig[sg.Start()], orig[sg.End()-1]+1, sg.Token().Pos()))
	}
	return out
}

// dropLayoutSpaces removes runs of spaces between two Chinese characters;
// orig[i] is the offset in text of byte i of the result.
func dropLayoutSpaces(text string) (string, []int) {
	var b strings.Builder
	var orig []int
	rs := []rune(text)
	off := 0
	for i := 0; i < len(rs); i++ {
		size := utf8.RuneLen(rs[i])
		if isLayoutSpace(rs[i]) && i > 0 && unicode.Is(unicode.Han, rs[i-1]) {
			j := i
			for j < len(rs) && isLayoutSpace(rs[j]) {
				j++
			}
			if j < len(rs) && unicode.Is(unicode.Han, rs[j]) {
				for ; i < j; i++ {
					off += utf8.RuneLen(rs[i])
				}
				i--
				continue
			}
		}
		b.WriteRune(rs[i])
		for k := 0; k < size; k++ {
			orig = append(orig, off+k)
		}
		off += size
	}
	return b.String(), orig
}

func ourTokens(s *Segmenter, text string) []string {
	var out []string
	for _, t := range s.Tokens(text) {
		out = append(out, fmt.Sprintf("%d-%d/%s", t.Start, t.End, t.POS))
	}
	return out
}

// agreement compares two segmentations: whether they are identical, and
// how many tokens (span and tag) of want are in got.
func agreement(got, want []string) (same bool, hit int) {
	set := map[string]bool{}
	for _, g := range got {
		set[g] = true
	}
	for _, w := range want {
		if set[w] {
			hit++
		}
	}
	return len(got) == len(want) && hit == len(want), hit
}

func TestSegmenter_Tokens_AgreesWithGse(t *testing.T) {
	g := mustGse(t)
	s := mustDefault(t)
	var n, same, toks, hit int
	for _, line := range mustLines(t, "testdata/sentences.txt") {
		want, got := gseTokens(g, line), ourTokens(s, line)
		ok, h := agreement(got, want)
		n++
		toks += len(want)
		hit += h
		if ok {
			same++
		} else {
			t.Errorf("%s\n got %v\nwant %v", line, got, want)
		}
	}
	t.Logf("own sentences: %d/%d identical, %d/%d tokens", same, n, hit, toks)
}

// genCorpus makes n pseudo-sentences from random dictionary words mixed
// with digits, Latin words, punctuation and spaces, so that every code path
// of the word lattice is exercised.
func genCorpus(g *gse.Segmenter, n int) []string {
	r := rand.New(rand.NewPCG(1, 2))
	toks := g.Dict.Tokens
	extra := []string{"，", "。", "、", "“", "”", "（", "）", "2024", "18.6%", "GDP", "iPhone", " ", "第3", "Ａ", "—", "《", "》", "x"}
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := 4 + r.IntN(20); k > 0; k-- {
			if r.IntN(6) == 0 {
				b.WriteString(extra[r.IntN(len(extra))])
				continue
			}
			w := toks[r.IntN(len(toks))].Text()
			if r.IntN(4) == 0 { // a fragment of a word
				rs := []rune(w)
				w = string(rs[r.IntN(len(rs)):])
			}
			b.WriteString(w)
		}
		out[i] = b.String()
	}
	return out
}

func TestSegmenter_Tokens_AgreesWithGseOnGeneratedText(t *testing.T) {
	g := mustGse(t)
	s := mustDefault(t)
	corpus := genCorpus(g, 20000)
	var same, toks, hit, bad int
	for _, line := range corpus {
		want, got := gseTokens(g, line), ourTokens(s, line)
		ok, h := agreement(got, want)
		toks += len(want)
		hit += h
		if ok {
			same++
		} else if bad++; bad <= 5 {
			t.Errorf("%q\n got %v\nwant %v", line, got, want)
		}
	}
	t.Logf("generated corpus: %d/%d sentences identical, %d/%d tokens", same, len(corpus), hit, toks)
}
