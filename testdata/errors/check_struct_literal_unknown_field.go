package main

type P struct{ x, y int }

func main() {
	_ = P{z: 1}       // ERROR "unknown field z in struct literal of type P"
	_ = P{x: 1, x: 2} // ERROR "duplicate field name x in struct literal"
}
