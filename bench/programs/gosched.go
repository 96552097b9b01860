// micro: runtime.Gosched ping-pong. Two goroutines each yield n times; with
// one P every yield switches to the other goroutine.
package main

import "runtime"

const n = 5000000 // quick: 2000

func main() {
	done := make(chan bool)
	go func() {
		for i := 0; i < n; i++ {
			runtime.Gosched()
		}
		done <- true
	}()
	for i := 0; i < n; i++ {
		runtime.Gosched()
	}
	<-done
	println("yields:", 2*n)
}
