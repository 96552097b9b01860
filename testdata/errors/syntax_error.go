package main

func main() {
	var x int = ) // ERROR "syntax error: unexpected \), expect(ing|ed) expression"
	println(x)
}
