// Integer remainder by zero panics.
package main

func main() {
	var a, b uint8 = 7, 0
	println(a % b)
}
