package main

type P struct{ x, y int }

func main() {
	a, b, c := 1, 2, 3
	_ = P{a, b, c, c} // ERROR "too many values in (struct literal of type P|P{…})"
	d := 4 // ERROR "declared and not used: d|d declared but not used"
	_ = P{x: 1, d}   // ERROR "mixture of field:value and value elements in struct literal"
	e := 5
	_ = Q{e}         // ERROR "undefined: Q"
}
