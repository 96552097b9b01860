package main

import "unsafe"

type S struct {
	a bool
	b int64
	c uint16
	d [3]byte
	e string
}

func main() {
	var s S
	println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c), unsafe.Offsetof(s.d), unsafe.Offsetof(s.e))
	println(unsafe.Sizeof(int32(0)), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(interface{}(nil)))
	x := [4]int32{1, 2, 3, 4}
	p := unsafe.Pointer(&x[0])
	p2 := (*int32)(unsafe.Pointer(uintptr(p) + 8))
	println(*p2)
	sl := unsafe.Slice(&x[1], 3)
	println(len(sl), sl[2])
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	println(bits)
}
