package math

// Inf returns +Inf for sign >= 0, -Inf for sign < 0.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(0x7FF0000000000000)
	}
	return Float64frombits(0xFFF0000000000000)
}

// NaN returns gc's NaN (0x7FF8000000000001).
func NaN() float64 { return Float64frombits(0x7FF8000000000001) }

// IsNaN reports whether f is a NaN.
func IsNaN(f float64) bool { return f != f }

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0) or either (0).
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Abs returns |x|.
func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signMask) }

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool { return Float64bits(x)&signMask != 0 }

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Max returns the larger of x and y: +Inf beats NaN, NaN beats the rest,
// and +0 is larger than -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x and y: -Inf beats NaN, NaN beats the rest,
// and -0 is smaller than +0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// Dim returns max(x-y, 0).
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

// normalize scales a subnormal x into the normal range: x == y * 2**exp.
func normalize(x float64) (y float64, exp int) {
	const smallestNormal = 2.2250738585072014e-308
	if Abs(x) < smallestNormal {
		return x * (1 << 52), -52
	}
	return x, 0
}

// Frexp splits f into a fraction in [0.5, 1) and a power of two.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	f, exp = normalize(f)
	x := Float64bits(f)
	exp += int((x>>shift)&mask) - bias + 1
	x = x&^(mask<<shift) | (bias-1)<<shift
	return Float64frombits(x), exp
}

// Ldexp returns frac * 2**exp.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || IsNaN(frac) {
		return frac
	}
	frac, e := normalize(frac)
	exp += e
	x := Float64bits(frac)
	exp += int(x>>shift)&mask - bias
	if exp < -1075 {
		return Copysign(0, frac)
	}
	if exp > 1023 {
		if frac < 0 {
			return Inf(-1)
		}
		return Inf(1)
	}
	m := 1.0
	if exp < -1022 {
		// Subnormal: build the value 2**53 too large, then scale exactly once.
		exp += 53
		m = 1.0 / (1 << 53)
	}
	x = x&^(mask<<shift) | uint64(exp+bias)<<shift
	return m * Float64frombits(x)
}

// Modf returns the integer and fractional parts of f, both with f's sign.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		if f < 0 {
			int, frac = Modf(-f)
			return -int, -frac
		}
		if f == 0 {
			return f, f
		}
		return 0, f
	}
	x := Float64bits(f)
	e := uint(x>>shift)&mask - bias
	if e < 64-12 {
		x &^= 1<<(64-12-e) - 1
	}
	int = Float64frombits(x)
	return int, f - int
}

// Trunc returns the integer value of x rounded toward zero.
func Trunc(x float64) float64 {
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	d, _ := Modf(x)
	return d
}

// Floor returns the greatest integer value <= x.
func Floor(x float64) float64 {
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	if x < 0 {
		d, fract := Modf(-x)
		if fract != 0.0 {
			d = d + 1
		}
		return -d
	}
	d, _ := Modf(x)
	return d
}

// Ceil returns the least integer value >= x.
func Ceil(x float64) float64 { return -Floor(-x) }

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 {
	bits := Float64bits(x)
	e := uint(bits>>shift) & mask
	if e < bias {
		// |x| < 1: the result is ±0, or ±1 when |x| >= 0.5.
		bits &= signMask
		if e == bias-1 {
			bits |= uint64(bias) << shift
		}
	} else if e < bias+shift {
		const half = 1 << (shift - 1)
		e -= bias
		bits += half >> e
		bits &^= fracMask >> e
	}
	return Float64frombits(bits)
}

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64 {
	bits := Float64bits(x)
	e := uint(bits>>shift) & mask
	if e >= bias {
		const halfMinusULP = (1 << (shift - 1)) - 1
		e -= bias
		if e < shift {
			bits += (halfMinusULP + (bits>>(shift-e))&1) >> e
			bits &^= fracMask >> e
		}
	} else if e == bias-1 && bits&fracMask != 0 {
		// 0.5 < |x| < 1 rounds to ±1.
		bits = bits&signMask | uint64(bias)<<shift
	} else {
		bits &= signMask
	}
	return Float64frombits(bits)
}

// Mod returns the floating-point remainder of x/y, with x's sign.
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || IsNaN(x) || IsNaN(y) {
		return NaN()
	}
	y = Abs(y)
	yfr, yexp := Frexp(y)
	r := x
	if x < 0 {
		r = -x
	}
	for r >= y {
		rfr, rexp := Frexp(r)
		if rfr < yfr {
			rexp = rexp - 1
		}
		r = r - Ldexp(y, rexp-yexp)
	}
	if x < 0 {
		r = -r
	}
	return r
}

// Hypot returns Sqrt(p*p + q*q) the way gc's amd64 assembly computes it.
func Hypot(p, q float64) float64 {
	pb := Float64bits(p) &^ signMask
	qb := Float64bits(q) &^ signMask
	const posInf = 0x7FF0000000000000
	if pb >= posInf || qb >= posInf {
		if pb == posInf || qb == posInf {
			return Inf(1)
		}
		return NaN()
	}
	if pb|qb == 0 {
		return 0
	}
	p, q = Float64frombits(pb), Float64frombits(qb)
	hi, lo := p, q
	if q > p {
		hi, lo = q, p
	}
	lo = lo / hi
	return hi * Sqrt(1+lo*lo)
}
