package main

func main() {
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key \"a\" in map literal"
	_ = map[int]int{1: 1, 2: 2, 1: 3}  // ERROR "duplicate key 1 in map literal"
	_ = map[int]int{1}                 // ERROR "missing key in map literal"
}
