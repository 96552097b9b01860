// Frames whose deferred calls cannot recover (no recover() in the deferred
// function itself) keep no checkpoint: a panic runs their deferred calls on
// its way to a recovering frame below, and recover() in a function they call
// returns nil, as in gc.
package main

import (
	"fmt"
	"runtime"
)

var trace []string

func note(s string) { trace = append(trace, s) }

func helperRecover() interface{} { return recover() }

type T struct{ name string }

func (t T) Close(tag string)  { note("close " + t.name + " " + tag) }
func (t *T) Reset()           { note("reset " + t.name); t.name = "reset" }
func (t T) Recover() (r bool) { r = recover() != nil; note(fmt.Sprint("T.Recover ", r)); return }

// Open-coded, no recover: operands evaluated at the defer statement.
func passThrough(x int) (r int) {
	defer note(fmt.Sprint("passThrough arg ", x))
	x = 100
	t := T{"a"}
	defer t.Close("value")
	defer (&t).Reset()
	t.name = "changed"
	defer func() { r += 1000; note(fmt.Sprint("passThrough r ", r)) }()
	var p *int
	return *p + x
}

// Recovers what passThrough's frame let through; named result set by the
// deferred closure after recovery.
func recoverer() (r int, err string) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Sprint(e)
			r = -1
		}
	}()
	r = passThrough(7)
	return r, "none"
}

// A deferred function without recover() calls one that recovers: nil in gc.
func indirect() (got string) {
	defer func() {
		got = fmt.Sprint("recovered: ", recover() != nil)
	}()
	func() {
		defer func() {
			note(fmt.Sprint("helper got ", helperRecover()))
		}()
		panic("indirect")
	}()
	return "not reached"
}

// A deferred method that recovers, called through a thunk with operands.
func methodRecovers() (ok bool) {
	defer func() { note(fmt.Sprint("after method recover: ", recover())) }()
	t := T{"m"}
	defer t.Recover()
	panic("method")
}

// A panic inside a deferred call of a frame without checkpoint, recovered
// below; the frame's other deferred calls still run once.
var count int

func faultInDefer() {
	defer note("faultInDefer first (runs last)")
	defer func() {
		count++
		var p *T
		p.name = "x"
	}()
	defer func() { count += 10 }()
}

func callsFault() (msg string) {
	defer func() { msg = fmt.Sprint(recover(), " count=", count) }()
	faultInDefer()
	return "no panic"
}

// Defers in a loop (records, not open-coded) and a goto, no recover.
func loopDefers(n int) {
	for i := 0; i < n; i++ {
		defer note(fmt.Sprint("loop ", i))
	}
	i := 0
again:
	if i < 2 {
		defer note(fmt.Sprint("goto ", i))
		i++
		goto again
	}
	panic(fmt.Sprint("loop panic ", n))
}

func loopRecover() (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	loopDefers(3)
	return
}

// Re-panic from a frame without checkpoint: both panics are printed by the
// recovering frame's view.
func repanic() {
	defer func() { panic("second") }()
	panic("first")
}

func catchRepanic() (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	repanic()
	return
}

// Goexit runs open-coded defers of frames without checkpoint.
func goexitFrames(done chan bool) {
	defer func() { done <- true }()
	func() {
		defer note("goexit inner")
		defer func() { note(fmt.Sprint("goexit recover nil: ", helperRecover() == nil)) }()
		runtime.Goexit()
	}()
	note("not reached")
}

func builtinDefer() (s string) {
	defer func() { s = fmt.Sprint("outer: ", recover()) }()
	func() {
		defer recover()
		panic("builtin")
	}()
	return "not reached"
}

// No call between the frame's entry and the fault: the record must be
// complete when the load faults, and the inlined deferred call runs once.
var sink int

//go:noinline
func quiet(p *int) int {
	defer func() { sink++ }()
	return *p + 1
}

func catchQuiet() (s string) {
	defer func() { s = fmt.Sprint(recover() != nil, " sink=", sink) }()
	x := 1
	quiet(&x)
	quiet(nil)
	return
}

func main() {
	fmt.Println(catchQuiet())
	r, err := recoverer()
	fmt.Println(r, err)
	fmt.Println(indirect())
	fmt.Println(methodRecovers())
	fmt.Println(callsFault())
	fmt.Println(loopRecover())
	fmt.Println(catchRepanic())
	done := make(chan bool)
	go goexitFrames(done)
	<-done
	fmt.Println(builtinDefer())
	for _, s := range trace {
		fmt.Println(s)
	}
	passThrough(1)
}
