package main

func main() {
	var n int = "hello" // ERROR "cannot use \"hello\" \(untyped string constant\) as int value in variable declaration"
	var s string
	s = 5 // ERROR "cannot use 5 \(untyped int constant\) as string value in assignment"
	println(n, s)
}
