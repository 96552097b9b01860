package main

import "unicode/utf8"

func main() {
	s := "héllo, 世界\xff\xed\xa0\x80z\xf0\x9f\x98\x80"
	println(utf8.RuneCountInString(s), utf8.ValidString(s), utf8.RuneLen('世'))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		println(i, r, n)
		i += n
	}
	b := []byte(s)
	for len(b) > 0 {
		r, n := utf8.DecodeLastRune(b)
		println(r, n, utf8.FullRune(b))
		b = b[:len(b)-n]
	}
	println(string(utf8.AppendRune(nil, 0x1F600)), utf8.ValidRune(0xD800), utf8.RuneStart(0x80))
}
