// expectations written by hand
// clear(m) (Go 1.21): empties the map, NaN keys included; the map stays
// usable; clearing during a range stops entries not yet reached, also when
// the table grew during the loop (the iterator is on the old table).
package main

import "math"

func main() {
	m := map[float64]int{}
	for i := 0; i < 100; i++ {
		m[float64(i)] = i
	}
	m[math.NaN()] = 1
	m[math.NaN()] = 2
	println(len(m))
	clear(m)
	println(len(m), m[1])
	c := 0
	for range m {
		c++
	}
	println(c)
	m[2] = 4
	println(len(m), m[2])

	var nilm map[string]int
	clear(nilm)
	println(len(nilm))

	// Clear during a range over a map that grew: nothing more is produced.
	g := map[float64]int{}
	for i := 0; i < 6; i++ {
		g[float64(i)] = i
	}
	g[math.NaN()] = 7
	g[math.NaN()] = 8
	n := 0
	for range g {
		n++
		if n == 1 {
			for j := 10; j < 2000; j++ {
				g[float64(j)] = j
			}
			clear(g)
		}
	}
	println(n, len(g))

	// Clear during a range with no growth.
	s := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	n = 0
	for range s {
		n++
		clear(s)
	}
	println(n, len(s))
}
