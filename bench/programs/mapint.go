// micro: map with int keys. Inserts n keys, looks up 2n (half of them
// missing) twice over, deletes half. 5.5n map operations in all.
package main

const n = 2000000 // quick: 2000

func key(i int) int {
	// Scatter the keys: a multiplicative hash, kept non-negative.
	return int(uint64(i)*0x9E3779B97F4A7C15>>1) | 1
}

func main() {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[key(i)] = i
	}
	hits, sum := 0, 0
	for r := 0; r < 2; r++ {
		for i := 0; i < 2*n; i++ {
			if v, ok := m[key(i)]; ok {
				hits++
				sum += v
			}
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, key(i))
	}
	println("len:", len(m), "hits:", hits, "sum:", sum)
}
