package main

func named() (r int) {
	defer func() { r *= 2 }()
	r = 5
	return r + 1
}

func swap() (a, b string) {
	defer func() { a, b = b, a }()
	return "first", "second"
}

func main() {
	println(named())
	println(swap())
}
