package gazetteer

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// naivePrefixes is the reference of trie.prefixes: every key that is a
// prefix of text, shortest first.
func naivePrefixes(keys []string, text string) [][2]int {
	var out [][2]int
	for i, k := range keys {
		if k != "" && strings.HasPrefix(text, k) {
			out = append(out, [2]int{len(k), i})
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	return out
}

func TestTrie_Prefixes_Table(t *testing.T) {
	keys := []string{"a", "ab", "abc", "abd", "b", "b\xc3\xa9", "通江", "通江县", "通河", "𠀀x", "\ufffd"}
	slices.Sort(keys)
	tr := newTrie(keys, 0)
	for _, text := range []string{"", "a", "abcd", "abx", "abd", "bé", "b\xc3", "通江县委", "通河县", "通", "𠀀xy", "x", "\ufffd!", "\xff"} {
		var got [][2]int
		tr.prefixes(text, func(end int, item int32) bool {
			got = append(got, [2]int{end, int(item)})
			return true
		})
		if want := naivePrefixes(keys, text); !slices.Equal(got, want) {
			t.Errorf("prefixes(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestTrie_Prefixes_Forms checks the trie of the gazetteer's forms against
// the sorted table at every position of a text made of forms.
func TestTrie_Prefixes_Forms(t *testing.T) {
	g := mustDefault(t)
	var sb strings.Builder
	for i := 0; i < len(g.forms); i += 97 {
		sb.WriteString(g.forms[i])
		sb.WriteString(g.forms[(i*7919)%len(g.forms)])
	}
	text := sb.String()
	n := 0
	for i := range text {
		var got [][2]int
		g.trie.prefixes(text[i:], func(end int, item int32) bool {
			got = append(got, [2]int{end, int(item)})
			return true
		})
		var want [][2]int
		for end := i + 1; end <= len(text) && end-i <= 3*g.maxForm; end++ {
			if k, ok := slices.BinarySearch(g.forms, text[i:end]); ok {
				want = append(want, [2]int{end - i, k})
			}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("at %d: prefixes = %v, want %v", i, got, want)
		}
		n += len(got)
	}
	if n < len(g.forms)/97 {
		t.Errorf("only %d matches", n)
	}
}

func BenchmarkTrie_Build(b *testing.B) {
	g := mustDefault(b)
	b.ReportAllocs()
	for b.Loop() {
		newTrie(g.forms, len(g.trie.rs))
	}
}

func TestCodeKey_Order(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	code := func() string {
		b := make([]byte, 1+rng.IntN(12))
		for i := range b {
			b[i] = "0019"[rng.IntN(4)]
		}
		return string(b)
	}
	for range 20000 {
		a, b := code(), code()
		ka, _ := codeKey(a)
		kb, _ := codeKey(b)
		if got, want := cmp.Compare(ka, kb), strings.Compare(a, b); got != want {
			t.Fatalf("codeKey order of %q, %q = %d, string order %d", a, b, got, want)
		}
	}
	for _, bad := range []string{"", "12a4", "1234567890123", "５１"} {
		if _, ok := codeKey(bad); ok {
			t.Errorf("codeKey(%q) ok", bad)
		}
	}
}

// TestTrie_Prefixes_Random compares the trie with the plain definition on
// random keys of two characters or more (the gate of first pairs is on)
// and random texts over a small alphabet.
func TestTrie_Prefixes_Random(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alpha := []string{"通", "江", "县", "a", "é", "𠀀", "\ufffd"}
	word := func(lo, hi int) string {
		var sb strings.Builder
		for range lo + rng.IntN(hi-lo+1) {
			sb.WriteString(alpha[rng.IntN(len(alpha))])
		}
		return sb.String()
	}
	for range 50 {
		var keys []string
		for range 1 + rng.IntN(40) {
			keys = append(keys, word(2, 5))
		}
		slices.Sort(keys)
		keys = slices.Compact(keys)
		tr := newTrie(keys, 0)
		if tr.pairs == nil {
			t.Fatal("no gate for keys of two characters or more")
		}
		for range 200 {
			text := word(0, 7)
			if rng.IntN(4) == 0 {
				text += "\xe5"
			}
			var got [][2]int
			tr.prefixes(text, func(end int, item int32) bool {
				got = append(got, [2]int{end, int(item)})
				return true
			})
			if want := naivePrefixes(keys, text); !slices.Equal(got, want) {
				t.Fatalf("keys %q: prefixes(%q) = %v, want %v", keys, text, got, want)
			}
		}
	}
}

func TestDecodeRune_MatchesUTF8(t *testing.T) {
	var b [3]byte
	for x := 0; x < 1<<24; x++ {
		if x>>20 != 0xe && x%7 != 0 { // every three-byte lead, a sample of the rest
			continue
		}
		b[0], b[1], b[2] = byte(x>>16), byte(x>>8), byte(x)
		for n := 0; n <= 3; n++ {
			s := string(b[:n])
			r, size := decodeRune(s)
			wr, wsize := utf8.DecodeRuneInString(s)
			if r != wr || size != wsize {
				t.Fatalf("decodeRune(%q) = %U, %d, want %U, %d", s, r, size, wr, wsize)
			}
		}
	}
}

// TestVillages_MatchesCandidates checks matchers of several counties (the
// unions of their gates), of one (its own gates) and of one with a county
// without villages; a union leaves the gates of its counties as they were.
func TestVillages_MatchesCandidates(t *testing.T) {
	g := mustDefault(t)
	one := g.Villages([]string{"230604"})
	var before [0x10000]uint64
	for r := range before {
		before[r] = one.Lengths(rune(r))
	}
	pairs := map[[2]rune]bool{} // the first two characters of another county's forms
	for form := range g.villages("511921").byForm {
		if rs := []rune(form); len(rs) >= 2 {
			pairs[[2]rune{rs[0], rs[1]}] = one.PairMay(rs[0], rs[1])
		}
	}
	for _, counties := range [][]string{{"230604", "511921", "999999"}, {"511921"}, {"999999", "230604"}} {
		checkVillages(t, g, counties)
	}
	for r := range before {
		if got := one.Lengths(rune(r)); got != before[r] {
			t.Fatalf("Lengths(%U) of one county changed from %b to %b by a union", r, before[r], got)
		}
	}
	for p, may := range pairs {
		if one.PairMay(p[0], p[1]) != may {
			t.Fatalf("PairMay(%c, %c) of one county changed by a union", p[0], p[1])
		}
	}
	if m := g.Villages([]string{"999999"}); m.Lengths('村') != 0 || m.PairMay('新', '村') {
		t.Errorf("a county without villages: Lengths %b, PairMay %v", m.Lengths('村'), m.PairMay('新', '村'))
	}
}

func checkVillages(t *testing.T, g *Gazetteer, counties []string) {
	t.Helper()
	m := g.Villages(counties)
	heads := map[rune]bool{}
	n := 0
	for _, c := range counties {
		for form := range g.villages(c).byForm {
			n++
			r, _ := utf8.DecodeRuneInString(form)
			heads[r] = true
			k := min(utf8.RuneCountInString(form), 63)
			if m.Lengths(r)&(1<<k) == 0 {
				t.Fatalf("Lengths(%c) lacks %d (%s)", r, k, form)
			}
			if k > m.MaxLen() {
				t.Fatalf("MaxLen %d < %d", m.MaxLen(), k)
			}
			if k >= 2 {
				r1, _ := utf8.DecodeRuneInString(form[len(string(r)):])
				if !m.PairMay(r, r1) {
					t.Fatalf("PairMay(%c, %c) = false (%s)", r, r1, form)
				}
			}
			var want []Candidate
			for _, c2 := range counties {
				want = append(want, g.VillageCandidates(c2, form)...)
			}
			if got := m.Match(form); !slices.Equal(got, want) {
				t.Fatalf("Match(%s) = %v, want %v", form, got, want)
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d forms", n)
	}
	// the gate rules out most pairs of a text
	text := []rune("今年以来全县推进乡村振兴工作成效明显群众生活水平不断提高")
	pass := 0
	for i := 0; i+1 < len(text); i++ {
		if m.PairMay(text[i], text[i+1]) {
			pass++
		}
	}
	if pass > len(text)/4 {
		t.Errorf("PairMay passes %d of %d pairs of an ordinary sentence", pass, len(text)-1)
	}
	for r := rune(0); r < 0x10000; r++ {
		if !heads[r] && m.Lengths(r) != 0 {
			t.Fatalf("Lengths(%U) = %b for no form", r, m.Lengths(r))
		}
	}
}
