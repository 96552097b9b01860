// mathlib.cpp: the floating-point instructions package math needs and Go
// code cannot express (lib/go/math/sqrt.go), as Go functions (swiftcc, g in
// R14, the closure context in R13 undeclared and ignored) declared with
// //go:linkname. Each is the instruction gc itself uses, so results match
// gc's bit for bit (including the NaN that SQRTSD makes of a negative).
//
// Invariant: each definition's symbol and signature match its Go
// declaration in lib/go/math/sqrt.go.
#include "runtime.h"

using namespace goc::rt;

#define GO_LIB(ret, sym, cname, ...)                                              \
  extern "C" SWIFTCALL ret cname(G* g GCTX __VA_OPT__(, ) __VA_ARGS__) asm(sym); \
  extern "C" SWIFTCALL ret cname(G* g GCTX __VA_OPT__(, ) __VA_ARGS__)

GO_LIB(double, "runtime.math_sqrt", math_sqrt, double x) {
  (void)g;
  double r;
  asm("sqrtsd %1, %0" : "=x"(r) : "x"(x));
  return r;
}
