package main

import (
	"runtime"
	"sync"
)

// Every kind of call in a go statement, operands evaluated at the statement
// (later changes are not seen). Goroutines report on a channel, or main
// waits until they have exited, so the output has a fixed order.

type T struct{ name string }

func (t T) val(c chan string, s string)  { c <- "value method " + t.name + " " + s }
func (t *T) ptr(c chan string, s string) { c <- "pointer method " + t.name + " " + s }

type Namer interface{ Name(c chan string) }

func (t T) Name(c chan string) { c <- "iface " + t.name }

type Outer struct{ Namer }

type Big struct{ a, b, c, d, e, f, g, h int }

func big(c chan string, b Big) (Big, string) {
	c <- "big " + itoa(b.a+b.h)
	return b, "ignored"
}

func sum(c chan string, xs ...int) {
	n := 0
	for _, x := range xs {
		n += x
	}
	c <- "variadic " + itoa(n) + " of " + itoa(len(xs))
}

func pair(c chan string) (chan string, int, string) { return c, 7, "seven" }
func two(c chan string, n int, s string)             { c <- "spread " + itoa(n) + " " + s }

var counter int

func next() int { counter++; return counter }

func noargs() { done <- "no operands" }

var done = make(chan string)

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

func main() {
	c := make(chan string)
	recv := func() { println(<-c) }

	go noargs()
	println(<-done)

	t := T{"t1"}
	go t.val(c, "x")
	recv()
	go t.ptr(c, "y")
	recv()
	go (&t).val(c, "z")
	recv()

	var n Namer = T{"n1"}
	go n.Name(c)
	recv()
	o := Outer{T{"embedded"}}
	go o.Name(c)
	recv()

	mv := t.val
	go mv(c, "method value")
	recv()
	go T.val(t, c, "method expression")
	recv()
	go (*T).ptr(&t, c, "pointer method expression")
	recv()
	go Namer.Name(n, c)
	recv()

	go func(s string) { c <- "closure " + s }("arg")
	recv()
	go func() { c <- "closure no args" }()
	recv()

	go sum(c)
	recv()
	go sum(c, 1, 2, 3)
	recv()
	xs := []int{4, 5}
	go sum(c, xs...)
	recv()
	go two(pair(c))
	recv()
	go big(c, Big{a: 1, h: 41})
	recv()

	// Arguments are evaluated at the go statement.
	var wg sync.WaitGroup
	start := make(chan bool)
	x := 10
	t2 := T{"before"}
	var n2 Namer = T{"iface before"}
	fv := func(c chan string, s string) { c <- "func value " + s }
	wg.Add(1)
	go func(v int) { <-start; println("captured at go:", v); wg.Done() }(x)
	go t2.val(c, itoa(next()))
	go n2.Name(c)
	go fv(c, "old")
	x = 20
	t2.name = "after"
	n2 = T{"iface after"}
	fv = nil
	close(start)
	wg.Wait()
	got := []string{<-c, <-c, <-c}
	for i := 0; i < len(got); i++ {
		for j := i + 1; j < len(got); j++ {
			if got[j] < got[i] {
				got[i], got[j] = got[j], got[i]
			}
		}
	}
	for _, s := range got {
		println(s)
	}

	// Builtins.
	ch := make(chan int)
	go close(ch)
	_, ok := <-ch
	println("closed:", !ok)

	a := []int{0, 0, 0}
	b := []int{1, 2, 3}
	go copy(a, b)
	settle()
	println("copied:", a[0], a[1], a[2])

	m := map[string]int{"k": 1, "j": 2}
	k := "k"
	go delete(m, k)
	k = "j"
	settle()
	println("deleted:", len(m), m["j"])

	y := 5
	go println("go println:", y)
	y = 6
	settle()

	res := make(chan string)
	go func() {
		defer func() { res <- "recovered " + recover().(string) }()
		panic("boom")
	}()
	println(<-res)
}

// settle waits until main is the only goroutine left.
func settle() {
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
}
