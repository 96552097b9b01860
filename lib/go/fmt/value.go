package fmt

import "unsafe"

// The reflection fmt needs, read straight from goc's type descriptors
// (runtime/abi/type.h; the layouts below mirror it field for field, with a
// Go string standing for each {const char*, int64} pair).
//
// A value is a type and a pointer to the value's memory. Values reached
// through unexported struct fields are marked ro: they are printed, but
// their methods are not called (as with gc's reflect.Value.CanInterface).

type kind uint8

const (
	kInvalid kind = iota
	kBool
	kInt
	kInt8
	kInt16
	kInt32
	kInt64
	kUint
	kUint8
	kUint16
	kUint32
	kUint64
	kUintptr
	kFloat32
	kFloat64
	kComplex64
	kComplex128
	kArray
	kChan
	kFunc
	kInterface
	kMap
	kPointer
	kSlice
	kString
	kStruct
	kUnsafePointer
)

const (
	kindMask        = 31
	kindDirectIface = 32
)

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

type structField struct {
	name     string
	typ      *rtype
	offset   uintptr
	tag      string
	embedded uint8
	exported uint8
	pad      [6]uint8
}

type structType struct {
	rtype
	pkgPath string
	fields  *structField
	nfields int
}

type arrayType struct {
	rtype
	slice *rtype
	len   int
}

type interfaceType struct {
	rtype
	pkgPath  string
	methods  unsafe.Pointer
	nmethods int
}

type mapType struct {
	rtype
	key  *rtype
	elem *rtype
}

func (t *rtype) Kind() kind { return kind(t.kind & kindMask) }

func (t *rtype) String() string { return t.name }

func (t *rtype) direct() bool { return t.kind&kindDirectIface != 0 }

func (t *rtype) field(i int) *structField {
	st := (*structType)(unsafe.Pointer(t))
	return (*structField)(unsafe.Pointer(uintptr(unsafe.Pointer(st.fields)) + uintptr(i)*unsafe.Sizeof(structField{})))
}

func (t *rtype) numField() int { return (*structType)(unsafe.Pointer(t)).nfields }

func (t *rtype) arrayLen() int { return (*arrayType)(unsafe.Pointer(t)).len }

func (t *rtype) mapKey() *rtype { return (*mapType)(unsafe.Pointer(t)).key }

func (t *rtype) mapElem() *rtype { return (*mapType)(unsafe.Pointer(t)).elem }

func (t *rtype) isEmptyInterface() bool {
	return (*interfaceType)(unsafe.Pointer(t)).nmethods == 0
}

// eface and iface are the two interface layouts.
type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

type itab struct {
	inter unsafe.Pointer
	typ   *rtype
}

type iface struct {
	tab  *itab
	data unsafe.Pointer
}

type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

type stringHeader struct {
	data unsafe.Pointer
	len  int
}

type value struct {
	typ *rtype
	ptr unsafe.Pointer // points to the value (never the value itself)
	ro  bool
}

func add(p unsafe.Pointer, off uintptr) unsafe.Pointer { return unsafe.Pointer(uintptr(p) + off) }

// valueOf returns the value held by an interface.
func valueOf(a any) value {
	e := (*eface)(unsafe.Pointer(&a))
	if e.typ == nil {
		return value{}
	}
	return fromData(e.typ, e.data)
}

// fromData makes a value from an interface's type and data word.
func fromData(t *rtype, data unsafe.Pointer) value {
	if t.direct() {
		// The data word is the value: keep it in memory of its own.
		p := new(unsafe.Pointer)
		*p = data
		return value{typ: t, ptr: unsafe.Pointer(p)}
	}
	return value{typ: t, ptr: data}
}

func (v value) IsValid() bool { return v.typ != nil }

func (v value) Kind() kind {
	if v.typ == nil {
		return kInvalid
	}
	return v.typ.Kind()
}

// Interface returns the value as an interface value (sharing its memory).
func (v value) Interface() any {
	var a any
	e := (*eface)(unsafe.Pointer(&a))
	e.typ = v.typ
	if v.typ.direct() {
		e.data = *(*unsafe.Pointer)(v.ptr)
	} else {
		e.data = v.ptr
	}
	return a
}

func (v value) Bool() bool { return *(*bool)(v.ptr) }

func (v value) Int() int64 {
	switch v.Kind() {
	case kInt8:
		return int64(*(*int8)(v.ptr))
	case kInt16:
		return int64(*(*int16)(v.ptr))
	case kInt32:
		return int64(*(*int32)(v.ptr))
	}
	return *(*int64)(v.ptr)
}

func (v value) Uint() uint64 {
	switch v.Kind() {
	case kUint8:
		return uint64(*(*uint8)(v.ptr))
	case kUint16:
		return uint64(*(*uint16)(v.ptr))
	case kUint32:
		return uint64(*(*uint32)(v.ptr))
	}
	return *(*uint64)(v.ptr)
}

func (v value) Float() float64 {
	if v.Kind() == kFloat32 {
		return float64(*(*float32)(v.ptr))
	}
	return *(*float64)(v.ptr)
}

func (v value) Complex() complex128 {
	if v.Kind() == kComplex64 {
		return complex128(*(*complex64)(v.ptr))
	}
	return *(*complex128)(v.ptr)
}

func (v value) String() string { return *(*string)(v.ptr) }

// Pointer returns the pointer word of a pointer-like value (a slice's data).
func (v value) Pointer() uintptr { return *(*uintptr)(v.ptr) }

func (v value) IsNil() bool { return *(*unsafe.Pointer)(v.ptr) == nil }

func (v value) Len() int {
	switch v.Kind() {
	case kSlice:
		return (*sliceHeader)(v.ptr).len
	case kArray:
		return v.typ.arrayLen()
	case kString:
		return (*stringHeader)(v.ptr).len
	case kMap:
		return maplen(*(*unsafe.Pointer)(v.ptr))
	}
	return 0
}

// Index returns element i of an array or slice.
func (v value) Index(i int) value {
	et := v.typ.elem
	base := v.ptr
	if v.Kind() == kSlice {
		base = (*sliceHeader)(v.ptr).data
	}
	return value{typ: et, ptr: add(base, uintptr(i)*et.size), ro: v.ro}
}

// Bytes returns the bytes of a []byte-like slice or array (sharing memory).
func (v value) Bytes() []byte {
	if v.Kind() == kSlice {
		return *(*[]byte)(v.ptr)
	}
	n := v.Len()
	b := make([]byte, n)
	for i := 0; i < n; i++ {
		b[i] = *(*byte)(add(v.ptr, uintptr(i)))
	}
	return b
}

// Field returns field i of a struct.
func (v value) Field(i int) value {
	f := v.typ.field(i)
	return value{typ: f.typ, ptr: add(v.ptr, f.offset), ro: v.ro || f.exported == 0}
}

// Elem returns what a pointer points to or an interface holds.
func (v value) Elem() value {
	switch v.Kind() {
	case kPointer:
		p := *(*unsafe.Pointer)(v.ptr)
		if p == nil {
			return value{}
		}
		return value{typ: v.typ.elem, ptr: p, ro: v.ro}
	case kInterface:
		var t *rtype
		var data unsafe.Pointer
		if v.typ.isEmptyInterface() {
			e := (*eface)(v.ptr)
			t, data = e.typ, e.data
		} else {
			i := (*iface)(v.ptr)
			if i.tab != nil {
				t = i.tab.typ
			}
			data = i.data
		}
		if t == nil {
			return value{}
		}
		r := fromData(t, data)
		r.ro = v.ro
		return r
	}
	return value{}
}

// typeString returns the dynamic type's name of a, as %T prints it.
func typeString(a any) string {
	e := (*eface)(unsafe.Pointer(&a))
	if e.typ == nil {
		return "<nil>"
	}
	return e.typ.name
}

// The runtime's map services (runtime/reflectlib.cpp).

//go:linkname maplen runtime.reflect_maplen
func maplen(h unsafe.Pointer) int

//go:linkname mapiterinit runtime.reflect_mapiterinit
func mapiterinit(t unsafe.Pointer, h unsafe.Pointer, it unsafe.Pointer)

//go:linkname mapiternext runtime.reflect_mapiternext
func mapiternext(it unsafe.Pointer)

// mapIter mirrors the runtime's MapIter (80 bytes).
type mapIter struct {
	key  unsafe.Pointer
	elem unsafe.Pointer
	priv [8]uint64
}

// mapEntries returns the keys and elements of a map value.
func (v value) mapEntries() (keys, elems []value) {
	h := *(*unsafe.Pointer)(v.ptr)
	if h == nil {
		return nil, nil
	}
	kt, et := v.typ.mapKey(), v.typ.mapElem()
	it := new(mapIter)
	mapiterinit(unsafe.Pointer(v.typ), h, unsafe.Pointer(it))
	for it.key != nil {
		// Copy the entry: the iterator's pointers are valid only until the
		// next step.
		k := make([]byte, kt.size+1)
		e := make([]byte, et.size+1)
		copyBytes(unsafe.Pointer(&k[0]), it.key, kt.size)
		copyBytes(unsafe.Pointer(&e[0]), it.elem, et.size)
		keys = append(keys, value{typ: kt, ptr: unsafe.Pointer(&k[0]), ro: v.ro})
		elems = append(elems, value{typ: et, ptr: unsafe.Pointer(&e[0]), ro: v.ro})
		mapiternext(unsafe.Pointer(it))
	}
	return keys, elems
}

func copyBytes(dst, src unsafe.Pointer, n uintptr) {
	for i := uintptr(0); i < n; i++ {
		*(*byte)(add(dst, i)) = *(*byte)(add(src, i))
	}
}
