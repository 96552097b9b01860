// expectations written by hand
// (unsafe.String is Go 1.20, which gc 1.19 lacks; messages as gc 1.20+ prints them.)
// unsafe.String checks its arguments: a nil pointer with a non-zero length
// and a negative length panic; nil with length 0 is the empty string.
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

var sink string

func main() {
	var np *byte
	b := []byte("hello")
	n := 3
	try("nil, 0", func() { sink = unsafe.String(np, 0); println(sink == "", len(sink)) })
	try("ptr, 3", func() { sink = unsafe.String(&b[0], n); println(sink) })
	try("nil, 3", func() { sink = unsafe.String(np, n) })
	try("ptr, -1", func() { sink = unsafe.String(&b[0], n-4) })
}
