package main

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		_, isRT := r.(interface{ RuntimeError() })
		println(name+":", ok, isRT, err.Error())
	}()
	f()
}

func main() {
	var xs []int
	var m map[string]int
	var p *struct{ x int }
	zero := 0
	n := -1
	try("index", func() { _ = xs[5] })
	try("slice", func() { _ = xs[1:n+3] })
	try("divide", func() { println(10 / zero) })
	try("nil map", func() { m["a"] = 1 })
	try("nil pointer", func() { p.x = 1 })
	try("shift", func() { println(1 << n) })
}
