package main

func main() {
	x := 10
	println(x / 0) // ERROR "invalid operation: division by zero"
}
