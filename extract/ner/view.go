package ner

import (
	"unicode"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// view is a compact copy of a Doc's text in which the spaces that pad
// two-character names (王 进) are removed, with maps between the two.
type view struct {
	text  string
	orig  []int32 // orig[i]: offset in the Doc text of compact byte i; len(text)+1 entries
	comp  []int32 // comp[j]: offset in the compact text of Doc byte j; len(doc)+1 entries
	bound []bool
	// tokAt[i] is 1 + the index into toks of the token that starts at
	// compact offset i, or 0
	tokAt []int32
	toks  []tokenInfo
}

type tokenInfo struct {
	end int
	pos string
}

// isHan reports whether r is a Han character. The CJK Unified Ideographs
// block, which holds nearly every character of a text, is all Han; below
// U+2E80 nothing is.
func isHan(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	}
	return unicode.Is(unicode.Han, r)
}

func newView(d *extract.Doc) *view {
	src := d.Text
	v := &view{comp: make([]int32, len(src)+1)}
	buf := make([]byte, 0, len(src))
	orig := make([]int32, 0, len(src)+1)
	for j := 0; j < len(src); {
		r, n := lexicon.DecodeRune(src, j)
		if (r == ' ' || r == '\u3000' || r == '\u00a0') && padding(src, j, n) {
			for k := 0; k < n; k++ {
				v.comp[j+k] = int32(len(buf))
			}
			j += n
			continue
		}
		for k := 0; k < n; k++ {
			v.comp[j+k] = int32(len(buf))
			orig = append(orig, int32(j+k))
			buf = append(buf, src[j+k])
		}
		j += n
	}
	v.comp[len(src)] = int32(len(buf))
	orig = append(orig, int32(len(src)))
	v.text = string(buf)
	v.orig = orig
	v.bound = make([]bool, len(v.text)+1)
	v.bound[0], v.bound[len(v.text)] = true, true
	v.tokAt = make([]int32, len(v.text)+1)
	v.toks = make([]tokenInfo, 0, len(d.Tokens))
	for _, t := range d.Tokens {
		s, e := int(v.comp[t.Start]), int(v.comp[t.End])
		if s >= e {
			continue
		}
		v.bound[s], v.bound[e] = true, true
		if k := v.tokAt[s]; k > 0 {
			v.toks[k-1] = tokenInfo{end: e, pos: t.POS} // the last token that starts there
			continue
		}
		v.toks = append(v.toks, tokenInfo{end: e, pos: t.POS})
		v.tokAt[s] = int32(len(v.toks))
	}
	if len(d.Tokens) == 0 {
		for i := range v.bound {
			v.bound[i] = true
		}
	}
	return v
}

// padding reports whether the space at src[j:j+n] pads a two-character
// word: one Han character on each side, each bounded by a non-Han rune.
func padding(src string, j, n int) bool {
	l, ln := lexicon.DecodeLastRune(src, j)
	r, rn := lexicon.DecodeRune(src, j+n)
	if !isHan(l) || !isHan(r) {
		return false
	}
	ll, _ := lexicon.DecodeLastRune(src, j-ln)
	rr, _ := lexicon.DecodeRune(src, j+n+rn)
	return (j-ln == 0 || !isHan(ll)) && (j+n+rn == len(src) || !isHan(rr))
}

// span maps a compact span to the Doc text.
func (v *view) span(s, e int) extract.Span {
	return extract.Span{Start: int(v.orig[s]), End: v.origEnd(e)}
}

// origEnd maps an exclusive compact end offset to the Doc text.
func (v *view) origEnd(e int) int {
	if e == 0 {
		return 0
	}
	return int(v.orig[e-1]) + 1
}

func (v *view) tokenAt(i int) (tokenInfo, bool) {
	if i < 0 || i >= len(v.tokAt) || v.tokAt[i] == 0 {
		return tokenInfo{}, false
	}
	return v.toks[v.tokAt[i]-1], true
}

// runeAt returns the rune that starts at i.
func (v *view) runeAt(i int) (rune, int) {
	if i >= len(v.text) {
		return 0, 0
	}
	return lexicon.DecodeRune(v.text, i)
}
