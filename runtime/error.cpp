// error.cpp: runtime error values and their texts (gc's runtime/error.go).
//
// Invariant: the texts are byte for byte gc's, e.g.
// "runtime error: index out of range [5] with length 3".
#include "error.h"

#include "entry.h"

namespace goc::rt {

#define RT_TYPE(name, kind, size) \
  {size, 0, 0, 0, 8, 8, kind, nullptr, name, sizeof(name) - 1}
const Type boundsErrorType = RT_TYPE("runtime.boundsError", KindStruct, sizeof(BoundsError));
const Type errorStringType = RT_TYPE("runtime.errorString", KindString, sizeof(GoString));
const Type plainErrorType = RT_TYPE("runtime.plainError", KindString, sizeof(GoString));
#undef RT_TYPE

// %x is e.x, %y is e.y.
static const char* const boundsFmts[] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to pointer to array with length %x",
};
// The texts when a signed x is negative: y is not shown.
static const char* const boundsNegFmts[] = {
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
};

static void printBoundsError(const BoundsError* e) {
  const char* f = boundsFmts[e->code];
  if (e->signed_ && e->x < 0) f = boundsNegFmts[e->code];
  prints("runtime error: ");
  for (const char* p = f; *p != 0; p++) {
    if (*p != '%') {
      printbytes(p, 1);
      continue;
    }
    p++;
    if (*p == 'x') {
      if (e->signed_)
        printi(e->x);
      else
        printu((uint64_t)e->x);
    } else {
      printi(e->y);
    }
  }
}

bool printRuntimeError(const Type* t, const void* data) {
  if (t == &boundsErrorType) {
    printBoundsError((const BoundsError*)data);
    return true;
  }
  if (t == &errorStringType || t == &plainErrorType) {
    auto* s = (const GoString*)data;
    if (t == &errorStringType) prints("runtime error: ");
    printbytes(s->ptr, s->len);
    return true;
  }
  return false;
}

void panicBounds(BoundsError e) {
  G* g = getg();
  auto* p = (BoundsError*)::mallocgc(g, sizeof e, &boundsErrorType, true);
  *p = e;
  gopanic(g, &boundsErrorType, p);
}

[[noreturn]] static void panicString(const Type* t, const char* s) {
  G* g = getg();
  auto* p = (GoString*)::mallocgc(g, sizeof(GoString), t, true);
  p->ptr = s;
  p->len = (int64_t)__builtin_strlen(s);
  gopanic(g, t, p);
}

void panicErrorString(const char* s) { panicString(&errorStringType, s); }
void panicPlainError(const char* s) { panicString(&plainErrorType, s); }

}  // namespace goc::rt

using namespace goc::rt;

GO_DEF(void, panicIndex, int64_t x, int64_t y) { panicBounds({x, y, true, BoundsIndex}); }
GO_DEF(void, panicIndexU, uint64_t x, int64_t y) {
  panicBounds({(int64_t)x, y, false, BoundsIndex});
}
GO_DEF(void, panicSliceAlen, int64_t x, int64_t y) { panicBounds({x, y, true, BoundsSliceAlen}); }
GO_DEF(void, panicSliceAcap, int64_t x, int64_t y) { panicBounds({x, y, true, BoundsSliceAcap}); }
GO_DEF(void, panicSliceB, int64_t x, int64_t y) { panicBounds({x, y, true, BoundsSliceB}); }
GO_DEF(void, panicSlice3Alen, int64_t x, int64_t y) {
  panicBounds({x, y, true, BoundsSlice3Alen});
}
GO_DEF(void, panicSlice3Acap, int64_t x, int64_t y) {
  panicBounds({x, y, true, BoundsSlice3Acap});
}
GO_DEF(void, panicSlice3B, int64_t x, int64_t y) { panicBounds({x, y, true, BoundsSlice3B}); }
GO_DEF(void, panicSlice3C, int64_t x, int64_t y) { panicBounds({x, y, true, BoundsSlice3C}); }
GO_DEF(void, panicSliceConvert, int64_t x, int64_t y) {
  panicBounds({x, y, true, BoundsConvert});
}
GO_DEF(void, panicdivide) { panicErrorString("integer divide by zero"); }
GO_DEF(void, panicshift) { panicErrorString("negative shift amount"); }
GO_DEF(void, panicmem) { panicErrorString("invalid memory address or nil pointer dereference"); }
