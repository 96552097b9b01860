// expectations written by hand
package main

import "unsafe"

func main() {
	str := "hello"
	bp := unsafe.StringData(str)
	println(*bp)
	b := []byte("world")
	println(unsafe.String(&b[0], 3))
	println(*unsafe.SliceData(b))
	var e []int
	println(unsafe.SliceData(e) == nil)
}
