// slice.cpp: make and append for slices (gc's slice.go), with gc's growth
// rule and size classes so that cap() prints the same numbers as gc.
//
// Invariants: growslice returns a fresh array holding the old elements,
// zeroed past them, with len == newlen and cap >= newlen; sizes round up to
// gc's malloc size classes (msize.h) exactly as gc's roundupsize does.
#include "entry.h"
#include "error.h"
#include "msize.h"

namespace goc::rt {

constexpr uint64_t MaxAlloc = uint64_t(1) << 48;

// (size * n, overflowed?) as gc's math.MulUintptr.
static bool mulOverflows(uint64_t size, uint64_t n, uint64_t* out) {
  return __builtin_mul_overflow(size, n, out);
}

}  // namespace goc::rt

using namespace goc::rt;

GO_DEF(void*, makeslice, const Type* et, int64_t len, int64_t cap) {
  uint64_t mem;
  bool overflow = mulOverflows(et->size, (uint64_t)cap, &mem);
  if (overflow || mem > MaxAlloc || len < 0 || len > cap) {
    // Report len before cap: the user passed a bad len if it is bad alone.
    overflow = mulOverflows(et->size, (uint64_t)len, &mem);
    if (overflow || mem > MaxAlloc || len < 0) panicErrorString("makeslice: len out of range");
    panicErrorString("makeslice: cap out of range");
  }
  return mallocgc(g, mem, et, true);
}

GO_DEF(goc::rt::Slice, growslice, void* oldptr, int64_t oldlen, int64_t oldcap, int64_t newlen,
         const Type* et) {
  if (newlen < oldcap) panicErrorString("growslice: cap out of range");
  if (et->size == 0) return {mallocgc(g, 0, nullptr, false), newlen, newlen};
  int64_t newcap = oldcap;
  int64_t doublecap = newcap + newcap;
  if (newlen > doublecap) {
    newcap = newlen;
  } else {
    constexpr int64_t threshold = 256;
    if (oldcap < threshold) {
      newcap = doublecap;
    } else {
      // From 2x for small slices to 1.25x for large ones, smoothly.
      while (0 < newcap && newcap < newlen) newcap += (newcap + 3 * threshold) / 4;
      if (newcap <= 0) newcap = newlen;
    }
  }
  uint64_t capmem;
  bool overflow = mulOverflows(et->size, (uint64_t)newcap, &capmem);
  capmem = roundupsize(capmem);
  newcap = (int64_t)(capmem / et->size);
  if (overflow || capmem > MaxAlloc) panicErrorString("growslice: cap out of range");
  void* p = mallocgc(g, capmem, et, true);
  __builtin_memmove(p, oldptr, (size_t)((uint64_t)oldlen * et->size));
  return {p, newlen, newcap};
}
