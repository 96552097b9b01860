package main

type S interface{ M() }

func main() {
	var s S
	_ = s.(interface{ N() })
}
