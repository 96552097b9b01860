// panic.cpp: panics, deferred calls run by panics, recover, fatal errors
// (gc's panic.go).
//
// Invariants:
//  - A panic is a Panic record linked on g->panic_ (newest first) for as long
//    as it runs. gopanic runs g's deferred calls (g->defer_, newest first,
//    built by lowering/defer.cpp); unrecovered, it prints every active panic
//    and exits with status 2 (fatalpanic).
//  - An open-coded record (Defer.open) stands for a whole frame: gopanic
//    calls its runner once per pending call (the runner clears the call's
//    bit first) and unlinks it when no bit is left; after a recovery it
//    stays linked, and the resumed frame's exit runs the rest normally.
//  - Only a call marked armable (lowering: its callee may call recover()
//    itself; for an open record, a bit of its armable mask) is armed, and
//    only frames with such calls have a checkpoint; other frames are never
//    resumed, and recover() in anything an unarmed call makes returns nil,
//    as in gc.
//  - A deferred call run by a panic is marked started and given the panic;
//    a nested panic that finds a started call marks that call's panic
//    aborted and drops the call (it is already running, and ends with the
//    nested panic).
//  - recover: while gopanic runs a deferred call, p->argp is non-null (the
//    call is "armed"). A function that calls recover() takes the token at
//    its entry (deferrecoverable: returns p and disarms), so only the first
//    such function the deferred call enters — the deferred function itself
//    — may recover; a deferring function's normal exit disarms too
//    (lowering), so calls deferred inside a deferred call cannot recover the
//    outer panic. gorecover(token) recovers g->panic_ iff token == g->panic_.
//  - Recovery: after the recovering call returns, gopanic unlinks the panic
//    (and the panics it aborted), unlinks the stack segments above the
//    deferring function's frame (on g0, through mcall) and resumes the
//    frame's checkpoint with gogo: runtime.deferframe returns 1 there and the
//    function runs its remaining deferred calls and returns normally.
//  - Output matches gc up to the goroutine trace: "panic: <value>" (with
//    " [recovered]" and the nesting tab for earlier panics; error and
//    Stringer values print their Error()/String() text), the signal line if
//    a signal caused it, a blank line, "goroutine N [running]:".
//  - fatal/gothrow print "fatal error: <msg>" and exit 2; on g0 they add
//    gc's "runtime stack:" section header.
#include "entry.h"
#include "error.h"
#include "signal_linux.h"
#include "stack.h"
#include "traceback.h"

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
// The code of t's method `name` if its signature is func() string, else
// null (the Error and String methods printpanicval calls).
static const void* stringMethod(const Type* t, const char* name) {
  const UncommonType* u = t->uncommon;
  if (u == nullptr) return nullptr;
  int64_t n = (int64_t)__builtin_strlen(name);
  for (uint32_t i = 0; i < u->xcount && i < u->mcount; i++) {
    const Method& m = u->methods[i];
    if (m.name.len != n || __builtin_memcmp(m.name.ptr, name, (size_t)n) != 0) continue;
    const Type* ft = m.mtyp;
    if (ft == nullptr || (ft->kind & KindMask) != KindFunc) return nullptr;
    auto* f = (const FuncType*)ft;
    if (f->inCount != 0 || f->outCount != 1 || f->variadic) return nullptr;
    const Type* r = f->params[f->inCount];
    if ((r->kind & KindMask) != KindString || !nameIs(r, "string")) return nullptr;
    return m.ifn;
  }
  return nullptr;
}

typedef SWIFTCALL GoString StringMethodT(G* GCTX, void* ctx __attribute__((swift_context)),
                                         void* recv);
using StringMethodFn = StringMethodT*;

static void printpanicval(Eface v) {
  const Type* t = v.type;
  if (t == nullptr) return prints("nil");
  if (printRuntimeError(t, v.data)) return;
  // gc's preprintpanics: an error prints v.Error(), a Stringer v.String().
  const void* fn = stringMethod(t, "Error");
  if (fn == nullptr) fn = stringMethod(t, "String");
  if (fn != nullptr) {
    GoString s = ((StringMethodFn)fn)(getg(), nullptr, v.data);
    printbytes(s.ptr, s.len);
    return;
  }
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

extern "C" [[noreturn]] void runtime_gogo(Gobuf* buf) asm("runtime.gogo");
extern "C" void runtime_mcall(void (*fn)(G*)) asm("runtime.mcall");
extern "C" void morestack_pop_m(void* args) asm("runtime.morestack_pop_m");

// On g0 (through mcall): unlinks the segments above the recovering frame,
// then resumes the frame's checkpoint (g->param) with deferframe returning 1.
static void recoveryM(G* gp) {
  auto* buf = (Gobuf*)gp->param;
  gp->param = nullptr;
  uintptr_t sp = buf->sp;
  uintptr_t args[MSARGS_SIZE / 8] = {};
  args[MSARGS_G / 8] = (uintptr_t)gp;
  while (!(gp->stack.lo <= sp && sp < gp->stack.hi)) {
    if (gp->seg == nullptr || gp->seg->prev == nullptr) gothrow("recovery: frame not on the goroutine's stack");
    morestack_pop_m(args);
  }
  buf->ret = 1;
  buf->g = gp;
  buf->r14 = (uintptr_t)gp;
  runtime_gogo(buf);
}

// Calls a deferred closure: code in word 0, the object itself as ctx.
typedef SWIFTCALL void DeferFnT(G* GCTX, void* ctx __attribute__((swift_context)));
using DeferFn = DeferFnT*;
static void callDeferred(G* g, void* fn) {
  if (fn == nullptr) panicmem(g);
  (*(DeferFn*)fn)(g, fn);
}

Defer* goc::rt::runNextDefer(G* g, Panic* p, const char* badEntry) {
  Defer* d = g->defer_;
  if (d->open) {
    // An open-coded frame: a call it was making for another panic (or for
    // its normal exit: not started) is abandoned; its pending calls run one
    // at a time, and the record stays until none is left (or a recovery
    // resumes the frame, whose exit runs the rest and pops it).
    if (d->started && d->panic_ != nullptr) d->panic_->aborted = true;
    d->started = false;
    if (d->bits == 0) {
      g->defer_ = d->link;
      return nullptr;
    }
    d->started = true;
    d->panic_ = p;
    // The runner makes the newest pending call: armed if its bit is in the
    // frame's armable mask.
    p->argp = (d->armable & (1u << (31 - __builtin_clz((uint32_t)d->bits)))) ? d : nullptr;
    ((DeferFnT*)d->fn)(g, d);  // the runner
    p->argp = nullptr;
    if (g->defer_ != d) gothrow(badEntry);
    d->started = false;
    return d;
  }
  // A call started by an earlier panic (or by this one, if it panicked
  // again) is being abandoned: its panic is aborted.
  if (d->started) {
    if (d->panic_ != nullptr) d->panic_->aborted = true;
    d->panic_ = nullptr;
    g->defer_ = d->link;
    return nullptr;
  }
  d->started = true;
  d->panic_ = p;
  p->argp = d->armable ? d : nullptr;  // armed: the deferred function may recover
  callDeferred(g, d->fn);
  p->argp = nullptr;
  if (g->defer_ != d) gothrow(badEntry);
  d->panic_ = nullptr;
  g->defer_ = d->link;
  return d;
}

// A deferred call of d's frame recovered p: resumes the frame's checkpoint.
[[noreturn]] static void recovered(G* g, Panic* p, Defer* d) {
  if (!d->armable) gothrow("recovery by a call that was not armed");
  g->panic_ = p->link;
  // Drop the panics this one aborted: their frames are gone too.
  while (g->panic_ != nullptr && g->panic_->aborted) g->panic_ = g->panic_->link;
  if (g->panic_ == nullptr) g->sig = 0;
  g->param = d->frame;
  runtime_mcall(recoveryM);
  gothrow("recovery failed");
}

// gopanic: panic(v) with v = (t, data). The Panic record stays on this frame
// while deferred calls run, so a recover can find it.
GO_DEF(void, gopanic, const Type* t, void* data) {
  if (g->m->curg != g) {
    printlock();
    prints("panic: ");
    printpanicval({t, data});
    prints("\n");
    printunlock();
    gothrow("panic on system stack");
  }
  Panic p{};
  p.arg = {t, data};
  p.link = g->panic_;
  g->panic_ = &p;
  while (g->defer_ != nullptr) {
    Defer* d = runNextDefer(g, &p, "bad defer entry in panic");
    if (d != nullptr && p.recovered) recovered(g, &p, d);
  }
  fatalpanic(g, (uintptr_t)__builtin_return_address(0));
}

// deferrecoverable: the entry of a function that calls recover() takes the
// token of the panic whose deferred call it is, if the call is armed.
GO_DEF(Panic*, deferrecoverable) {
  Panic* p = g->panic_;
  if (p == nullptr || p->argp == nullptr) return nullptr;
  p->argp = nullptr;
  return p;
}

// gorecover: recover() in a function holding token.
GO_DEF(Eface, gorecover, Panic* token) {
  Panic* p = g->panic_;
  if (p != nullptr && p == token && !p->goexit && !p->recovered) {
    p->recovered = true;
    return p->arg;
  }
  return {nullptr, nullptr};
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

// os.Exit (lib/go/os, through //go:linkname): ends the process at once; no
// deferred calls run. A Go function: swiftcc void(g, ctx, code).
extern "C" SWIFTCALL void os_exit(G* g GCTX, void* ctx __attribute__((swift_context)), int64_t code)
    asm("runtime.os_exit");
extern "C" SWIFTCALL void os_exit(G* g GCTX, void* ctx __attribute__((swift_context)), int64_t code) {
  printflush();
  exit((int)code);
}
