package main

func main() {
	var e interface{} = "hello"
	n := e.(int)
	println(n)
}
