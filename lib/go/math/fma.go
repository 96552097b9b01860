package math

import "math/bits"

// FMA returns x*y + z rounded once (round to nearest even), like the
// VFMADD instructions gc uses when the CPU has them.
//
// The product of the two 53-bit significands is exact in 128 bits; z's
// significand is placed at a comparable position, the smaller operand is
// shifted right (lost bits are kept as a sticky bit), the two are added or
// subtracted, and the 128-bit result is normalised and rounded once.
func FMA(x, y, z float64) float64 {
	bx, by, bz := Float64bits(x), Float64bits(y), Float64bits(z)
	const expMask = mask << shift
	switch {
	case bx&expMask == expMask || by&expMask == expMask || IsNaN(z) || x == 0 || y == 0:
		// The product is exact (zero) or not finite.
		return x*y + z
	case bz&expMask == expMask:
		// An infinite z absorbs any finite product, however large.
		return z
	case z == 0:
		// A nonzero exact product rounded once keeps its sign even when it
		// rounds to zero.
		return x * y
	}
	xs, xe, xm := unpack(bx)
	ys, ye, ym := unpack(by)
	zs, ze, zm := unpack(bz)

	// value = (hi:lo) * 2**E for both operands, significands at bits 124..126.
	ps := xs ^ ys
	phi, plo := bits.Mul64(xm<<10, ym<<10)
	pE := xe + ye - 2150 - 20
	zhi, zlo := zm<<(73-64), uint64(0)
	zE := ze - 1075 - 73

	if pE < zE || pE == zE && (phi < zhi || phi == zhi && plo < zlo) {
		ps, phi, plo, pE, zs, zhi, zlo, zE = zs, zhi, zlo, zE, ps, phi, plo, pE
	}
	// Now |p| >= |z| in exponent order; align z to p.
	zhi, zlo = shr128Sticky(zhi, zlo, uint(pE-zE))
	var hi, lo uint64
	sign := ps
	if ps == zs {
		var c uint64
		lo, c = bits.Add64(plo, zlo, 0)
		hi, _ = bits.Add64(phi, zhi, c)
	} else {
		var b uint64
		lo, b = bits.Sub64(plo, zlo, 0)
		hi, b = bits.Sub64(phi, zhi, b)
		if b != 0 {
			sign ^= 1
			lo, b = bits.Sub64(0, lo, 0)
			hi, _ = bits.Sub64(0, hi, b)
		}
	}
	if hi == 0 && lo == 0 {
		return 0
	}
	// Normalise so that bit 127 is set.
	n := uint(bits.LeadingZeros64(hi))
	if hi == 0 {
		n = 64 + uint(bits.LeadingZeros64(lo))
	}
	hi, lo = shl128(hi, lo, n)
	E := pE - int(n)
	be := E + 1150
	s := uint(75)
	if be <= 0 {
		s += uint(1 - be)
		be = 1
	}
	m := roundShift(hi, lo, s)
	r := uint64(be-1)<<shift + m
	if r >= mask<<shift {
		r = mask << shift
	}
	return Float64frombits(r | sign<<63)
}

// unpack returns the sign, the biased exponent (adjusted for subnormals) and
// the significand in [2**52, 2**53) of a finite nonzero float64.
func unpack(b uint64) (sign uint64, exp int, m uint64) {
	sign = b >> 63
	exp = int(b>>shift) & mask
	m = b & fracMask
	if exp == 0 {
		n := uint(bits.LeadingZeros64(m) - 11)
		m <<= n
		exp = 1 - int(n)
	} else {
		m |= 1 << shift
	}
	return
}

func shl128(hi, lo uint64, n uint) (uint64, uint64) {
	switch {
	case n == 0:
		return hi, lo
	case n >= 128:
		return 0, 0
	case n >= 64:
		return lo << (n - 64), 0
	}
	return hi<<n | lo>>(64-n), lo << n
}

// shr128Sticky shifts right by n, ORing any bit shifted out into bit 0.
func shr128Sticky(hi, lo uint64, n uint) (uint64, uint64) {
	if n == 0 {
		return hi, lo
	}
	if n >= 128 {
		if hi|lo != 0 {
			return 0, 1
		}
		return 0, 0
	}
	var rhi, rlo, lost uint64
	if n >= 64 {
		rhi, rlo = 0, hi>>(n-64)
		lost = lo
		if n > 64 {
			lost |= hi << (128 - n)
		}
	} else {
		rhi, rlo = hi>>n, lo>>n|hi<<(64-n)
		lost = lo << (64 - n)
	}
	if lost != 0 {
		rlo |= 1
	}
	return rhi, rlo
}

// roundShift returns (hi:lo) >> s rounded to nearest, ties to even.
func roundShift(hi, lo uint64, s uint) uint64 {
	if s > 128 {
		return 0
	}
	var m, remHi, remLo, halfHi, halfLo uint64
	if s == 128 {
		m, remHi, remLo = 0, hi, lo
	} else if s >= 64 {
		m = hi >> (s - 64)
		remHi, remLo = hi&(1<<(s-64)-1), lo
	} else {
		m = hi<<(64-s) | lo>>s
		remHi, remLo = 0, lo&(1<<s-1)
	}
	if s-1 >= 64 {
		halfHi = 1 << (s - 1 - 64)
	} else {
		halfLo = 1 << (s - 1)
	}
	if remHi > halfHi || remHi == halfHi && remLo > halfLo ||
		remHi == halfHi && remLo == halfLo && m&1 == 1 {
		m++
	}
	return m
}
