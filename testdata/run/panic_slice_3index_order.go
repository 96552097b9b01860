// s[a:b:c] with b > c.
package main

func main() {
	s := make([]int, 3, 5)
	b, c := 4, 3
	println(len(s[0:b:c]))
}
