package time

// Timers and tickers, each run by a goroutine that sleeps on the runtime's
// timer heap (time.Sleep); Stop and Reset bump a generation number so a
// superseded goroutine does nothing when it wakes.

import "sync"

//go:linkname runtimeNano runtime.nanotime
func runtimeNano() int64

// startNano is the monotonic origin of Time.String's "m=" readings.
var startNano int64 = runtimeNano() - 1

// The Timer type represents a single event: when it expires, the current
// time is sent on C (unless the Timer was created by AfterFunc).
type Timer struct {
	C      <-chan Time
	c      chan Time
	f      func()
	mu     sync.Mutex
	gen    int
	active bool
}

// NewTimer creates a Timer that sends the current time on its channel
// after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.mu.Lock()
	t.start(d)
	t.mu.Unlock()
	return t
}

// AfterFunc calls f in its own goroutine after duration d.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.mu.Lock()
	t.start(d)
	t.mu.Unlock()
	return t
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// t.mu held.
func (t *Timer) start(d Duration) {
	t.gen++
	t.active = true
	go t.run(t.gen, d)
}

func (t *Timer) run(gen int, d Duration) {
	Sleep(d)
	t.mu.Lock()
	if t.gen != gen || !t.active {
		t.mu.Unlock()
		return
	}
	t.active = false
	t.mu.Unlock()
	if t.f != nil {
		t.f()
		return
	}
	select {
	case t.c <- Now():
	default:
	}
}

// Stop prevents the Timer from firing; false if it had already expired or
// been stopped.
func (t *Timer) Stop() bool {
	if t.c == nil && t.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	t.mu.Lock()
	was := t.active
	t.active = false
	t.gen++
	t.mu.Unlock()
	return was
}

// Reset changes the timer to expire after duration d; whether it had been
// active.
func (t *Timer) Reset(d Duration) bool {
	if t.c == nil && t.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	t.mu.Lock()
	was := t.active
	t.start(d)
	t.mu.Unlock()
	return was
}

// A Ticker holds a channel that delivers the time every period.
type Ticker struct {
	C   <-chan Time
	c   chan Time
	mu  sync.Mutex
	gen int
}

// NewTicker returns a Ticker sending the time every d (d must be > 0).
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c}
	t.mu.Lock()
	t.start(d)
	t.mu.Unlock()
	return t
}

// Tick is NewTicker(d).C (nil if d <= 0).
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

func (t *Ticker) start(d Duration) {
	t.gen++
	go t.run(t.gen, d)
}

func (t *Ticker) run(gen int, d Duration) {
	next := runtimeNano() + int64(d)
	for {
		if w := next - runtimeNano(); w > 0 {
			Sleep(Duration(w))
		}
		t.mu.Lock()
		if t.gen != gen {
			t.mu.Unlock()
			return
		}
		t.mu.Unlock()
		select {
		case t.c <- Now():
		default:
		}
		next += int64(d)
		if now := runtimeNano(); next < now {
			next = now + int64(d) - (now-next)%int64(d) // skip missed ticks
		}
	}
}

// Stop turns off the ticker.
func (t *Ticker) Stop() {
	t.mu.Lock()
	t.gen++
	t.mu.Unlock()
}

// Reset stops the ticker and restarts it with period d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	t.mu.Lock()
	t.start(d)
	t.mu.Unlock()
}
