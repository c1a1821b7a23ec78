package lexicon

import (
	"testing"
	"unicode/utf8"
)

// Texts for the lookup tests, written for them: titles, endings, media
// names, products and surnames at every kind of position, with layout
// spaces, ASCII, a broken UTF-8 byte and a text that ends inside a rune.
var lookupTexts = []string{
	"县委副书记、县长王玉东在县农业农村局局长陪同下调研银耳产业。",
	"记者 李 明 报道：人民日报社、新华社黑龙江分社和上海青禾果蔬专业合作社签约。",
	"欧阳修与司马光是历史人物，诸葛亮不是本报记者。",
	"村党支部书记兼村委会主任张立义说，今年全村种植香菇和脐橙。",
	"abc 县长\xff书记 常务副市长",
	"党组副书记\xe5",
	"",
}

// brute forms of the lookups: every length tried against the maps, as the
// lexicon did before its tries.
func bruteTitle(l *Lexicon, text string, start int) int {
	best := -1
	for end := start + 1; end <= len(text); end++ {
		if _, ok := l.titles[text[start:end]]; ok {
			best = end
		}
	}
	return best
}

func bruteSuffix(l *Lexicon, text string, end int) int {
	best := -1
	for start := end - 1; start >= 0; start-- {
		if _, ok := l.orgSuffix[text[start:end]]; ok {
			best = start
		}
	}
	return best
}

func bruteMedia(l *Lexicon, text string, start int) int {
	best := -1
	for end := start + 1; end <= len(text); end++ {
		if l.mediaSet[text[start:end]] {
			best = end
		}
	}
	return best
}

func bruteProduct(l *Lexicon, text string, start int) int {
	best := -1
	for end := start + 1; end <= len(text); end++ {
		if w := text[start:end]; l.known[w] || l.products[w] {
			best = end
		}
	}
	return best
}

func bruteSurname(l *Lexicon, text string) int {
	r1, n1 := utf8.DecodeRuneInString(text)
	if r1 == utf8.RuneError {
		return 0
	}
	if len(text) > n1 {
		_, n2 := utf8.DecodeRuneInString(text[n1:])
		if l.surnames[text[:n1+n2]] > 0 {
			return n1 + n2
		}
	}
	if l.surnames[text[:n1]] > 0 {
		return n1
	}
	return 0
}

func TestLookupsMatchBruteForce(t *testing.T) {
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	user := []struct {
		kind Kind
		word string
	}{
		{KindTitle, "首席银耳官"},
		{KindProduct, "通江银耳干"},
		{KindProduct, "茶"}, // one rune: found without a pair
		{KindTitle, "官"},
	}
	for _, phase := range []string{"built-in", "with user entries"} {
		if phase == "with user entries" {
			for _, u := range user {
				if err := l.Add(u.kind, u.word); err != nil {
					t.Fatal(err)
				}
			}
		}
		texts := append(append([]string(nil), lookupTexts...), "他是首席银耳官，主产通江银耳干。")
		for _, text := range texts {
			for i := 0; i <= len(text); i++ {
				if _, got, _ := l.TitleStartingAt(text, i); got != bruteTitle(l, text, i) {
					t.Errorf("%s: TitleStartingAt(%q, %d) = %d, want %d", phase, text, i, got, bruteTitle(l, text, i))
				}
				if got := l.TitleEnd(text, i); got != bruteTitle(l, text, i) {
					t.Errorf("%s: TitleEnd(%q, %d) = %d, want %d", phase, text, i, got, bruteTitle(l, text, i))
				}
				if _, got, _, _ := l.OrgSuffixEndingAt(text, i); got != bruteSuffix(l, text, i) {
					t.Errorf("%s: OrgSuffixEndingAt(%q, %d) = %d, want %d", phase, text, i, got, bruteSuffix(l, text, i))
				}
				if got, ok := l.MediaStartingAt(text, i); ok != (bruteMedia(l, text, i) >= 0) || ok && got != bruteMedia(l, text, i) {
					t.Errorf("%s: MediaStartingAt(%q, %d) = %d, want %d", phase, text, i, got, bruteMedia(l, text, i))
				}
				want := bruteProduct(l, text, i)
				if _, got, ok := l.ProductStartingAt(text, i); ok != (want >= 0) || ok && got != want {
					t.Errorf("%s: ProductStartingAt(%q, %d) = %d, want %d", phase, text, i, got, want)
				}
				if got := l.SurnameAt(text[i:]); got != bruteSurname(l, text[i:]) {
					t.Errorf("%s: SurnameAt(%q) = %d, want %d", phase, text[i:], got, bruteSurname(l, text[i:]))
				}
			}
		}
	}
	// the lookups must find something in these texts, or the test proves little
	for _, c := range []struct {
		name string
		ok   bool
	}{
		{"title 县委副书记", bruteTitle(l, lookupTexts[0], 0) == len("县委副书记")},
		{"ending 局", bruteSuffix(l, lookupTexts[0], len("县委副书记、县长王玉东在县农业农村局")) >= 0},
		{"surname 欧阳", bruteSurname(l, lookupTexts[2]) == len("欧阳")},
		{"media 人民日报", bruteMedia(l, lookupTexts[1], len("记者 李 明 报道：")) > 0},
		{"product 香菇", bruteProduct(l, lookupTexts[3], len("村党支部书记兼村委会主任张立义说，今年全村种植")) > 0},
	} {
		if !c.ok {
			t.Errorf("test text holds no %s", c.name)
		}
	}
}

func TestRuneSet(t *testing.T) {
	var s RuneSet
	in := []rune{'a', '王', 0xFFFF, 0x20000, 0x2A6D6}
	for _, r := range in {
		s.Add(r)
	}
	for _, r := range in {
		if !s.Has(r) {
			t.Errorf("Has(%U) = false after add", r)
		}
	}
	for _, r := range []rune{'b', '李', 0x10000, 0x20001, -1} {
		if s.Has(r) {
			t.Errorf("Has(%U) = true, never added", r)
		}
	}
}

// TestDecodeRune compares the inline decoders with package utf8 on every
// string of one to three bytes and on longer texts at every offset; Decode3
// (and DecodeLast3) decode exactly the three-byte characters led by 0xE1 to
// 0xEF but 0xED.
func TestDecodeRune(t *testing.T) {
	check := func(s string) {
		for i := 0; i <= len(s); i++ {
			if i < len(s) {
				r, n := DecodeRune(s, i)
				wr, wn := utf8.DecodeRuneInString(s[i:])
				if r != wr || n != wn {
					t.Fatalf("DecodeRune(%q, %d) = %U, %d; want %U, %d", s, i, r, n, wr, wn)
				}
			}
			r, n := DecodeLastRune(s, i)
			wr, wn := utf8.DecodeLastRuneInString(s[:i])
			if r != wr || n != wn {
				t.Fatalf("DecodeLastRune(%q, %d) = %U, %d; want %U, %d", s, i, r, n, wr, wn)
			}
			if r3, ok := DecodeLast3(s, i); ok && (r3 != wr || wn != 3) {
				t.Fatalf("DecodeLast3(%q, %d) = %U; want %U, %d", s, i, r3, wr, wn)
			}
		}
	}
	b := make([]byte, 3)
	for x := 0; x < 1<<24; x++ {
		b[0], b[1], b[2] = byte(x>>16), byte(x>>8), byte(x)
		s := string(b)
		r, n := DecodeRune(s, 0)
		if wr, wn := utf8.DecodeRuneInString(s); r != wr || n != wn {
			t.Fatalf("DecodeRune(%q, 0) = %U, %d; want %U, %d", s, r, n, wr, wn)
		}
		if r3, ok := Decode3(s, 0); ok && (r3 != r || n != 3) || !ok && n == 3 && b[0] >= 0xe1 && b[0] != 0xed {
			t.Fatalf("Decode3(%q, 0) = %U, %v; want %U, %v", s, r3, ok, r, n == 3)
		}
		r, n = DecodeLastRune(s, 3)
		if wr, wn := utf8.DecodeLastRuneInString(s); r != wr || n != wn {
			t.Fatalf("DecodeLastRune(%q, 3) = %U, %d; want %U, %d", s, r, n, wr, wn)
		}
		if r3, ok := DecodeLast3(s, 3); ok && (r3 != r || n != 3) || !ok && n == 3 && b[0] >= 0xe1 && b[0] != 0xed {
			t.Fatalf("DecodeLast3(%q, 3) = %U, %v; want %U, %v", s, r3, ok, r, n == 3)
		}
	}
	for _, s := range append(lookupTexts, "\xe4\xb8", "\xb8\xad", "a\xed\xa0\x80b", "𠀋王\U0010FFFF") {
		check(s)
	}
}

func TestEdgeTable(t *testing.T) {
	var h edgeTable
	if _, ok := h.get(7); ok {
		t.Fatal("get on an empty table found a key")
	}
	want := map[uint64]int32{}
	for i := 0; i < 5000; i++ {
		k := uint64(i*i*2654435761) ^ uint64(i)<<32
		v := int32(i%977 + 1)
		h.put(k, v)
		want[k] = v
	}
	h.put(0, 3) // the zero key is a key like any other
	want[0] = 3
	for k, v := range want {
		if got, ok := h.get(k); !ok || got != v {
			t.Fatalf("get(%d) = %d, %v; want %d", k, got, ok, v)
		}
	}
	for i := 0; i < 1000; i++ {
		k := uint64(i)<<40 | 12345
		if _, in := want[k]; in {
			continue
		}
		if _, ok := h.get(k); ok {
			t.Fatalf("get(%d) found a key never put", k)
		}
	}
	if h.n != len(want) {
		t.Errorf("n = %d, want %d", h.n, len(want))
	}
}
