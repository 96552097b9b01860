// Integer conversions truncate or sign/zero-extend.
package main

func main() {
	var x int64 = 0x1234567890
	println(int8(x), int16(x), int32(x), uint8(x), uint16(x), uint32(x))
	var n int32 = -1
	println(uint32(n), uint64(n), int64(n), uint8(n))
	var u uint8 = 255
	println(int8(u), int(u), int64(int8(u)))
	var big uint64 = 1<<63 + 5
	println(int64(big), int(big))
}
