// runtime.h: what the runtime's C++ files share: attributes, the current g,
// the three failure levels, and the internal print helpers.
//
// Invariants:
//  - Code that may run on a goroutine segment below its guard (inside
//    __morestack, or before a prologue could grow the stack) is NOSPLIT and
//    uses little stack; anything bigger runs on g0 through systemstack.
//  - Runtime entry points (entry.h) get g in R14 from their caller; other
//    runtime code obtains it with getg() (the thread-local slot).
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "runtime2.h"

// All runtime code goes to its own section, bounded by the linker-made
// __start_goruntime_text / __stop_goruntime_text: the signal handler tells a
// fault in the runtime from one in Go code by the PC (signal_linux.cpp).
// GOC_RUNTIME_BUILD is defined only when building libgort.a: code that merely
// includes these headers (tests) stays in .text.
#ifdef GOC_RUNTIME_BUILD
#pragma clang section text = "goruntime_text"
#endif

// NOSPLIT: no split-stack prologue (gc's //go:nosplit). Each use says why.
#define NOSPLIT __attribute__((no_split_stack))
#define NOINLINE __attribute__((noinline))
#define SWIFTCALL __attribute__((swiftcall))
#define GCTX __attribute__((swift_async_context))

// GO_ENTRY declares a runtime entry point (a row of abi/runtime_func.def):
// swiftcc, g first in R14, symbol "runtime.<name>".
#define GO_ENTRY(ret, name, ...)                                                \
  extern "C" SWIFTCALL ret name(goc::rt::G* g GCTX __VA_OPT__(, ) __VA_ARGS__) \
      asm("runtime." #name)
// The definition of an entry point declared with GO_ENTRY (a definition may
// not repeat the asm label; it inherits it).
#define GO_DEF(ret, name, ...) \
  extern "C" SWIFTCALL ret name(goc::rt::G* g GCTX __VA_OPT__(, ) __VA_ARGS__)
// The same for an entry point that never returns (a GO_RUNTIME_FUNC_NORETURN row).
#define GO_ENTRY_NORETURN(name, ...)                                                         \
  extern "C" SWIFTCALL __attribute__((noreturn)) void name(                                  \
      goc::rt::G* g GCTX __VA_OPT__(, ) __VA_ARGS__) asm("runtime." #name)

// The thread-local g slot, kept equal to R14 by the switching routines. Local
// exec: the runtime is always linked into the executable.
extern "C" __thread goc::rt::G* runtime_tlsg asm("runtime.tlsg")
    __attribute__((tls_model("local-exec")));

namespace goc::rt {

// An asm volatile %fs-relative load: the compiler may neither cache the value
// nor the slot's address across a call, which matters once a goroutine can
// park on one thread and resume on another (DESIGN.md: gollvm's GoSafeGetg).
NOSPLIT inline G* getg() {
  G* g;
  asm volatile("movq %%fs:runtime.tlsg@tpoff, %0" : "=r"(g));
  return g;
}

// The three failure levels, as in Go: panic (recoverable, panic.cpp), fatal
// (the user's program is at fault, e.g. deadlock) and throw (a runtime bug).
// Both print "fatal error: <msg>", the trace header, and exit with status 2.
[[noreturn]] void fatal(const char* msg);
[[noreturn]] void gothrow(const char* msg);
// Exits the process (exit_group).
[[noreturn]] void exit(int code);

// Internal printing, the same formats as print/println (print.cpp). Output
// is buffered on the M between printlock and printunlock.
void printlock();
void printunlock();
void prints(const char* s);
void printbytes(const void* p, int64_t n);
void printi(int64_t v);
void printu(uint64_t v);
void printx(uint64_t v);  // 0x...
void printf64(double v);
void printflush();

// Runs fn(arg) on the current M's g0 stack (asm/switch.S); if already on g0
// or the signal stack, calls it directly.
extern "C" void systemstack(void (*fn)(void*), void* arg) asm("runtime.systemstack");

// The runtime's own text, bounded by linker-made symbols (see README.md).
bool inRuntimeText(uintptr_t pc);

// Random numbers (os_linux.cpp): seeded from getrandom at start-up.
uint64_t fastrand64();
uint32_t fastrand();

// Raw memory for the runtime itself (not the Go heap): mmap'd, zeroed,
// page-rounded; never returns null (throws out of memory).
void* sysAlloc(size_t n);
void sysFree(void* p, size_t n);


// The trace printed after a fatal error or an unrecovered panic.
void printTraceback(G* gp, uintptr_t pc);

// One step of running g's deferred calls (newest first) for p, shared by
// gopanic and Goexit (panic.cpp): pops an abandoned or exhausted record, or
// makes the next pending call, armed if it may recover. Returns the record
// whose call it made, null if it only popped one. g->defer_ is not null;
// badEntry is thrown if the call leaves another record on top.
Defer* runNextDefer(G* g, Panic* p, const char* badEntry);

}  // namespace goc::rt
