// print and println formats of every basic type (to standard error, as gc).
package main

func main() {
	println(true, false)
	println(int8(-8), int16(-16), int32(-32), int64(-64), -1)
	println(uint8(8), uint16(16), uint32(32), uint64(1<<64-1), uint(7), uintptr(9))
	println(1.5, -0.25, float32(3.75), 0.0, 1e21, 1e-7)
	var z float64
	println(1/z, -1/z, z/z)
	println(complex(1, -2), complex64(complex(0.5, 0.25)))
	println("string", "", 'x')
	var p *int
	var s []int
	println(p == nil, s == nil, nil == p)
	print("no", "spaces", 1, 2, "\n")
	print(1.0, "\n")
	println()
	println("multi", 1, "args", 2.0, true)
}
