// micro: buffered producer/consumer. One goroutine sends n values into a
// channel of capacity 128, another receives and sums them.
package main

const n = 20000000 // quick: 2000

func main() {
	c := make(chan int, 128)
	done := make(chan int)
	go func() {
		sum := 0
		for v := range c {
			sum += v
		}
		done <- sum
	}()
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
	println("values:", n, "sum:", <-done)
}
