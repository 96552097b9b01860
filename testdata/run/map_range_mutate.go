// Range over a map while it changes: deletions of entries not yet reached,
// insertions that grow the table several times, updates seen through the
// iteration value after growth, NaN keys across growth, and a range that
// deletes everything. Checks gc's guarantees, not an order.
package main

import "math"

func deleteAhead() {
	const n = 3000
	m := map[int]int{}
	for i := 0; i < n; i++ {
		m[i] = i
	}
	seen := make([]int, n)
	deleted := make([]bool, n)
	first := true
	bad := 0
	for k, v := range m {
		if k != v {
			bad++
		}
		if deleted[k] {
			bad++
		}
		seen[k]++
		if first {
			first = false
			for j := 1; j < n; j += 3 {
				delete(m, j)
				deleted[j] = j != k // k itself was reached already
			}
		}
	}
	missing, dup := 0, 0
	for i := 0; i < n; i++ {
		if seen[i] > 1 {
			dup++
		}
		if seen[i] == 0 && !deleted[i] {
			missing++
		}
	}
	println("delete ahead:", len(m), "bad", bad, "missing", missing, "dup", dup)
}

func growDuring() {
	const n = 100
	m := map[int]int{}
	for i := 0; i < n; i++ {
		m[i] = i
	}
	seen := map[int]int{}
	first := true
	bad := 0
	for k, v := range m {
		seen[k]++
		if k < n && v != k+1000000 && !first {
			bad++
		}
		if first {
			first = false
			for j := n; j < 100000; j++ {
				m[j] = j
			}
			// Update every original entry: later iterations see the new values.
			for j := 0; j < n; j++ {
				m[j] = j + 1000000
			}
		}
	}
	orig, dup := 0, 0
	for k, c := range seen {
		if c > 1 {
			dup++
		}
		if k < n {
			orig++
		}
	}
	println("grow during:", len(m), "bad", bad, "orig", orig, "dup", dup)
}

func growAndDelete() {
	const n = 2000
	m := map[string]int{}
	keys := make([]string, n)
	for i := range keys {
		keys[i] = "k" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676))
		m[keys[i]] = i
	}
	idx := map[string]int{}
	for i, k := range keys {
		idx[k] = i
	}
	seen := make([]int, n)
	deleted := make([]bool, n)
	first := true
	bad, extra := 0, 0
	for k := range m {
		i, ok := idx[k]
		if !ok {
			extra++
			continue
		}
		if deleted[i] {
			bad++
		}
		seen[i]++
		if first {
			first = false
			for j := 0; j < 20000; j++ {
				m["new"+string(rune('A'+j%26))+string(rune('A'+j/26%26))+string(rune('A'+j/676))] = j
			}
			for j := 0; j < n; j += 2 {
				delete(m, keys[j])
				deleted[j] = j != i
			}
		}
	}
	missing, dup := 0, 0
	for i := 0; i < n; i++ {
		if seen[i] > 1 {
			dup++
		}
		if seen[i] == 0 && !deleted[i] {
			missing++
		}
	}
	println("grow and delete:", len(m), "bad", bad, "missing", missing, "dup", dup, "extra<=20000", extra <= 20000)
}

func nanGrow() {
	m := map[float64]int{}
	nan := math.NaN()
	for i := 0; i < 5; i++ {
		m[nan] = i
	}
	for i := 0; i < 10; i++ {
		m[float64(i)] = i
	}
	nans, nums := 0, 0
	first := true
	for k := range m {
		if k != k {
			nans++
		} else if k < 10 {
			nums++
		}
		if first {
			first = false
			for j := 10; j < 5000; j++ {
				m[float64(j)] = j
			}
		}
	}
	println("nan grow:", len(m), nans, nums)
}

func deleteAll() {
	m := map[int32]string{}
	for i := int32(0); i < 1000; i++ {
		m[i] = "x"
	}
	c := 0
	for k := range m {
		delete(m, k)
		c++
	}
	for i := int32(0); i < 10; i++ {
		m[i] = "y"
	}
	println("delete all:", c, len(m), m[3])
}

func reinsert() {
	// Deleting and re-adding each key during the loop: the loop ends, and
	// every key is still there afterwards.
	m := map[int]int{}
	for i := 0; i < 500; i++ {
		m[i] = i
	}
	iters := 0
	for k, v := range m {
		delete(m, k)
		m[k] = v + 1
		iters++
		if iters > 100000 {
			break
		}
	}
	ok := true
	for i := 0; i < 500; i++ {
		if m[i] < i+1 {
			ok = false
		}
	}
	println("reinsert:", len(m), ok, iters >= 500, iters <= 100000)
}

func main() {
	deleteAhead()
	growDuring()
	growAndDelete()
	nanGrow()
	deleteAll()
	reinsert()
}
