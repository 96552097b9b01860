// Every kind of deferred callee that calls recover() itself stops the panic
// (its frame keeps a checkpoint); callees that do not, cannot.
package main

import "fmt"

type Inner struct{ tag string }

func (i *Inner) Catch() { fmt.Println("Inner.Catch", i.tag, recover()) }
func (i Inner) Value(n int) { fmt.Println("Inner.Value", i.tag, n, recover()) }
func (i Inner) NoRecover() { fmt.Println("Inner.NoRecover", i.tag) }

type Outer struct {
	*Inner
	n int
}

type Catcher interface{ Catch() }

func catchFn() { fmt.Println("catchFn", recover()) }

func promoted() {
	o := Outer{&Inner{"promoted"}, 1}
	defer o.Catch()
	panic("p1")
}

func methodExpr() {
	defer Inner.Value(Inner{"mexpr"}, 7)
	panic("p2")
}

func methodValue() {
	f := (&Inner{"mvalue"}).Catch
	defer f()
	panic("p3")
}

func viaInterface() {
	var c Catcher = &Inner{"iface"}
	defer c.Catch()
	panic("p4")
}

func parenLit() {
	defer (func() { fmt.Println("paren", recover()) })()
	panic("p5")
}

func funcVar() {
	f := func() { fmt.Println("funcVar", recover()) }
	defer f()
	panic("p6")
}

func declared() {
	defer catchFn()
	panic("p7")
}

func wrapped() (s string) {
	defer func() { s = fmt.Sprint("outer got ", recover()) }()
	func() {
		defer Inner{"norecover"}.NoRecover()
		defer fmt.Println("builtin-like call", 1)
		panic("p8")
	}()
	return "unreached"
}

func inGoroutine(done chan string) {
	defer func() { done <- fmt.Sprint("goroutine ", recover()) }()
	var m map[string]int
	m["x"] = 1
}

func main() {
	promoted()
	methodExpr()
	methodValue()
	viaInterface()
	parenLit()
	funcVar()
	declared()
	fmt.Println(wrapped())
	done := make(chan string)
	go inGoroutine(done)
	fmt.Println(<-done)
}
