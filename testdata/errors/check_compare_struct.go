package main

type S struct{ s []int }

func main() {
	var x, y S
	println(x == y) // ERROR "invalid operation: x == y \(struct containing \[\]int cannot be compared\)"
	var a, b [2]S
	println(a == b) // ERROR "invalid operation: a == b \(\[2\]S cannot be compared\)"
	var p, q struct{ a int }
	println(p == q, p < q) // ERROR "invalid operation: p < q \(operator < not defined on struct\)"
}
