package sort

import (
	"math/bits"
	"unsafe"
)

// Slice, SliceStable and SliceIsSorted take any slice. Without a reflect
// package, the slice is read through its interface value: the data word
// points to the slice header and the type descriptor gives the element
// size (runtime/abi/type.h: Type.size at 0, Type.kind at 23, Type.elem at
// 24). Swap exchanges the elements' bytes.

type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

const (
	kindSlice = 23
	kindMask  = 31
)

func add(p unsafe.Pointer, off uintptr) unsafe.Pointer { return unsafe.Pointer(uintptr(p) + off) }

// sliceOf returns the length of the slice in x and a function swapping two
// of its elements.
func sliceOf(x any) (int, func(i, j int)) {
	e := (*eface)(unsafe.Pointer(&x))
	if e.typ == nil || *(*uint8)(add(e.typ, 23))&kindMask != kindSlice {
		panic("reflect: call of Swapper on non-slice value")
	}
	h := (*sliceHeader)(e.data)
	elem := *(*unsafe.Pointer)(add(e.typ, 24))
	size := *(*uintptr)(elem)
	n := h.len
	base := h.data
	if size%8 == 0 {
		words := size / 8
		return n, func(i, j int) {
			if uint(i) >= uint(n) || uint(j) >= uint(n) {
				panic("reflect: slice index out of range")
			}
			p := add(base, uintptr(i)*size)
			q := add(base, uintptr(j)*size)
			for k := uintptr(0); k < words; k++ {
				a := (*uint64)(add(p, k*8))
				b := (*uint64)(add(q, k*8))
				*a, *b = *b, *a
			}
		}
	}
	return n, func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		p := add(base, uintptr(i)*size)
		q := add(base, uintptr(j)*size)
		for k := uintptr(0); k < size; k++ {
			a := (*byte)(add(p, k))
			b := (*byte)(add(q, k))
			*a, *b = *b, *a
		}
	}
}

// Slice sorts the slice x with less; not stable.
func Slice(x any, less func(i, j int) bool) {
	n, swap := sliceOf(x)
	pdqsort(lessSwap{less, swap}, 0, n, bits.Len(uint(n)))
}

// SliceStable sorts the slice x with less, keeping equal elements in order.
func SliceStable(x any, less func(i, j int) bool) {
	n, swap := sliceOf(x)
	stable(lessSwap{less, swap}, n)
}

// SliceIsSorted reports whether the slice x is sorted by less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n, _ := sliceOf(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
