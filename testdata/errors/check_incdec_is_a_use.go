package main

// x++ and x += 1 read x: gc 1.19 does not report such variables as unused.
func main() {
	x := 0
	x++
	y := 0
	y += 2
	z := 0 // ERROR "declared and not used: z|z declared but not used"
	z = 1
}
