package main

var a = b + 1 // ERROR "initialization cycle|initialization loop"
var b = f()

func f() int { return a }

func main() {}
