// Package sync provides basic synchronization primitives: mutual exclusion
// locks, wait groups, one-time initialization, condition variables, pools
// and a concurrent map (goc's version of gc's package sync).
//
// The blocking parts live in the C++ runtime (runtime/sema.cpp): the
// functions below have no body; the runtime defines the symbols
// sync.runtime_Semacquire, ... with Go's calling convention, as gc's runtime
// does through //go:linkname.
package sync

import "unsafe"

// runtime_Semacquire waits until *s > 0 and then atomically decrements it.
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is runtime_Semacquire for Mutex and RWMutex: if
// lifo is true, the waiter queues at the head of the wait queue.
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease atomically increments *s and wakes a waiter, if any.
// With handoff, the count goes straight to the first waiter, which runs next.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// notifyList is the runtime's ticket-based notification list (Cond); its
// layout must match runtime/sema.cpp's NotifyList.
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   unsafe.Pointer
	tail   unsafe.Pointer
}

func runtime_notifyListAdd(l *notifyList) uint32
func runtime_notifyListWait(l *notifyList, t uint32)
func runtime_notifyListNotifyAll(l *notifyList)
func runtime_notifyListNotifyOne(l *notifyList)

// runtime_notifyListCheck throws if the runtime's notifyList has another size.
func runtime_notifyListCheck(size uintptr)

func init() {
	var n notifyList
	runtime_notifyListCheck(unsafe.Sizeof(n))
}

// runtime_canSpin reports whether spinning makes sense at this point.
func runtime_canSpin(i int) bool

// runtime_doSpin does active spinning.
func runtime_doSpin()

func runtime_nanotime() int64

// throw and fatal are the runtime's: "fatal error: <s>", exit status 2.
func throw(s string)
func fatal(s string)
