// Prints a few values; goc and gc agree on it.
package main

func main() {
	s := 0
	for i := 1; i <= 10; i++ {
		s += i
	}
	println("sum", s)
	print("done\n")
}
