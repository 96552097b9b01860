package main

func main() {
	s := "abc"
	println(-s)      // ERROR "invalid operation: operator - not defined on s"
	b := true
	println(b + b)   // ERROR "invalid operation: operator \+ not defined on b"
	var p *int
	println(p * p)   // ERROR "invalid operation: operator \* not defined on p"
}
