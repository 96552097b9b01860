package main

func main() {
	println("ok")
}

var = 5 // ERROR "syntax error: unexpected =, expect(ing|ed) name"
