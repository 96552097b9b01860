package main

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	println(len(m))
	m[[]int{1}] = 2
}
