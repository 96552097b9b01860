// micro: panic and recover. Each call panics with a constant string and a
// deferred function recovers.
package main

const n = 5000000 // quick: 2000

//go:noinline
func mayPanic(i int) (r int) {
	defer func() {
		if recover() != nil {
			r = i & 1
		}
	}()
	panic("boom")
}

func main() {
	sum := 0
	for i := 0; i < n; i++ {
		sum += mayPanic(i)
	}
	println("recovered:", n, "sum:", sum)
}
