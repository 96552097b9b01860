// unsafe.Slice checks its arguments as gc does: a nil pointer with a non-zero
// length, a negative length, and a length whose bytes overflow 64 bits all
// panic with gc's runtime errors; nil with length 0 is a nil slice.
package main

import "unsafe"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			println(name, "panic:", err.Error())
		} else {
			println(name, "ok")
		}
	}()
	f()
}

var sink []int64

func main() {
	var np *int64
	arr := [4]int64{1, 2, 3, 4}
	n := 3
	try("nil, 0", func() { sink = unsafe.Slice(np, 0); println(sink == nil, len(sink)) })
	try("ptr, 3", func() { sink = unsafe.Slice(&arr[0], n); println(len(sink), cap(sink), sink[2]) })
	try("nil, 3", func() { sink = unsafe.Slice(np, n) })
	try("ptr, -1", func() { sink = unsafe.Slice(&arr[0], n-4) })
	try("ptr, huge", func() { sink = unsafe.Slice(&arr[0], 1<<61+n) })
	try("ptr, 2^63 bytes", func() { sink = unsafe.Slice(&arr[0], 1<<60+n) })
	var z struct{}
	try("zero-size, huge", func() { s := unsafe.Slice(&z, 1<<62); println(len(s)) })
	sink = unsafe.Slice(np, n)
}
