package main

type Speaker interface{ Speak() string }
type Mover interface{ Move(int) int }
type Both interface {
	Speaker
	Mover
}

type Val struct{ name string }

func (v Val) Speak() string { return "val " + v.name }

type Ptr struct{ pos int }

func (p *Ptr) Speak() string   { return "ptr" }
func (p *Ptr) Move(d int) int { p.pos += d; return p.pos }

type Big struct {
	a, b, c, d, e int
}

func (b Big) Speak() string { return "big" }
func (b Big) Move(d int) int { return b.a + b.e + d }

type Fn func() string

func (f Fn) Speak() string { return "fn:" + f() }

func main() {
	var s Speaker = Val{"x"}
	println(s.Speak())
	s = &Val{"y"}
	println(s.Speak())
	p := &Ptr{}
	var b Both = p
	println(b.Speak(), b.Move(3), b.Move(4), p.pos)
	s = b
	println(s.Speak())
	b = Big{1, 2, 3, 4, 5}
	println(b.Speak(), b.Move(10))
	b = &Big{a: 7}
	println(b.Move(1))
	s = Fn(func() string { return "called" })
	println(s.Speak())
	var e interface{} = p
	if m, ok := e.(Mover); ok {
		println("mover", m.Move(1))
	}
	_, ok := e.(Speaker)
	println(ok)
	var any1 any = Val{"z"}
	println(any1.(Speaker).Speak())
}
