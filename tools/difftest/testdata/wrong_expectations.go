// expectations written by hand
// Its recorded stdout is deliberately wrong, so difftest must report it as
// failing (and skip it under --hand=skip).
package main

func main() {
	println("actual output")
}
