package fmt

import "unsafe"

// Map entries print in key order (gc's internal/fmtsort): numbers, strings
// and booleans by value, pointers and channels by address, structs and
// arrays element by element, interfaces by dynamic type (descriptor
// address) and then value; nil before non-nil. The sort is stable.

func compareValues(a, b value) int {
	if a.Kind() != b.Kind() {
		return -1
	}
	switch a.Kind() {
	case kInt, kInt8, kInt16, kInt32, kInt64:
		x, y := a.Int(), b.Int()
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case kUint, kUint8, kUint16, kUint32, kUint64, kUintptr:
		x, y := a.Uint(), b.Uint()
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case kString:
		x, y := a.String(), b.String()
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case kFloat32, kFloat64:
		return compareFloat(a.Float(), b.Float())
	case kComplex64, kComplex128:
		x, y := a.Complex(), b.Complex()
		if c := compareFloat(real(x), real(y)); c != 0 {
			return c
		}
		return compareFloat(imag(x), imag(y))
	case kBool:
		x, y := a.Bool(), b.Bool()
		switch {
		case x == y:
			return 0
		case x:
			return 1
		}
		return -1
	case kPointer, kUnsafePointer, kChan:
		x, y := a.Pointer(), b.Pointer()
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	case kStruct:
		for i := 0; i < a.typ.numField(); i++ {
			if c := compareValues(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case kArray:
		for i := 0; i < a.Len(); i++ {
			if c := compareValues(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case kInterface:
		x, y := a.Elem(), b.Elem()
		if !x.IsValid() || !y.IsValid() {
			switch {
			case !x.IsValid() && !y.IsValid():
				return 0
			case !x.IsValid():
				return -1
			}
			return 1
		}
		xt, yt := uintptr(unsafe.Pointer(x.typ)), uintptr(unsafe.Pointer(y.typ))
		switch {
		case xt < yt:
			return -1
		case xt > yt:
			return 1
		}
		return compareValues(x, y)
	}
	return 0
}

func compareFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	case a != a && b == b:
		return -1
	case a == a && b != b:
		return 1
	}
	return 0
}

// sortEntries sorts keys (and elems alongside) with a stable merge sort.
func sortEntries(keys, elems []value) {
	n := len(keys)
	if n < 2 {
		return
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	tmp := make([]int, n)
	for width := 1; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid, hi := lo+width, lo+2*width
			if mid > n {
				mid = n
			}
			if hi > n {
				hi = n
			}
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if compareValues(keys[idx[j]], keys[idx[i]]) < 0 {
					tmp[k] = idx[j]
					j++
				} else {
					tmp[k] = idx[i]
					i++
				}
				k++
			}
			for ; i < mid; i++ {
				tmp[k] = idx[i]
				k++
			}
			for ; j < hi; j++ {
				tmp[k] = idx[j]
				k++
			}
		}
		idx, tmp = tmp, idx
	}
	k2 := make([]value, n)
	e2 := make([]value, n)
	for i, j := range idx {
		k2[i], e2[i] = keys[j], elems[j]
	}
	copy(keys, k2)
	copy(elems, e2)
}
