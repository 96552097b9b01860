// micro: unbuffered channel ping-pong. A value goes back and forth n times
// between two goroutines over two unbuffered channels (2n hand-offs).
package main

const n = 2000000 // quick: 2000

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	println("round trips:", n, "value:", v)
}
