package main

type F func()

func main() {
	var m map[[]int]bool         // ERROR "invalid map key type \[\]int"
	var n map[F]int              // ERROR "invalid map key type F"
	var o map[struct{ s []int }]int // ERROR "invalid map key type struct{s \[\]int}"
	println(m, n, o)
}
