package main

// Converting a slice to an array pointer checks the length.
func main() {
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s)
	println(p[1])
	q := (*[5]int)(s)
	println(q[0])
}
