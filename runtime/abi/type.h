// type.h: the type descriptors and map structures shared by the compiler and
// the runtime. Layouts are ABI: lowering emits constants with exactly these
// layouts (docs/ARCHITECTURE.md, "Type descriptors"). Extend only by appending.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace goc::rt {

struct G;

// Kinds use reflect.Kind numbering. The kind byte may later carry flag bits
// above KindMask (as gc's kindDirectIface), so the runtime always masks it.
enum Kind : uint8_t {
  KindInvalid = 0,
  KindBool, KindInt, KindInt8, KindInt16, KindInt32, KindInt64,
  KindUint, KindUint8, KindUint16, KindUint32, KindUint64, KindUintptr,
  KindFloat32, KindFloat64, KindComplex64, KindComplex128,
  KindArray, KindChan, KindFunc, KindInterface, KindMap, KindPointer,
  KindSlice, KindString, KindStruct, KindUnsafePointer,
};
constexpr uint8_t KindMask = 31;

// Hash and equality functions of a map's key type. They have the signature of
// the runtime.memhash64 / runtime.memequal64 rows of runtime_func.def, so the
// compiler may point at those helpers or emit its own per key type.
using HashFn = uint64_t(__attribute__((swiftcall)) *)(G* __attribute__((swift_async_context)),
                                                      const void* key, uint64_t seed);
using EqualFn = bool(__attribute__((swiftcall)) *)(G* __attribute__((swift_async_context)),
                                                   const void* a, const void* b);

struct UncommonType;

// tflag bits (gc's tflag): the type has a name (named or predeclared); == on
// the type is plain memory equality.
constexpr uint8_t TflagNamed = 4;
constexpr uint8_t TflagRegularMemory = 8;
// kind flag: an interface holds a value of this type in its data word itself
// (pointer-shaped types, gc's kindDirectIface).
constexpr uint8_t KindDirectIface = 32;

// Every type descriptor starts with a Type. Kinds that need more append a
// kind-specific part (the *Type structs below start with `Type typ`):
//   Array -> ArrayType, Chan -> ChanType, Func -> FuncType,
//   Interface -> InterfaceType, Map -> MapType, Struct -> StructType.
// Pointer and Slice need only `elem`. Named types (and pointers to named
// types, and any type with a non-empty method set) have `uncommon`, which
// carries the package path and the method table.
struct Type {
  uint64_t size;          // 0
  uint64_t ptrdata;       // 8: prefix of the value that may hold pointers (0: none)
  uint32_t hash;          // 16: hash of the type's identity
  uint8_t tflag;          // 20
  uint8_t align;          // 21
  uint8_t fieldAlign;     // 22
  uint8_t kind;           // 23: reflect.Kind numbering, see KindMask
  const Type* elem;       // 24: pointer/slice/array/chan/map element, else null
  const char* name;       // 32: the type's string as gc prints it, e.g. "[]int"
  int64_t nameLen;        // 40
  EqualFn equal;          // 48: == on two values (pointers to them); null: uncomparable
  const UncommonType* uncommon;  // 56: null for types without name and methods
};
static_assert(sizeof(Type) == 64 && offsetof(Type, kind) == 23 && offsetof(Type, elem) == 24 &&
              offsetof(Type, name) == 32 && offsetof(Type, nameLen) == 40 &&
              offsetof(Type, equal) == 48 && offsetof(Type, uncommon) == 56);

// A Go string inside a descriptor.
struct NameStr {
  const char* ptr;
  int64_t len;
};

// One method of a concrete type's method set. `mtyp` is the method's func
// type without receiver. `ifn` is the code an itab holds: it takes the
// interface's data word as its receiver (a pointer to the value, or the value
// itself for KindDirectIface types) and follows embedded fields; `tfn` takes
// the receiver as a value of the type itself (for reflection's calls). Both
// are swiftcc Go functions `RET(g, ctx, recv, params...)`.
struct Method {
  NameStr name;           // 0
  NameStr pkgPath;        // 16: empty for exported names
  const Type* mtyp;       // 32
  const void* ifn;        // 40
  const void* tfn;        // 48
};
static_assert(sizeof(Method) == 56);

// The method table of a type, sorted as gc sorts (exported names first, then
// by name, then by package path); `xcount` methods are exported.
struct UncommonType {
  NameStr pkgPath;        // 0: defining package of a named type, else empty
  const Method* methods;  // 16
  uint32_t mcount;        // 24
  uint32_t xcount;        // 28
};
static_assert(sizeof(UncommonType) == 32);

// An interface's method, in the order of the interface's itab entries.
struct IMethod {
  NameStr name;           // 0
  NameStr pkgPath;        // 16: empty for exported names
  const Type* mtyp;       // 32: func type without receiver
};
static_assert(sizeof(IMethod) == 40);

struct InterfaceType {
  Type typ;               // 0: kind == KindInterface
  NameStr pkgPath;        // 64
  const IMethod* methods; // 80: sorted by name (gc's order); null for interface{}
  int64_t mcount;         // 88
};
static_assert(sizeof(InterfaceType) == 96);

struct StructField {
  NameStr name;           // 0: the field name (the type's name for embedded fields)
  const Type* typ;        // 16
  uint64_t offset;        // 24
  NameStr tag;            // 32: the tag text, unquoted
  uint8_t embedded;       // 48
  uint8_t exported;       // 49
  uint8_t pad[6];
};
static_assert(sizeof(StructField) == 56);

struct StructType {
  Type typ;               // 0: kind == KindStruct
  NameStr pkgPath;        // 64: package of unexported field names
  const StructField* fields;  // 80
  int64_t nfields;        // 88
};
static_assert(sizeof(StructType) == 96);

struct ArrayType {
  Type typ;               // 0: kind == KindArray, typ.elem the element
  const Type* slice;      // 64: []elem (may be null)
  int64_t len;            // 72
};
static_assert(sizeof(ArrayType) == 80);

// reflect.ChanDir: RecvDir = 1, SendDir = 2, BothDir = 3.
struct ChanType {
  Type typ;               // 0: kind == KindChan, typ.elem the element
  int64_t dir;            // 64
};
static_assert(sizeof(ChanType) == 72);

struct FuncType {
  Type typ;               // 0: kind == KindFunc
  const Type* const* params;  // 64: inCount parameter types, then outCount result types
  uint16_t inCount;       // 72
  uint16_t outCount;      // 74
  uint8_t variadic;       // 76
  uint8_t pad[3];
};
static_assert(sizeof(FuncType) == 80);

// An interface table: the dynamic type of a non-empty interface value and
// the code of its methods, in the interface's method order. Static itabs
// are constants named `go:itab.<concrete>,<iface>` (linkonce_odr); the
// runtime builds the others (getitab) and caches them in a hash table. Two
// itabs of the same pair need not be the same object: compare `type`.
struct Itab {
  const InterfaceType* inter;  // 0
  const Type* type;            // 8
  uint32_t hash;               // 16: copy of type->hash (type switches)
  uint32_t pad;                // 20
  const void* fun[1];          // 24: variable length; fun[0] == null: not implemented
};
constexpr size_t ItabFunOffset = 24;
static_assert(offsetof(Itab, fun) == ItabFunOffset);

// The descriptor of a map type: typ.kind == KindMap, typ.elem == elem.
// keysize/elemsize are informative (clamped to 255); the runtime uses
// key->size and elem->size.
struct MapType {
  Type typ;               // 0
  const Type* key;        // 64
  const Type* elem;       // 72
  HashFn hasher;          // 80
  EqualFn equal;          // 88
  uint8_t keysize;        // 96
  uint8_t elemsize;       // 97
  uint16_t pad;           // 98
  uint32_t pad2;          // 100
};
static_assert(sizeof(MapType) == 104 && offsetof(MapType, hasher) == 80);

// The iterator of a `for k, v := range m` loop. The compiler allocates it
// (MapIterSize bytes, 8-aligned, zeroed), calls mapiterinit once and then
// mapiternext after each iteration; key == null means the loop is done. The
// key and elem pointers stay valid until the next mapiternext call.
struct MapIter {
  void* key;              // 0
  void* elem;             // 8
  uint64_t priv[8];       // runtime-private (map.cpp)
};
constexpr size_t MapIterSize = 80;
static_assert(sizeof(MapIter) == MapIterSize);

// hmap's first field is `int64_t count` (the number of live entries), so
// len(m) may be lowered to `m == nil ? 0 : *(int64_t*)m`.
constexpr size_t HmapCountOffset = 0;

}  // namespace goc::rt
