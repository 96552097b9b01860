package main

type I interface {
	M()
	M() // ERROR "duplicate method M"
}

func main() {
	var i I
	println(i)
}
