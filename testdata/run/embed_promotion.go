package main

type Base struct{ id int }

func (b Base) ID() int       { return b.id }
func (b *Base) SetID(i int) { b.id = i }

type Mid struct {
	Base
	name string
}

type Top struct {
	*Mid
	extra int
}

type IDer interface{ ID() int }
type Setter interface {
	IDer
	SetID(int)
}

func main() {
	t := Top{&Mid{Base{1}, "m"}, 2}
	println(t.id, t.ID(), t.name)
	t.SetID(5)
	println(t.Mid.Base.id, t.ID())
	var s Setter = t // Top has SetID via *Mid
	s.SetID(7)
	println(s.ID(), t.id)
	m := Mid{Base{3}, "x"}
	var i IDer = m
	println(i.ID())
	var s2 Setter = &m
	s2.SetID(9)
	println(m.id, s2.ID())
	f := t.ID
	t.SetID(11)
	println(f(), t.ID())
	g := (*Mid).SetID
	g(&m, 12)
	println(m.ID())
}
