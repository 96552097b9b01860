package main

func main() {
	x := 3
	x() // ERROR "invalid operation: cannot call non-function x"
}
