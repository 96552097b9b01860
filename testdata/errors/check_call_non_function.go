package main

type T struct{}

func main() {
	var t T
	t() // ERROR "invalid operation: cannot call non-function t \(variable of type T\)"
	"s"() // ERROR "invalid operation: cannot call non-function \"s\" \(untyped string constant\)"
}
