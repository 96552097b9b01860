// Formats and parses 100,000 pseudo-random float64 and float32 values in
// every format (shortest and fixed precisions) and prints a digest of all
// results plus a few samples; any difference from gc changes the digest.
package main

import (
	"math"
	"strconv"
)

var state uint64 = 0x2545F4914F6CDD1D

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

var digest uint64 = 14695981039346656037

func mix(s string) {
	for i := 0; i < len(s); i++ {
		digest ^= uint64(s[i])
		digest *= 1099511628211
	}
	digest ^= 0xFF
	digest *= 1099511628211
}

// value returns a float64 drawn from one of several distributions.
func value(i int) float64 {
	r := next()
	switch i % 5 {
	case 0:
		return math.Float64frombits(r)
	case 1:
		return float64(int64(r)>>uint(r%60)) / float64(uint64(1)<<(r>>58))
	case 2:
		return math.Float64frombits(r&^(0x7FF<<52) | uint64(1023+int(r>>60)-8)<<52)
	case 3:
		return float64(r%1000000) * math.Pow10(int(r>>50%40)-20)
	}
	return float64(math.Float32frombits(uint32(r)))
}

var fmts = []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}

func main() {
	bad := 0
	for i := 0; i < 100000; i++ {
		f := value(i)
		s := strconv.FormatFloat(f, 'g', -1, 64)
		mix(s)
		if g, err := strconv.ParseFloat(s, 64); err == nil && g != f && f == f {
			bad++
		}
		f32 := float32(f)
		s32 := strconv.FormatFloat(float64(f32), 'g', -1, 32)
		mix(s32)
		if g, err := strconv.ParseFloat(s32, 32); err == nil && float32(g) != f32 && f32 == f32 {
			bad++
		}
		fm := fmts[next()%uint64(len(fmts))]
		prec := int(next()%25) - 1
		mix(strconv.FormatFloat(f, fm, prec, 64))
		mix(strconv.FormatFloat(f, fm, prec, 32))
		if i%10 == 0 {
			// A random decimal literal, parsed at both sizes.
			lit := strconv.FormatUint(next()%100000000000000000, 10) + "e" + strconv.Itoa(int(next()%700)-350)
			g, err := strconv.ParseFloat(lit, 64)
			mix(strconv.FormatFloat(g, 'e', -1, 64))
			if err != nil {
				mix(err.Error())
			}
			g, err = strconv.ParseFloat(lit, 32)
			mix(strconv.FormatFloat(g, 'e', -1, 32))
			if err != nil {
				mix(err.Error())
			}
		}
		if i%10000 == 0 {
			println(i, s, s32, strconv.FormatFloat(f, fm, prec, 64), digest)
		}
	}
	println("round-trip failures:", bad)
	println("digest:", digest)
}
