// micro: map with string keys. The same pattern as mapint.go on keys
// "k0".."k<2n>", built before the map is touched: 5.5n map operations.
package main

const n = 1000000 // quick: 2000

func itoa(i int) string {
	var b [20]byte
	p := len(b)
	for {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
		if i == 0 {
			break
		}
	}
	return string(b[p:])
}

func main() {
	keys := make([]string, 2*n)
	for i := range keys {
		keys[i] = "k" + itoa(i)
	}
	m := make(map[string]int)
	for i := 0; i < n; i++ {
		m[keys[i]] = i
	}
	hits, sum := 0, 0
	for r := 0; r < 2; r++ {
		for _, k := range keys {
			if v, ok := m[k]; ok {
				hits++
				sum += v
			}
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, keys[i])
	}
	println("len:", len(m), "hits:", hits, "sum:", sum)
}
