package main

// Float -> integer conversions of out-of-range values are implementation-
// defined; goc matches gc on amd64 (cvttsd2si and gc's uint64 split at 2^63).
func f64(x float64) float64 { return x }

func main() {
	for _, v := range []float64{1.5, -1.5, 1e20, -1e20, 3e9, -3e9, 255.9, 256.5, -0.5, 1.8446744073709552e19, 9.3e18} {
		x := f64(v)
		println(int64(x), uint64(x), int32(x), uint32(x), int8(x), uint8(x), int16(x), uint16(x))
	}
	for _, v := range []float32{1.5, -1.5, 1e20, 3e9, -3e9, 9.3e18} {
		println(int64(v), uint64(v), int32(v), uint32(v), int8(v), uint8(v))
	}
	nan := f64(0) / f64(0)
	println(int64(nan), uint64(nan), int32(nan), uint32(nan))
	var u64 uint64 = 1<<64 - 1
	println(float64(u64), float32(u64), uint32(u64), int8(u64))
}
