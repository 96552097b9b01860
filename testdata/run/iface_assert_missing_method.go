package main

type I interface{ M() }
type T struct{}

func (T) N() {}

func main() {
	var e interface{} = T{}
	_ = e.(I)
}
