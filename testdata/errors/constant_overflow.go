package main

func main() {
	var b byte = 256          // ERROR "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	var i int8 = -129         // ERROR "overflows"
	const big = 1 << 70
	var n int = big           // ERROR "overflows"
	println(b, i, n)
}
