package main

func main() {
	_ = [3]int{1, 2, 3, 4}   // ERROR "index 3 is out of bounds \(>= 3\)"
	_ = []int{0: 1, 0: 2}    // ERROR "duplicate index 0 in array or slice literal"
	_ = [2]int{5: 1}         // ERROR "index 5 out of bounds \[0:2\]"
	_ = []int{1, 2, 1: 3}    // ERROR "duplicate index 1 in array or slice literal"
}
