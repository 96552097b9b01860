package main

// Maps with struct, array, float and complex keys use generated or runtime
// hash/equal functions; comma-ok, delete, len and range behave as gc.
type K struct {
	A int8
	B string
	F float64
}

func f64(x float64) float64 { return x }

func main() {
	mk := map[K]int{}
	mk[K{1, "a", 2.5}] = 7
	mk[K{1, "a", 2.5}]++
	mk[K{2, "a", 2.5}] = 1
	v, ok := mk[K{1, "b", 2.5}]
	println(mk[K{1, "a", 2.5}], len(mk), v, ok)
	delete(mk, K{2, "a", 2.5})
	println(len(mk))
	ma := map[[2]int]string{{1, 2}: "x"}
	println(ma[[2]int{1, 2}], ma[[2]int{2, 1}] == "")
	mf := map[float64]int{0.0: 1}
	mf[f64(0)*-1] = 5 // -0 == +0
	nan := f64(0) / f64(0)
	mf[nan] = 1
	mf[nan] = 2 // NaN != NaN: two entries
	println(len(mf), mf[0], mf[nan])
	mc := map[complex128]int{complex(1, 2): 3}
	println(mc[complex(f64(1), 2)])
	sum := 0
	for k, v := range mk {
		sum += int(k.A) + len(k.B) + v
	}
	println(sum)
	var nm map[K]bool
	println(nm[K{}], len(nm))
}
