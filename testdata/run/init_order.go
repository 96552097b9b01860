// Package-level variables initialise in dependency order, then init functions
// run in source order.
package main

var a = b + 1
var b = f()
var c, d = pair()

func f() int {
	println("f")
	return 10
}

func pair() (int, int) {
	println("pair")
	return a * 2, b * 3
}

func init() {
	println("init 1", a, b, c, d)
}

func init() {
	println("init 2")
	a = 100
}

func main() {
	println("main", a, b, c, d)
}
