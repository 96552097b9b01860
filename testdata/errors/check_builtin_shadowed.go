package main

func main() {
	int := 1
	var x int // ERROR "int \(variable of type int\) is not a type"
	_ = x
	_ = int
}
