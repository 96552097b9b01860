// Struct values: fields, copies, comparison, nesting and literals.
package main

type Inner struct {
	A, B int
}

type Outer struct {
	Name string
	In   Inner
	P    *Inner
	Tags [2]string
}

func main() {
	o := Outer{Name: "o", In: Inner{1, 2}}
	o2 := o
	o2.In.A = 10
	println(o.In.A, o2.In.A, o.Name)
	o.P = &o.In
	o.P.B = 20
	println(o.In.B)
	println(Inner{1, 2} == Inner{1, 2}, o.In != o2.In)
	var z Outer
	println(z.Name == "", z.P == nil, z.Tags[1] == "")
	anon := struct {
		X int
		Y string
	}{3, "y"}
	println(anon.X, anon.Y)
	pi := &Inner{B: 5}
	pi.A++
	println(pi.A, pi.B, (*pi).B)
}
