// String comparison and concatenation.
package main

func main() {
	a, b := "apple", "banana"
	println(a < b, a > b, a == b, a != b, a <= "apple", b >= "bananas")
	println("" < "a", "ab" < "abc", "abc" < "abd", "Z" < "a")
	c := a + " " + b
	println(c, len(c))
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	println(s)
	s += s
	println(s, a+b == "applebanana")
}
