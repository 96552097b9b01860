// micro: calls to a function holding one defer (open-coded in gc).
package main

const n = 100000000 // quick: 2000

var deferred int

//go:noinline
func withDefer(i int) int {
	defer func() {
		deferred++
	}()
	return i & 1
}

func main() {
	sum := 0
	for i := 0; i < n; i++ {
		sum += withDefer(i)
	}
	println("calls:", n, "sum:", sum, "deferred:", deferred)
}
