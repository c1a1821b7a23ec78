package ner

import (
	"strings"
	"unicode/utf8"
)

// wordSet answers "does s start (or end) with one of the words" with one
// map lookup of the first (or last) rune of s and a comparison with the
// few words that start (or end) with it, instead of a comparison with
// every word of the list.
type wordSet struct {
	byFirst map[rune][]string
	byLast  map[rune][]string
}

func newWordSet(words ...[]string) *wordSet {
	ws := &wordSet{byFirst: map[rune][]string{}, byLast: map[rune][]string{}}
	for _, list := range words {
		for _, w := range list {
			f, _ := utf8.DecodeRuneInString(w)
			l, _ := utf8.DecodeLastRuneInString(w)
			ws.byFirst[f] = append(ws.byFirst[f], w)
			ws.byLast[l] = append(ws.byLast[l], w)
		}
	}
	return ws
}

// prefixOf reports whether s starts with one of the words.
func (ws *wordSet) prefixOf(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	for _, w := range ws.byFirst[r] {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// suffixOf reports whether s ends with one of the words.
func (ws *wordSet) suffixOf(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	for _, w := range ws.byLast[r] {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// Word sets of the cue lists, built once.
var (
	rightCueSet   = newWordSet(rightCues)
	leftCueSet    = newWordSet(leftCues)
	timeWordSet   = newWordSet(timeWords)
	namedAfterSet = newWordSet(namedAfter)
)

// bylineFirst maps the first rune of each byline label to the indexes of
// the labels that start with it.
var bylineFirst = func() map[rune][]int {
	m := map[rune][]int{}
	for i, lab := range bylineLabels {
		r, _ := utf8.DecodeRuneInString(lab)
		m[r] = append(m[r], i)
	}
	return m
}()

// bylineOffsets returns, for each byline label, the offsets in t where it
// occurs, in text order: one pass over t for all labels.
func bylineOffsets(t string) [][]int {
	var occ [][]int
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		for _, li := range bylineFirst[r] {
			if strings.HasPrefix(t[i:], bylineLabels[li]) {
				if occ == nil {
					occ = make([][]int, len(bylineLabels))
				}
				occ[li] = append(occ[li], i)
			}
		}
		i += n
	}
	return occ
}
