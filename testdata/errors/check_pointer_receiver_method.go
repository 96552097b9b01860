package main

type I interface{ M() }

type T struct{}

func (*T) M() {}

func main() {
	var x T
	var i I = x // ERROR "cannot use x \(variable of type T\) as I value in variable declaration: T does not implement I \(method M has pointer receiver\)"
	println(i)
}
