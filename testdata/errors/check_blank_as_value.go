package main

func main() {
	x := _ // ERROR "cannot use _ as value"
	println(_) // ERROR "cannot use _ as value"
	_ = x
}
