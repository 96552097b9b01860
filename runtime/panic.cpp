// panic.cpp: panics and fatal errors (gc's panic.go).
//
// Invariants:
//  - A panic is a Panic record linked on g->panic_ (newest first) for as long
//    as it runs. gopanic runs g's deferred calls (g->defer_, none until
//    lowering emits defers), then, unrecovered, prints every active panic
//    and exits with status 2 (fatalpanic).
//  - Output matches gc up to the goroutine trace: "panic: <value>" (with
//    " [recovered]" and the nesting tab for earlier panics), the signal line
//    if a signal caused it, a blank line, "goroutine N [running]:".
//  - fatal/gothrow print "fatal error: <msg>" and exit 2; on g0 they add
//    gc's "runtime stack:" section header.
#include "entry.h"
#include "error.h"
#include "signal_linux.h"

namespace goc::rt {

// The predeclared type a kind has when its name is that kind's name: gc's
// printany prints those values bare and other named types as T(v).
static const char* const kindNames[] = {
    "",        "bool",   "int",    "int8",    "int16",      "int32",     "int64",
    "uint",    "uint8",  "uint16", "uint32",  "uint64",     "uintptr",   "float32",
    "float64", "complex64", "complex128",
};

static bool nameIs(const Type* t, const char* s) {
  int64_t n = (int64_t)__builtin_strlen(s);
  return t->nameLen == n && __builtin_memcmp(t->name, s, (size_t)n) == 0;
}

// Prints a value of a basic kind as print(v) would.
static bool printBasic(uint8_t kind, const void* p) {
  switch (kind) {
    case KindBool: prints(*(const bool*)p ? "true" : "false"); return true;
    case KindInt: case KindInt64: printi(*(const int64_t*)p); return true;
    case KindInt8: printi(*(const int8_t*)p); return true;
    case KindInt16: printi(*(const int16_t*)p); return true;
    case KindInt32: printi(*(const int32_t*)p); return true;
    case KindUint: case KindUint64: case KindUintptr: printu(*(const uint64_t*)p); return true;
    case KindUint8: printu(*(const uint8_t*)p); return true;
    case KindUint16: printu(*(const uint16_t*)p); return true;
    case KindUint32: printu(*(const uint32_t*)p); return true;
    case KindFloat32: printf64(*(const float*)p); return true;
    case KindFloat64: printf64(*(const double*)p); return true;
    case KindComplex64: {
      auto* c = (const float*)p;
      prints("(");
      printf64(c[0]);
      printf64(c[1]);
      prints("i)");
      return true;
    }
    case KindComplex128: {
      auto* c = (const double*)p;
      prints("(");
      printf64(c[0]);
      printf64(c[1]);
      prints("i)");
      return true;
    }
    case KindString: {
      auto* s = (const GoString*)p;
      printbytes(s->ptr, s->len);
      return true;
    }
    default: return false;
  }
}

// gc's printpanicval/printany: the panic value as "panic: " shows it.
// Error and Stringer values (v.Error(), v.String()) need method tables and
// come with interfaces.
static void printpanicval(Eface v) {
  const Type* t = v.type;
  if (t == nullptr) return prints("nil");
  if (printRuntimeError(t, v.data)) return;
  uint8_t kind = t->kind & KindMask;
  bool predeclared = (kind <= KindComplex128 && nameIs(t, kindNames[kind])) ||
                     (kind == KindString && nameIs(t, "string"));
  if (predeclared) {
    printBasic(kind, v.data);
    return;
  }
  if (kind <= KindComplex128 || kind == KindString) {
    printbytes(t->name, t->nameLen);
    if (kind == KindString) {
      prints("(\"");
      printBasic(kind, v.data);
      prints("\")");
    } else if (kind == KindComplex64 || kind == KindComplex128) {
      printBasic(kind, v.data);
    } else {
      prints("(");
      printBasic(kind, v.data);
      prints(")");
    }
    return;
  }
  prints("(");
  printbytes(t->name, t->nameLen);
  prints(") ");
  printx((uintptr_t)v.data);
}

static void printpanics(Panic* p) {
  if (p->link != nullptr) {
    printpanics(p->link);
    if (!p->link->goexit) prints("\t");
  }
  if (p->goexit) return;
  prints("panic: ");
  printpanicval(p->arg);
  if (p->recovered) prints(" [recovered]");
  prints("\n");
}

// The goroutine trace. Symbolised frames come with the traceback work; for
// now the header and one frame line with the PC that failed.
void printTraceback(G* gp, uintptr_t pc) {
  prints("\ngoroutine ");
  printi(gp != nullptr ? gp->goid : 0);
  prints(" [running]:\n");
  prints("?()\n\t?:0 pc=");
  printx(pc);
  prints("\n");
}

// The user goroutine on this thread (the one a fatal error reports).
static G* curg() {
  G* g = getg();
  if (g == nullptr) return nullptr;
  return g->m->curg != nullptr ? g->m->curg : g;
}

static void printSignalLine(G* gp) {
  if (gp == nullptr || gp->sig == 0) return;
  prints("[signal ");
  prints(signame(gp->sig));
  prints(" code=");
  printx(gp->sigcode0);
  prints(" addr=");
  printx(gp->sigcode1);
  prints(" pc=");
  printx(gp->sigpc);
  prints("]\n");
}

[[noreturn]] static void dieAfterMessage(uintptr_t pc) {
  G* g = getg();
  G* gp = curg();
  printSignalLine(gp);
  if (g != nullptr && g == g->m->g0) prints("\nruntime stack:\n");
  printTraceback(gp, gp != nullptr && gp->sig != 0 ? gp->sigpc : pc);
  printunlock();
  exit(2);
}

[[noreturn]] static void fatalthrow(const char* msg, uintptr_t pc) {
  G* g = getg();
  if (g != nullptr) {
    if (g->m->dying++ > 0) exit(2);  // a fatal error while dying: give up quietly
    g->m->throwing = 1;
  }
  printlock();
  prints("fatal error: ");
  prints(msg);
  prints("\n");
  dieAfterMessage(pc);
}

void fatal(const char* msg) { fatalthrow(msg, (uintptr_t)__builtin_return_address(0)); }
void gothrow(const char* msg) { fatalthrow(msg, (uintptr_t)__builtin_return_address(0)); }

// Prints the active panics and exits: the end of an unrecovered panic.
[[noreturn]] static void fatalpanic(G* g, uintptr_t pc) {
  if (g->m->dying++ > 0) exit(2);
  printlock();
  printpanics(g->panic_);
  dieAfterMessage(pc);
}

}  // namespace goc::rt

using namespace goc::rt;

// gopanic: panic(v) with v = (t, data). The Panic record stays on this frame
// while deferred calls run, so a later recover can find it and unwind.
GO_DEF(void, gopanic, const Type* t, void* data) {
  Panic p{};
  p.arg = {t, data};
  p.link = g->panic_;
  g->panic_ = &p;
  // Deferred calls run here, newest first, once lowering emits them: each
  // is marked started and given p, and recover sets p.recovered.
  if (g->defer_ != nullptr) gothrow("gopanic: deferred calls are not implemented yet");
  fatalpanic(g, (uintptr_t)__builtin_return_address(0));
}

GO_DEF(void, panicnildottype, const Type* want) {
  // gc: "interface conversion: interface is nil, not <want>".
  static const char prefix[] = "interface conversion: interface is nil, not ";
  int64_t n = (int64_t)sizeof prefix - 1;
  auto* buf = (char*)::mallocgc(g, (uint64_t)(n + want->nameLen + 1), nullptr, true);
  __builtin_memcpy(buf, prefix, (size_t)n);
  __builtin_memcpy(buf + n, want->name, (size_t)want->nameLen);
  panicPlainError(buf);
}

extern "C" SWIFTCALL void throw_(G* g GCTX, const uint8_t* s, int64_t n) {
  auto* buf = (char*)::mallocgc(g, (uint64_t)n + 1, nullptr, true);
  __builtin_memcpy(buf, s, (size_t)n);
  gothrow(buf);
}

// runtime.sigpanic0: called by the runtime.sigpanic stub on the goroutine
// that faulted (g->sig says how), after the signal handler redirected it.
extern "C" SWIFTCALL void sigpanic0(G* g GCTX) asm("runtime.sigpanic0");
extern "C" SWIFTCALL void sigpanic0(G* g GCTX) {
  switch (g->sig) {
    case SigBUS:
      if (g->sigcode0 == BusAdrerr && g->sigcode1 < 0x1000) panicmem(g);
      break;
    case SigSEGV:
      if ((g->sigcode0 == 0 || g->sigcode0 == SegvMaperr || g->sigcode0 == SegvAccerr) &&
          g->sigcode1 < 0x1000)
        panicmem(g);
      break;
    case SigFPE:
      if (g->sigcode0 == FpeIntdiv) panicdivide(g);
      if (g->sigcode0 == FpeIntovf) panicErrorString("integer overflow");
      panicErrorString("floating point error");
  }
  printlock();
  prints("unexpected fault address ");
  printx(g->sigcode1);
  prints("\n");
  printunlock();
  gothrow("fault");
}
