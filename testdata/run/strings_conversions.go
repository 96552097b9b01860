// Conversions between strings, byte slices, rune slices and runes.
package main

func main() {
	s := "héllo, 世界"
	bs := []byte(s)
	println(len(bs), bs[1], bs[2])
	bs[0] = 'H'
	println(string(bs), s)
	rs := []rune(s)
	println(len(rs), rs[1], rs[8])
	rs[8] = 'W'
	println(string(rs))
	println(string(rune(0x4e16)), string(rune(65)), string(rune(-1)), string(rune(0x10ffff+1)))
	var r rune = 'é'
	println(string(r), len(string(r)))
	println(string([]byte{104, 105}), string([]rune{0x263a, 'x'}))
	b := []byte("abc")
	b = append(b, "def"...)
	println(string(b))
}
