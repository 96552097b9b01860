// sort: Ints/Strings/Float64s, Sort and Stable on an Interface, Slice and
// SliceStable with ties (gc's element order), Search and IsSorted.
package main

import "sort"

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type rec struct {
	key int
	id  int
	pad [3]byte
}

var state uint32 = 12345

func rnd() int {
	state = state*1664525 + 1013904223
	return int(state >> 8)
}

func main() {
	ints := []int{5, 2, 8, 1, 9, 3, -4, 0}
	sort.Ints(ints)
	println(ints[0], ints[7], sort.IntsAreSorted(ints), sort.SearchInts(ints, 3), sort.SearchInts(ints, 4))
	strs := []string{"pear", "apple", "fig", "Banana"}
	sort.Strings(strs)
	println(strs[0], strs[1], strs[2], strs[3], sort.StringsAreSorted(strs), sort.SearchStrings(strs, "fig"))
	nan := 0.0
	fs := []float64{3.5, -1, nan / nan, 2, -0.5}
	sort.Float64s(fs)
	println(fs[0] != fs[0], fs[1], fs[4], sort.Float64sAreSorted(fs))

	words := byLen{"a", "quick", "brown", "fox", "jumped", "over", "the", "lazy", "dogs", "ab", "cd"}
	sort.Stable(words)
	for _, w := range words {
		print(w, " ")
	}
	println()
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	println(ints[0], ints[7], sort.IsSorted(sort.Reverse(sort.IntSlice(ints))))

	// Many ties: the resulting order of equal keys is the algorithm's.
	for _, n := range []int{10, 13, 50, 100, 1000, 5000} {
		rs := make([]rec, n)
		for i := range rs {
			rs[i] = rec{key: rnd() % 7, id: i}
		}
		sort.Slice(rs, func(i, j int) bool { return rs[i].key < rs[j].key })
		var h uint64
		for _, r := range rs {
			h = h*31 + uint64(r.id)
		}
		rs2 := make([]rec, n)
		for i := range rs2 {
			rs2[i] = rec{key: rnd() % 5, id: i}
		}
		sort.SliceStable(rs2, func(i, j int) bool { return rs2[i].key < rs2[j].key })
		var h2 uint64
		for _, r := range rs2 {
			h2 = h2*31 + uint64(r.id)
		}
		println(n, h, h2, sort.SliceIsSorted(rs, func(i, j int) bool { return rs[i].key < rs[j].key }))
	}
	// Patterns: sorted, reversed, sawtooth, all equal.
	for p := 0; p < 4; p++ {
		xs := make([]int, 3000)
		for i := range xs {
			switch p {
			case 0:
				xs[i] = i
			case 1:
				xs[i] = -i
			case 2:
				xs[i] = i % 17
			case 3:
				xs[i] = 1
			}
		}
		sort.Ints(xs)
		println(p, xs[0], xs[2999], sort.IntsAreSorted(xs))
	}
	println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
}
