package errors

import "unsafe"

// The little reflection As needs, read from goc's type descriptors
// (runtime/abi/type.h) and the runtime's helpers in runtime/reflectlib.cpp.

type unsafePointer = unsafe.Pointer

const (
	kindMask        = 31
	kindDirectIface = 32
	kindInterface   = 20
	kindPointer     = 22
)

// rtype mirrors the common prefix of a type descriptor.
type rtype struct {
	size       uintptr
	ptrdata    uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	elem       *rtype
	name       string
	equal      unsafe.Pointer
	uncommon   unsafe.Pointer
}

// interfaceType mirrors InterfaceType.
type interfaceType struct {
	rtype
	pkgPath  string
	methods  unsafe.Pointer
	nmethods int
}

// comparable reports whether == on values of t is defined.
func (t *rtype) comparable() bool { return t.equal != nil }

type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

func typeOf(x any) *rtype { return (*eface)(unsafe.Pointer(&x)).typ }

func dataOf(x any) unsafe.Pointer { return (*eface)(unsafe.Pointer(&x)).data }

// errorType is the descriptor of the interface type error.
func errorType() *rtype {
	return typeOf((*error)(nil)).elem
}

// store sets the variable at p, of type dst, to the value of dynamic type
// src and interface data word data; assignable(dst, src) holds.
func store(p unsafe.Pointer, dst, src *rtype, data unsafe.Pointer) {
	if dst.kind&kindMask == kindInterface {
		if (*interfaceType)(unsafe.Pointer(dst)).nmethods == 0 {
			*(*eface)(p) = eface{src, data}
		} else {
			*(*iface)(p) = iface{getitab(dst, src), data}
		}
		return
	}
	if src.kind&kindDirectIface != 0 {
		*(*unsafe.Pointer)(p) = data
		return
	}
	typedmemmove(src, p, data)
}

// assignable reports whether a value of type src may be assigned to a
// variable of type dst.
//
//go:linkname assignable runtime.reflect_assignable
func assignable(dst, src *rtype) bool

// getitab returns the itab of the non-empty interface type inter and the
// concrete type t, which implements it.
//
//go:linkname getitab runtime.reflect_getitab
func getitab(inter, t *rtype) unsafe.Pointer

//go:linkname typedmemmove runtime.reflect_typedmemmove
func typedmemmove(t *rtype, dst, src unsafe.Pointer)
