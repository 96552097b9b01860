// float32 and float64 arithmetic and conversions.
package main

func main() {
	var f float64 = 1.5
	var g float32 = 2.25
	println(f*2, f/4, f-3, g*g, g/3)
	var third float32 = 1.0 / 3
	println(third, float64(third))
	nf, big := -2.9, 200.7
	println(int(f*7), int(nf), int64(1e18), uint8(big))
	var i int = 7
	println(float64(i)/2, float32(i)/3)
	var z float64
	println(1/z > 1e308, -1/z < -1e308, z/z == z/z)
	println(1e100, 1e-100, 123456789.0, 0.1+0.2)
	println(float32(16777217), float32(0.1))
}
