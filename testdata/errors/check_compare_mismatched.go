package main

func main() {
	var i int
	var s string
	println(i == s) // ERROR "invalid operation: i == s \(mismatched types int and string\)"
	println(nil == nil) // ERROR "invalid operation: nil == nil \(operator == not defined on nil\)"
}
