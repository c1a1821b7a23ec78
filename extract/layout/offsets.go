package layout

import "strings"

// textBuilder assembles a text from ranges of a repaired text and keeps
// the offset map back to the original source.
type textBuilder struct {
	clean      string
	at, origin []int // the map of clean (see Repair)

	b         strings.Builder
	outAt     []int
	outOrigin []int
}

// srcPiece returns the index of the piece of the clean map holding off.
func (t *textBuilder) srcPiece(off int) int {
	lo, hi := 0, len(t.at)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if t.at[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// add appends clean[s:e].
func (t *textBuilder) add(s, e int) {
	if s >= e || len(t.at) == 0 {
		return
	}
	for k := t.srcPiece(s); s < e; k++ {
		end := len(t.clean)
		if k+1 < len(t.at) {
			end = t.at[k+1]
		}
		end = min(end, e)
		from := t.origin[k] + s - t.at[k]
		n := len(t.outAt)
		if n == 0 || t.outOrigin[n-1]+(t.b.Len()-t.outAt[n-1]) != from {
			t.outAt = append(t.outAt, t.b.Len())
			t.outOrigin = append(t.outOrigin, from)
		}
		t.b.WriteString(t.clean[s:end])
		s = end
	}
}

// addParagraph appends paragraph p, preceded by a line break unless it is
// the first one. The break is copied from the clean text (after p, or
// before it for the last paragraph), so that it maps to a '\n' of the
// source.
func (t *textBuilder) addParagraph(p para) {
	if t.b.Len() > 0 {
		switch {
		case p.e < len(t.clean):
			t.add(p.e, p.e+1)
		case p.s > 0:
			t.add(p.s-1, p.s)
		}
	}
	t.add(p.s, p.e)
}
