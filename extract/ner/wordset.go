package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract/lexicon"
)

// wordSet answers "does s start (or end) with one of the words" with one
// map lookup of the first (or last) rune of s and a comparison with the
// few words that start (or end) with it, instead of a comparison with
// every word of the list.
type wordSet struct {
	byFirst, byLast map[rune][]string
	first, last     lexicon.RuneSet // the keys of the maps
}

func newWordSet(words ...[]string) *wordSet {
	ws := &wordSet{byFirst: map[rune][]string{}, byLast: map[rune][]string{}}
	for _, list := range words {
		for _, w := range list {
			f, _ := utf8.DecodeRuneInString(w)
			l, _ := utf8.DecodeLastRuneInString(w)
			ws.byFirst[f] = append(ws.byFirst[f], w)
			ws.byLast[l] = append(ws.byLast[l], w)
			ws.first.Add(f)
			ws.last.Add(l)
		}
	}
	return ws
}

// words returns the words of the set.
func (ws *wordSet) words() []string {
	var out []string
	for _, list := range ws.byFirst {
		out = append(out, list...)
	}
	return out
}

// prefixOf reports whether s starts with one of the words.
func (ws *wordSet) prefixOf(s string) bool {
	r, ok := lexicon.Decode3(s, 0)
	if !ok {
		r, _ = lexicon.DecodeRune(s, 0)
	}
	if !ws.first.Has(r) {
		return false
	}
	for _, w := range ws.byFirst[r] {
		if lexicon.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// suffixOf reports whether s ends with one of the words.
func (ws *wordSet) suffixOf(s string) bool {
	r, ok := lexicon.DecodeLast3(s, len(s))
	if !ok {
		r, _ = lexicon.DecodeLastRune(s, len(s))
	}
	if !ws.last.Has(r) {
		return false
	}
	for _, w := range ws.byLast[r] {
		if lexicon.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// Word sets of the cue lists, built once.
var (
	rightCueSet     = newWordSet(rightCues)
	leftCueSet      = newWordSet(leftCues)
	timeWordSet     = newWordSet(timeWords)
	afterSubjectSet = newWordSet(afterSubject, mannerAdverbs)
	mannerAdverbSet = newWordSet(mannerAdverbs)
	subjectVerbSet  = newWordSet(subjectVerbs)
	namedAfterSet   = newWordSet(namedAfter)
	appointCueSet   = newWordSet(appointCues)
	visitCueSet     = newWordSet(visitCues)
	visitVerbSet    = newWordSet(visitVerbs)
	honourCueSet    = newWordSet(honourCues)
	roleWords       = func() map[string]bool {
		m := map[string]bool{}
		for _, r := range leftCues {
			m[r] = true
		}
		return m
	}()
)

// bylineFirst maps the first rune of each byline label to the indexes of
// the labels that start with it.
var bylineFirst, bylineFirstSet = func() (map[rune][]int, *lexicon.RuneSet) {
	m := map[rune][]int{}
	set := &lexicon.RuneSet{}
	for i, lab := range bylineLabels {
		r, _ := utf8.DecodeRuneInString(lab)
		m[r] = append(m[r], i)
		set.Add(r)
	}
	return m, set
}()

// bylineOffsets returns, for each byline label, the offsets in t where it
// occurs, in text order, given the offsets (in text order) of every
// character a label starts with.
func bylineOffsets(t string, starts []int32) [][]int {
	var occ [][]int
	for _, i32 := range starts {
		i := int(i32)
		r, _ := lexicon.DecodeRune(t, i)
		for _, li := range bylineFirst[r] {
			if lexicon.HasPrefix(t[i:], bylineLabels[li]) {
				if occ == nil {
					occ = make([][]int, len(bylineLabels))
				}
				occ[li] = append(occ[li], i)
			}
		}
	}
	return occ
}

// nameOffsets returns, for each name, the offsets in t where it occurs (all
// of them, overlapping or not), in text order: one pass over t for all
// names, where a strings.Index loop a name would scan t once a name.
//
// When every name that is a run of whole characters starts with a rune
// covered says yes to, and starts lists (in text order) every offset
// where such a rune starts, only those offsets are looked at.
func nameOffsets(t string, rt *runeTable, names []string, starts []int32, covered func(rune) bool) [][]int {
	occ := make([][]int, len(names))
	all := covered != nil
	var first lexicon.RuneSet
	byFirst := make(map[rune][]int, len(names))
	for ni, name := range names {
		if name == "" || !utf8.RuneStart(name[0]) {
			// not a run of whole characters: searched byte by byte
			for off := 0; off < len(t); {
				k := strings.Index(t[off:], name)
				if k < 0 {
					break
				}
				occ[ni] = append(occ[ni], off+k)
				off += k + 1
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(name)
		first.Add(r)
		byFirst[r] = append(byFirst[r], ni)
		all = all && covered(r)
	}
	if len(byFirst) == 0 {
		return occ
	}
	if all {
		for _, i32 := range starts {
			i := int(i32)
			r, _ := rt.at(i)
			for _, ni := range byFirst[r] {
				if lexicon.HasPrefix(t[i:], names[ni]) {
					occ[ni] = append(occ[ni], i)
				}
			}
		}
		return occ
	}
	for i := 0; i < len(t); {
		r, n := rt.at(i)
		if first.Has(r) {
			for _, ni := range byFirst[r] {
				if lexicon.HasPrefix(t[i:], names[ni]) {
					occ[ni] = append(occ[ni], i)
				}
			}
		}
		i += n
	}
	return occ
}
