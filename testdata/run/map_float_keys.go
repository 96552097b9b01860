package main

import "math"

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	m[0.0] = 3
	negz := math.Copysign(0, -1)
	m[negz] = 4
	println(len(m), m[0], m[nan])
	n := 0
	for k, v := range m {
		if k != k {
			n += v
		}
	}
	println(n)
	delete(m, nan)
	println(len(m))
}
