// range over a string decodes UTF-8; bad bytes give U+FFFD one byte at a time.
package main

func main() {
	for i, r := range "aé世" {
		println(i, r)
	}
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x98\x80"
	for i, r := range bad {
		println(i, r)
	}
	n := 0
	for range "日本語" {
		n++
	}
	println(n)
	for i := range "xyz" {
		print(i, " ")
	}
	println()
}
