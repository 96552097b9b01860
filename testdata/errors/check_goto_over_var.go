package main

func main() {
	goto L // ERROR "goto L jumps over variable declaration at line 5"
	x := 1
	println(x)
L:
	println()
}
