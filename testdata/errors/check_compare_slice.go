package main

func main() {
	a, b := []int{}, []int{}
	println(a == b) // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	m, n := map[int]int{}, map[int]int{}
	println(m != n) // ERROR "invalid operation: m != n \(map can only be compared to nil\)"
	f := func() {}
	println(f == f) // ERROR "invalid operation: f == f \(func can only be compared to nil\)"
}
