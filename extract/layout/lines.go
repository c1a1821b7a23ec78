package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract/lexicon"
)

// line is one non-blank input line: the byte range [start, end) of the
// input after trimming white space at both ends, and nl, the offset of the
// '\n' that ends it (-1 at the end of the input).
type line struct {
	start, end int
	nl         int
	text       string
	width      float64 // display width: wide runes 1, narrow runes 0.5
	full       float64 // width with squeezed punctuation a full cell
	clause     bool    // holds clause punctuation (，、；。！？)
	valid      bool    // text is valid UTF-8
}

// isSpace reports whether r is layout white space: ASCII space and
// controls, the ideographic space and no-break spaces.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\v', '\f', '\r', '\n', '\u3000', '\u00a0', '\u2002', '\u2003', '\u2009', '\u200b', '\ufeff':
		return true
	}
	return false
}

// trimSpace returns the byte range of s[start:end] without leading and
// trailing layout white space.
func trimSpace(s string, start, end int) (int, int) {
	for start < end {
		r, n := decodeRune(s[start:end])
		if !isSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := decodeLastRune(s[start:end])
		if !isSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

// scanLines returns the non-blank lines of s. A line ends at '\n' or at
// the end of s; a '\r' before the '\n' is trimmed with the other white
// space (a lone '\r' is white space inside the line).
func scanLines(s string) []line {
	return appendLines(make([]line, 0, strings.Count(s, "\n")+1), s)
}

// appendLines appends the non-blank lines of s to out (see scanLines).
func appendLines(out []line, s string) []line {
	for start := 0; start <= len(s); {
		nl := strings.IndexByte(s[start:], '\n')
		stop := len(s)
		if nl >= 0 {
			nl += start
			stop = nl
		}
		a, b := trimSpace(s, start, stop)
		if a < b {
			l := line{start: a, end: b, nl: nl, text: s[a:b]}
			var sq int
			l.width, sq, l.clause, l.valid = measureLine(l.text)
			l.full = l.width + float64(sq)/2
			out = append(out, l)
		}
		if nl < 0 {
			break
		}
		start = nl + 1
	}
	return out
}

// measure returns the display width of s and whether it holds clause
// punctuation.
func measure(s string) (w float64, clause bool) {
	w, _, clause, _ = measureLine(s)
	return w, clause
}

// measureLine is measure that also reports whether s is valid UTF-8
// (utf8.ValidString), read in the same pass.
func measureLine(s string) (w float64, sq int, clause, valid bool) {
	valid = true
	halves := 0 // the width in half cells
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf { // ASCII: half a cell
			halves++
			i++
			continue
		}
		r, ok := lexicon.Decode3(s, i)
		n := 3
		if !ok {
			r, n = decodeRune(s[i:])
		}
		i += n
		if r >= 0x4e00 && r <= 0x9fff { // an ideograph: a full cell
			halves += 2
			continue
		}
		if r == utf8.RuneError && n == 1 {
			valid = false
		}
		switch r {
		case '，', '、', '；', '。', '！', '？':
			clause = true
		}
		if squeezed(r) {
			sq++
			halves++
		} else if wide(r) {
			halves += 2
		} else {
			halves++
		}
	}
	return float64(halves) / 2, sq, clause, valid
}

// squeezed reports whether r is CJK punctuation that justified
// typesetting compresses to about half a cell.
func squeezed(r rune) bool {
	switch r {
	case '，', '、', '。', '；', '：', '！', '？', '“', '”', '‘', '’', '（', '）', '《', '》', '「', '」', '『', '』', '【', '】':
		return true
	}
	return false
}

// wide reports whether r takes a full cell in CJK typesetting.
func wide(r rune) bool {
	switch {
	case r < 0x1100:
		return r == '“' || r == '”' || r == '‘' || r == '’' || r == '—' || r == '…' || r == '·'
	case r >= 0x2e80 && r <= 0xa4cf, r >= 0xac00 && r <= 0xd7a3, r >= 0xf900 && r <= 0xfaff,
		r >= 0xfe30 && r <= 0xfe4f, r >= 0xff00 && r <= 0xff60, r >= 0xffe0 && r <= 0xffe6,
		r >= 0x20000:
		return true
	case r >= 0x2000 && r <= 0x2bff: // general punctuation, arrows, geometric shapes (□ ■ ●)
		return true
	}
	return false
}

// closers may follow sentence-final punctuation and still belong to the
// sentence.
const closers = "”’」』）)】》〉"

// isCloser reports whether r is one of closers.
func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '】', '》', '〉':
		return true
	}
	return false
}

// finalPunct reports whether r ends a sentence.
func finalPunct(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '…', '；', ';':
		return true
	}
	return false
}

// endsSentence reports whether s ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	for s != "" {
		r, n := decodeLastRune(s)
		if isCloser(r) {
			s = s[:len(s)-n]
			continue
		}
		return finalPunct(r)
	}
	return false
}

// isHan reports whether r is a CJK ideograph (unicode.Han), deciding the
// common cases without the table.
func isHan(r rune) bool {
	switch {
	case r >= 0x4e00 && r <= 0x9fff: // CJK Unified Ideographs: all Han
		return true
	case r < 0x2e80: // no Han character comes before the CJK radicals
		return false
	}
	return unicode.Is(unicode.Han, r)
}

// decodeRune is utf8.DecodeRuneInString with the three-byte characters of
// Chinese text decoded inline.
func decodeRune(s string) (rune, int) {
	if r, ok := lexicon.Decode3(s, 0); ok {
		return r, 3
	}
	return utf8.DecodeRuneInString(s)
}

// decodeLastRune is utf8.DecodeLastRuneInString with the three-byte
// characters of Chinese text decoded inline.
func decodeLastRune(s string) (rune, int) {
	if n := len(s); n >= 3 && s[n-3]&0xf0 == 0xe0 && s[n-2]&0xc0 == 0x80 && s[n-1]&0xc0 == 0x80 {
		r := rune(s[n-3]&0x0f)<<12 | rune(s[n-2]&0x3f)<<6 | rune(s[n-1]&0x3f)
		if r >= 0x800 && (r < 0xd800 || r > 0xdfff) {
			return r, 3
		}
	}
	return utf8.DecodeLastRuneInString(s)
}
