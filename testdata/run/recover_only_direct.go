package main

func helper() interface{} { return recover() }

func f() (res string) {
	defer func() {
		if helper() == nil {
			res = "helper got nil"
		}
		recover()
	}()
	panic("x")
}

func g() {
	println("not panicking:", recover() == nil)
}

func main() {
	println(f())
	g()
	defer func() { println("after recover:", recover() == nil) }()
}
