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
};
static_assert(sizeof(Type) == 48 && offsetof(Type, kind) == 23 && offsetof(Type, elem) == 24 &&
              offsetof(Type, name) == 32 && offsetof(Type, nameLen) == 40);

// Hash and equality functions of a map's key type. They have the signature of
// the runtime.memhash64 / runtime.memequal64 rows of runtime_func.def, so the
// compiler may point at those helpers or emit its own per key type.
using HashFn = uint64_t(__attribute__((swiftcall)) *)(G* __attribute__((swift_async_context)),
                                                      const void* key, uint64_t seed);
using EqualFn = bool(__attribute__((swiftcall)) *)(G* __attribute__((swift_async_context)),
                                                   const void* a, const void* b);

// The descriptor of a map type: typ.kind == KindMap, typ.elem == elem.
// keysize/elemsize are informative (clamped to 255); the runtime uses
// key->size and elem->size.
struct MapType {
  Type typ;               // 0
  const Type* key;        // 48
  const Type* elem;       // 56
  HashFn hasher;          // 64
  EqualFn equal;          // 72
  uint8_t keysize;        // 80
  uint8_t elemsize;       // 81
  uint16_t pad;           // 82
  uint32_t pad2;          // 84
};
static_assert(sizeof(MapType) == 88 && offsetof(MapType, hasher) == 64);

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
