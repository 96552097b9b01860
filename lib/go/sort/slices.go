package sort

import "math/bits"

// IntSlice attaches Interface's methods to []int (ascending).
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { sortInts(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

// Float64Slice attaches Interface's methods to []float64 (NaNs first).
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j]))
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { sortFloat64s(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

func isNaN(f float64) bool { return f != f }

// StringSlice attaches Interface's methods to []string.
type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { sortStrings(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// The typed sorts call the shared algorithm through closures over the
// slice (no interface values involved).
func sortInts(x []int) {
	if len(x) > 1 {
		pdqsort(lessSwap{
			func(i, j int) bool { return x[i] < x[j] },
			func(i, j int) { x[i], x[j] = x[j], x[i] },
		}, 0, len(x), bits.Len(uint(len(x))))
	}
}

func sortFloat64s(x []float64) {
	if len(x) > 1 {
		pdqsort(lessSwap{
			func(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) },
			func(i, j int) { x[i], x[j] = x[j], x[i] },
		}, 0, len(x), bits.Len(uint(len(x))))
	}
}

func sortStrings(x []string) {
	if len(x) > 1 {
		pdqsort(lessSwap{
			func(i, j int) bool { return x[i] < x[j] },
			func(i, j int) { x[i], x[j] = x[j], x[i] },
		}, 0, len(x), bits.Len(uint(len(x))))
	}
}

// Ints sorts x in increasing order.
func Ints(x []int) { sortInts(x) }

// Float64s sorts x in increasing order (NaNs first).
func Float64s(x []float64) { sortFloat64s(x) }

// Strings sorts x in increasing order.
func Strings(x []string) { sortStrings(x) }

// IntsAreSorted reports whether x is sorted.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Float64sAreSorted reports whether x is sorted (NaNs first).
func Float64sAreSorted(x []float64) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] || (isNaN(x[i]) && !isNaN(x[i-1])) {
			return false
		}
	}
	return true
}

// StringsAreSorted reports whether x is sorted.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Search returns the smallest i in [0, n) with f(i) true (f must be false
// then true), or n.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find returns the smallest i in [0, n) with cmp(i) <= 0 (cmp must be
// positive, then zero or negative), or n; found reports cmp(i) == 0.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// SearchInts returns the index at which x would be inserted in sorted a.
func SearchInts(a []int, x int) int { return Search(len(a), func(i int) bool { return a[i] >= x }) }

// SearchFloat64s returns the index at which x would be inserted in sorted a.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings returns the index at which x would be inserted in sorted a.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
