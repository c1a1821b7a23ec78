package ner

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// refView is the compact view built rune by rune, as newView did before
// it found the padding spaces byte by byte and left the maps out when
// nothing is removed.
func refView(src string) (text string, comp, orig []int) {
	comp = make([]int, len(src)+1)
	var buf []byte
	for j := 0; j < len(src); {
		r, n := utf8.DecodeRuneInString(src[j:])
		if (r == ' ' || r == '\u3000' || r == '\u00a0') && padding(src, j, n) {
			for k := 0; k < n; k++ {
				comp[j+k] = len(buf)
			}
			j += n
			continue
		}
		for k := 0; k < n; k++ {
			comp[j+k] = len(buf)
			orig = append(orig, j+k)
			buf = append(buf, src[j+k])
		}
		j += n
	}
	comp[len(src)] = len(buf)
	orig = append(orig, len(src))
	return string(buf), comp, orig
}

func TestViewMatchesRuneByRune(t *testing.T) {
	for _, src := range []string{
		"记者 王 进 报道",
		"□ 本报记者 李\u3000明\n（曾 平）",
		"王\u00a0进、张  三、a b、王 进",
		"没有空格的文本",
		"broken \xe3\x80 王 \xff进 x",
		" 王 ",
		"",
	} {
		text, comp, orig := refView(src)
		v := newView(&extract.Doc{Text: src})
		if v.text != text {
			t.Errorf("newView(%q).text = %q, want %q", src, v.text, text)
			continue
		}
		for j := range comp {
			if got := v.toComp(j); got != comp[j] {
				t.Errorf("newView(%q): comp[%d] = %d, want %d", src, j, got, comp[j])
			}
		}
		for s := 0; s < len(text); s++ {
			for e := s + 1; e <= len(text); e++ {
				want := extract.Span{Start: orig[s], End: orig[e-1] + 1}
				if got := v.span(s, e); got != want {
					t.Errorf("newView(%q).span(%d, %d) = %v, want %v", src, s, e, got, want)
				}
			}
		}
	}
	if v := newView(&extract.Doc{Text: "记者 王 进 报道"}); v.text != "记者 王进 报道" {
		t.Errorf("the padding of 王 进 is kept: %q", v.text)
	}
}

func TestViewTokens(t *testing.T) {
	src := "记者 王 进 报道"
	d := &extract.Doc{Text: src, Tokens: []extract.Token{
		{Span: extract.Span{Start: 0, End: 6}, Text: "记者", POS: "n"},
		{Span: extract.Span{Start: 7, End: 14}, Text: "王 进", POS: "nr"},
		{Span: extract.Span{Start: 7, End: 10}, Text: "王", POS: "nr"}, // a later token at the same start wins
		{Span: extract.Span{Start: 10, End: 11}, Text: " ", POS: "x"}, // empty once compact: no token
	}}
	v := newView(d)
	if tk, ok := v.tokenAt(0); !ok || tk.end != 6 || tk.pos != "n" {
		t.Errorf("tokenAt(0) = %v, %v", tk, ok)
	}
	if tk, ok := v.tokenAt(7); !ok || tk.end != 10 || tk.pos != "nr" {
		t.Errorf("tokenAt(7) = %v, %v; want the last token starting there", tk, ok)
	}
	if _, ok := v.tokenAt(10); ok {
		t.Errorf("tokenAt(10) found a token that is empty in the compact text")
	}
	if !v.bound[6] || !v.bound[10] || v.bound[8] {
		t.Errorf("bounds: %v", v.bound)
	}
}

// TestRuneTable checks the table against utf8.DecodeRuneInString at the
// offsets a reader stepping through the text reaches, broken bytes too,
// with a scratch array left dirty by a longer text.
func TestRuneTable(t *testing.T) {
	sc := &scratch{}
	newRuneTable("一段更长的文本，用来弄脏暂存的数组。一段更长的文本。", sc)
	for _, s := range []string{"记者 王 进 报道", "a\xe4\xb8b\xff中\xed\xa0\x80文", "𠀋王\U0010FFFF", ""} {
		rt := newRuneTable(s, sc)
		for i := 0; i < len(s); {
			r, n := rt.at(i)
			if wr, wn := utf8.DecodeRuneInString(s[i:]); r != wr || n != wn {
				t.Errorf("runeTable(%q).at(%d) = %U, %d; want %U, %d", s, i, r, n, wr, wn)
			}
			if n < 1 {
				t.Fatalf("runeTable(%q).at(%d) has size %d", s, i, n)
			}
			i += n
		}
	}
}

// TestNameOffsets compares nameOffsets with every occurrence strings.Index
// finds, scanning every character and scanning only the given starts.
func TestNameOffsets(t *testing.T) {
	text := "王进和王进进、李明，王李明王\xff进 张三张三"
	names := []string{"王进", "王进进", "李明", "张三张三", "三张", "进"}
	want := make([][]int, len(names))
	for ni, name := range names {
		for off := 0; ; {
			k := strings.Index(text[off:], name)
			if k < 0 {
				break
			}
			want[ni] = append(want[ni], off+k)
			off += k + 1
		}
	}
	sc := &scratch{}
	rt := newRuneTable(text, sc)
	var starts []int32 // every character
	for i := 0; i < len(text); {
		starts = append(starts, int32(i))
		_, n := rt.at(i)
		i += n
	}
	for _, c := range []struct {
		name    string
		starts  []int32
		covered func(rune) bool
	}{
		{"every character", nil, nil},
		{"the starts", starts, func(rune) bool { return true }},
		{"not covered", nil, func(r rune) bool { return r != '进' }},
	} {
		got := nameOffsets(text, &rt, names, c.starts, c.covered)
		for ni := range names {
			if !slices.Equal(got[ni], want[ni]) {
				t.Errorf("%s: offsets of %q = %v, want %v", c.name, names[ni], got[ni], want[ni])
			}
		}
	}
}

// TestIndexTitlesRuneTable checks the table indexTitles fills, with its
// inline decoding, against utf8.DecodeRuneInString, broken bytes and
// characters of every length too.
func TestIndexTitlesRuneTable(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := New(lex)
	st.flagsOnce.Do(st.buildFlags)
	sc := &scratch{}
	for _, s := range []string{"一段更长的文本，用来弄脏暂存的数组。一段更长的文本。", "记者王进报道（县长）", "a\xe4\xb8b\xff中\xed\xa0\x80文\xef\xbc", "𠀋王\U0010FFFF\u0800\u1000\ufffd\uffff\xe0\xa0\x80", "中\xe4\xb8", ""} {
		d := &extract.Doc{Text: s}
		w := &work{st: st, d: d, v: newViewIn(d, sc), sc: sc}
		w.indexTitles()
		s := w.v.text
		for i := 0; i < len(s); {
			r, n := w.runes.at(i)
			if wr, wn := utf8.DecodeRuneInString(s[i:]); r != wr || n != wn {
				t.Errorf("indexTitles(%q): runes.at(%d) = %U, %d; want %U, %d", s, i, r, n, wr, wn)
			}
			if n < 1 {
				t.Fatalf("indexTitles(%q): runes.at(%d) has size %d", s, i, n)
			}
			if e, want := w.titleEnd(i), lex.TitleEnd(s, i); e != want {
				t.Errorf("indexTitles(%q): titleEnd(%d) = %d, want %d", s, i, e, want)
			}
			i += n
		}
	}
}
