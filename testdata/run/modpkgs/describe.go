package main

import "example.com/modpkgs/shapes"

func announce(s string) bool {
	println(s)
	return true
}

func describe(r shapes.Rect) string {
	if r.Area() > 10 {
		return "big"
	}
	return "small"
}
