package main

type P struct{ x, y int }

func main() {
	_ = P{1, 2, 3} // ERROR "too many values in struct literal of type P"
	_ = P{1}       // ERROR "too few values in struct literal of type P"
	_ = P{x: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
}
