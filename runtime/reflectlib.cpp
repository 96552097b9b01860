// reflectlib.cpp: the runtime services goc's Go library uses to inspect
// values it only knows by type descriptor (fmt's printing of maps, as gc's
// fmt does through reflect). They are Go functions (swiftcc, g in R14, the
// closure context in R13 undeclared and ignored) declared in the library
// with //go:linkname; each forwards to a runtime entry point. They have
// their own symbols because an LLVM module cannot declare one symbol with
// both the Go and the runtime signature.
//
// Invariant: each definition's symbol and signature match the Go
// declaration in lib/go/fmt/value.go.
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
