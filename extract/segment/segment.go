package segment

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"

	"github.com/zhkg/zhkg/extract"
)

// DefaultUserFreq is the frequency AddWord uses when given none (freq <= 0).
// It is enough for a three- or four-character name to stay one token in
// ordinary running text.
const DefaultUserFreq = 1000

// pseudoPOS tags a character that starts no dictionary word (gse's "x").
const pseudoPOS = "x"

var (
	loadOnce  sync.Once
	stockDict *dict
	loadErr   error
)

// loadStock decodes the embedded dictionary once per process.
func loadStock() (*dict, error) {
	loadOnce.Do(func() { stockDict, loadErr = decodeDict(dictBin) })
	return stockDict, loadErr
}

// Preload starts decoding the stock dictionary in the background, so that
// a later Default returns sooner. It is safe to call any number of times.
func Preload() { go loadStock() }

// Segmenter splits Chinese text into words with gse's algorithm and gse's
// stock simplified Chinese dictionary, plus its own user words.
//
// A Segmenter is safe for concurrent use; AddWord may run while other
// goroutines call Tokens. The zero Segmenter uses the stock dictionary
// (and returns no tokens if it cannot be loaded); Default reports errors.
type Segmenter struct {
	d *dict

	mu   sync.RWMutex
	user *userDict // nil until the first AddWord
}

// userDict holds the words added with AddWord. Its keys are the words with
// ASCII letters lowered, and every proper prefix of a word (in units) is a
// key too, with entry -1, so that a lookup can stop at the first miss.
type userDict struct {
	keys     map[string]int32
	entries  []userEntry
	maxUnits int
	// first has bit l set when a word begins with the unit of label l
	// below 0x10000 (one character, not of a letter and digit run)
	first [0x10000 / 64]uint64
}

// mayStart reports whether a user word may begin with the unit of label
// l: a unit of one character begins one only if first says so (its key
// is the character itself, which only a word beginning with that unit
// has as a key).
func (u *userDict) mayStart(l uint32) bool {
	if l < 0x10000 {
		return u.first[l>>6]&(1<<(l&63)) != 0
	}
	return true
}

type userEntry struct {
	dist float32
	pos  string
}

// stock returns the dictionary of s: its own, or for a zero Segmenter the
// stock one (nil if that fails to load).
func (s *Segmenter) stock() *dict {
	if s.d != nil {
		return s.d
	}
	d, _ := loadStock()
	return d
}

// Default returns a new Segmenter over the stock dictionary, which is
// decoded once per process and shared by all Segmenters. User words are
// per Segmenter: each Extractor should take its own. Default fails only
// when the embedded dictionary is corrupt.
func Default() (*Segmenter, error) {
	d, err := loadStock()
	if err != nil {
		return nil, fmt.Errorf("load segmenter: %w", err)
	}
	return &Segmenter{d: d}, nil
}

// AddWord adds a user word with a gse frequency and a jieba-style tag.
// A user word replaces a stock word with the same text. With freq <= 0 the
// word gets DefaultUserFreq. Spaces inside word are ignored; an empty word
// is ignored.
func (s *Segmenter) AddWord(word string, freq float64, pos string) {
	word = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, word)
	if word == "" {
		return
	}
	d := s.stock()
	if d == nil {
		return
	}
	if freq <= 0 || math.IsNaN(freq) {
		freq = DefaultUserFreq
	}
	e := userEntry{dist: d.logTotal - float32(math.Log2(freq)), pos: pos}
	us := d.split(word, 0, len(word), nil)
	var key []byte

	s.mu.Lock()
	defer s.mu.Unlock()
	if s.user == nil {
		s.user = &userDict{keys: map[string]int32{}}
	}
	u := s.user
	for i, x := range us {
		key = appendLower(key, word[x.start:x.end])
		k := string(key)
		if i == len(us)-1 {
			if v, ok := u.keys[k]; ok && v >= 0 {
				u.entries[v] = e
			} else {
				u.keys[k] = int32(len(u.entries))
				u.entries = append(u.entries, e)
			}
		} else if _, ok := u.keys[k]; !ok {
			u.keys[k] = -1
		}
	}
	u.maxUnits = max(u.maxUnits, len(us))
	if l := us[0].label; l < 0x10000 {
		u.first[l>>6] |= 1 << (l & 63)
	}
}

// Tokens segments text and returns its words with byte offsets into text
// and their tags. Whitespace is not reported. A token that spans dropped
// layout spaces keeps them inside its span; its Text has them removed.
func (s *Segmenter) Tokens(text string) []extract.Token {
	return s.appendTokens(make([]extract.Token, 0, len(text)/5+1), text, 0, len(text))
}

// jumper is the best path found so far to the end of a unit (gse's jumper).
type jumper struct {
	min float32
	ref int32 // trie node of a stock word, -1 for a pseudo word, -2-i for user entry i
	n   int32 // units in the word
}

type match struct {
	n    int32
	ref  int32
	dist float32
}

// work holds the buffers of one segmentation.
type work struct {
	units   []unit
	jumpers []jumper
	matches []match
	keys    []byte  // lowered unit text, for user words
	koff    []int32 // koff[i]: start of unit i in keys; koff[len(units)] = len(keys)
	firsts  []int32 // the first unit of each word of the best path, from the end
}

var workPool = sync.Pool{New: func() any { return new(work) }}

// appendTokens segments text[lo:hi] and appends its tokens to out.
func (s *Segmenter) appendTokens(out []extract.Token, text string, lo, hi int) []extract.Token {
	if lo >= hi {
		return out
	}
	d := s.stock()
	if d == nil {
		return out
	}
	w := workPool.Get().(*work)
	defer workPool.Put(w)
	w.units = d.split(text, lo, hi, w.units[:0])
	us := w.units
	if len(us) == 0 {
		return out
	}

	s.mu.RLock()
	defer s.mu.RUnlock()
	user := s.user
	if user != nil {
		w.keys, w.koff = w.keys[:0], w.koff[:0]
		for _, u := range us {
			w.koff = append(w.koff, int32(len(w.keys)))
			w.keys = appendLower(w.keys, text[u.start:u.end])
		}
		w.koff = append(w.koff, int32(len(w.keys)))
	}

	if cap(w.jumpers) < len(us) {
		w.jumpers = make([]jumper, len(us))
	}
	js := w.jumpers[:len(us)]
	clear(js)
	root, nodes := d.root, d.nodes
	for cur := range us {
		var base float32
		if cur > 0 {
			base = js[cur-1].min
		}
		// the user words that start here, in order of length; one
		// replaces the stock word of its length
		ums := w.matches[:0]
		if user != nil && user.mayStart(us[cur].label) {
			for k := cur; k < len(us) && k-cur < user.maxUnits; k++ {
				v, ok := user.keys[string(w.keys[w.koff[cur]:w.koff[k+1]])]
				if !ok {
					break
				}
				if v >= 0 {
					ums = append(ums, match{n: int32(k - cur + 1), ref: -2 - v, dist: user.entries[v].dist})
				}
			}
			w.matches = ums
		}
		one := false // a word of one unit starts here
		ui := 0
		// the trie walk: the first step through the root's table
		node := int32(-1)
		if l := us[cur].label; l < uint32(len(root)) {
			node = root[l]
		} else if l != noLabel {
			node = d.child(0, l)
		}
		for k := cur; node >= 0; {
			if nd := &nodes[node]; nd.word {
				n := int32(k - cur + 1)
				replaced := false // by the user word of its length
				if len(ums) > 0 {
					for ui < len(ums) && ums[ui].n < n {
						ui++
					}
					replaced = ui < len(ums) && ums[ui].n == n
				}
				if !replaced {
					relax(&js[k], base, nd.dist, node, n)
					one = one || n == 1
				}
			}
			if k++; k == len(us) {
				break
			}
			l := us[k].label
			if l == noLabel {
				break
			}
			if lo, hi := nodes[node].first, nodes[node+1].first; hi-lo > wideMin {
				node = d.wide.get(edgeKey(node, l))
			} else {
				node = d.search(lo, hi, l)
			}
		}
		for _, m := range ums {
			relax(&js[cur+int(m.n)-1], base, m.dist, m.ref, m.n)
			one = one || m.n == 1
		}
		if !one {
			relax(&js[cur], base, pseudoDistance, -1, 1)
		}
	}

	// walk the best path back from the end, then make the tokens in
	// text order
	firsts := w.firsts[:0]
	for end := len(us) - 1; end >= 0; {
		first := end - int(js[end].n) + 1
		firsts = append(firsts, int32(first))
		end = first - 1
	}
	for i := len(firsts) - 1; i >= 0; i-- {
		f, e := int(firsts[i]), len(us)
		if i > 0 {
			e = int(firsts[i-1])
		}
		ref := js[e-1].ref
		if e-f == 1 && ref >= -1 {
			// one unit, a stock word or a character of none: most tokens
			u := &us[f]
			if u.space {
				continue
			}
			pos := pseudoPOS
			if ref >= 0 {
				pos = d.tags[nodes[ref].pos]
			}
			out = append(out, extract.Token{Span: extract.Span{Start: int(u.start), End: int(u.end)}, Text: text[u.start:u.end], POS: pos})
			continue
		}
		out = s.appendToken(out, text, us[f:e], ref, user)
	}
	w.firsts = firsts
	return out
}

// relax is gse's updateJumper, including its reading of a zero distance
// as "not reached yet": the word of n units with cost dist and reference
// ref, after a path of length base, ends at j.
func relax(j *jumper, base, dist float32, ref, n int32) {
	nd := base + dist
	if j.min == 0 || j.min > nd {
		j.min, j.ref, j.n = nd, ref, n
	}
}

// appendToken appends the token of the units us, of the word ref (see
// jumper), to out; a word of whitespace is not reported.
func (s *Segmenter) appendToken(out []extract.Token, text string, us []unit, ref int32, user *userDict) []extract.Token {
	start, end := int(us[0].start), int(us[len(us)-1].end)
	t := extract.Token{Span: extract.Span{Start: start, End: end}}
	if len(us) == 1 {
		if us[0].space {
			return out
		}
		t.Text = text[start:end]
	} else {
		n, space := 0, true
		for _, u := range us {
			n += int(u.end - u.start)
			space = space && u.space
		}
		if space {
			return out
		}
		if n == end-start {
			t.Text = text[start:end]
		} else {
			var b strings.Builder
			b.Grow(n)
			for _, u := range us {
				b.WriteString(text[u.start:u.end])
			}
			t.Text = b.String()
		}
	}
	switch {
	case ref >= 0:
		d := s.stock()
		t.POS = d.tags[d.nodes[ref].pos]
	case ref == -1:
		t.POS = pseudoPOS
	default:
		t.POS = user.entries[-2-ref].pos
	}
	return append(out, t)
}
