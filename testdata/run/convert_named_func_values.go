package main

type Celsius float64
type Temp Celsius
type Names []string
type Handler func(int) int
type Pair struct{ a, b int }
type Pair2 Pair

func apply(h Handler, v int) int { return h(v) }

func main() {
	c := Celsius(10.5)
	t := Temp(c)
	println(float64(t))
	n := Names([]string{"a", "b"})
	s := []string(n)
	println(len(s), n[1])
	h := Handler(func(x int) int { return x * 3 })
	println(apply(h, 2), apply(func(x int) int { return x }, 7))
	p2 := Pair2(Pair{1, 2})
	println(p2.a, p2.b)
	hs := map[string]Handler{"a": h}
	println(hs["a"](5))
	fs := []func() string{func() string { return "x" }}
	println(fs[0]())
	var fnil func()
	println(fnil == nil)
}
