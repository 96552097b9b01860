// Element and field addresses are inbounds GEPs whose bases are known non-nil
// only after a passed bounds or nil check: indexing a nil or empty slice
// still panics with the index error, a nil pointer to an array still faults
// on &p[i] (before any field of the element is touched), and pointers taken
// from checked elements are used without further nil checks.
package main

type body struct{ x, v, m float64 }

//go:noinline
func elemX(bs []body, i int) float64 {
	b := &bs[i]
	return b.x
}

//go:noinline
func arrX(p *[3]body, i int) float64 {
	b := &p[i]
	return b.x
}

//go:noinline
func strByte(s string, i int) byte {
	return s[i]
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panicked:", r.(error).Error())
		}
	}()
	f()
	println(name, "ok")
}

func main() {
	var nilSlice []body
	empty := make([]body, 0, 4)
	three := make([]body, 3)
	three[2].x = 2.5
	var nilArr *[3]body
	arr := &[3]body{{x: 1}, {x: 7}, {x: 9}}
	try("nil slice", func() { println(elemX(nilSlice, 0)) })
	try("empty slice", func() { println(elemX(empty, 0)) })
	try("slice", func() { println(int(elemX(three, 2) * 2)) })
	try("slice past end", func() { println(elemX(three, 3)) })
	try("negative", func() { println(elemX(three, -1)) })
	try("nil array pointer", func() { println(arrX(nilArr, 1)) })
	try("array pointer", func() { println(int(arrX(arr, 1))) })
	try("empty string", func() { println(strByte("", 0)) })
	try("string", func() { println(strByte("abc", 2)) })
	var zs = make([]struct{}, 5)
	p := &zs[4]
	println(p != nil)
}
