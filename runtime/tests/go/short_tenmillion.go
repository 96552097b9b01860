package main

// Ten million short goroutines, at most ~1000 alive at once.
func main() {
	const n = 10000000
	done := make(chan int, 1000)
	sum := 0
	for i := 0; i < n; i++ {
		go func(i int) { done <- i & 1 }(i)
		if i >= 1000 {
			sum += <-done
		}
	}
	for i := 0; i < 1000; i++ {
		sum += <-done
	}
	println("sum", sum)
}
