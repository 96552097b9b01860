package sync

import "sync/atomic"

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32 // first: the hot path reads it
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for this
// instance of Once; every call returns only after f has returned.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		// done is set even if f panics, as gc's Once does.
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}
