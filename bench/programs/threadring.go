// thread-ring: 503 goroutines in a ring pass a token hops times over
// unbuffered channels; the one holding it at the end prints its number.
// Measures goroutine hand-off.
package main

const hops = 10000000 // quick: 1000

const ring = 503

func member(id int, in <-chan int, next chan<- int, done chan<- int) {
	for token := range in {
		if token == 0 {
			done <- id
			return
		}
		next <- token - 1
	}
}

func main() {
	done := make(chan int)
	first := make(chan int)
	in := first
	for id := 1; id <= ring; id++ {
		next := first
		if id < ring {
			next = make(chan int)
		}
		go member(id, in, next, done)
		in = next
	}
	first <- hops
	println(<-done)
}
