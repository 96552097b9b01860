package main

type I interface{ Get() int }
type C struct{ v int }

func (c *C) Get() int { return c.v }

type Adder interface{ Add(a, b int) int }
type A struct{}

func (A) Add(a, b int) int { return a + b }

func main() {
	c := &C{1}
	var i I = c
	f := i.Get
	c.v = 2
	println(f())
	g := I.Get
	println(g(i))
	h := Adder.Add
	println(h(A{}, 3, 4))
	fs := []func() int{i.Get, c.Get}
	c.v = 9
	println(fs[0](), fs[1]())
	var n I
	defer func() { println("recovered:", recover() != nil) }()
	_ = n.Get
}
