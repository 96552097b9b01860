package atomic

import "unsafe"

// A Value provides an atomic load and store of a consistently typed value.
// The zero Value returns nil from Load. Once Store has been called, a Value
// must not be copied.
//
// goc's Value points at an immutable heap copy of the stored interface
// value, replaced as a whole by one pointer store (gc's stores the two
// interface words separately and pins the P in between).
type Value struct {
	v unsafe.Pointer // *any; nil until the first Store
}

// typeWord is the dynamic type word of the interface value at p (an *any).
func typeWord(p unsafe.Pointer) unsafe.Pointer {
	return *(*unsafe.Pointer)(p)
}

// Load returns the value set by the most recent Store, or nil if there has
// been no call to Store for this Value.
func (v *Value) Load() (val any) {
	p := LoadPointer(&v.v)
	if p == nil {
		return nil
	}
	return *(*any)(p)
}

// Store sets the value of the Value v to val. All calls to Store for a
// given Value must use values of the same concrete type.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	np := new(any)
	*np = val
	for {
		p := LoadPointer(&v.v)
		if p != nil && typeWord(p) != typeWord(unsafe.Pointer(np)) {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		if CompareAndSwapPointer(&v.v, p, unsafe.Pointer(np)) {
			return
		}
	}
}

// Swap stores new into Value and returns the previous value (nil if the
// Value is empty).
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	np := new_(new)
	for {
		p := LoadPointer(&v.v)
		if p != nil && typeWord(p) != typeWord(np) {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		if CompareAndSwapPointer(&v.v, p, np) {
			if p == nil {
				return nil
			}
			return *(*any)(p)
		}
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	np := new_(new)
	if old != nil && typeWord(new_(old)) != typeWord(np) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		p := LoadPointer(&v.v)
		if p == nil {
			if old != nil {
				return false
			}
		} else {
			if typeWord(p) != typeWord(np) {
				panic("sync/atomic: compare and swap of inconsistently typed value into Value")
			}
			if *(*any)(p) != old {
				return false
			}
		}
		if CompareAndSwapPointer(&v.v, p, np) {
			return true
		}
	}
}

// new_ returns a pointer to a heap copy of x.
func new_(x any) unsafe.Pointer {
	p := new(any)
	*p = x
	return unsafe.Pointer(p)
}
