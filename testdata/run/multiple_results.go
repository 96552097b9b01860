// Multiple and named results.
package main

func divmod(a, b int) (int, int) { return a / b, a % b }

func named(x int) (sq, cube int) {
	sq = x * x
	cube = sq * x
	return
}

func deferless(x int) (r int) {
	r = x
	if x > 5 {
		return x * 2
	}
	return
}

func three() (int, string, bool) { return 1, "two", true }

func pass() (int, int) { return divmod(17, 5) }

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	s, c := named(3)
	println(s, c)
	println(deferless(3), deferless(6))
	a, b, d := three()
	println(a, b, d)
	x, y := pass()
	println(x, y)
	_, only := divmod(9, 4)
	println(only)
	q, r = r, q
	println(q, r)
}
