package main

// go of a nil func value is a fatal error at the go statement.

func main() {
	var f func()
	println("before")
	go f()
	println("after")
}
