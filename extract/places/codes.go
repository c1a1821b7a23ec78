package places

import (
	"slices"

	"github.com/zhkg/zhkg/extract/gazetteer"
)

// codeInfo is what the stage reads of a division code, looked up once per
// document.
type codeInfo struct {
	div gazetteer.Division // the division (when ok)
	ok  bool               // the code is in the gazetteer
	// up is the code and its parents upwards, at most six: the walk of
	// Gazetteer.Distance and Gazetteer.Within
	up      []string
	written bool // the chain of the code has been written to the document

	upArr [6]string // the array of up: one allocation with the codeInfo
}

// distance returns the number of steps from the code up to ancestor, or 0
// when ancestor is not above it (Gazetteer.Distance).
func (ci *codeInfo) distance(ancestor string) int {
	if n := slices.Index(ci.up, ancestor); n > 0 {
		return n
	}
	return 0
}

// within reports whether the code lies inside (or is) ancestor
// (Gazetteer.Within).
func (ci *codeInfo) within(ancestor string) bool { return slices.Contains(ci.up, ancestor) }

// codeCache holds the codeInfo of the codes met in one document.
type codeCache struct {
	g *gazetteer.Gazetteer
	m map[string]*codeInfo
}

func newCodeCache(g *gazetteer.Gazetteer) *codeCache {
	return &codeCache{g: g, m: map[string]*codeInfo{}}
}

// info returns the codeInfo of code.
func (cc *codeCache) info(code string) *codeInfo {
	if ci, ok := cc.m[code]; ok {
		return ci
	}
	ci := &codeInfo{}
	ci.up = append(ci.upArr[:0], code)
	ci.div, ci.ok = cc.g.Lookup(code)
	for d, ok := ci.div, ci.ok; ok && d.Parent != "" && len(ci.up) < 6; {
		ci.up = append(ci.up, d.Parent)
		d, ok = cc.g.Lookup(d.Parent)
	}
	cc.m[code] = ci
	return ci
}
