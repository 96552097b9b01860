// s[a:b:c] with c > cap(s).
package main

func main() {
	s := make([]int, 3, 5)
	c := 6
	println(len(s[1:2:c]))
}
