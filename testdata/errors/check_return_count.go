package main

func f() (int, string) {
	return 1 // ERROR "not enough return values"
}

func g() int {
	return 1, "a" // ERROR "too many return values"
}

func h() {
	return 1 // ERROR "too many return values"
}

func k() (x int) {
	return
}

func l() int {
	return // ERROR "not enough return values"
}

func main() {}
