// print.cpp: the print and println built-ins, with gc's formats.
//
// Invariants:
//  - Output goes to fd 2 with raw write(2) calls.
//  - Between printlock and printunlock (one print statement, or one runtime
//    message) output is gathered in the M's buffer and written at the
//    outermost printunlock, or when the buffer fills. Outside a lock every
//    item is written at once.
//  - The formats are gc's: printfloat prints 7 significant digits as
//    +d.dddddde+ddd, printhex prints 0x with no padding, and so on.
#include "entry.h"
#include "os_linux.h"

namespace goc::rt {

static PrintBuf* printbuf() {
  G* g = getg();
  return g != nullptr ? &g->m->printbuf : nullptr;
}

static void writeAll(const char* p, int64_t n) {
  while (n > 0) {
    long w = sys::write(2, p, (size_t)n);
    if (w <= 0) return;
    p += w;
    n -= w;
  }
}

void printflush() {
  PrintBuf* b = printbuf();
  if (b == nullptr || b->len == 0) return;
  writeAll(b->buf, b->len);
  b->len = 0;
}

static void gwrite(const void* p, int64_t n) {
  PrintBuf* b = printbuf();
  if (b == nullptr) {
    writeAll((const char*)p, n);
    return;
  }
  const char* s = (const char*)p;
  while (n > 0) {
    if (b->len == sizeof b->buf) printflush();
    int64_t k = (int64_t)sizeof b->buf - b->len;
    if (k > n) k = n;
    __builtin_memcpy(b->buf + b->len, s, (size_t)k);
    b->len += (int32_t)k;
    s += k;
    n -= k;
  }
  if (getg()->m->printlock == 0) printflush();
}

void printlock() { getg()->m->printlock++; }

void printunlock() {
  M* m = getg()->m;
  if (--m->printlock == 0) printflush();
}

void printbytes(const void* p, int64_t n) { gwrite(p, n); }

void prints(const char* s) { gwrite(s, (int64_t)__builtin_strlen(s)); }

void printu(uint64_t v) {
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = (char)('0' + v % 10);
    v /= 10;
  } while (v != 0);
  gwrite(buf + i, (int64_t)sizeof buf - i);
}

void printi(int64_t v) {
  if (v < 0) {
    gwrite("-", 1);
    printu(-(uint64_t)v);
    return;
  }
  printu((uint64_t)v);
}

void printx(uint64_t v) {
  static const char dig[] = "0123456789abcdef";
  char buf[20];
  int i = sizeof buf;
  do {
    buf[--i] = dig[v % 16];
    v /= 16;
  } while (v != 0);
  buf[--i] = 'x';
  buf[--i] = '0';
  gwrite(buf + i, (int64_t)sizeof buf - i);
}

// gc's printfloat: sign, 7 digits with a point after the first, exponent
// with sign and three digits; NaN, +Inf and -Inf by name.
void printf64(double v) {
  if (v != v) return prints("NaN");
  if (v + v == v && v > 0) return prints("+Inf");
  if (v + v == v && v < 0) return prints("-Inf");
  constexpr int n = 7;
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int s = (int)v;
    buf[i + 2] = (char)(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = (char)(e / 100 + '0');
  buf[n + 5] = (char)(e / 10 % 10 + '0');
  buf[n + 6] = (char)(e % 10 + '0');
  gwrite(buf, sizeof buf);
}

}  // namespace goc::rt

using namespace goc::rt;

GO_DEF(void, printlock) { goc::rt::printlock(); }
GO_DEF(void, printunlock) { goc::rt::printunlock(); }
GO_DEF(void, printint, int64_t v) { printi(v); }
GO_DEF(void, printuint, uint64_t v) { printu(v); }
GO_DEF(void, printfloat, double v) { printf64(v); }
GO_DEF(void, printcomplex, double re, double im) {
  goc::rt::printlock();
  prints("(");
  printf64(re);
  printf64(im);
  prints("i)");
  goc::rt::printunlock();
}
GO_DEF(void, printbool, bool v) { prints(v ? "true" : "false"); }
GO_DEF(void, printstring, const uint8_t* p, int64_t n) { gwrite(p, n); }
GO_DEF(void, printpointer, const void* p) { printx((uintptr_t)p); }
GO_DEF(void, printhex, uint64_t v) { printx(v); }
GO_DEF(void, printslice, const void* p, int64_t len, int64_t cap) {
  goc::rt::printlock();
  prints("[");
  printi(len);
  prints("/");
  printi(cap);
  prints("]");
  printx((uintptr_t)p);
  goc::rt::printunlock();
}
GO_DEF(void, printeface, const Type* t, const void* data) {
  goc::rt::printlock();
  prints("(");
  printx((uintptr_t)t);
  prints(",");
  printx((uintptr_t)data);
  prints(")");
  goc::rt::printunlock();
}
GO_DEF(void, printiface, const void* itab, const void* data) { printeface(g, (const Type*)itab, data); }
GO_DEF(void, printsp) { prints(" "); }
GO_DEF(void, printnl) { prints("\n"); }
