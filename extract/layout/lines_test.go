package layout

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestIsHan_MatchesUnicode(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v", r, isHan(r))
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

func TestDecodeLastRune_MatchesUTF8(t *testing.T) {
	var b [4]byte
	for x := 0; x < 1<<24; x++ {
		if x>>20 != 0xe && x%7 != 0 { // every three-byte lead, a sample of the rest
			continue
		}
		// with a byte before them that may or may not start a character
		b[0], b[1], b[2], b[3] = byte(x>>11), byte(x>>16), byte(x>>8), byte(x)
		for from := 0; from <= 4; from++ {
			s := string(b[from:])
			r, size := decodeLastRune(s)
			wr, wsize := utf8.DecodeLastRuneInString(s)
			if r != wr || size != wsize {
				t.Fatalf("decodeLastRune(%q) = %U, %d, want %U, %d", s, r, size, wr, wsize)
			}
		}
	}
}

func TestIsCloser_MatchesClosers(t *testing.T) {
	for r := rune(-1); r <= 0x10000; r++ {
		if isCloser(r) != strings.ContainsRune(closers, r) {
			t.Fatalf("isCloser(%U) = %v", r, isCloser(r))
		}
	}
}

func TestTrimRightBlank_MatchesTrimRight(t *testing.T) {
	for _, s := range []string{"", " ", "\t", "\u3000", "记者 ", "记者\u3000 \t\u3000", "记者谢", " 记者", "a\xe3\x80", "\xe3\x80\x80\x80", "\x80\x80", "记\u3000者\u3000", "\u00a0", "x\r"} {
		if got, want := trimRightBlank(s), strings.TrimRight(s, " \t\u3000"); got != want {
			t.Errorf("trimRightBlank(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestMeasure_Definition checks measure against its definition, rune by
// rune, on every character of the Basic Multilingual Plane and a few more.
func TestMeasure_Definition(t *testing.T) {
	for r := rune(0); r < 0x10000+100; r++ {
		s := string(r) + "a"
		w, clause := measure(s)
		ww := 0.5 // the "a"
		switch {
		case squeezed(r):
			ww += 0.5
		case wide(r):
			ww++
		default:
			ww += 0.5
		}
		wc := r == '，' || r == '、' || r == '；' || r == '。' || r == '！' || r == '？'
		if w != ww || clause != wc {
			t.Fatalf("measure(%q) = %v, %v, want %v, %v", s, w, clause, ww, wc)
		}
	}
}
