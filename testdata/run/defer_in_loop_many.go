package main

func f(n int) (total int) {
	for i := 1; i <= n; i++ {
		defer func(i int) { total += i }(i)
	}
	return 0
}

func main() {
	println(f(1000))
	i := 0
again:
	defer println("goto defer", i)
	i++
	if i < 3 {
		goto again
	}
}
