package main

// sync/atomic's functions used as values, deferred and started as
// goroutines, not only called directly.

import (
	"runtime"
	"sync/atomic"
)

func apply(f func(*int64, int64) int64, p *int64, d int64) int64 { return f(p, d) }

func main() {
	var x int64
	println(apply(atomic.AddInt64, &x, 5), x)
	load := atomic.LoadInt64
	store := atomic.StoreInt64
	store(&x, 40)
	println(load(&x))
	swap := atomic.SwapInt64
	println(swap(&x, 7), x)
	cas := atomic.CompareAndSwapInt64
	println(cas(&x, 7, 8), cas(&x, 7, 9), x)
	var u uint32
	inc := atomic.AddUint32
	inc(&u, 3)
	println(u)

	var y int32
	func() {
		defer atomic.AddInt32(&y, 2)
		println("deferred add not yet:", atomic.LoadInt32(&y))
	}()
	println("after defer:", atomic.LoadInt32(&y))
	go atomic.StoreInt32(&y, 9)
	for atomic.LoadInt32(&y) != 9 {
		runtime.Gosched()
	}
	println("after go:", atomic.LoadInt32(&y))
}
