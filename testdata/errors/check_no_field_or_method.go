package main

type T struct{ a int }

func (T) M() {}

func main() {
	p := &T{}
	p.b()  // ERROR "p.b undefined \(type \*T has no field or method b\)"
	T.N(T{}) // ERROR "T.N undefined \(type T has no method N\)"
	var i interface{ M() }
	_ = i.a // ERROR "i.a undefined \(type interface{M\(\)} has no field or method a\)"
}
