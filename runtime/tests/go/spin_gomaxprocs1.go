package main

import (
	"runtime"
	"time"
)

// With one P, goroutines that never block (one calls functions, one is a
// tight loop) must not starve each other or main.
var sink int

func work(i int) int { return i*3 + 1 }

func main() {
	runtime.GOMAXPROCS(1)
	start := time.Now()
	for k := 0; k < 4; k++ {
		go func() {
			for i := 0; ; i++ {
				sink += work(i)
			}
		}()
		go func() {
			x := 0
			for {
				x++
			}
		}()
	}
	for i := 0; i < 5; i++ {
		time.Sleep(10 * time.Millisecond)
		runtime.Gosched()
	}
	println("main ran", time.Since(start) < 10*time.Second, runtime.NumGoroutine())
}
