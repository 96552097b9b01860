package main

type S struct{}

func (*S) M() {}

type T struct{ S }

func get() T { return T{} }

type I interface{ M() }

func main() {
	get().M() // ERROR "cannot call pointer method M on T"
	p := &T{}
	var i I = p // *T has M: the embedded S is addressable through the pointer
	i.M()
}
