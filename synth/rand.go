package synth

// rng is a splitmix64 generator. It is written here rather than taken from math/rand so that the
// generated corpus is the same on every Go version and platform: benchmarks and golden figures
// recorded against a seed stay comparable.
type rng struct{ s uint64 }

// mix is the splitmix64 finaliser, also used to derive independent streams from (seed, index).
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// newRNG returns a generator for one stream of a seed; different streams are independent.
func newRNG(seed, stream uint64) rng {
	return rng{s: mix(seed+0x9e3779b97f4a7c15) ^ mix(stream*0xd1b54a32d192ed03+0x632be59bd9b4e019)}
}

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	return mix(r.s)
}

// intn returns a number in [0, n). The modulo bias is below 2^-40 for the small n used here.
func (r *rng) intn(n int) int {
	if n <= 1 {
		return 0
	}
	return int(r.next() % uint64(n))
}

// chance reports true with probability p.
func (r *rng) chance(p float64) bool {
	return float64(r.next()>>11)/(1<<53) < p
}

// between returns a number in [lo, hi].
func (r *rng) between(lo, hi int) int { return lo + r.intn(hi-lo+1) }
