package segment

import "math"

// Lookup returns the tag and the frequency of a word of the stock
// dictionary, and whether the dictionary has it. User words are not
// consulted.
func (s *Segmenter) Lookup(word string) (pos string, freq float64, ok bool) {
	d := s.stock()
	if d == nil || word == "" {
		return "", 0, false
	}
	n := int32(0)
	var buf [16]unit // the units of a word of the dictionary: on the stack
	for _, u := range d.split(word, 0, len(word), buf[:0]) {
		if n = d.child(n, u.label); n < 0 {
			return "", 0, false
		}
	}
	nd := &d.nodes[n]
	if !nd.word {
		return "", 0, false
	}
	return d.tags[nd.pos], math.Exp2(float64(d.logTotal - nd.dist)), true
}
