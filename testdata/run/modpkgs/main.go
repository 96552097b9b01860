// A module: the main package in two files, importing local packages that
// import each other; package initialisation runs dependencies first.
package main

import (
	"example.com/modpkgs/internal/mathx"
	"example.com/modpkgs/shapes"
)

var ready = announce("main var")

func init() {
	println("main init")
}

func main() {
	r := shapes.Rect{W: 3, H: 4}
	println(r.Area(), mathx.Square(5), shapes.Made, ready)
	println(describe(r))
}
