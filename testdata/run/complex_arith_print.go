package main

func main() {
	a := complex(1, 2)
	b := 3 + 4i
	println(a, b, a+b, a-b, a*b, a/b)
	println(real(b), imag(b))
	var c64 complex64 = complex64(a)
	println(c64, real(c64), imag(c64))
	println(a == complex(1, 2), a != b)
	c := -a
	c += 1
	println(c)
	var e interface{} = a
	println(e.(complex128))
	m := map[complex128]int{a: 1}
	println(m[complex(1, 2)])
}
