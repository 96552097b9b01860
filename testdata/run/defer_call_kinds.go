package main

type T struct{ name string }

func (t T) val(s string)   { println("value method", t.name, s) }
func (t *T) ptr(s string)  { println("pointer method", t.name, s) }
func sum(xs ...int)        { n := 0; for _, x := range xs { n += x }; println("variadic", n) }
func pair() (int, string)  { return 7, "seven" }
func two(n int, s string)  { println("spread", n, s) }

type Namer interface{ Name() string }

func (t T) Name() string { return t.name }
func show(n Namer)       { println("iface", n.Name()) }

func main() {
	t := T{"t1"}
	defer t.val("bound at defer")
	defer t.ptr("bound at defer")
	mv := t.val
	defer mv("method value")
	defer sum(1, 2, 3)
	defer two(pair())
	var n Namer = T{"n1"}
	defer show(n)
	m := map[string]int{"k": 1}
	defer func() { println("len after delete", len(m)) }()
	defer delete(m, "k")
	t.name = "t2"
	n = T{"n2"}
	println("body done")
}
