package main

func two(a, b int) int { return a + b }

func main() {
	println(two(1))       // ERROR "not enough arguments in call to two"
	println(two(1, 2, 3)) // ERROR "too many arguments in call to two"
}
