package ner

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// view is a compact copy of a Doc's text in which the spaces that pad
// two-character names (王 进) are removed, with maps between the two.
type view struct {
	text string
	// orig[i] is the offset in the Doc text of compact byte i, comp[j] the
	// offset in the compact text of Doc byte j; both nil when nothing is
	// removed (the compact text is the Doc text)
	orig  []int32
	comp  []int32
	bound []bool
	// tokAt[i] is 1 + the index into tokens of the last token that starts
	// at compact offset i, or 0
	tokAt  []int32
	tokens []extract.Token
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

func newView(d *extract.Doc) *view { return newViewIn(d, &scratch{}) }

// newViewIn builds the view in the arrays of sc, which must stay unused
// by others while the view is.
func newViewIn(d *extract.Doc, sc *scratch) *view {
	src := d.Text
	v := &view{text: src}
	if pads := paddings(src); len(pads) > 0 {
		sc.comp = sized(sc.comp, len(src)+1)
		v.comp = sc.comp
		buf := sc.buf[:0]
		orig := sc.orig[:0]
		// the runs between the paddings are copied whole (pads are in
		// text order and do not overlap)
		j := 0
		for k := 0; k <= len(pads); k++ {
			end := len(src)
			if k < len(pads) {
				end = pads[k][0]
			}
			base := int32(len(buf) - j)
			for x := j; x < end; x++ {
				v.comp[x] = base + int32(x)
				orig = append(orig, int32(x))
			}
			buf = append(buf, src[j:end]...)
			if k < len(pads) {
				for x := end; x < pads[k][1]; x++ {
					v.comp[x] = int32(len(buf))
				}
				j = pads[k][1]
			}
		}
		v.comp[len(src)] = int32(len(buf))
		orig = append(orig, int32(len(src)))
		v.text = string(buf)
		v.orig = orig
		sc.buf, sc.orig = buf, orig
	}
	sc.bound = zeroed(sc.bound, len(v.text)+1)
	v.bound = sc.bound
	v.bound[0], v.bound[len(v.text)] = true, true
	sc.tokAt = zeroed(sc.tokAt, len(v.text)+1)
	v.tokAt = sc.tokAt
	v.tokens = d.Tokens
	for k := range d.Tokens {
		t := &d.Tokens[k]
		s, e := v.toComp(t.Start), v.toComp(t.End)
		if s >= e {
			continue
		}
		v.bound[s], v.bound[e] = true, true
		v.tokAt[s] = int32(k + 1) // the last token that starts there
	}
	if len(d.Tokens) == 0 {
		for i := range v.bound {
			v.bound[i] = true
		}
	}
	return v
}

// paddings returns the spans [start, end) of the spaces of src that pad a
// two-character word, in text order. The spaces are found as byte
// strings: a space, U+3000 and U+00A0 begin with bytes that are never
// inside another character, so every one found is a character of src.
func paddings(src string) [][2]int {
	var out [][2]int
	for _, sp := range []string{" ", "\u3000", "\u00a0"} {
		for j := 0; ; {
			k := lexicon.Index(src[j:], sp)
			if k < 0 {
				break
			}
			j += k
			if padding(src, j, len(sp)) {
				out = append(out, [2]int{j, j + len(sp)})
			}
			j += len(sp)
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	return out
}

// toComp maps an offset of the Doc text to the compact text.
func (v *view) toComp(j int) int {
	if v.comp == nil {
		return j
	}
	return int(v.comp[j])
}

// padding reports whether the space at src[j:j+n] pads a two-character
// word: one Han character on each side, each bounded by a non-Han rune,
// or, in a byline, by the press title before it (记者周 敏) and by 报道 or
// 摄 after it (记者黄 河报道).
func padding(src string, j, n int) bool {
	l, ln := lexicon.DecodeLastRune(src, j)
	r, rn := lexicon.DecodeRune(src, j+n)
	if !isHan(l) || !isHan(r) {
		return false
	}
	ll, _ := lexicon.DecodeLastRune(src, j-ln)
	rr, _ := lexicon.DecodeRune(src, j+n+rn)
	left := j-ln == 0 || !isHan(ll)
	right := j+n+rn == len(src) || !isHan(rr)
	if left && right {
		return true
	}
	press := strings.HasSuffix(src[:j-ln], "记者") || strings.HasSuffix(src[:j-ln], "通讯员")
	after := strings.HasPrefix(src[j+n+rn:], "报道") || strings.HasPrefix(src[j+n+rn:], "摄")
	if (left || press) && (right || after) && (press || after) {
		return true
	}
	// 副县长王　军到基地调研, 村民张　华说: a name padded in running text
	// after a title's or a role's end and before a word that closes it
	// (a page justified the line; the surname is the left character)
	return !left && endsWithAny(src[:j-ln], paddedNameCues) && (right || startsWithAny(src[j+n+rn:], paddedNameClosers))
}

// paddedNameCues end the titles and roles a padded name follows.
var paddedNameCues = []string{"长", "书记", "主任", "主席", "经理", "委员", "村民", "群众", "老人", "师傅", "医生", "教师", "老师", "民警", "干部", "代表", "负责人"}

// paddedNameClosers close a padded name after a title.
var paddedNameClosers = []string{"说", "表示", "介绍", "指出", "强调", "到", "来到", "主持", "出席", "参加", "在", "带队", "带领", "率队", "调研", "等", "一行", "同志", "今年", "告诉", "讲话", "陪同", "和", "、"}

// span maps a compact span to the Doc text.
func (v *view) span(s, e int) extract.Span {
	if v.orig == nil {
		return extract.Span{Start: s, End: e}
	}
	return extract.Span{Start: int(v.orig[s]), End: v.origEnd(e)}
}

// origEnd maps an exclusive compact end offset to the Doc text.
func (v *view) origEnd(e int) int {
	if e == 0 {
		return 0
	}
	return int(v.orig[e-1]) + 1
}

// gapBefore reports whether the Doc text holds white space right before
// the character at compact offset i (a space the view removed).
func (v *view) gapBefore(i int) bool {
	return v.orig != nil && i > 0 && int(v.orig[i]) > v.origEnd(i)
}

func (v *view) tokenAt(i int) (tokenInfo, bool) {
	if i < 0 || i >= len(v.tokAt) || v.tokAt[i] == 0 {
		return tokenInfo{}, false
	}
	t := &v.tokens[v.tokAt[i]-1]
	return tokenInfo{end: v.toComp(t.End), pos: t.POS}, true
}

// runeAt returns the rune that starts at i.
func (v *view) runeAt(i int) (rune, int) {
	if i >= len(v.text) {
		return 0, 0
	}
	return lexicon.DecodeRune(v.text, i)
}
