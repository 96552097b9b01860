package rand

// The default source is gc's additive lagged Fibonacci generator:
// x[n] = x[n-607] + x[n-273] (mod 2**64), its 607 words of state seeded
// from a Park-Miller sequence XORed with fixed "cooked" words (cooked.go),
// so that a given seed yields gc's sequence exactly.

const (
	rngLen   = 607
	rngTap   = 273
	rngMax   = 1 << 63
	rngMask  = rngMax - 1
	int32max = (1 << 31) - 1
)

type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

// seedrand is the Park-Miller step x * 48271 mod (2**31-1) (Schrage's method).
func seedrand(x int32) int32 {
	const (
		a = 48271
		q = 44488
		r = 3399
	)
	hi := x / q
	lo := x % q
	x = a*lo - r*hi
	if x < 0 {
		x += int32max
	}
	return x
}

// Seed resets the generator to the state determined by seed.
func (rng *rngSource) Seed(seed int64) {
	rng.tap = 0
	rng.feed = rngLen - rngTap
	seed = seed % int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	for i := -20; i < rngLen; i++ {
		x = seedrand(x)
		if i >= 0 {
			u := int64(x) << 40
			x = seedrand(x)
			u ^= int64(x) << 20
			x = seedrand(x)
			u ^= int64(x)
			rng.vec[i] = u ^ cooked[i]
		}
	}
}

// Int63 returns a non-negative 63-bit value.
func (rng *rngSource) Int63() int64 { return int64(rng.Uint64() & rngMask) }

// Uint64 returns the next 64-bit value.
func (rng *rngSource) Uint64() uint64 {
	rng.tap--
	if rng.tap < 0 {
		rng.tap += rngLen
	}
	rng.feed--
	if rng.feed < 0 {
		rng.feed += rngLen
	}
	x := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = x
	return uint64(x)
}
