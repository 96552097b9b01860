// expectations written by hand
// The min, max and clear builtins (Go 1.21).
package main

func main() {
	println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1.5), max("a", "b"))
	var x int8 = -5
	println(min(x, 3), max(x, -10))
	s := []int{1, 2, 3}
	clear(s)
	println(len(s), s[0], s[1], s[2])
}
