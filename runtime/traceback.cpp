// traceback.cpp: printing a goroutine's stack as gc does (see traceback.h
// for the format and the differences from gc).
//
// The walk: printTraceback captures its own registers (pc, rsp and the
// callee-saved ones), switches to g0 and unwinds frame by frame with the
// executable's CFI (elf_image.cpp), through the runtime's frames (hidden),
// systemstack (its CFI leads back to the goroutine's stack), runtime.sigpanic
// (a signal frame: the next pc is the faulting instruction itself) and
// __morestack (a frame whose caller is the split function's prologue, which
// is skipped: the function was already shown from its body on the new
// segment).
#include "traceback.h"

#include "elf_image.h"
#include "os_linux.h"
#include "runtime.h"
#include "stack.h"

namespace goc::rt {

namespace {

using exe::Regs;

enum { MaxFrames = 100, MaxSteps = 100000, MaxInline = 16 };

uint32_t traceLock;

// The context a fatal signal interrupted, and the M it belongs to.
struct SigCtx {
  M* m;
  uintptr_t rip, rsp, rbx, rbp, r12, r13, r14, r15;
};
SigCtx sigctx;

struct Walk {
  G* gp;
  M* m;
  Regs regs;
  bool exact;  // regs.r[RegRA] is the frame's pc itself, not a return address
};

bool inside(uintptr_t a, uintptr_t lo, uintptr_t hi) { return lo != 0 && a >= lo && a + 8 <= hi; }

bool readStack(void* ctx, uintptr_t addr, uintptr_t* out) {
  auto* w = (Walk*)ctx;
  bool ok = false;
  if (w->gp != nullptr) {
    ok = inside(addr, w->gp->stack.lo, w->gp->stack.hi);
    int n = 0;
    for (StackSeg* s = w->gp->seg; !ok && s != nullptr && n < 100000; s = s->prev, n++)
      ok = inside(addr, s->lo, s->hi);
  }
  if (!ok && w->m != nullptr) {
    if (w->m->g0 != nullptr) ok = inside(addr, w->m->g0->stack.lo, w->m->g0->stack.hi);
    if (!ok && w->m->gsignal != nullptr)
      ok = inside(addr, w->m->gsignal->stack.lo, w->m->gsignal->stack.hi);
  }
  if (!ok) return false;
  *out = *(const uintptr_t*)addr;
  return true;
}

bool startsWith(const char* s, const char* p) {
  while (*p)
    if (*s++ != *p++) return false;
  return true;
}
bool same(const char* a, const char* b) { return exe::strEq(a, b); }

// gc's showfuncinfo (without GOTRACEBACK): whether a user would see it.
bool userVisible(const char* name) {
  const char* dot = name;
  while (*dot != 0 && *dot != '.') dot++;
  if (*dot == 0) return false;
  if (startsWith(name, "runtime.")) {
    char c = name[8];
    return c >= 'A' && c <= 'Z';
  }
  return true;
}

// The goroutine's entry: the walk ends there.
bool isEntry(const char* name) {
  return same(name, "runtime.main") || same(name, "runtime.goentry") ||
         same(name, "runtime.gostart") || same(name, "runtime.goexit1") ||
         same(name, "runtime.mstart");
}

void printPos(const exe::SrcPos& p) {
  prints("\t");
  if (p.file == nullptr) {
    prints("?:");
  } else {
    if (p.dir != nullptr && p.dir[0] != 0) {
      prints(p.dir);
      size_t n = exe::strLen(p.dir);
      if (p.dir[n - 1] != '/') prints("/");
    }
    prints(p.file);
    prints(":");
  }
  printu(p.line);
}

// goc's per-statement wrappers for go and defer statements (lowering:
// F.gowrapN, F.deferwrapN) and the runner of open-coded defers
// (F.deferrun): hidden, as gc elides its wrappers.
bool isWrapper(const char* name) {
  const char* last = nullptr;
  for (const char* p = name; *p; p++)
    if (*p == '.') last = p + 1;
  return last != nullptr && (startsWith(last, "gowrap") || startsWith(last, "deferwrap") ||
                           startsWith(last, "deferrun"));
}

// The length of name without the suffixes LLVM's passes give the clones
// they make (".specialized.1", ".constprop.0", ".llvm.123", ".cold", ...).
size_t displayLen(const char* name) {
  static const char* const suffixes[] = {".specialized.", ".constprop.", ".llvm.", ".isra.",
                                         ".part.", ".cold"};
  size_t n = exe::strLen(name);
  for (size_t i = 0; i < n; i++) {
    if (name[i] != '.') continue;
    for (const char* s : suffixes)
      if (startsWith(name + i, s)) return i;
  }
  return n;
}

void printName(const char* name) {
  size_t n = displayLen(name);
  printbytes(name, (int64_t)n);
  bool none = false;
  if (n == 9 && startsWith(name, "main.main")) none = true;
  else if (n >= 5 && startsWith(name + n - 5, ".init")) none = true;
  prints(none ? "()\n" : "(...)\n");
}

// Prints the frame(s) at physical pc: inlined calls first (innermost
// first), then the function itself with the offset of pc in it.
// Returns the number of frames printed.
int printFrame(const char* name, uintptr_t entry, uintptr_t pc, uintptr_t lookup, bool inlines) {
  int printed = 0;
  exe::InlineCall chain[MaxInline];
  int n = exe::inlineChain(lookup, chain, MaxInline);
  exe::SrcPos pos{nullptr, nullptr, 0};
  exe::lineFor(lookup, &pos);
  if (!inlines && n > 0) {
    // A runtime frame: only the position in the function itself.
    pos = chain[0].call;
    n = 0;
  }
  for (int i = n - 1; i >= 0; i--) {
    if (userVisible(chain[i].name) && !isWrapper(chain[i].name)) {
      printName(chain[i].name);
      printPos(pos);
      prints("\n");
      printed++;
    }
    pos = chain[i].call;
  }
  if (!isWrapper(name)) {
    printName(name);
    printPos(pos);
    if (pc > entry) {
      prints(" +");
      printx(pc - entry);
    }
    prints("\n");
    printed++;
  }
  printflush();
  return printed;
}

void printCreatedBy(G* gp) {
  if (gp->goid == 1 || gp->gopc == 0) return;
  uintptr_t lookup = gp->gopc - 1;
  const char* name;
  uintptr_t entry;
  if (!exe::symbolize(lookup, &name, &entry) || !userVisible(name)) return;
  exe::SrcPos pos{nullptr, nullptr, 0};
  exe::lineFor(lookup, &pos);
  prints("created by ");
  printbytes(name, (int64_t)displayLen(name));
  prints("\n");
  printPos(pos);
  prints(" +");
  printx(gp->gopc - entry);
  prints("\n");
}

// Walks and prints; returns the number of frames printed.
int walk(Walk* w) {
  int printed = 0;
  bool skipNext = false;
  for (int step = 0; step < MaxSteps; step++) {
    uintptr_t pc = w->regs.r[exe::RegRA];
    if (pc == 0) break;
    uintptr_t lookup = w->exact ? pc : pc - 1;
    const char* name;
    uintptr_t entry;
    if (!exe::symbolize(lookup, &name, &entry)) break;
    if (isEntry(name)) break;
    if (skipNext) {
      skipNext = false;
    } else if (same(name, "__morestack")) {
      skipNext = true;
    } else {
      bool rt = inRuntimeText(lookup);
      bool show = false;
      if (rt || !userVisible(name)) {
        if (same(name, "runtime.gopanic") && printed > 0) {
          show = true;
          name = "panic";
        }
      } else {
        show = true;
      }
      if (show) {
        if (printed >= MaxFrames) {
          prints("...additional frames elided...\n");
          return printed;
        }
        printed += printFrame(name, entry, pc, lookup, !rt);
      }
    }
    bool signal = false;
    if (!exe::unwindStep(lookup, &w->regs, &signal, readStack, w)) break;
    w->exact = signal;
  }
  return printed;
}

struct Args {
  G* gp;
  uintptr_t pc;
  Regs regs;
};

void tracebackM(void* p) {
  auto* a = (Args*)p;
  Walk w{};
  w.gp = a->gp;
  w.m = getg()->m;
  w.regs = a->regs;
  w.exact = true;
  // A fatal signal on this M: start at the instruction it interrupted.
  if (sigctx.m == w.m && sigctx.rip != 0) {
    Regs& r = w.regs;
    r = Regs{};
    r.r[exe::RegRA] = sigctx.rip;
    r.r[exe::RegRSP] = sigctx.rsp;
    r.r[exe::RegRBX] = sigctx.rbx;
    r.r[exe::RegRBP] = sigctx.rbp;
    r.r[exe::RegR12] = sigctx.r12;
    r.r[exe::RegR13] = sigctx.r13;
    r.r[exe::RegR14] = sigctx.r14;
    r.r[exe::RegR15] = sigctx.r15;
    r.known = (1u << exe::RegRA) | (1u << exe::RegRSP) | (1u << exe::RegRBX) |
              (1u << exe::RegRBP) | (1u << exe::RegR12) | (1u << exe::RegR13) |
              (1u << exe::RegR14) | (1u << exe::RegR15);
  }
  // One traceback at a time (the readers' caches); give up after a while.
  bool locked = false;
  for (int i = 0; i < 1000 && !locked; i++) {
    uint32_t expect = 0;
    locked = __atomic_compare_exchange_n(&traceLock, &expect, 1, false, __ATOMIC_ACQUIRE,
                                         __ATOMIC_RELAXED);
    if (!locked) sys::sched_yield();
  }
  int printed = 0;
  if (locked) {
    printed = walk(&w);
    if (a->gp != nullptr && printed > 0) printCreatedBy(a->gp);
    __atomic_store_n(&traceLock, 0, __ATOMIC_RELEASE);
  }
  if (printed == 0) {
    prints("?()\n\t?:0 pc=");
    printx(a->pc);
    prints("\n");
  }
}

}  // namespace

NOINLINE void printTraceback(G* gp, uintptr_t pc) {
  prints("\ngoroutine ");
  printi(gp != nullptr ? gp->goid : 0);
  prints(" [running]:\n");
  printflush();
  Args a{};
  a.gp = gp;
  a.pc = pc;
  uintptr_t buf[8];
  // This frame's own state: the walk starts here (hidden runtime frames).
  asm volatile(
      "leaq 1f(%%rip), %%rax\n"
      "1:\n"
      "movq %%rax, 0(%0)\n"
      "movq %%rsp, 8(%0)\n"
      "movq %%rbx, 16(%0)\n"
      "movq %%rbp, 24(%0)\n"
      "movq %%r12, 32(%0)\n"
      "movq %%r13, 40(%0)\n"
      "movq %%r14, 48(%0)\n"
      "movq %%r15, 56(%0)\n"
      :
      : "r"(buf)
      : "rax", "memory");
  Regs& r = a.regs;
  r.r[exe::RegRA] = buf[0];
  r.r[exe::RegRSP] = buf[1];
  r.r[exe::RegRBX] = buf[2];
  r.r[exe::RegRBP] = buf[3];
  r.r[exe::RegR12] = buf[4];
  r.r[exe::RegR13] = buf[5];
  r.r[exe::RegR14] = buf[6];
  r.r[exe::RegR15] = buf[7];
  r.known = (1u << exe::RegRA) | (1u << exe::RegRSP) | (1u << exe::RegRBX) | (1u << exe::RegRBP) |
            (1u << exe::RegR12) | (1u << exe::RegR13) | (1u << exe::RegR14) | (1u << exe::RegR15);
  systemstack(tracebackM, &a);
}

void tracebackSignalContext(const uint64_t* gregs) {
  // Kernel ucontext order: r8..r15 = 0..7, rdi 8, rsi 9, rbp 10, rbx 11,
  // rdx 12, rax 13, rcx 14, rsp 15, rip 16.
  G* g = getg();
  sigctx.rip = gregs[16];
  sigctx.rsp = gregs[15];
  sigctx.rbx = gregs[11];
  sigctx.rbp = gregs[10];
  sigctx.r12 = gregs[4];
  sigctx.r13 = gregs[5];
  sigctx.r14 = gregs[6];
  sigctx.r15 = gregs[7];
  sigctx.m = g != nullptr ? g->m : nullptr;
}

}  // namespace goc::rt
