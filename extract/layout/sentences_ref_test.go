package layout

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
)

// refSplitSentences is SplitSentences in its plain form: every character
// decoded with utf8 and tested, none skipped.
func refSplitSentences(text string) []extract.Span {
	var out []extract.Span
	emit := func(s, e int) {
		s, e = trimSpace(text, s, e)
		for s < e {
			c := e
			if c-s > MaxSentenceBytes {
				c = cutSentence(text, s, s+MaxSentenceBytes)
			}
			if cs, ce := trimSpace(text, s, c); cs < ce {
				out = append(out, extract.Span{Start: cs, End: ce})
			}
			s = c
		}
	}
	start := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' || r == '\r':
			emit(start, i)
			start = i + n
			i += n
		case finalPunct(r) || r == '⋯':
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !finalPunct(r2) && r2 != '⋯' {
					break
				}
				j += n2
			}
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !strings.ContainsRune(closers, r2) {
					break
				}
				j += n2
			}
			emit(start, j)
			start, i = j, j
		default:
			i += n
		}
	}
	emit(start, len(text))
	return out
}

// TestSplitSentences_SameAsPlainForm compares SplitSentences with its
// plain form on random texts of Chinese characters, terminators, closers,
// line breaks, spaces, long runs and broken UTF-8 (a lead byte of a
// Chinese character without its continuation bytes, stray continuation
// bytes).
func TestSplitSentences_SameAsPlainForm(t *testing.T) {
	pieces := []string{"村民", "王", "说", "。", "！", "？", "；", "!", "?", ";", "…", "⋯", "”", "）", "」", "\n", "\r\n", " ", "\u3000",
		"，", "a", "2024", "\xe4", "\xe4\xb8", "\x80", "\xbf\xe4", "\xed\xa0\x80", "\xe0\x80\x80", "㐀", "𠮷", strings.Repeat("青菜萝卜", 60)}
	r := rand.New(rand.NewPCG(3, 5))
	for range 5000 {
		var b strings.Builder
		for k := 1 + r.IntN(40); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		if got, want := SplitSentences(text), refSplitSentences(text); !slices.Equal(got, want) {
			t.Fatalf("SplitSentences(%q) = %v, want %v", text, got, want)
		}
	}
}
