package main

type I interface{ M() }

func main() {
	var e interface{}
	if _, ok := e.(I); !ok {
		println("comma-ok on nil is false")
	}
	_ = e.(I)
}
