package synth

import "math/rand/v2"

// rng draws the random choices of one article or page. It rests on PCG,
// whose output for a given seed Go keeps stable, and does its own
// reductions, so that a seed gives the same corpus in every Go release.
type rng struct{ src *rand.PCG }

// newRNG returns the stream for a seed and a stream number (the article or
// page index, or a fixed tag for the pools).
func newRNG(seed int64, stream uint64) *rng {
	return &rng{src: rand.NewPCG(uint64(seed), stream^0x9e3779b97f4a7c15)}
}

// intn returns a number in [0, n); n must be positive.
func (r *rng) intn(n int) int {
	return int(r.src.Uint64() % uint64(n))
}

// between returns a number in [lo, hi].
func (r *rng) between(lo, hi int) int { return lo + r.intn(hi-lo+1) }

// chance reports true with probability p percent.
func (r *rng) chance(p int) bool { return r.intn(100) < p }

// pick returns one element of xs.
func pick[T any](r *rng, xs []T) T { return xs[r.intn(len(xs))] }

// weighted returns an index drawn with the given cumulative weights.
func (r *rng) weighted(cum []int) int {
	x := r.intn(cum[len(cum)-1])
	lo, hi := 0, len(cum)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if cum[mid] > x {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
