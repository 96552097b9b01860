// expectations written by hand
// range over an integer (Go 1.22).
package main

func main() {
	for i := range 4 {
		print(i, " ")
	}
	println()
	n := 0
	for range 5 {
		n++
	}
	println(n)
	var u uint8 = 3
	for i := range u {
		print(i, " ")
	}
	println()
	for i := range 0 {
		println("never", i)
	}
}
