// A negative variable index is out of range.
package main

func get(a []int, i int) int { return a[i] }

func main() {
	println(get([]int{1}, -1))
}
