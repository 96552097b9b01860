package main

type A struct{ x int }

func (A) Name() string { return "A" }
func (A) Only() string { return "onlyA" }

type B struct{ x int }

func (B) Name() string { return "B" }

type C struct {
	A
	B
	x int
}

func (C) Name() string { return "C" }

type D struct {
	C
}

type Namer interface{ Name() string }

func main() {
	d := D{C{A{1}, B{2}, 3}}
	println(d.x, d.A.x, d.B.x, d.Name(), d.Only())
	var n Namer = d
	println(n.Name())
	n = d.A
	println(n.Name())
	var o interface{ Only() string } = d
	println(o.Only())
}
