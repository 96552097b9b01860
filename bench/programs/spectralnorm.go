// spectral-norm: the largest eigenvalue of an infinite matrix, by the power
// method on its n×n corner. Measures floating-point loops over slices.
package main

const n = 4000 // quick: 100

func a(i, j int) float64 {
	return 1 / float64((i+j)*(i+j+1)/2+i+1)
}

func times(v, u []float64) {
	for i := range v {
		s := 0.0
		for j, uj := range u {
			s += a(i, j) * uj
		}
		v[i] = s
	}
}

func timesTransp(v, u []float64) {
	for i := range v {
		s := 0.0
		for j, uj := range u {
			s += a(j, i) * uj
		}
		v[i] = s
	}
}

func atimesTransp(v, u, tmp []float64) {
	times(tmp, u)
	timesTransp(v, tmp)
}

// sqrt is Newton's method: it runs once, and keeps the program free of
// imports.
func sqrt(x float64) float64 {
	z := x
	for i := 0; i < 100; i++ {
		z = (z + x/z) / 2
	}
	return z
}

// printFixed prints x rounded to prec decimals, without fmt.
func printFixed(x float64, prec int) {
	if x < 0 {
		print("-")
		x = -x
	}
	scale := int64(1)
	for i := 0; i < prec; i++ {
		scale *= 10
	}
	v := int64(x*float64(scale) + 0.5)
	print(v/scale, ".")
	frac := v % scale
	for d := scale / 10; d > 0; d /= 10 {
		print(frac / d % 10)
	}
	print("\n")
}

func main() {
	u := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := 0; i < 10; i++ {
		atimesTransp(v, u, tmp)
		atimesTransp(u, v, tmp)
	}
	var vBv, vv float64
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	printFixed(sqrt(vBv/vv), 9)
}
