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
typedef SWIFTCALL void DeferFnT(G* GCTX, void* ctx __attribute__((swift_context)));
GO_LIB(void, "runtime.Goexit", runtime_Goexit) {
  Panic p{};
  p.goexit = true;
  p.link = g->panic_;
  g->panic_ = &p;
  for (;;) {
    Defer* d = g->defer_;
    if (d == nullptr) break;
    if (d->started) {
      if (d->panic_ != nullptr) d->panic_->aborted = true;
      d->panic_ = nullptr;
      g->defer_ = d->link;
      continue;
    }
    d->started = true;
    d->panic_ = &p;
    (*(DeferFnT**)d->fn)(g, d->fn);
    if (g->defer_ != d) gothrow("bad defer entry in Goexit");
    d->panic_ = nullptr;
    g->defer_ = d->link;
  }
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
