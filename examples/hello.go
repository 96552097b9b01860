// The example compiled by scripts/setup.sh.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println("hello, world")
	for i := 0; i <= 10; i++ {
		print(fib(i), " ")
	}
	println()
}
