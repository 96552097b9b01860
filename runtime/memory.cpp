// memory.cpp: memmove, memclr and memequal for compiled code.
//
// Invariant: they never allocate. The work is done by libc's mem* routines
// (leaf functions, no stack growth), whose text is outside the runtime's: a
// nil pointer handed in by Go code faults there and becomes the
// nil-dereference panic, as in gc.
#include "entry.h"

GO_DEF(void, memmove, void* dst, const void* src, int64_t n) {
  __builtin_memmove(dst, src, (size_t)n);
}
GO_DEF(void, memclr, void* p, int64_t n) { __builtin_memset(p, 0, (size_t)n); }
GO_DEF(bool, memequal, const void* a, const void* b, int64_t n) {
  return a == b || __builtin_memcmp(a, b, (size_t)n) == 0;
}
