package main

func trace(s string) string { print("enter ", s, "\n"); return s }
func un(s string)           { print("leave ", s, "\n") }

func a() {
	defer un(trace("a"))
	for i := 0; i < 3; i++ {
		defer func(i int) { println("loop defer", i) }(i)
	}
	if true {
		defer println("conditional defer")
	}
	println("in a")
}

func main() {
	a()
	x := 1
	defer println("deferred x =", x)
	x = 2
	println("end of main", x)
}
