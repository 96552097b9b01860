package main

func main() {
	x := y + 1 // ERROR "undefined: y"
	println(x)
	undefinedFunc() // ERROR "undefined: undefinedFunc"
}
