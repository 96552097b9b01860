// A string slice beyond its length.
package main

func main() {
	s := "hello"
	b := 9
	println(s[2:b])
}
