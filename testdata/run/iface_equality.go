package main

type P struct {
	x int
	s string
}
type I interface{ M() int }
type V int

func (v V) M() int { return int(v) }

type Q struct{ p *int }

func (q Q) M() int { return *q.p }

func main() {
	var e1, e2 interface{} = P{1, "a"}, P{1, "a"}
	println(e1 == e2)
	e2 = P{1, "b"}
	println(e1 == e2)
	e1, e2 = 1.5, 1.5
	println(e1 == e2)
	e1, e2 = int32(1), int64(1)
	println(e1 == e2)
	var i1, i2 I = V(3), V(3)
	println(i1 == i2, i1 != i2)
	var e3 interface{} = i1
	println(e3 == e1, e3 == interface{}(V(3)))
	x := 5
	i1, i2 = Q{&x}, Q{&x}
	println(i1 == i2, i1.M())
	var n I
	println(n == nil, i1 == nil, n != nil)
	var arr1, arr2 interface{} = [2]interface{}{1, "a"}, [2]interface{}{1, "a"}
	println(arr1 == arr2)
}
