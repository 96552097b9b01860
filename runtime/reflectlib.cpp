// reflectlib.cpp: the runtime services goc's Go library uses to inspect
// values it only knows by type descriptor (fmt's printing of maps, as gc's
// fmt does through reflect; errors.As's assignability test and store). They are Go functions (swiftcc, g in R14, the
// closure context in R13 undeclared and ignored) declared in the library
// with //go:linkname; each forwards to a runtime entry point. They have
// their own symbols because an LLVM module cannot declare one symbol with
// both the Go and the runtime signature.
//
// Invariant: each definition's symbol and signature match the Go
// declaration in lib/go/fmt/value.go or lib/go/errors/reflect.go.
#include "entry.h"

using namespace goc::rt;

#define GO_LIB(ret, sym, cname, ...)                                              \
  extern "C" SWIFTCALL ret cname(G* g GCTX __VA_OPT__(, ) __VA_ARGS__) asm(sym); \
  extern "C" SWIFTCALL ret cname(G* g GCTX __VA_OPT__(, ) __VA_ARGS__)

GO_LIB(int64_t, "runtime.reflect_maplen", reflect_maplen, Hmap* h) { return maplen(g, h); }

GO_LIB(void, "runtime.reflect_mapiterinit", reflect_mapiterinit, const MapType* t, Hmap* h,
       MapIter* it) {
  mapiterinit(g, t, h, it);
}

GO_LIB(void, "runtime.reflect_mapiternext", reflect_mapiternext, MapIter* it) { mapiternext(g, it); }

// errors.As (lib/go/errors/reflect.go): may a value of type src be assigned
// to a variable of type dst? Identical types, or dst an interface that src
// implements. (gc's rule for an unnamed type and a named one with identical
// underlying types is not applied: descriptors do not link a named type to
// its underlying type.)
GO_LIB(bool, "runtime.reflect_assignable", reflect_assignable, const Type* dst, const Type* src) {
  if (dst == src) return true;
  if (dst == nullptr || src == nullptr) return false;
  if ((dst->kind & KindMask) != KindInterface) return false;
  auto* it = (const goc::rt::InterfaceType*)dst;
  if (it->mcount == 0) return true;
  if ((src->kind & KindMask) == KindInterface) return false;  // dynamic types are concrete
  return getitab(g, it, src, true) != nullptr;
}

// The itab of the non-empty interface inter and a type t implementing it.
GO_LIB(const goc::rt::Itab*, "runtime.reflect_getitab", reflect_getitab,
       const goc::rt::InterfaceType* inter, const Type* t) {
  return getitab(g, inter, t, false);
}

// *dst = *src for a value of type t (the place of a future write barrier).
GO_LIB(void, "runtime.reflect_typedmemmove", reflect_typedmemmove, const Type* t, void* dst,
       const void* src) {
  (void)g;
  if (dst != src && t->size != 0) __builtin_memmove(dst, src, t->size);
}
