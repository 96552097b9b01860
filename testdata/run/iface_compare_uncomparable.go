package main

func main() {
	var a, b interface{} = 1, 1
	println(a == b)
	a, b = "x", "y"
	println(a == b, a != b)
	a, b = nil, nil
	println(a == b)
	a = []int{1}
	b = 5
	println(a == b)
	b = []int{1}
	println(a == b)
}
