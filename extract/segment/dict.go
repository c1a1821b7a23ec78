package segment

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
)

//go:embed dict.bin
var dictBin string

// magic opens the dictionary file written by internal/gendict.
const magic = "zhkgseg1"

// alnumBase is the first label of an alphanumeric unit; single-rune units
// are labelled with their code point, which is always smaller.
const alnumBase = 0x110000

// noLabel labels a unit that occurs in no dictionary word.
const noLabel = math.MaxUint32

// pseudoDistance is the path length gse gives a character that starts no
// dictionary word.
const pseudoDistance float32 = 32

// dict is the immutable stock dictionary as a trie over unit labels.
//
// Nodes are numbered in breadth-first order, so the children of node n are
// the nodes nodes[n].first .. nodes[n+1].first-1, sorted by label; the last
// node is a sentinel that only ends the children of the one before. A node
// holds what the segmentation reads of it (its label, the cost and tag of
// the word that ends there, where its children start) in 16 bytes, so a
// step down the trie touches one place in memory.
type dict struct {
	totalFreq float64
	logTotal  float32 // float32(log2(totalFreq)), as gse computes it
	tags      []string
	alnum     map[string]uint32 // alphanumeric unit -> label

	nodes []node
	root  []int32 // child of the root for labels below len(root), or -1
	wide  edges   // the children of nodes with more than wideMin children
}

// wideMin is the number of children above which a node's children are
// found through dict.wide instead of a search of its sorted children. The
// first characters of words have hundreds of children each (中 begins
// thousands of words), and the step below them is the one every position
// of the text takes.
const wideMin = 8

// edges is an open-addressing hash table from (node, label) to the child.
// A key and its child share a slot, so a lookup that hits reads one place
// in memory.
type edges struct {
	slots []edge
	shift uint8
}

type edge struct {
	key uint64 // node<<32 | label; emptyEdge when free
	val int32
}

const emptyEdge = ^uint64(0)

func edgeKey(n int32, l uint32) uint64 { return uint64(uint32(n))<<32 | uint64(l) }

func (e *edges) slot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> e.shift }

// get returns the child stored under k, or -1.
func (e *edges) get(k uint64) int32 {
	mask := uint64(len(e.slots) - 1)
	for i := e.slot(k); ; i = (i + 1) & mask {
		switch s := &e.slots[i]; s.key {
		case k:
			return s.val
		case emptyEdge:
			return -1
		}
	}
}

// fill builds the table of the children of every node with more than
// wideMin children.
func (e *edges) fill(ns []node) {
	n := 0
	for i := 0; i+1 < len(ns); i++ {
		if c := int(ns[i+1].first - ns[i].first); c > wideMin {
			n += c
		}
	}
	size, bits := 1, 0
	for size < 2*n+1 {
		size <<= 1
		bits++
	}
	e.slots = make([]edge, size)
	e.shift = uint8(64 - bits)
	for i := range e.slots {
		e.slots[i].key = emptyEdge
	}
	mask := uint64(size - 1)
	for i := 0; i+1 < len(ns); i++ {
		lo, hi := ns[i].first, ns[i+1].first
		if hi-lo <= wideMin {
			continue
		}
		for c := lo; c < hi; c++ {
			k := edgeKey(int32(i), ns[c].label)
			j := e.slot(k)
			for e.slots[j].key != emptyEdge {
				j = (j + 1) & mask
			}
			e.slots[j] = edge{k, c}
		}
	}
}

// node is one trie node.
type node struct {
	label uint32
	first int32   // the first child
	dist  float32 // the word that ends here: log2(total) - log2(freq), as float32
	pos   uint8   // its tag: index into tags
	word  bool    // a word ends here
}

// reader decodes the dictionary file.
type reader struct {
	s   string
	off int
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	var x uint64
	var shift uint
	for i := 0; ; i++ {
		if r.off >= len(r.s) || i == binary.MaxVarintLen64 {
			r.err = fmt.Errorf("bad varint at byte %d", r.off)
			return 0
		}
		b := r.s[r.off]
		r.off++
		if b < 0x80 {
			return x | uint64(b)<<shift
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
}

func (r *reader) byte() byte {
	if r.err != nil {
		return 0
	}
	if r.off >= len(r.s) {
		r.err = fmt.Errorf("unexpected end at byte %d", r.off)
		return 0
	}
	b := r.s[r.off]
	r.off++
	return b
}

func (r *reader) str() string {
	n := int(r.uvarint())
	if r.err != nil {
		return ""
	}
	if n > len(r.s)-r.off {
		r.err = fmt.Errorf("string of %d bytes at byte %d overruns the file", n, r.off)
		return ""
	}
	s := r.s[r.off : r.off+n]
	r.off += n
	return s
}

// decodeDict decodes a dictionary file and builds its trie.
func decodeDict(s string) (*dict, error) {
	if len(s) < len(magic)+8 || s[:len(magic)] != magic {
		return nil, fmt.Errorf("decode dictionary: %w", ErrBadDict)
	}
	d := &dict{}
	d.totalFreq = math.Float64frombits(binary.LittleEndian.Uint64([]byte(s[len(magic) : len(magic)+8])))
	d.logTotal = float32(math.Log2(d.totalFreq))
	r := &reader{s: s, off: len(magic) + 8}

	ntags := int(r.uvarint())
	if ntags > 256 {
		return nil, fmt.Errorf("decode dictionary: %d tags: %w", ntags, ErrBadDict)
	}
	for range ntags {
		d.tags = append(d.tags, r.str())
	}
	nalnum := int(r.uvarint())
	if r.err == nil && nalnum > len(s) {
		return nil, fmt.Errorf("decode dictionary: %d alphanumeric units: %w", nalnum, ErrBadDict)
	}
	d.alnum = make(map[string]uint32, nalnum)
	for i := range nalnum {
		d.alnum[r.str()] = alnumBase + uint32(i)
	}
	nwords := int(r.uvarint())
	if r.err != nil {
		return nil, fmt.Errorf("decode dictionary header: %w: %w", ErrBadDict, r.err)
	}
	if nwords > len(s) {
		return nil, fmt.Errorf("decode dictionary: %d words: %w", nwords, ErrBadDict)
	}

	// words as label sequences: labels[start[i]:start[i+1]]
	labels := make([]uint32, 0, nwords*3)
	start := make([]int32, nwords+1)
	dist := make([]float32, nwords)
	pos := make([]uint8, nwords)
	var freqLog [1 << 12]float32 // log2 of small frequencies, 0 = not yet
	prev, nodes := 0, 1
	for i := range nwords {
		shared := int(r.byte())
		n := int(r.byte())
		if shared > prev || (shared+n) == 0 {
			return nil, fmt.Errorf("decode dictionary: word %d: %w", i, ErrBadDict)
		}
		ps := len(labels) - prev
		labels = append(labels, labels[ps:ps+shared]...)
		for range n {
			labels = append(labels, uint32(r.uvarint()))
		}
		start[i+1] = int32(len(labels))
		prev = shared + n
		nodes += n
		f := r.uvarint()
		var lf float32
		if f < uint64(len(freqLog)) && freqLog[f] != 0 {
			lf = freqLog[f]
		} else {
			lf = float32(math.Log2(float64(f)))
			if f < uint64(len(freqLog)) {
				freqLog[f] = lf
			}
		}
		dist[i] = d.logTotal - lf
		p := r.byte()
		if int(p) >= len(d.tags) {
			return nil, fmt.Errorf("decode dictionary: word %d: tag %d: %w", i, p, ErrBadDict)
		}
		pos[i] = p
		if r.err != nil {
			return nil, fmt.Errorf("decode dictionary: word %d: %w: %w", i, ErrBadDict, r.err)
		}
		if i > 0 && slices.Compare(labels[start[i-1]:start[i]], labels[start[i]:start[i+1]]) >= 0 {
			return nil, fmt.Errorf("decode dictionary: word %d out of order: %w", i, ErrBadDict)
		}
	}
	if r.off != len(s) {
		return nil, fmt.Errorf("decode dictionary: %d trailing bytes: %w", len(s)-r.off, ErrBadDict)
	}
	d.build(labels, start, dist, pos, nodes)
	return d, nil
}

// build makes the breadth-first trie of the sorted words, whose costs
// and tags are dist and pos; nodes is the number of trie nodes (1 + the
// units not shared with the previous word).
func (d *dict) build(labels []uint32, start []int32, dist []float32, pos []uint8, nodes int) {
	nwords := len(start) - 1
	word := func(i int) []uint32 { return labels[start[i]:start[i+1]] }
	// queue of nodes: the words [lo[n], hi[n]) share the node's prefix
	n0 := nodes // exact for front-coded sorted words
	lo := make([]int32, 1, n0)
	hi := make([]int32, 1, n0)
	d.nodes = make([]node, 1, n0+1)
	lo[0], hi[0] = 0, int32(nwords)
	depth, levelEnd := 0, 1
	for n := 0; n < len(lo); n++ {
		if n == levelEnd {
			depth++
			levelEnd = len(lo)
		}
		d.nodes[n].first = int32(len(lo))
		i, end := int(lo[n]), int(hi[n])
		if n > 0 && len(word(i)) == depth {
			// the word equal to the prefix sorts first
			d.nodes[n].dist, d.nodes[n].pos, d.nodes[n].word = dist[i], pos[i], true
			i++
		}
		for i < end {
			l := word(i)[depth]
			j := i + 1
			for j < end && word(j)[depth] == l {
				j++
			}
			lo = append(lo, int32(i))
			hi = append(hi, int32(j))
			d.nodes = append(d.nodes, node{label: l})
			i = j
		}
	}
	d.nodes = append(d.nodes, node{first: int32(len(lo))}) // the sentinel

	d.root = make([]int32, 0x10000)
	for i := range d.root {
		d.root[i] = -1
	}
	for c := d.nodes[0].first; c < d.nodes[1].first; c++ {
		if l := d.nodes[c].label; l < uint32(len(d.root)) {
			d.root[l] = c
		}
	}
	d.wide.fill(d.nodes)
}

// child returns the child of node n with label l, or -1.
func (d *dict) child(n int32, l uint32) int32 {
	if n == 0 && l < uint32(len(d.root)) {
		return d.root[l]
	}
	ns := d.nodes
	lo, hi := ns[n].first, ns[n+1].first
	if hi-lo > wideMin {
		return d.wide.get(edgeKey(n, l))
	}
	return d.search(lo, hi, l)
}

// search returns the node of label l among the sorted children lo..hi-1
// of a node, or -1.
func (d *dict) search(lo, hi int32, l uint32) int32 {
	ns := d.nodes
	// find the first child with label >= l in [lo, hi)
	for hi-lo > 8 {
		m := int32(uint32(lo+hi) >> 1)
		if ns[m].label < l {
			lo = m + 1
		} else {
			hi = m + 1 // m is a candidate
			if hi-lo <= 8 {
				break
			}
			hi = m
			if ns[m].label == l {
				return m
			}
		}
	}
	for ; lo < hi; lo++ {
		if ns[lo].label >= l {
			if ns[lo].label == l {
				return lo
			}
			return -1
		}
	}
	return -1
}
