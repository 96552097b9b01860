// deep_recursion: a split-stack swiftcc function with a 128-byte frame
// recursing 1,000,000 deep crosses thousands of segments and returns the
// right sum; a function with stack arguments, R13/R14 and four results (one
// in XMM0) comes back intact through segment switches.
#include "go.h"
#include "stack.h"

GO_EMPTY_INIT

struct Res4 {
  int64_t a, b, c;
  double d;
};

extern "C" SWIFTCALL __attribute__((noinline)) int64_t rec(goc::rt::G* g GCTX, int64_t n) {
  volatile int64_t pad[16];
  pad[n & 15] = n;
  if (n == 0) return 0;
  return rec(g, n - 1) + pad[n & 15] / n * n;
}

// Nine integer arguments: three go on the stack.
extern "C" SWIFTCALL __attribute__((noinline)) Res4 many(goc::rt::G* g GCTX,
                                                         void* ctx __attribute__((swift_context)),
                                                         int64_t depth, int64_t a1, int64_t a2,
                                                         int64_t a3, int64_t a4, int64_t a5,
                                                         int64_t a6, int64_t a7, int64_t a8) {
  volatile char pad[200];
  pad[depth % 200] = 1;
  if (g != goc::rt::getg() || ctx != (void*)0x1234) return {-1, -1, -1, -1};
  if (depth == 0) return {a1 + a2 + a3, a4 + a5 + a6, a7 + a8, 0.5 + pad[0]};
  Res4 r = many(g, ctx, depth - 1, a1, a2, a3, a4, a5, a6, a7, a8);
  return {r.a, r.b, r.c + pad[depth % 200] - 1, r.d};
}

GO_FUNC_DEF(main_main) {
  int64_t n = 1000000;
  int64_t got = rec(g, n);
  printlock(g);
  PRINTS("rec ");
  printint(g, got);
  printsp(g);
  printbool(g, got == n * (n + 1) / 2);
  printnl(g);
  printunlock(g);
  Res4 r = many(g, (void*)0x1234, 20000, 1, 2, 3, 4, 5, 6, 7, 8);
  printlock(g);
  PRINTS("many ");
  printint(g, r.a);
  printsp(g);
  printint(g, r.b);
  printsp(g);
  printint(g, r.c);
  printsp(g);
  printfloat(g, r.d);
  printnl(g);
  printunlock(g);
  // The segments are gone again: g is back on its first one.
  printlock(g);
  PRINTS("back ");
  printbool(g, g->seg->prev == nullptr);
  printnl(g);
  printunlock(g);
}
