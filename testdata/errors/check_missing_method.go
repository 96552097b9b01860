package main

type I interface{ M() }

type T struct{}

func main() {
	var x T
	var i I
	i = x // ERROR "cannot use x \(variable of type T\) as I value in assignment: T does not implement I \(missing method M\)"
	println(i)
}
