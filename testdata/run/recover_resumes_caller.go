package main

func deep(n int) int {
	if n == 0 {
		panic("bottom")
	}
	var pad [64]int
	pad[n%64] = n
	return deep(n-1) + pad[n%64]
}

func catch() (r int) {
	defer func() {
		if recover() != nil {
			r = -1
		}
	}()
	return deep(20000)
}

func main() {
	for i := 0; i < 3; i++ {
		println(catch())
	}
	println(deep(10))
}
