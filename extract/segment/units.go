package segment

import (
	"unicode"
	"unicode/utf8"
)

// A unit is what gse calls a word of the text: one character, or one run of
// letters and digits encoded in at most two UTF-8 bytes (Latin, Greek,
// Cyrillic, ASCII digits). Dictionary words are sequences of units.
type unit struct {
	start, end int32  // byte range in the original text
	label      uint32 // trie label: code point, alnumBase+i, or noLabel
	space      bool   // a whitespace character: segmented, never reported
}

// isAlnum reports whether r, encoded in size bytes, belongs to a letter
// and digit run (gse's SplitTextToWords rule).
func isAlnum(r rune, size int) bool {
	return size <= 2 && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

// isLayoutSpace reports whether r is a horizontal space that page layout
// may put inside a word.
func isLayoutSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0'
}

// isSpace is unicode.IsSpace, answered without a table for the Chinese
// characters (U+3400-U+9FFF), where no space is.
func isSpace(r rune) bool {
	if r >= 0x3400 && r <= 0x9fff {
		return false
	}
	return unicode.IsSpace(r)
}

// isHan reports whether r is a Chinese character.
func isHan(r rune) bool {
	switch {
	case r < 0x2e80:
		return false
	case r >= 0x4e00 && r <= 0x9fff: // CJK Unified Ideographs: all Han
		return true
	}
	return unicode.Is(unicode.Han, r)
}

// split appends the units of text[lo:hi] to us. Runs of layout spaces
// between two Chinese characters are dropped: they belong to no unit, and
// the word around them is found as if they were absent.
func (d *dict) split(text string, lo, hi int, us []unit) []unit {
	prevHan := false
	var low [64]byte
	for i := lo; i < hi; {
		// a character of the CJK Unified Ideographs block, nearly every
		// one of Chinese text, is a unit of its own: no letter or digit,
		// no space
		if c := text[i]; c >= 0xe4 && c <= 0xe9 && i+2 < hi {
			c1, c2 := text[i+1], text[i+2]
			if c1&0xc0 == 0x80 && c2&0xc0 == 0x80 {
				r := rune(c&0x0f)<<12 | rune(c1&0x3f)<<6 | rune(c2&0x3f)
				if r >= 0x4e00 && r <= 0x9fff {
					us = append(us, unit{start: int32(i), end: int32(i + 3), label: uint32(r)})
					prevHan = true
					i += 3
					continue
				}
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:hi])
		switch {
		case isAlnum(r, size):
			j := i + size
			for j < hi {
				r2, s2 := utf8.DecodeRuneInString(text[j:hi])
				if !isAlnum(r2, s2) {
					break
				}
				j += s2
			}
			us = append(us, unit{start: int32(i), end: int32(j), label: d.alnumLabel(text[i:j], low[:0])})
			i = j
			prevHan = false
			continue
		case prevHan && isLayoutSpace(r):
			j := i + size
			for j < hi {
				r2, s2 := utf8.DecodeRuneInString(text[j:hi])
				if !isLayoutSpace(r2) {
					break
				}
				j += s2
			}
			if j < hi {
				if r2, _ := utf8.DecodeRuneInString(text[j:hi]); isHan(r2) {
					i = j // drop the run
					continue
				}
			}
		}
		u := unit{start: int32(i), end: int32(i + size), label: uint32(r), space: isSpace(r)}
		if r == utf8.RuneError && size == 1 {
			u.label = noLabel
		}
		us = append(us, u)
		prevHan = isHan(r)
		i += size
	}
	return us
}

// alnumLabel returns the label of a letter and digit run, matched without
// regard to ASCII case as gse does, or noLabel.
func (d *dict) alnumLabel(s string, buf []byte) uint32 {
	if l, ok := d.alnum[s]; ok {
		return l
	}
	upper := false
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			upper = true
			break
		}
	}
	if !upper {
		return noLabel
	}
	buf = appendLower(buf, s)
	if l, ok := d.alnum[string(buf)]; ok {
		return l
	}
	return noLabel
}

// appendLower appends s with ASCII letters lowered (gse's toLower).
func appendLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}
