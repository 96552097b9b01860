package sync

import "sync/atomic"

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	state uint64 // high 32 bits: counter; low 32 bits: waiter count
	sema  uint32
}

// Add adds delta, which may be negative, to the counter. When it becomes
// zero, all goroutines blocked on Wait are released.
func (wg *WaitGroup) Add(delta int) {
	state := atomic.AddUint64(&wg.state, uint64(delta)<<32)
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	// The counter is 0 with waiters: nobody may change the state now.
	if atomic.LoadUint64(&wg.state) != state {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	atomic.StoreUint64(&wg.state, 0)
	for ; w != 0; w-- {
		runtime_Semrelease(&wg.sema, false, 0)
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := atomic.LoadUint64(&wg.state)
		if int32(state>>32) == 0 {
			return
		}
		// Increment the waiter count.
		if atomic.CompareAndSwapUint64(&wg.state, state, state+1) {
			runtime_Semacquire(&wg.sema)
			if atomic.LoadUint64(&wg.state) != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}
