// Constants: iota, implicit repetition, typed and untyped, exact arithmetic.
package main

type Color int

const (
	Red Color = iota
	Green
	Blue
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const big = 1 << 200
const small = big >> 195
const third = 1.0 / 3
const typed int8 = -128

func main() {
	println(Red, Green, Blue)
	println(KB, MB, GB)
	println(a, b, c, d, e, f)
	println(small, typed)
	println(third)
	const s = "con" + "cat"
	println(s, len(s))
	println('a', 'a'+1, string(rune('a'+2)))
}
