package main

// Method expressions of promoted methods: through embedded values,
// embedded pointers and embedded interfaces, as calls and as func values.

type I interface{ M() int }

type T struct{ v int }

func (t T) M() int                      { return t.v }
func (t *T) N() int                     { return t.v * 10 }
func (t *T) Show()                      { println("show", t.v) }
func (t T) Sum(xs ...int) (int, string) { n := t.v; for _, x := range xs { n += x }; return n, "sum" }

type Big struct {
	a, b, c, d, e int
	T
}

type S struct{ I }
type P struct {
	pad int
	*T
}
type Q struct {
	pad string
	T
}
type R struct{ Q }

func main() {
	s := S{T{1}}
	println(S.M(s), (*S).M(&s))
	p := P{0, &T{2}}
	println(P.M(p), P.N(p), (*P).N(&p), (*P).M(&p))
	q := Q{"x", T{3}}
	println(Q.M(q), (*Q).N(&q), (*Q).M(&q))
	r := R{q}
	println(R.M(r), (*R).N(&r))
	n, what := Q.Sum(q, 1, 2)
	println(n, what)
	xs := []int{4, 5}
	n, _ = (*R).Sum(&r, xs...)
	println(n)
	bg := Big{1, 2, 3, 4, 5, T{6}}
	println(Big.M(bg), (*Big).N(&bg))

	f1, f2, f3, f4 := P.M, Q.M, (*Q).N, S.M
	println(f1(p), f2(q), f3(&q), f4(s))
	q.v = 30
	println(f2(q), f3(&q))

	done := make(chan int)
	go func(f func(Q) int) { done <- f(q) }(Q.M)
	println(<-done)
	func() {
		defer func() { println("deferred", recover() != nil) }()
		defer (*P).Show(&P{})
		println("nil embedded pointer panics when the deferred call runs")
	}()
}
