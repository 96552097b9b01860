package main

func main() {
	a := 1
	b := "s"
	println(a + b) // ERROR "mismatched types int and string"
	var f float64 = 2
	println(a * f) // ERROR "mismatched types int and float64"
}
