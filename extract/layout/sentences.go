package layout

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
)

// Name is the name of the sentence splitter stage.
const Name = "sentences"

// Sentences returns the stage that fills Doc.Sentences: the byte spans of
// the sentences of Doc.Text, in order (see SplitSentences). It replaces
// what Doc.Sentences held and fails only when ctx is done.
func Sentences() extract.Stage { return sentenceStage{} }

type sentenceStage struct{}

// Process sets d.Sentences.
func (sentenceStage) Process(ctx context.Context, d *extract.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d.Sentences = SplitSentences(d.Text)
	return nil
}

// SplitSentences returns the spans of the sentences of text. A sentence
// ends after 。！？；!? (and … or ⋯ runs), together with the closing
// quotes and brackets that follow, or at a line break. Spans are trimmed of
// white space, never empty, on rune boundaries, in order and disjoint.
func SplitSentences(text string) []extract.Span {
	var out []extract.Span
	emit := func(s, e int) {
		s, e = trimSpace(text, s, e)
		for s < e {
			// a "sentence" without a full stop for hundreds of characters
			// (lists, tables, filler) is cut at a comma or a space, so that
			// evidence stays a readable sentence
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
		// the characters of Chinese text (three bytes) are decoded here:
		// utf8.DecodeRuneInString takes its slow path for them
		var r rune
		var n int
		if c := text[i]; c >= 0xe4 && c <= 0xe9 && i+2 < len(text) && text[i+1]&0xc0 == 0x80 && text[i+2]&0xc0 == 0x80 {
			// U+4000 to U+9FFF, always a valid character: no line break,
			// no terminator
			i += 3
			continue
		} else if c < utf8.RuneSelf {
			r, n = rune(c), 1
		} else if c&0xf0 == 0xe0 && i+2 < len(text) && text[i+1]&0xc0 == 0x80 && text[i+2]&0xc0 == 0x80 {
			r, n = rune(c&0x0f)<<12|rune(text[i+1]&0x3f)<<6|rune(text[i+2]&0x3f), 3
			if r < 0x800 || r >= 0xd800 && r <= 0xdfff {
				r, n = utf8.DecodeRuneInString(text[i:])
			}
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\n' || r == '\r':
			emit(start, i)
			start = i + n
			i += n
		case finalPunct(r) || r == '⋯':
			j := i + n
			for j < len(text) { // more terminators, then closers
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

// MaxSentenceBytes is the longest sentence span SplitSentences returns;
// longer runs without a sentence end are cut at a comma, a semicolon or a
// space before the limit, or at a character boundary.
const MaxSentenceBytes = 600

func cutSentence(text string, s, limit int) int {
	for i := limit; i > s+MaxSentenceBytes/2; {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if strings.ContainsRune("，,；;、 \t", r) {
			return i
		}
		i -= n
	}
	for i := limit; i > s; i-- {
		if utf8.RuneStart(text[i]) {
			return i
		}
	}
	// no character starts after s (a run of stray continuation bytes, each
	// read as one invalid rune): cut at the limit, so the cut always moves on
	return limit
}
