package sync

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event. L is held while
// changing the condition and when calling Wait.
type Cond struct {
	L      Locker
	notify notifyList
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the calling goroutine; it locks
// c.L again before returning. Wait cannot return unless woken by Broadcast
// or Signal.
func (c *Cond) Wait() {
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	runtime_notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	runtime_notifyListNotifyAll(&c.notify)
}
