// stack_overflow: recursion without bound ends in gc's stack overflow
// messages and exit status 2.
#include "go.h"

GO_EMPTY_INIT

extern "C" SWIFTCALL __attribute__((noinline)) int64_t f(goc::rt::G* g GCTX, int64_t n) {
  volatile int64_t a[16];
  a[n & 15] = n;
  return f(g, n + 1) + a[3];
}

GO_FUNC_DEF(main_main) { printint(g, f(g, 0)); }
