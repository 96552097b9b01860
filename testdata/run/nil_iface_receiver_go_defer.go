package main

// `go i.M()` and `defer i.M()` with a nil interface i panic at the
// statement: the method is looked up when the operands are evaluated.

type I interface{ M() }

func deferIt() {
	defer func() { println("defer: recovered:", recover() != nil) }()
	var i I
	defer i.M()
	println("defer: not reached")
}

func goIt() {
	defer func() { println("go: recovered:", recover() != nil) }()
	var i I
	go i.M()
	println("go: not reached")
}

type S struct{ I }

func embedded() {
	defer func() { println("embedded: recovered:", recover() != nil) }()
	var s S
	go s.M()
	println("embedded: not reached")
}

func main() {
	deferIt()
	goIt()
	embedded()
}
