package math

// Log returns the natural logarithm of x as gc's amd64 assembly computes it
// (FreeBSD's e_log.c: x = 2**k * (1+f) with 1+f in [sqrt(2)/2, sqrt(2)],
// log(1+f) from s = f/(2+f) and a polynomial in s**2). The exponent is taken
// from the raw bits, so subnormal inputs give what gc gives.
func Log(x float64) float64 {
	const (
		hSqrt2 = 7.07106781186547524401e-01
		ln2Hi  = 6.93147180369123816490e-01
		ln2Lo  = 1.90821492927058770002e-10
		l1     = 6.666666666666735130e-01
		l2     = 3.999999999940941908e-01
		l3     = 2.857142874366239149e-01
		l4     = 2.222219843214978396e-01
		l5     = 1.818357216161805012e-01
		l6     = 1.531383769920937332e-01
		l7     = 1.479819860511658591e-01
	)
	b := Float64bits(x)
	switch {
	case b&^signMask == 0:
		return Inf(-1)
	case int64(b) < 0:
		return NaN()
	case b >= 0x7FF0000000000000:
		return x
	}
	f1 := Float64frombits(b&fracMask | 0x3FE0000000000000)
	k := float64(int32(b>>shift&mask) - 0x3FE)
	if f1 <= hSqrt2 {
		k--
		f1 *= 2
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (l1 + s4*(l3+s4*(l5+s4*l7)))
	t2 := s4 * (l2 + s4*(l4+s4*l6))
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
}

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64 { return Log(x) * (1 / Ln10) }

// Log2 returns the binary logarithm of x (exact for powers of two).
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}
