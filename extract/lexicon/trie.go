package lexicon

import "unicode/utf8"

// runeTrie is a trie over the runes of a set of words, for the longest
// word that starts (or, built reversed, ends) at a position of a text. A
// walk stops at the first rune no word continues with, so most positions
// of a text cost one map lookup instead of one string lookup per length.
type runeTrie struct {
	next map[uint64]int32 // node<<32 | rune → child node; the root is node 0
	term []bool           // term[node]: a word ends at node
}

func newRuneTrie() *runeTrie {
	return &runeTrie{next: map[uint64]int32{}, term: []bool{false}}
}

func trieKey(node int32, r rune) uint64 { return uint64(node)<<32 | uint64(uint32(r)) }

// child returns the child of node by r, creating it.
func (t *runeTrie) child(node int32, r rune) int32 {
	k := trieKey(node, r)
	if c, ok := t.next[k]; ok {
		return c
	}
	c := int32(len(t.term))
	t.term = append(t.term, false)
	t.next[k] = c
	return c
}

// add inserts word; reverse inserts its runes last to first. Words that
// are not valid UTF-8 are skipped: no text position can match them, as
// the walks stop at an invalid byte.
func (t *runeTrie) add(word string, reverse bool) {
	if word == "" || !utf8.ValidString(word) {
		return
	}
	node := int32(0)
	if reverse {
		for e := len(word); e > 0; {
			r, n := utf8.DecodeLastRuneInString(word[:e])
			e -= n
			node = t.child(node, r)
		}
	} else {
		for _, r := range word {
			node = t.child(node, r)
		}
	}
	t.term[node] = true
}

// longestFrom returns the end of the longest word that starts at byte
// offset start of text, or -1.
func (t *runeTrie) longestFrom(text string, start int) int {
	best := -1
	node := int32(0)
	for i := start; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		c, ok := t.next[trieKey(node, r)]
		if !ok {
			break
		}
		i += n
		node = c
		if t.term[c] {
			best = i
		}
	}
	return best
}

// longestBefore returns the start of the longest word that ends at byte
// offset end of text (a trie built reversed), or -1.
func (t *runeTrie) longestBefore(text string, end int) int {
	best := -1
	node := int32(0)
	for i := end; i > 0; {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		c, ok := t.next[trieKey(node, r)]
		if !ok {
			break
		}
		i -= n
		node = c
		if t.term[c] {
			best = i
		}
	}
	return best
}

// runeSet is a set of runes with a bitmap for the Basic Multilingual Plane.
type runeSet struct {
	bmp   [1 << 10]uint64
	other map[rune]bool
}

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 1<<16 {
		s.bmp[r>>6] |= 1 << (uint(r) & 63)
		return
	}
	if s.other == nil {
		s.other = map[rune]bool{}
	}
	s.other[r] = true
}

func (s *runeSet) has(r rune) bool {
	if r >= 0 && r < 1<<16 {
		return s.bmp[r>>6]&(1<<(uint(r)&63)) != 0
	}
	return s.other[r]
}
