package main

type T struct { // ERROR "invalid recursive type T"
	a [2]T
}

type A struct{ b B } // ERROR "invalid recursive type A"
type B struct{ a A }

type L struct{ next *L }

func main() {}
