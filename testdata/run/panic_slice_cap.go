// s[a:b] with b > cap(s).
package main

func main() {
	s := make([]int, 2, 4)
	b := 5
	println(len(s[:b]))
}
