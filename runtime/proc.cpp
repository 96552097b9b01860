// proc.cpp: process start-up and the main goroutine.
//
// Invariants:
//  - main (called by glibc on the thread stack) is the only code that runs
//    before m0, g0 and the thread-local g are set; it is NOSPLIT and calls
//    nothing that has a split-stack prologue until %fs:0x70 holds g0's guard.
//  - The main goroutine is goid 1 and runs runtime.main on its own segmented
//    stack; g0 keeps the thread stack for systemstack and mcall.
// The scheduler (newproc, gopark, findrunnable, Ms and Ps) comes later; the
// schema in runtime2.h is ready for it.
#include "entry.h"
#include "os_linux.h"
#include "stack.h"

__thread goc::rt::G* runtime_tlsg;

// The program's package initialiser and main function, emitted by the
// compiler: swiftcc void(ptr swiftasync g, ptr swiftself ctx), ctx null.
extern "C" SWIFTCALL void main_init(goc::rt::G* g GCTX, void* ctx __attribute__((swift_context)))
    asm("main.init");
extern "C" SWIFTCALL void main_main(goc::rt::G* g GCTX, void* ctx __attribute__((swift_context)))
    asm("main.main");

extern "C" void runtime_gostart(goc::rt::G* newg,
                                void(SWIFTCALL* fn)(goc::rt::G* GCTX)) asm("runtime.gostart");

namespace goc::rt {

M m0;
G g0;
Schedt sched;
static G gsignal0;
static G maing;

int32_t argc;
char** argv;

// Bytes of the thread stack g0 may use, when RLIMIT_STACK does not say.
constexpr uintptr_t G0StackDefault = 8 << 20;
// Bytes of the alternate signal stack.
constexpr size_t SignalStackSize = 64 << 10;

// Nosplit: runs before %fs:0x70 holds a guard (glibc leaves it 0).
NOSPLIT static void setGuard(uintptr_t guard) {
  asm volatile("movq %0, %%fs:%c1" : : "r"(guard), "i"(TCB_STACKGUARD) : "memory");
}

// g0's stack is the thread stack: from the current frame down to the stack
// rlimit, less a margin for what the kernel and libc put above main.
NOSPLIT static void g0init(uintptr_t sp) {
  sys::Rlimit rl{};
  uintptr_t size = G0StackDefault;
  if (sys::getrlimit(sys::RLIMIT_STACK, &rl) == 0 && rl.cur < size) size = rl.cur;
  g0.stack.hi = (sp + 4095) & ~uintptr_t(4095);
  g0.stack.lo = g0.stack.hi - size + (64 << 10);
  g0.stackguard0 = g0.stack.lo + STACK_GUARD;
  g0.stackguard1 = g0.stackguard0;
  g0.m = &m0;
  g0.atomicstatus = Grunning;
  m0.g0 = &g0;
  m0.procid = sys::gettid();
  runtime_tlsg = &g0;
  setGuard(g0.stackguard0);
}

// Split-stack from here on: runs on g0 with its guard in place.
static void signalStackInit() {
  void* p = sysAlloc(SignalStackSize);
  gsignal0.stack.lo = (uintptr_t)p;
  gsignal0.stack.hi = (uintptr_t)p + SignalStackSize;
  gsignal0.stackguard0 = gsignal0.stack.lo + STACK_GUARD;
  gsignal0.m = &m0;
  gsignal0.goid = -1;
  m0.gsignal = &gsignal0;
  sys::StackT ss{p, 0, 0, SignalStackSize};
  if (sys::sigaltstack(&ss, nullptr) != 0) gothrow("sigaltstack failed");
}

static void schedinit() {
  randomInit();
  signalStackInit();
  signalInit();
  sched.goidgen = 1;
  maing.goid = 1;
  maing.m = &m0;
  maing.atomicstatus = Grunning;
  stackInitG(&maing, StackMin);
  m0.curg = &maing;
}

// runtime.main: the main goroutine's function. Runs the package initialisers,
// then main.main, then exits 0.
extern "C" SWIFTCALL void runtime_main(G* g GCTX) asm("runtime.main");
extern "C" SWIFTCALL void runtime_main(G* g GCTX) {
  main_init(g, nullptr);
  main_main(g, nullptr);
  exit(0);
}

// Called by mcall on g0, a runtime bug.
extern "C" void badmcall() asm("runtime.badmcall");
extern "C" void badmcall() { gothrow("runtime: mcall called on m->g0 stack"); }
extern "C" void badmcall2() asm("runtime.badmcall2");
extern "C" void badmcall2() { gothrow("runtime: mcall function returned"); }

}  // namespace goc::rt

// The C entry point glibc calls. Nosplit: it runs before g0's guard is set.
extern "C" NOSPLIT int main(int argc, char** argv) {
  using namespace goc::rt;
  goc::rt::argc = argc;
  goc::rt::argv = argv;
  g0init((uintptr_t)__builtin_frame_address(0));
  schedinit();
  runtime_gostart(&maing, runtime_main);
  __builtin_unreachable();
}
