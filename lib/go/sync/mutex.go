package sync

import "sync/atomic"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
//
// Fairness, as in gc: a Mutex works in normal mode, where woken waiters
// compete with newly arriving goroutines (which usually win: they are
// already running), or in starvation mode, entered when a waiter has waited
// more than 1ms, where the unlocking goroutine hands the mutex straight to
// the waiter at the front of the queue. The last waiter, or one that waited
// less than 1ms, switches back to normal mode.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked = 1 << iota // mutex is locked
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota

	starvationThresholdNs = 1e6
)

// Lock locks m, blocking until it is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.state)
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

func (m *Mutex) lockSlow() {
	var waitStartTime int64
	starving := false
	awoke := false
	iter := 0
	old := atomic.LoadInt32(&m.state)
	for {
		// Spin only in normal mode, while the mutex is locked and spinning
		// may pay off; set the woken flag so Unlock wakes nobody else.
		if old&(mutexLocked|mutexStarving) == mutexLocked && runtime_canSpin(iter) {
			if !awoke && old&mutexWoken == 0 && old>>mutexWaiterShift != 0 &&
				atomic.CompareAndSwapInt32(&m.state, old, old|mutexWoken) {
				awoke = true
			}
			runtime_doSpin()
			iter++
			old = atomic.LoadInt32(&m.state)
			continue
		}
		new := old
		// A starving mutex is not acquired by newcomers: they queue.
		if old&mutexStarving == 0 {
			new |= mutexLocked
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			new += 1 << mutexWaiterShift
		}
		// Switch to starvation mode, if the mutex is still locked.
		if starving && old&mutexLocked != 0 {
			new |= mutexStarving
		}
		if awoke {
			if new&mutexWoken == 0 {
				throw("sync: inconsistent mutex state")
			}
			new &^= mutexWoken
		}
		if atomic.CompareAndSwapInt32(&m.state, old, new) {
			if old&(mutexLocked|mutexStarving) == 0 {
				break // locked with CAS
			}
			// A goroutine that already waited queues at the front.
			queueLifo := waitStartTime != 0
			if waitStartTime == 0 {
				waitStartTime = runtime_nanotime()
			}
			runtime_SemacquireMutex(&m.sema, queueLifo, 1)
			starving = starving || runtime_nanotime()-waitStartTime > starvationThresholdNs
			old = atomic.LoadInt32(&m.state)
			if old&mutexStarving != 0 {
				// Handed off in starvation mode: the mutex is ours, but the
				// state does not say so yet.
				if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
					throw("sync: inconsistent mutex state")
				}
				delta := int32(mutexLocked - 1<<mutexWaiterShift)
				if !starving || old>>mutexWaiterShift == 1 {
					// Leave starvation mode.
					delta -= mutexStarving
				}
				atomic.AddInt32(&m.state, delta)
				break
			}
			awoke = true
			iter = 0
		} else {
			old = atomic.LoadInt32(&m.state)
		}
	}
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry.
func (m *Mutex) Unlock() {
	new := atomic.AddInt32(&m.state, -mutexLocked)
	if new != 0 {
		m.unlockSlow(new)
	}
}

func (m *Mutex) unlockSlow(new int32) {
	if (new+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if new&mutexStarving == 0 {
		old := new
		for {
			// Nobody to wake, or someone already woken or holding the lock.
			if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
				return
			}
			new = (old - 1<<mutexWaiterShift) | mutexWoken
			if atomic.CompareAndSwapInt32(&m.state, old, new) {
				runtime_Semrelease(&m.sema, false, 1)
				return
			}
			old = atomic.LoadInt32(&m.state)
		}
	} else {
		// Starvation mode: hand the mutex to the next waiter.
		runtime_Semrelease(&m.sema, true, 1)
	}
}
