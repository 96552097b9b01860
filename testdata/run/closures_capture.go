// Closures capture variables by reference.
package main

func gen() (func() int, func()) {
	n := 0
	return func() int { return n }, func() { n++ }
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func main() {
	get, inc := gen()
	inc()
	inc()
	println(get())
	a := adder(10)
	println(a(1), a(2), a(3))
	x := 1
	f := func() { x *= 10 }
	f()
	f()
	println(x)
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			a, b = b, a+b
			return a
		}
	}()
	for i := 0; i < 8; i++ {
		print(fib(), " ")
	}
	println()
	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 1
		}
		return n * rec(n-1)
	}
	println(rec(10))
}
