package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// riverLand are the words of a river's land and course that follow its
// name (瓯江流域, 涪江沿岸, 新安江下游).
var riverLand = map[string]bool{
	"流域": true, "两岸": true, "沿岸": true, "沿线": true, "干流": true, "支流": true, "上游": true,
	"中游": true, "下游": true, "江畔": true, "河畔": true, "溪畔": true, "畔": true, "水系": true,
	"河道": true, "河床": true, "河堤": true, "水域": true,
}

// riverLandTail has bit b set where a word of riverLand ends with a byte
// whose low six bits are b: the scan of the tokens looks a word up only
// when its last byte (a continuation byte, 64 values) passes this test.
var riverLandTail = func() (m uint64) {
	for w := range riverLand {
		m |= 1 << (w[len(w)-1] & 63)
	}
	return m
}()

// commonRivers are words ending in 江, 河 or 溪 that name a kind of water,
// no river (大河两岸, 运河沿岸, 内河航道).
var commonRivers = map[string]bool{
	"大河": true, "小河": true, "运河": true, "内河": true, "江河": true, "山河": true, "界河": true,
	"冰河": true, "银河": true, "天河": true, "星河": true, "长河": true, "母亲河": true, "护城河": true,
	"小溪": true, "溪河": true, "河溪": true, "大江": true, "清溪": true, "山溪": true, "主河": true,
	"支河": true, "干河": true, "人工河": true, "一江": true, "两江": true, "三江": true, "这条河": true,
	"该河": true, "此河": true, "全河": true, "沿河": true, "跨河": true, "过河": true, "护河": true,
}

// findRivers reads the names of rivers that the places stage does not
// list, where a word of the river's land follows them (瓯江流域, 涪江、
// 嘉陵江沿岸): a word of the segmenter of two to four characters ending
// in 江, 河 or 溪, tagged as a place or a name, that starts at a clean
// boundary (punctuation, a function word, a verb, or another such river
// and a list separator) and is no word of a kind of water (大河, 运河).
func (w *work) findRivers() {
	t := w.v.text
	for k, tok := range w.v.tokens {
		n := len(tok.Text)
		if n != 3 && n != 6 || riverLandTail&(1<<(tok.Text[n-1]&63)) == 0 || !riverLand[tok.Text] {
			continue
		}
		s := w.v.toComp(tok.Start)
		if s >= len(w.v.tokAt) || w.v.tokAt[s] != int32(k+1) {
			continue
		}
		// 通江/河畔: the river's 河 is read with its bank
		if r, n := utf8.DecodeRuneInString(tok.Text); len(tok.Text) == 6 && strings.HasSuffix(tok.Text, "畔") && (r == '河' || r == '江' || r == '溪') {
			if rs, ok := w.riverNameBefore(s, s+n); ok {
				w.addRiver(rs, s+n)
			}
			continue
		}
		for e := s; ; {
			// a place read already (嘉陵江, a listed natural place) goes on
			// the list too
			rs := 0
			if p, ok := w.placeEndingAt(e); ok {
				rs = p.s
			} else if rs, ok = w.riverBefore(e); ok {
				w.addRiver(rs, e)
			} else {
				break
			}
			// 涪江、嘉陵江沿岸: the rivers of a list share the word
			sep := ""
			for _, sp := range []string{"、", "和", "与", "及"} {
				if strings.HasSuffix(t[:rs], sp) {
					sep = sp
					break
				}
			}
			if sep == "" {
				break
			}
			e = rs - len(sep)
		}
	}
}

// riverBefore returns the start of a river's name that ends at e (see
// findRivers).
func (w *work) riverBefore(e int) (int, bool) {
	t := w.v.text
	if e <= 0 || w.occupied[e-1] {
		return 0, false
	}
	s := w.prevToken(e)
	if s < 0 {
		return 0, false
	}
	tk, ok := w.v.tokenAt(s)
	if !ok || tk.end != e || w.occupied[s] {
		return 0, false
	}
	name := t[s:e]
	if n := utf8.RuneCountInString(name); n < 2 || n > 4 || commonRivers[name] {
		return 0, false
	}
	if r, _ := lexicon.DecodeLastRune(name, len(name)); r != '江' && r != '河' && r != '溪' {
		return 0, false
	}
	switch tk.pos {
	case "ns", "nr", "nz":
	default:
		return 0, false
	}
	for _, r := range name {
		if !isHan(r) || strings.ContainsRune(orgFunctionChars, r) {
			return 0, false
		}
	}
	// a clean boundary before it: the start, punctuation, a list
	// separator, or a word of function or a verb (沿着瓯江, 在涪江)
	return s, w.cleanBefore(s)
}

// riverNameBefore returns the start of a river's name that ends with the
// character [s, e) of 河畔, 江畔 or 溪畔: the word before it, one or two
// characters the segmenter tags as a place or a name (通江/河畔: 通江河),
// not occupied and after a clean boundary.
func (w *work) riverNameBefore(s, e int) (int, bool) {
	if s <= 0 || w.occupied[s-1] || w.occupied[s] {
		return 0, false
	}
	j := w.prevToken(s)
	if j < 0 || w.occupied[j] {
		return 0, false
	}
	tk, ok := w.v.tokenAt(j)
	if !ok || tk.end != s || utf8.RuneCountInString(w.v.text[j:s]) > 2 || commonRivers[w.v.text[j:e]] {
		return 0, false
	}
	switch tk.pos {
	case "ns", "nr", "nz":
	default:
		return 0, false
	}
	return j, w.cleanBefore(j)
}

// cleanBefore reports whether a name may start at s: at the start of the
// text, after punctuation or a list separator, or after a word of function
// or a verb.
func (w *work) cleanBefore(s int) bool {
	t := w.v.text
	if s == 0 {
		return true
	}
	r, _ := lexicon.DecodeLastRune(t, s)
	if !isHan(r) || r == '、' || r == '和' || r == '与' || r == '及' {
		return true
	}
	j := w.prevToken(s)
	if j < 0 {
		return true
	}
	pt, ok := w.v.tokenAt(j)
	return ok && pt.end == s && pt.pos != "" && strings.ContainsAny(pt.pos[:1], "pcuvfr")
}

// addRiver adds a river's name as a place of the stage.
func (w *work) addRiver(s, e int) {
	p := span{s: s, e: e, typ: extract.Place, rule: "ner.place.river", key: "place/" + w.v.text[s:e]}
	w.places = append(w.places, p)
	w.newPlaces = append(w.newPlaces, p)
	w.occupy(s, e)
	if w.placeEnd[e] == 0 {
		w.placeEnd[e] = int32(len(w.places))
	}
}
