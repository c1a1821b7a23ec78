package places

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refView is the plain definition of the view: every rune but white space
// copied (a rune decoded as U+FFFD keeps one byte), with the offset of every
// byte.
func refView(s string) (string, []int) {
	var b strings.Builder
	var off []int
	for i, r := range s {
		if unicode.IsSpace(r) || r == '\u3000' || r == '\ufeff' {
			continue
		}
		n := utf8.RuneLen(r)
		if r == utf8.RuneError {
			n = 1
		}
		b.WriteString(s[i : i+n])
		for k := range n {
			off = append(off, i+k)
		}
	}
	return b.String(), off
}

func TestView_MatchesDefinition(t *testing.T) {
	parts := []string{"四川", "省", " ", "\n", "\u3000", "\ufeff", "\u00a0", "\u2009", "\ufffd", "\xff", "\xe5\x9b", "a", "，", "\r\n", "\u0085", "\u205f", "\xe3\x80", "\xc2", "\xef\xbf", "\u200b", "\u2028", "\u1680", "\x1c", "\v", "\u00a1", "\uff01"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(parts[rng.IntN(len(parts))])
		}
		s := sb.String()
		want, off := refView(s)
		v := newView(s)
		if v.text != want {
			t.Fatalf("newView(%q).text = %q, want %q", s, v.text, want)
		}
		for i := range want {
			for j := i + 1; j <= len(want); j++ {
				sp := v.span(i, j)
				if sp.Start != off[i] || sp.End != off[j-1]+1 {
					t.Fatalf("newView(%q).span(%d, %d) = %v, want [%d, %d)", s, i, j, sp, off[i], off[j-1]+1)
				}
			}
		}
	}
}

func TestIsHan_MatchesUnicode(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v", r, isHan(r))
		}
	}
}

// TestView_EveryCharacter checks the view of every character between two
// letters against the definition.
func TestView_EveryCharacter(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue
		}
		s := "a" + string(r) + "b"
		want, _ := refView(s)
		if v := newView(s); v.text != want {
			t.Fatalf("newView(%q).text = %q, want %q", s, v.text, want)
		}
	}
}
