// micro: goroutine creation and exit. Starts n goroutines in batches of 1,000;
// each sends one value on a buffered channel (no blocking) and exits.
package main

const n = 2000000 // quick: 2000

const batch = 1000

func main() {
	done := make(chan int, batch)
	sum := 0
	for i := 0; i < n; i += batch {
		for j := 0; j < batch; j++ {
			go func(v int) {
				done <- v
			}(j)
		}
		for j := 0; j < batch; j++ {
			sum += <-done
		}
	}
	println("goroutines:", n, "sum:", sum)
}
