// String indexing, slicing and length.
package main

func main() {
	s := "hello, world"
	println(len(s), s[0], s[len(s)-1])
	println(s[7:], s[:5], s[3:8], s[:], s[12:])
	t := s[7:]
	println(len(t), t[0])
	u := "héllo"
	println(len(u), u[1], u[2], u[1:3])
	println("" == s[5:5], len(""))
}
