package gazetteer

import (
	"slices"
	"unicode/utf8"
)

// trie is a character trie of sorted strings in breadth-first order, so
// that the children of a node are one run of nodes sorted by character:
// the children of node n are the nodes kids[n] to kids[n+1]-1. Node 0 is
// the root; its children are also found through a table indexed by
// character. It is built in one pass per level over the sorted strings.
type trie struct {
	rs   []rune  // rs[n]: the character that leads to node n
	kids []int32 // len(rs)+1 entries
	item []int32 // item[n]: index of the string ending at node n, or -1
	// children of the root: for a character in [rootLo, rootHi) the node
	// is rootTab[r-rootLo] (0 for none), for any other rootMap[r]
	rootTab []int32
	rootMap map[rune]int32
	// pairs is a Bloom-style gate: the bit pairHash(r0, r1) is set for the
	// first two characters of every key, so most positions of a text are
	// ruled out with one bit. It is nil when some key has one character.
	pairs []uint64
}

// pairBits is the log2 of the size of the gate in bits (64 KiB: a few per
// cent of false hits for the gazetteer's forms).
const pairBits = 19

func pairHash(r0, r1 rune) uint64 {
	return (uint64(r0)<<21 | uint64(r1)) * 0x9e3779b97f4a7c15 >> (64 - pairBits)
}

// The CJK blocks (Extension A to the unified ideographs) index the root
// children through a table.
const (
	rootLo = 0x3400
	rootHi = 0xa000
)

// linearKids is the most children searched one by one; more are bisected.
const linearKids = 8

// newTrie builds the trie of keys, which must be sorted in byte order,
// distinct and valid UTF-8; item i of the trie is keys[i]. size is a hint
// of the number of nodes.
func newTrie(keys []string, size int) *trie {
	size = max(size, 1)
	t := &trie{
		rs:      make([]rune, 1, size),
		kids:    make([]int32, 0, size+1),
		item:    make([]int32, 1, size),
		rootTab: make([]int32, rootHi-rootLo),
		rootMap: map[rune]int32{},
	}
	t.item[0] = -1
	t.pairs = make([]uint64, 1<<pairBits/64)
	for _, k := range keys {
		r0, n := utf8.DecodeRuneInString(k)
		if n == len(k) {
			t.pairs = nil // a key of one character (or none): no gate
			break
		}
		r1, _ := decodeRune(k[n:])
		h := pairHash(r0, r1)
		t.pairs[h>>6] |= 1 << (h & 63)
	}
	// span[n]: the keys below node n, keys[lo:hi], which share their
	// first off bytes
	type span struct{ lo, hi, off int32 }
	spans := make([]span, 1, size)
	spans[0] = span{0, int32(len(keys)), 0}
	for n := 0; n < len(spans); n++ {
		sp := spans[n]
		t.kids = append(t.kids, int32(len(spans)))
		lo, off := int(sp.lo), int(sp.off)
		if lo < int(sp.hi) && len(keys[lo]) == off {
			t.item[n] = int32(lo)
			lo++
		}
		for lo < int(sp.hi) {
			r, size := utf8.DecodeRuneInString(keys[lo][off:])
			next := keys[lo][off : off+size]
			hi := lo + 1
			for hi < int(sp.hi) && len(keys[hi]) >= off+size && keys[hi][off:off+size] == next {
				hi++
			}
			id := int32(len(spans))
			spans = append(spans, span{int32(lo), int32(hi), int32(off + size)})
			t.rs = append(t.rs, r)
			t.item = append(t.item, -1)
			if n == 0 {
				if r >= rootLo && r < rootHi {
					t.rootTab[r-rootLo] = id
				} else {
					t.rootMap[r] = id
				}
			}
			lo = hi
		}
	}
	t.kids = append(t.kids, int32(len(spans)))
	return t
}

// child returns the child of node n for r, or -1.
func (t *trie) child(n int32, r rune) int32 {
	if n == 0 {
		if r >= rootLo && r < rootHi {
			if k := t.rootTab[r-rootLo]; k > 0 {
				return k
			}
			return -1
		}
		if k, ok := t.rootMap[r]; ok {
			return k
		}
		return -1
	}
	lo, hi := t.kids[n], t.kids[n+1]
	if hi-lo <= linearKids {
		for k := lo; k < hi; k++ {
			if c := t.rs[k]; c >= r {
				if c == r {
					return k
				}
				return -1
			}
		}
		return -1
	}
	if i, ok := slices.BinarySearch(t.rs[lo:hi], r); ok {
		return lo + int32(i)
	}
	return -1
}

// prefixes calls yield with the end (in bytes) and the item of every key
// that is a prefix of text, shortest first, until yield returns false.
func (t *trie) prefixes(text string, yield func(end int, item int32) bool) {
	if text == "" {
		return
	}
	r0, n0 := decodeRune(text)
	t.prefixesFrom(text, r0, n0, yield)
}

// prefixesFrom is prefixes of a text that starts with r0, encoded in n0
// bytes (as decodeRune reads it).
func (t *trie) prefixesFrom(text string, r0 rune, n0 int, yield func(end int, item int32) bool) {
	if t.pairs != nil {
		if n0 == len(text) {
			return // every key has two characters or more
		}
		r1, _ := decodeRune(text[n0:])
		h := pairHash(r0, r1)
		if t.pairs[h>>6]&(1<<(h&63)) == 0 {
			return
		}
	}
	n := int32(0)
	r, size := r0, n0
	for end := 0; end < len(text); {
		if end > 0 {
			r, size = decodeRune(text[end:])
		}
		if r == utf8.RuneError && size <= 1 {
			return // no key holds a broken character
		}
		if n = t.child(n, r); n < 0 {
			return
		}
		end += size
		if it := t.item[n]; it >= 0 && !yield(end, it) {
			return
		}
	}
}

// pairMay is the gate of prefixesFrom: false when no key starts with r0
// and r1. Without a gate (a key of one character) it is always true.
func (t *trie) pairMay(r0, r1 rune) bool {
	if t.pairs == nil {
		return true
	}
	h := pairHash(r0, r1)
	return t.pairs[h>>6]&(1<<(h&63)) != 0
}

// decodeRune is utf8.DecodeRuneInString with the three-byte characters of
// Chinese text decoded inline.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0]&0xf0 == 0xe0 && s[1]&0xc0 == 0x80 && s[2]&0xc0 == 0x80 {
		r := rune(s[0]&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f)
		if r >= 0x800 && (r < 0xd800 || r > 0xdfff) {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(s)
}
