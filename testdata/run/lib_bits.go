package main

import "math/bits"

func main() {
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x1234, 1 << 31, 1<<32 + 5, 0xdeadbeefcafebabe, 1<<63 | 1, ^uint64(0)}
	for _, x := range xs {
		println(x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x), bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 13), bits.RotateLeft64(x, -7))
		println(bits.LeadingZeros32(uint32(x)), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros8(uint8(x)), bits.TrailingZeros16(uint16(x)), bits.Len8(uint8(x)), bits.Reverse8(uint8(x)), bits.Reverse16(uint16(x)), bits.Reverse32(uint32(x)), bits.RotateLeft8(uint8(x), 3), bits.RotateLeft16(uint16(x), -3), bits.RotateLeft32(uint32(x), 9))
		for _, y := range xs {
			h, l := bits.Mul64(x, y)
			s, c := bits.Add64(x, y, 1)
			d, b := bits.Sub64(x, y, 1)
			println(h, l, s, c, d, b)
			if y != 0 {
				q, r := bits.Div64(x%y, l, y)
				println(q, r, bits.Rem64(x, l, y))
				q32, r32 := bits.Div32(uint32(x)%uint32(y|1), uint32(l), uint32(y|1))
				println(q32, r32)
			}
			h32, l32 := bits.Mul32(uint32(x), uint32(y))
			s32, c32 := bits.Add32(uint32(x), uint32(y), 0)
			d32, b32 := bits.Sub32(uint32(x), uint32(y), 1)
			println(h32, l32, s32, c32, d32, b32)
		}
	}
	println(bits.UintSize, bits.ReverseBytes16(0x1234), bits.ReverseBytes32(0x12345678))
}
