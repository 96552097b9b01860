package main

import "example.com/unexported/lib"

func main() {
	t := lib.New()
	println(t.Pub)
	println(t.priv) // ERROR "t.priv undefined \((cannot refer to unexported field priv|type lib.T has no field or method priv)\)"
	t.unexported()  // ERROR "t.unexported undefined \((cannot refer to unexported method unexported|type lib.T has no field or method unexported)\)"
	println(lib.hidden) // ERROR "name hidden not exported by package lib|undefined: lib.hidden"
	_ = lib.T{1, 2} // ERROR "implicit assignment to unexported field priv in (struct literal of type lib.T|lib.T literal)"
	_ = lib.T{priv: 2} // ERROR "cannot refer to unexported field priv in struct literal of type lib.T|unknown field 'priv' in struct literal of type lib.T"
}
