package layout

import "sync"

// scratch holds the arrays that one Split reads while it works and that
// nothing keeps afterwards: the lines of the input, its paragraphs and the
// set of headline characters. They are reused through a pool.
type scratch struct {
	lines  []line
	widths []paraWidth // measure of each paragraph of the repaired text
	paras  []para
	heads  runeSet
	dirty  bool // heads has been handed out since it was last cleared
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// paraWidth is what measure returns for a paragraph of the repaired text.
type paraWidth struct {
	w      float64
	clause bool
}

// maxKept bounds the lines and paragraphs a scratch keeps for reuse, so
// that one very long input does not leave a large array in the pool.
const maxKept = 1 << 14

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// runeSet returns the empty set of sc.
func (sc *scratch) runeSet() *runeSet {
	if sc.dirty {
		clear(sc.heads[:])
	}
	sc.dirty = true
	return &sc.heads
}

// release gives sc back to the pool; the texts its arrays point into are
// dropped from them first.
func (sc *scratch) release() {
	clear(sc.lines)
	clear(sc.paras)
	if cap(sc.widths) > maxKept {
		sc.widths = nil
	}
	if cap(sc.lines) > maxKept {
		sc.lines = nil
	}
	if cap(sc.paras) > maxKept {
		sc.paras = nil
	}
	sc.lines, sc.paras = sc.lines[:0], sc.paras[:0]
	scratchPool.Put(sc)
}
