// Prints the bits of math's results over a table of inputs, special values
// and a pseudo-random sweep; every result must be bit-identical to gc's.
package main

import "math"

var inputs = []float64{
	0, 1, -1, 0.5, -0.5, 2, 3, 10, 0.1, 1e-7, 1e-300, 5e-324, 2.2250738585072014e-308,
	1e300, 1.7976931348623157e308, 709.78, 710, -745.2, -746, 0.7071067811865476,
	math.Pi, math.Pi / 2, math.Pi / 4, 3 * math.Pi / 4, 1e6, 1e10, 1 << 29, 1 << 30, 1e20, 1e300,
	-2.5, 2.5, 3.5, -3.5, 4.4999999, 0.49999999999999994, 1.5, 7, 100, 12345.678,
}

var specials = []float64{math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)}

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

var digest uint64 = 14695981039346656037

func mix(f float64) {
	b := math.Float64bits(f)
	if f != f {
		b = 0x7FF8000000000001
	}
	for i := 0; i < 8; i++ {
		digest ^= b & 0xFF
		digest *= 1099511628211
		b >>= 8
	}
}

func unary(x float64) []float64 {
	fr, ex := math.Frexp(x)
	ip, fp := math.Modf(x)
	return []float64{math.Abs(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x),
		math.Sqrt(x), math.Exp(x), math.Exp2(x), math.Log(x), math.Log2(x), math.Log10(x), math.Sin(x), math.Cos(x), math.Tan(x),
		math.Atan(x), math.Asin(x), math.Acos(x), fr, float64(ex), ip, fp, math.Ldexp(x, 7), math.Ldexp(x, -1070)}
}

func binary(x, y float64) []float64 {
	return []float64{math.Pow(x, y), math.Atan2(x, y), math.Hypot(x, y), math.Mod(x, y), math.Max(x, y), math.Min(x, y),
		math.Copysign(x, y), math.Dim(x, y), math.FMA(x, y, 1), math.FMA(x, y, -x*y)}
}

func main() {
	all := append(append([]float64{}, inputs...), specials...)
	for _, x := range all {
		for _, v := range unary(x) {
			println(math.Float64bits(v))
		}
		println(math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1))
	}
	for _, x := range all {
		for _, y := range all {
			for _, v := range binary(x, y) {
				mix(v)
			}
		}
	}
	println("pairs", digest)
	for i := 0; i < 20000; i++ {
		r := next()
		var x float64
		switch i % 4 {
		case 0:
			x = float64(int64(r)) / (1 << 62) * 10
		case 1:
			x = float64(int64(r)) / (1 << 62) * 800
		case 2:
			x = math.Float64frombits(r)
		case 3:
			x = float64(r>>11) / (1 << 53) * 1e9
		}
		for _, v := range unary(x) {
			mix(v)
		}
		y := float64(int64(next())) / (1 << 60)
		for _, v := range binary(x, y) {
			mix(v)
		}
		mix(math.FMA(x, y, math.Float64frombits(next())))
		if i%1000 == 0 {
			println(i, digest)
		}
	}
	println("sweep", digest)
	println(math.Float32bits(1.5), math.Float32frombits(0x3fc00000) == 1.5, math.Pow10(5), math.Pow10(-3), math.Pow10(400))
	println(math.MaxInt64, math.MinInt64, uint32(math.MaxUint32), math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
}
