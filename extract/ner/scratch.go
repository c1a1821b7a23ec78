package ner

import "sync"

// scratch holds the per-document arrays of the stage (one entry a byte of
// the compact text), reused from document to document through a pool:
// they are a large part of what the stage would otherwise allocate.
type scratch struct {
	comp, orig, tokAt, titleEnds, placeEnd []int32
	buf                                    []byte
	bound, occupied, taken                 []bool
	runes                                  []uint32
	at                                     positions
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// sized returns s resized to n elements of any value, reusing its array
// when it is large enough.
func sized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// zeroed returns s resized to n zero elements, reusing its array when it
// is large enough.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}
