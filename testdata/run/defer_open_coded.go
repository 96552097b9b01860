// Open-coded defers (lowering/defer.cpp): operands evaluated at the defer
// statement, conditional defers, every call kind, recover with calls left to
// run, a panic in a deferred call, nested panics, Goexit, a nil func value,
// results changed by a deferred call. Expectations from gc 1.19.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ n int }

func (t T) M(s string)   { println("T.M", t.n, s) }
func (t *T) P(s string)  { println("T.P", t.n, s) }

type I interface{ M(s string) }

func multi(c bool) (r int) {
	x := 1
	defer println("first", x)
	x = 2
	if c {
		defer func(v int) { println("cond", v, x); r += 10 }(x)
	}
	t := &T{5}
	defer t.M("m")
	defer t.P("p")
	var i I = T{7}
	defer i.M("iface")
	f := func(a, b int) int { println("fv", a, b); return a + b }
	defer f(3, 4)
	x = 3
	defer fmt.Println("fmt", x, "s")
	t.n = 9
	return x
}

func recoverMiddle() (r int) {
	defer func() { println("after recover (runs last)", r); r++ }()
	defer func() {
		if e := recover(); e != nil {
			println("recovered", e.(string))
			r = 100
		}
	}()
	defer func() { println("before recover, recover() ok? ", recover() == nil) }()
	panic("boom")
}

func panicInDefer() (r int) {
	defer func() {
		e := recover()
		println("outer recovered", fmt.Sprint(e))
		r = 7
	}()
	defer func() { println("second runs too") }()
	defer func() { panic("from defer") }()
	return 1
}

func nested() {
	defer func() { println("nested recovered:", fmt.Sprint(recover())) }()
	func() {
		defer func() { println("inner defer 1") }()
		defer func() { panic("p2") }()
		panic("p1")
	}()
}

func goexitOpen(done chan bool) {
	defer func() { done <- true }()
	defer println("goexit defer 2")
	func() {
		defer println("inner goexit defer")
		runtime.Goexit()
	}()
	println("not reached")
}

func deferNilFunc() {
	defer func() { println("nil func recovered:", recover() != nil) }()
	var f func()
	defer f()
	println("body of deferNilFunc")
}

func results() (a, b string) {
	defer func() { a, b = b, a }()
	return "x", "y"
}

func main() {
	println(multi(true))
	println(multi(false))
	println(recoverMiddle())
	println(panicInDefer())
	nested()
	d := make(chan bool)
	go goexitOpen(d)
	<-d
	deferNilFunc()
	println(results())
	for i := 0; i < 3; i++ {
		println(recoverMiddle())
	}
}
