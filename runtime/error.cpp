// error.cpp: runtime error values and their texts (gc's runtime/error.go).
//
// Invariant: the texts are byte for byte gc's, e.g.
// "runtime error: index out of range [5] with length 3".
#include "error.h"

#include "entry.h"

namespace goc::rt {

// The method sets of the runtime's error types: Error() string and
// RuntimeError(), so that recovered values satisfy error and runtime.Error.
// A method's mtyp must be the compiler's own descriptor of its func type
// (iface.cpp compares them by address): the compiler emits `type:func()
// string` / `type:func()` whenever a program mentions such a method type
// (error does); when it does not, no interface can ask for the method.
extern const Type funcStringType asm("type:func() string") __attribute__((weak));
extern const Type funcVoidType asm("type:func()") __attribute__((weak));

static GoString errorText(const Type* t, const void* data);
#define ERROR_METHOD(name, type)                                                             \
  extern "C" SWIFTCALL GoString name(G* g GCTX, void* ctx __attribute__((swift_context)),      \
                                     void* recv) {                                           \
    return errorText(&type, recv);                                                           \
  }
extern const Type boundsErrorType, errorStringType, plainErrorType;
ERROR_METHOD(boundsErrorError, boundsErrorType)
ERROR_METHOD(errorStringError, errorStringType)
ERROR_METHOD(plainErrorError, plainErrorType)
#undef ERROR_METHOD
extern "C" SWIFTCALL void runtimeErrorMarker(G* g GCTX, void* ctx __attribute__((swift_context)),
                                             void* recv) {}

#define METHODS(errfn)                                                                        \
  {{{"Error", 5}, {nullptr, 0}, &funcStringType, (const void*)errfn, (const void*)errfn},     \
   {{"RuntimeError", 12}, {nullptr, 0}, &funcVoidType, (const void*)runtimeErrorMarker,      \
    (const void*)runtimeErrorMarker}}
static const Method boundsErrorMethods[2] = METHODS(boundsErrorError);
static const Method errorStringMethods[2] = METHODS(errorStringError);
static const Method plainErrorMethods[2] = METHODS(plainErrorError);
#undef METHODS
static const UncommonType boundsErrorU = {{"runtime", 7}, boundsErrorMethods, 2, 2};
static const UncommonType errorStringU = {{"runtime", 7}, errorStringMethods, 2, 2};
static const UncommonType plainErrorU = {{"runtime", 7}, plainErrorMethods, 2, 2};

#define RT_TYPE(name, kind, size, u) \
  {size, 0, 0, 0, 8, 8, kind, nullptr, name, sizeof(name) - 1, nullptr, &u}
const Type boundsErrorType = RT_TYPE("runtime.boundsError", KindStruct, sizeof(BoundsError), boundsErrorU);
const Type errorStringType = RT_TYPE("runtime.errorString", KindString, sizeof(GoString), errorStringU);
const Type plainErrorType = RT_TYPE("runtime.plainError", KindString, sizeof(GoString), plainErrorU);
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

// A small append-only text buffer.
struct TextBuf {
  char b[160];
  int64_t n = 0;
  void put(const char* p, int64_t len) {
    for (int64_t i = 0; i < len && n < (int64_t)sizeof b; i++) b[n++] = p[i];
  }
  void puts(const char* p) { put(p, (int64_t)__builtin_strlen(p)); }
  void putu(uint64_t v) {
    char d[24];
    int i = 24;
    do d[--i] = (char)('0' + v % 10); while ((v /= 10) != 0);
    put(d + i, 24 - i);
  }
  void puti(int64_t v) {
    if (v < 0) {
      put("-", 1);
      putu(-(uint64_t)v);
    } else {
      putu((uint64_t)v);
    }
  }
};

static void formatBoundsError(const BoundsError* e, TextBuf& t) {
  const char* f = boundsFmts[e->code];
  if (e->signed_ && e->x < 0) f = boundsNegFmts[e->code];
  t.puts("runtime error: ");
  for (const char* p = f; *p != 0; p++) {
    if (*p != '%') {
      t.put(p, 1);
      continue;
    }
    p++;
    if (*p == 'x') {
      if (e->signed_)
        t.puti(e->x);
      else
        t.putu((uint64_t)e->x);
    } else {
      t.puti(e->y);
    }
  }
}

// The Error() text of a runtime error value, in a fresh heap string.
static GoString errorText(const Type* t, const void* data) {
  if (t == &boundsErrorType) {
    TextBuf tb;
    formatBoundsError((const BoundsError*)data, tb);
    auto* p = (char*)::mallocgc(getg(), (uint64_t)tb.n, nullptr, false);
    __builtin_memcpy(p, tb.b, (size_t)tb.n);
    return {p, tb.n};
  }
  auto* s = (const GoString*)data;
  if (t == &plainErrorType) return *s;
  static const char prefix[] = "runtime error: ";
  int64_t n = (int64_t)sizeof prefix - 1;
  auto* p = (char*)::mallocgc(getg(), (uint64_t)(n + s->len), nullptr, false);
  __builtin_memcpy(p, prefix, (size_t)n);
  __builtin_memcpy(p + n, s->ptr, (size_t)s->len);
  return {p, n + s->len};
}

bool printRuntimeError(const Type* t, const void* data) {
  if (t == &boundsErrorType) {
    TextBuf tb;
    formatBoundsError((const BoundsError*)data, tb);
    printbytes(tb.b, tb.n);
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
GO_DEF(void, panicunsafeslicelen) { panicErrorString("unsafe.Slice: len out of range"); }
GO_DEF(void, panicunsafeslicenilptr) { panicErrorString("unsafe.Slice: ptr is nil and len is not zero"); }
GO_DEF(void, panicunsafestringlen) { panicErrorString("unsafe.String: len out of range"); }
GO_DEF(void, panicunsafestringnilptr) { panicErrorString("unsafe.String: ptr is nil and len is not zero"); }
GO_DEF(void, panicmem) { panicErrorString("invalid memory address or nil pointer dereference"); }
