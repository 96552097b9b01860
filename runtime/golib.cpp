// golib.cpp: the bodyless functions of package runtime (lib/go/runtime),
// with Go's calling convention (swiftcc, g in R14; the closure context in
// R13 is not declared and so ignored).
//
// Invariant: each definition's symbol and signature match the Go
// declaration in lib/go/runtime/runtime.go.
#include "entry.h"
#include "sched.h"

namespace goc::rt {
int32_t gomaxprocsSet(int32_t n);
}

using namespace goc::rt;

#define GO_LIB(ret, sym, cname, ...)                                                        \
  extern "C" SWIFTCALL ret cname(G* g GCTX __VA_OPT__(, ) __VA_ARGS__) asm(sym);           \
  extern "C" SWIFTCALL ret cname(G* g GCTX __VA_OPT__(, ) __VA_ARGS__)

extern "C" SWIFTCALL [[noreturn]] void goexit1(G* g GCTX) asm("runtime.goexit1");

GO_LIB(void, "runtime.Gosched", runtime_Gosched) { gosched(); }

GO_LIB(int64_t, "runtime.GOMAXPROCS", runtime_GOMAXPROCS, int64_t n) {
  return gomaxprocsSet(n > MaxProcs ? MaxProcs : (int32_t)(n < 0 ? 0 : n));
}

GO_LIB(int64_t, "runtime.NumGoroutine", runtime_NumGoroutine) { return gcount(); }

GO_LIB(int64_t, "runtime.NumCPU", runtime_NumCPU) { return ncpu; }

// Goexit runs the goroutine's deferred calls, newest first, under a Panic
// record marked goexit (so recover returns nil and a panic in a deferred
// call prints nothing for it), then ends the goroutine (as gc's Goexit).
GO_LIB(void, "runtime.Goexit", runtime_Goexit) {
  Panic p{};
  p.goexit = true;
  p.link = g->panic_;
  g->panic_ = &p;
  // Armed calls stay harmless: gorecover returns nil under a goexit record.
  while (g->defer_ != nullptr) runNextDefer(g, &p, "bad defer entry in Goexit");
  goexit1(g);
}

// Records the binding only: the scheduler does not yet keep a locked g on
// its M (proc.cpp's header).
GO_LIB(void, "runtime.LockOSThread", runtime_LockOSThread) {
  M* mp = g->m;
  g->lockedExt++;
  g->lockedm = mp;
  mp->lockedg = g;
}

GO_LIB(void, "runtime.UnlockOSThread", runtime_UnlockOSThread) {
  if (g->lockedExt > 0 && --g->lockedExt == 0) {
    if (g->m != nullptr) g->m->lockedg = nullptr;
    g->lockedm = nullptr;
  }
}

// ---- system calls for the library (os, syscall): see README.md ----
//
// Go declarations (in the calling package, bodyless):
//   //go:linkname syscall_blocking runtime.syscall_blocking
//   func syscall_blocking(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2, errno uintptr)
//   //go:linkname syscall_raw runtime.syscall_raw
//   func syscall_raw(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2, errno uintptr)
// Results as gc's syscall.Syscall6: on failure r1 = ^uintptr(0), r2 = 0 and
// errno = the error number; on success errno = 0.
struct SyscallResult {
  uint64_t r1;
  uint64_t r2;
  uint64_t err;
};

static inline SyscallResult rawsyscall6(uint64_t n, uint64_t a1, uint64_t a2, uint64_t a3,
                                        uint64_t a4, uint64_t a5, uint64_t a6) {
  uint64_t r1;
  register uint64_t rdx asm("rdx") = a3;
  register uint64_t r10 asm("r10") = a4;
  register uint64_t r8 asm("r8") = a5;
  register uint64_t r9 asm("r9") = a6;
  asm volatile("syscall"
               : "=a"(r1), "+r"(rdx)
               : "a"(n), "D"(a1), "S"(a2), "r"(r10), "r"(r8), "r"(r9)
               : "rcx", "r11", "memory");
  if (r1 > (uint64_t)-4096) return SyscallResult{~uint64_t(0), 0, -r1};
  return SyscallResult{r1, rdx, 0};
}

// A system call that may block (read, write, wait4, accept, ...): the P is
// left for sysmon to hand to another M if the call lasts (entersyscall).
GO_LIB(SyscallResult, "runtime.syscall_blocking", runtime_syscall_blocking, uint64_t trap,
       uint64_t a1, uint64_t a2, uint64_t a3, uint64_t a4, uint64_t a5, uint64_t a6) {
  entersyscall();
  SyscallResult r = rawsyscall6(trap, a1, a2, a3, a4, a5, a6);
  exitsyscall();
  return r;
}

// A system call known not to block (getpid, close of a regular file, ...):
// no hand-off, a few nanoseconds cheaper.
GO_LIB(SyscallResult, "runtime.syscall_raw", runtime_syscall_raw, uint64_t trap, uint64_t a1,
       uint64_t a2, uint64_t a3, uint64_t a4, uint64_t a5, uint64_t a6) {
  return rawsyscall6(trap, a1, a2, a3, a4, a5, a6);
}

// The hand-off on its own, for a caller that makes the call itself. Between
// the two, only nosplit code without calls into Go or the runtime.
GO_LIB(void, "runtime.entersyscall", runtime_entersyscall) { entersyscall(); }
GO_LIB(void, "runtime.exitsyscall", runtime_exitsyscall) { exitsyscall(); }
