package main

type S struct{ a int }

func pair() (int, S) { return 1, S{} }

func main() {
	println(S{1})       // ERROR "illegal types for operand: print"
	print([2]int{1, 2}) // ERROR "illegal types for operand: print"
	println(pair())     // ERROR "illegal types for operand: print"
	var p *S
	var s []S
	println(p, s, len(s))
}
