package lexicon

import "unicode/utf8"

// runeTrie is a trie over the runes of a set of words, for the longest
// word that starts (or, built reversed, ends) at a position of a text. A
// walk stops at the first rune no word continues with, so most positions
// of a text cost one map lookup instead of one string lookup per length.
type runeTrie struct {
	next  edgeTable // node<<32 | rune → child node; the root is node 0
	term  []bool    // term[node]: a word ends at node
	first RuneSet   // the runes the root has children for
	// pairs has the bit pairBit(r1, r2) set for the first two runes (in
	// trie order) of every word of two runes or more; single holds the
	// words of one rune. A walk whose first two runes have no bit needs
	// no lookup in next.
	pairs  [1 << 10]uint64
	single RuneSet
}

func pairBit(r1, r2 rune) uint32 {
	return uint32((uint64(uint32(r1))<<21 ^ uint64(uint32(r2))) * 0x9E3779B97F4A7C15 >> 48)
}

func newRuneTrie() *runeTrie {
	return &runeTrie{term: []bool{false}}
}

func trieKey(node int32, r rune) uint64 { return uint64(node)<<32 | uint64(uint32(r)) }

// child returns the child of node by r, creating it.
func (t *runeTrie) child(node int32, r rune) int32 {
	if node == 0 {
		t.first.Add(r)
	}
	k := trieKey(node, r)
	if c, ok := t.next.get(k); ok {
		return c
	}
	c := int32(len(t.term))
	t.term = append(t.term, false)
	t.next.put(k, c)
	return c
}

// add inserts word; reverse inserts its runes last to first. Words that
// are not valid UTF-8 are skipped: no text position can match them, as
// the walks stop at an invalid byte.
func (t *runeTrie) add(word string, reverse bool) {
	if word == "" || !utf8.ValidString(word) {
		return
	}
	var runes []rune
	if reverse {
		for e := len(word); e > 0; {
			r, n := utf8.DecodeLastRuneInString(word[:e])
			e -= n
			runes = append(runes, r)
		}
	} else {
		runes = []rune(word)
	}
	node := int32(0)
	for _, r := range runes {
		node = t.child(node, r)
	}
	t.term[node] = true
	if len(runes) == 1 {
		t.single.Add(runes[0])
	} else {
		b := pairBit(runes[0], runes[1])
		t.pairs[b>>6] |= 1 << (b & 63)
	}
}

// longestFrom returns the end of the longest word that starts at byte
// offset start of text, or -1.
func (t *runeTrie) longestFrom(text string, start int) int {
	if start >= len(text) {
		return -1
	}
	r1, ok := Decode3(text, start)
	n1 := 3
	if !ok {
		r1, n1 = DecodeRune(text, start)
	}
	return t.longestFromRune(text, start, r1, n1)
}

// longestFromRune is longestFrom where the caller has decoded the rune r1
// of n1 bytes at start (DecodeRune(text, start), start < len(text)). Each
// rune of the walk is decoded once.
func (t *runeTrie) longestFromRune(text string, start int, r1 rune, n1 int) int {
	if !t.first.Has(r1) {
		return -1 // most positions of a text
	}
	if r1 == utf8.RuneError && n1 <= 1 {
		return -1
	}
	// no word of two runes or more can start here: at most r1 alone
	e := start + n1
	if e == len(text) {
		return t.singleEnd(r1, e)
	}
	r2, ok := Decode3(text, e)
	n2 := 3
	if !ok {
		r2, n2 = DecodeRune(text, e)
	}
	if r2 == utf8.RuneError && n2 <= 1 {
		return t.singleEnd(r1, e)
	}
	if b := pairBit(r1, r2); t.pairs[b>>6]&(1<<(b&63)) == 0 {
		return t.singleEnd(r1, e)
	}
	best := -1
	node, ok := t.next.get(trieKey(0, r1))
	if !ok {
		return -1
	}
	if t.term[node] {
		best = e
	}
	r, n := r2, n2
	for i := e; ; {
		c, ok := t.next.get(trieKey(node, r))
		if !ok {
			break
		}
		i += n
		node = c
		if t.term[c] {
			best = i
		}
		if i >= len(text) {
			break
		}
		if r, ok = Decode3(text, i); ok {
			n = 3
		} else {
			r, n = DecodeRune(text, i)
		}
		if r == utf8.RuneError && n <= 1 {
			break
		}
	}
	return best
}

// singleEnd is what longestFrom returns where no word of two runes or
// more can start: e, the end of r1, when r1 alone is a word, or -1.
func (t *runeTrie) singleEnd(r1 rune, e int) int {
	if t.single.Has(r1) {
		return e
	}
	return -1
}

// longestBefore returns the start of the longest word that ends at byte
// offset end of text (a trie built reversed), or -1.
func (t *runeTrie) longestBefore(text string, end int) int {
	if end <= 0 || end > len(text) {
		return -1
	}
	r, ok := DecodeLast3(text, end)
	if !ok {
		r, _ = DecodeLastRune(text, end)
	}
	if !t.first.Has(r) {
		return -1
	}
	best := -1
	node := int32(0)
	for i := end; i > 0; {
		r, ok := DecodeLast3(text, i)
		n := 3
		if !ok {
			r, n = DecodeLastRune(text, i)
		}
		if r == utf8.RuneError && n <= 1 {
			break
		}
		c, ok := t.next.get(trieKey(node, r))
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

// edgeTable maps uint64 keys to positive int32 values: an open-addressing
// hash table with linear probing, a few times faster than a Go map for
// the lookups of a trie walk. A value of 0 marks an empty slot.
type edgeTable struct {
	keys  []uint64
	vals  []int32
	n     int
	shift uint // 64 - log2(len(keys))
}

func (h *edgeTable) slot(k uint64) int {
	return int((k * 0x9E3779B97F4A7C15) >> h.shift)
}

func (h *edgeTable) get(k uint64) (int32, bool) {
	if h.n == 0 {
		return 0, false
	}
	mask := len(h.keys) - 1
	for i := h.slot(k); ; i = (i + 1) & mask {
		if h.vals[i] == 0 {
			return 0, false
		}
		if h.keys[i] == k {
			return h.vals[i], true
		}
	}
}

// put sets the value of k; v must be positive.
func (h *edgeTable) put(k uint64, v int32) {
	if v <= 0 {
		panic("lexicon: edgeTable value must be positive")
	}
	if 2*(h.n+1) > len(h.keys) {
		h.grow()
	}
	mask := len(h.keys) - 1
	for i := h.slot(k); ; i = (i + 1) & mask {
		if h.vals[i] == 0 {
			h.keys[i], h.vals[i] = k, v
			h.n++
			return
		}
		if h.keys[i] == k {
			h.vals[i] = v
			return
		}
	}
}

func (h *edgeTable) grow() {
	size := 64
	if len(h.keys) > 0 {
		size = 2 * len(h.keys)
	}
	old := *h
	shift := uint(64)
	for s := size; s > 1; s >>= 1 {
		shift--
	}
	*h = edgeTable{keys: make([]uint64, size), vals: make([]int32, size), shift: shift}
	for i, v := range old.vals {
		if v != 0 {
			h.put(old.keys[i], v)
		}
	}
}

// RuneSet is a set of runes with a bitmap for the Basic Multilingual
// Plane: a lookup costs a shift and a mask, far less than a map. The zero
// value is an empty set.
type RuneSet struct {
	bmp   [1 << 10]uint64
	other map[rune]bool
}

// NewRuneSet returns the set of the runes of the strings.
func NewRuneSet(chars ...string) *RuneSet {
	s := &RuneSet{}
	for _, c := range chars {
		for _, r := range c {
			s.Add(r)
		}
	}
	return s
}

// Add adds r to the set.
func (s *RuneSet) Add(r rune) {
	if r >= 0 && r < 1<<16 {
		s.bmp[r>>6] |= 1 << (uint(r) & 63)
		return
	}
	if s.other == nil {
		s.other = map[rune]bool{}
	}
	s.other[r] = true
}

// Has reports whether r is in the set.
func (s *RuneSet) Has(r rune) bool {
	if r >= 0 && r < 1<<16 {
		return s.bmp[r>>6]&(1<<(uint(r)&63)) != 0
	}
	return s.other[r]
}

// DecodeRune is utf8.DecodeRuneInString(s[i:]) with the one-, two- and
// three-byte forms (all of the Basic Multilingual Plane, so nearly every
// character of a Chinese text) decoded inline.
// Decode3 decodes the three-byte character at s[i:] led by 0xE1 to 0xEF
// but 0xED (U+1000 to U+FFFF but the surrogates: CJK punctuation,
// ideographs, full-width forms), the characters of most of a Chinese
// text: followed by two continuation bytes such a lead byte is always a
// valid character. ok is false for anything else, which the caller
// decodes the general way. Small enough to be inlined in the loops that
// read a text character by character.
func Decode3(s string, i int) (r rune, ok bool) {
	if i+2 < len(s) {
		if c := s[i : i+3]; c[0]-0xE1 < 0x0F && c[0] != 0xED && (c[1]^0x80)|(c[2]^0x80) < 0x40 {
			return rune(c[0]&0x0F)<<12 | rune(c[1]&0x3F)<<6 | rune(c[2]&0x3F), true
		}
	}
	return 0, false
}

// DecodeLast3 is Decode3 of the character that ends at end: it decodes
// the three bytes before end when they are such a character (then
// DecodeLastRune(s, end) is that character of three bytes), ok is false
// for anything else.
func DecodeLast3(s string, end int) (r rune, ok bool) {
	if end >= 3 && end <= len(s) {
		if c := s[end-3 : end]; c[0]-0xE1 < 0x0F && c[0] != 0xED && (c[1]^0x80)|(c[2]^0x80) < 0x40 {
			return rune(c[0]&0x0F)<<12 | rune(c[1]&0x3F)<<6 | rune(c[2]&0x3F), true
		}
	}
	return 0, false
}

func DecodeRune(s string, i int) (rune, int) {
	if i < len(s) {
		b0 := s[i]
		if b0 < 0x80 {
			return rune(b0), 1
		}
		if b0&0xF0 == 0xE0 && i+2 < len(s) {
			b1, b2 := s[i+1], s[i+2]
			if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
				if r := rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
					return r, 3
				}
			}
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// DecodeLastRune is utf8.DecodeLastRuneInString(s[:end]) with the ASCII
// and three-byte forms decoded inline.
func DecodeLastRune(s string, end int) (rune, int) {
	if end > 0 && end <= len(s) {
		b := s[end-1]
		if b < 0x80 {
			return rune(b), 1
		}
		if end >= 3 {
			b0, b1 := s[end-3], s[end-2]
			if b0&0xF0 == 0xE0 && b1&0xC0 == 0x80 && b&0xC0 == 0x80 {
				if r := rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
					return r, 3
				}
			}
		}
	}
	return utf8.DecodeLastRuneInString(s[:end])
}
