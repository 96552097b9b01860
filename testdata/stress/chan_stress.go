// Stress test for channels, select, sync.Mutex and sync.WaitGroup: 64
// goroutines each send 100,000 distinct values through shared channels
// (unbuffered, buffered, and a select over both), received by several
// goroutines; every value must arrive exactly once. Then 64 goroutines
// increment a Mutex-protected counter 100,000 times each, and a WaitGroup is
// reused many times. Everything runs with GOMAXPROCS=1 and 2, twice. The
// checks are on counts only, never on timing or interleaving.
package main

import (
	"runtime"
	"sync"
)

const (
	senders = 64
	perSend = 100000
	total   = senders * perSend
)

func check(name string, seen []uint8, got int) {
	if got != total {
		println(name, "FAIL: received", got, "values, want", total)
		return
	}
	for v, n := range seen {
		if n != 1 {
			println(name, "FAIL: value", v, "received", n, "times")
			return
		}
	}
	println(name, "ok")
}

// send1 sends s's values on ch.
func send1(ch chan int, s int, wg *sync.WaitGroup) {
	for j := 0; j < perSend; j++ {
		ch <- s*perSend + j
	}
	wg.Done()
}

func viaChan(name string, ch chan int, receivers int) {
	seen := make([]uint8, total)
	var wg sync.WaitGroup
	wg.Add(senders)
	for s := 0; s < senders; s++ {
		go send1(ch, s, &wg)
	}
	counts := make(chan int)
	for r := 0; r < receivers; r++ {
		go func() {
			n := 0
			for v := range ch {
				seen[v]++
				n++
			}
			counts <- n
		}()
	}
	wg.Wait()
	close(ch)
	got := 0
	for r := 0; r < receivers; r++ {
		got += <-counts
	}
	check(name, seen, got)
}

// viaSelect: senders choose between an unbuffered and a buffered channel
// with select; receivers select over both until both are closed.
func viaSelect(receivers int) {
	seen := make([]uint8, total)
	a, b := make(chan int), make(chan int, 16)
	var wg sync.WaitGroup
	wg.Add(senders)
	for s := 0; s < senders; s++ {
		go func(s int) {
			for j := 0; j < perSend; j++ {
				select {
				case a <- s*perSend + j:
				case b <- s*perSend + j:
				}
			}
			wg.Done()
		}(s)
	}
	counts := make(chan int)
	for r := 0; r < receivers; r++ {
		go func() {
			n := 0
			ra, rb := a, b
			for ra != nil || rb != nil {
				select {
				case v, ok := <-ra:
					if !ok {
						ra = nil
						continue
					}
					seen[v]++
					n++
				case v, ok := <-rb:
					if !ok {
						rb = nil
						continue
					}
					seen[v]++
					n++
				}
			}
			counts <- n
		}()
	}
	wg.Wait()
	close(a)
	close(b)
	got := 0
	for r := 0; r < receivers; r++ {
		got += <-counts
	}
	check("select", seen, got)
}

func mutexCounter() {
	var mu sync.Mutex
	counter := 0
	var wg sync.WaitGroup
	wg.Add(senders)
	for s := 0; s < senders; s++ {
		go func() {
			for j := 0; j < perSend; j++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	if counter != total {
		println("mutex FAIL: counter", counter)
		return
	}
	println("mutex ok")
}

func waitGroupReuse() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for round := 0; round < 1000; round++ {
		wg.Add(senders)
		for s := 0; s < senders; s++ {
			go func() {
				mu.Lock()
				done++
				mu.Unlock()
				wg.Done()
			}()
		}
		wg.Wait()
		mu.Lock()
		if done != (round+1)*senders {
			println("waitgroup FAIL: round", round, "done", done)
			mu.Unlock()
			return
		}
		mu.Unlock()
	}
	println("waitgroup ok")
}

func main() {
	for rep := 0; rep < 2; rep++ {
		for _, procs := range []int{1, 2} {
			runtime.GOMAXPROCS(procs)
			println("GOMAXPROCS", procs)
			viaChan("unbuffered", make(chan int), 4)
			viaChan("buffered", make(chan int, 128), 4)
			viaSelect(4)
			mutexCounter()
			waitGroupReuse()
		}
	}
}
