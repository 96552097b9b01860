package main

func pair() (int, int) { return 1, 2 }

func main() {
	a, b, c := pair() // ERROR "assignment mismatch: 3 variables but pair(\(\))? returns 2 values"
	x := pair()       // ERROR "assignment mismatch: 1 variable but pair(\(\))? returns 2 values"
	var p, q int = 1  // ERROR "assignment mismatch: 2 variables but 1 value"
	println(a, b, c, x, p, q)
}
