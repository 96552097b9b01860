package main

func main() {
	x := 1 2 // ERROR "syntax error: unexpected literal 2 at end of statement"
	println(x)
}
