package main

type Logger interface{ Log(s string) string }

type prefix struct{ p string }

func (p prefix) Log(s string) string { return p.p + s }

type Service struct {
	Logger
	n int
}

type Runner interface {
	Log(string) string
}

func main() {
	s := Service{prefix{"> "}, 1}
	println(s.Log("hi"))
	var r Runner = s
	println(r.Log("via iface"))
	var r2 Runner = &s
	println(r2.Log("via ptr"))
	f := s.Log
	println(f("mv"))
}
