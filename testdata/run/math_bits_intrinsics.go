// The calls that goc turns into LLVM intrinsics (lowering/intrinsic.cpp) give
// the Go bodies' results on edge inputs, called directly and through func
// values (which reach the Go bodies).
package main

import (
	"math"
	"math/bits"
)

var u64s = []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000_0000, 0xffff_ffff, 1 << 32, 0x0123_4567_89ab_cdef, 1 << 63, math.MaxUint64}
var ks = []int{0, 1, 3, 7, 8, 15, 16, 31, 32, 33, 63, 64, 65, -1, -7, -64, -65, 1 << 40}

func main() {
	lz64, tz64, oc64, len64 := bits.LeadingZeros64, bits.TrailingZeros64, bits.OnesCount64, bits.Len64
	for _, x := range u64s {
		a, b, c := uint32(x), uint16(x), uint8(x)
		println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x),
			lz64(x), tz64(x), oc64(x), len64(x))
		println(" 32:", bits.LeadingZeros32(a), bits.TrailingZeros32(a), bits.OnesCount32(a), bits.Len32(a))
		println(" 16:", bits.LeadingZeros16(b), bits.TrailingZeros16(b), bits.OnesCount16(b), bits.Len16(b))
		println(" 8:", bits.LeadingZeros8(c), bits.TrailingZeros8(c), bits.OnesCount8(c), bits.Len8(c))
		println(" uint:", bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)), bits.OnesCount(uint(x)), bits.Len(uint(x)))
		println(" rev:", bits.Reverse64(x), bits.Reverse32(a), bits.Reverse16(b), bits.Reverse8(c), bits.Reverse(uint(x)))
		println(" bswap:", bits.ReverseBytes64(x), bits.ReverseBytes32(a), bits.ReverseBytes16(b), bits.ReverseBytes(uint(x)))
		for _, y := range u64s {
			hi, lo := bits.Mul64(x, y)
			h32, l32 := bits.Mul32(a, uint32(y))
			hu, lu := bits.Mul(uint(x), uint(y))
			if hi != uint64(hu) || lo != uint64(lu) {
				println("Mul and Mul64 disagree")
			}
			println(" mul:", y, hi, lo, h32, l32)
		}
	}
	rot := bits.RotateLeft64
	for _, k := range ks {
		x := uint64(0x0123_4567_89ab_cdef)
		println(k, bits.RotateLeft64(x, k), rot(x, k), bits.RotateLeft32(uint32(x), k),
			bits.RotateLeft16(uint16(x), k), bits.RotateLeft8(uint8(x), k), bits.RotateLeft(uint(x), k))
	}
	sqrt, abs, cs := math.Sqrt, math.Abs, math.Copysign
	negZero := math.Copysign(0, -1)
	for _, f := range []float64{0, negZero, 1, 2, 0.25, 1e-310, 1e308, -1, -4, math.Inf(1), math.Inf(-1), math.NaN()} {
		println(f, math.Sqrt(f), sqrt(f), math.Abs(f), abs(f), math.Copysign(3, f), cs(3, f),
			math.Copysign(f, -1), math.Signbit(math.Abs(f)), math.Signbit(math.Copysign(f, negZero)))
	}
}
