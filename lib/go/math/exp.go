package math

// Exp returns e**x as gc's amd64 assembly computes it on CPUs with FMA
// (Shibata's method from SLEEF: reduce by k*ln2 with k = round(x/ln2), scale
// by 1/16, a Taylor polynomial, four squarings in the form y*(y+2), then
// multiply by 2**k).
func Exp(x float64) float64 {
	const (
		log2e    = 1.4426950408889634073599246810018920
		ln2U     = 0.69314718055966295651160180568695068359375
		ln2L     = 0.28235290563031577122588448175013436025525412068e-12
		overflow = 7.09782712893384e+02
		posInf   = 0x7FF0000000000000
		negInf   = 0xFFF0000000000000
	)
	b := Float64bits(x)
	if b&^signMask >= posInf {
		if b == negInf {
			return 0
		}
		return x
	}
	if x > overflow {
		return Inf(1)
	}
	// CVTSD2SL: round to nearest even; out of range gives the minimum int32.
	t := RoundToEven(log2e * x)
	k := int32(-1 << 31)
	if t >= -(1 << 31) {
		k = int32(t)
	}
	fk := float64(k)
	x = FMA(-fk, ln2U, x)
	x = FMA(-fk, ln2L, x)
	x *= 0.0625
	p := FMA(2.4801587301587301587e-5, x, 1.9841269841269841270e-4)
	p = FMA(p, x, 1.3888888888888888889e-3)
	p = FMA(p, x, 8.3333333333333333333e-3)
	p = FMA(p, x, 4.1666666666666666667e-2)
	p = FMA(p, x, 1.6666666666666666667e-1)
	p = FMA(p, x, 0.5)
	p = FMA(p, x, 1.0)
	x *= p
	x *= x + 2
	x *= x + 2
	x *= x + 2
	x = FMA(x, x+2, 1.0)

	e := k + 0x3FF
	if e <= 0 {
		if e < -52 {
			return 0
		}
		x *= Float64frombits(uint64(e+0x3FE) << shift)
		return x * Float64frombits(1<<shift)
	}
	if e >= 0x7FF {
		return Inf(1)
	}
	return x * Float64frombits(uint64(e)<<shift)
}

// Exp2 returns 2**x (gc's pure-Go algorithm).
func Exp2(x float64) float64 {
	const (
		ln2Hi    = 6.93147180369123816490e-01
		ln2Lo    = 1.90821492927058770002e-10
		overflow = 1.0239999999999999e+03
		under    = -1.0740e+03
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	case x < under:
		return 0
	}
	var k int
	switch {
	case x > 0:
		k = int(x + 0.5)
	case x < 0:
		k = int(x - 0.5)
	}
	t := x - float64(k)
	hi := t * ln2Hi
	lo := -t * ln2Lo
	return expmulti(hi, lo, k)
}

// expmulti returns e**r * 2**k where r = hi - lo and |r| <= ln2/2.
func expmulti(hi, lo float64, k int) float64 {
	const (
		p1 = 1.66666666666666657415e-01
		p2 = -2.77777777770155933842e-03
		p3 = 6.61375632143793436117e-05
		p4 = -1.65339022054652515390e-06
		p5 = 4.13813679705723846039e-08
	)
	r := hi - lo
	t := r * r
	c := r - t*(p1+t*(p2+t*(p3+t*(p4+t*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}
