// Every integer type wraps around on overflow.
package main

func main() {
	var i8 int8 = 127
	i8++
	var i16 int16 = 32767
	i16 += 2
	var i32 int32 = 2147483647
	i32++
	var i64 int64 = 9223372036854775807
	i64++
	var i int = -9223372036854775808
	i--
	println(i8, i16, i32, i64, i)

	var u8 uint8 = 0
	u8--
	var u16 uint16 = 65535
	u16 += 3
	var u32 uint32 = 1 << 31
	u32 *= 2
	var u64 uint64 = 0
	u64 -= 1
	var u uint = 1<<64 - 1
	u += 2
	var up uintptr = 0
	up--
	println(u8, u16, u32, u64, u, up)

	var m8 int8 = -128
	m8 = -m8
	var x uint8 = 200
	x *= 3
	var y int16 = 300
	y *= 300
	println(m8, x, y)
	var b byte = 'z'
	b += 10
	var r rune = 0x7fffffff
	r++
	println(b, r)
}
