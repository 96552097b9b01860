// Each dereference of a nil pointer panics with the runtime error, whether
// or not its value is used; the uses that do not dereference do not.
package main

import "fmt"

type Inner struct{ x int }

type T struct {
	a, b int
	in   Inner
	ip   *Inner
	arr  [3]int
}

func (t T) Val() int   { return 1 }
func (t *T) Ptr() bool { return t == nil }
func (i Inner) Get() int { return 2 }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: %v\n", name, err)
			return
		}
		fmt.Printf("%s: no panic (%v)\n", name, r)
	}()
	f()
}

func main() {
	var p *T
	var ap *[5]int
	try("deref", func() { _ = *p })
	try("field", func() { _ = p.b })
	try("field addr", func() { _ = &p.b })
	try("first field addr", func() { _ = &p.a })
	try("nested field addr", func() { _ = &p.in.x })
	try("array field elem addr", func() { _ = &p.arr[1] })
	try("value method", func() { p.Val() })
	try("promoted value method", func() { p.in.Get() })
	try("method value", func() { _ = p.Val })
	try("pointer method", func() { fmt.Println("ptr method on nil:", p.Ptr()) })
	try("pointer method value", func() { _ = p.Ptr })
	try("array deref", func() { _ = *ap })
	try("array elem addr", func() { _ = &ap[2] })
	try("array elem", func() { _ = ap[2] })
	try("array len", func() { fmt.Println("len", len(ap), len(*ap)) })
	try("array range index", func() {
		for i := range ap {
			_ = i
		}
	})
	try("array range value", func() {
		for _, v := range ap {
			_ = v
		}
	})
	try("array slice", func() { _ = ap[:] })
	try("copy", func() {
		q := p
		var t T
		t = *q
		_ = t
	})
	try("nil embedded pointer", func() {
		t := &T{}
		_ = t.ip.x
	})
	try("store", func() { p.a = 1 })
}
