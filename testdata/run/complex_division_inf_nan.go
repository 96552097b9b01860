package main

func main() {
	a := complex(1, 2)
	var z complex128
	println(a / z)
	big := 1e308
	inf := big * 10
	println(complex(inf, 0) / complex(1, 1))
	println(complex(1, 1) / complex(inf, inf))
	var c64 complex64 = 1 + 1i
	var z64 complex64
	println(c64/z64, c64/(2+0i))
}
