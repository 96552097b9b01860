// signal_linux.cpp: synchronous signals (SIGSEGV, SIGBUS, SIGFPE).
//
// Invariants:
//  - Handlers run on the M's alternate signal stack as m->gsignal
//    (asm/signal.S sets runtime.tlsg and %fs:0x70 around sighandler).
//  - A fault turns into a Go panic on the faulting goroutine (gc's
//    preparePanic) only if the goroutine was running Go code: it is its M's
//    curg, the PC is outside the runtime's text, and the M holds no runtime
//    locks. The handler then makes the goroutine look as if the faulting
//    instruction had called runtime.sigpanic.
//  - Any other fault is fatal: a fault on a stack guard page is a stack
//    overflow, everything else "unexpected signal during runtime execution".
#include "signal_linux.h"

#include "os_linux.h"
#include "stack.h"
#include "sched.h"
#include "traceback.h"

extern "C" void runtime_sigtramp(int, void*, void*) asm("runtime.sigtramp");
extern "C" void runtime_sigreturn() asm("runtime.sigreturn");
extern "C" void runtime_sigpanic() asm("runtime.sigpanic");

// The runtime's text, placed by the linker (the section has a C name).
extern "C" char __start_goruntime_text[] __attribute__((weak));
extern "C" char __stop_goruntime_text[] __attribute__((weak));

namespace goc::rt {

// The parts of the kernel's siginfo_t and ucontext_t the handler reads.
struct Siginfo {
  int32_t signo;
  int32_t errno_;
  int32_t code;
  int32_t pad;
  uintptr_t addr;  // si_addr for SIGSEGV, SIGBUS, SIGFPE
};
enum { RegR14 = 6, RegRSP = 15, RegRIP = 16, NumRegs = 23 };
struct Ucontext {
  uint64_t flags;
  void* link;
  sys::StackT stack;
  uint64_t gregs[NumRegs];
};
static_assert(offsetof(Ucontext, gregs) == 40);

const char* signame(uint32_t sig) {
  switch (sig) {
    case SigBUS: return "SIGBUS: bus error";
    case SigFPE: return "SIGFPE: floating-point exception";
    case SigSEGV: return "SIGSEGV: segmentation violation";
    default: return "signal";
  }
}

bool inRuntimeText(uintptr_t pc) {
  return pc >= (uintptr_t)__start_goruntime_text && pc < (uintptr_t)__stop_goruntime_text;
}

// Whether addr lies in the guard page below one of gp's segments.
static bool onGuardPage(G* gp, uintptr_t addr) {
  if (gp == nullptr) return false;
  for (StackSeg* s = gp->seg; s != nullptr; s = s->prev)
    if (s->mapBase != 0 && addr >= s->mapBase && addr < s->mapBase + 4096) return true;
  // g0's stack has no guard page of its own; below its lo is just as fatal.
  return addr < gp->stack.lo && addr + (64 << 10) >= gp->stack.lo;
}

static bool canpanic(G* gp, uintptr_t pc) {
  if (gp == nullptr) return false;
  M* m = gp->m;
  if (gp != m->curg || gp->atomicstatus != Grunning) return false;
  if (m->locks != 0 || m->mallocing != 0 || m->dying != 0 || m->printlock != 0) return false;
  return !inRuntimeText(pc);
}

// runtime.sighandler(sig, info, ctx, gp): gp is the g the signal interrupted
// (null before the runtime is set up).
extern "C" void sighandler(int sig, Siginfo* info, Ucontext* ctx, G* gp) asm("runtime.sighandler");
extern "C" void sighandler(int sig, Siginfo* info, Ucontext* ctx, G* gp) {
  uintptr_t pc = ctx->gregs[RegRIP];
  if (sig == SigURG) {
    if (gp != nullptr) doSigPreempt(gp, ctx->gregs);
    return;
  }
  if (canpanic(gp, pc) && !onGuardPage(gp, info->addr)) {
    gp->sig = (uint32_t)sig;
    gp->sigcode0 = (uintptr_t)(uint32_t)info->code;
    gp->sigcode1 = info->addr;
    gp->sigpc = pc;
    // Make the goroutine call sigpanic from the faulting instruction.
    uintptr_t sp = ctx->gregs[RegRSP] - 8;
    *(uintptr_t*)sp = pc;
    ctx->gregs[RegRSP] = sp;
    ctx->gregs[RegRIP] = (uintptr_t)runtime_sigpanic;
    ctx->gregs[RegR14] = (uintptr_t)gp;
    return;
  }
  G* cur = gp != nullptr ? gp->m->curg : nullptr;
  if (cur == nullptr) cur = gp;
  if (cur != nullptr) {
    cur->sig = (uint32_t)sig;
    cur->sigcode0 = (uintptr_t)(uint32_t)info->code;
    cur->sigcode1 = info->addr;
    cur->sigpc = pc;
  }
  if (gp == nullptr) {
    // Not the runtime's thread state: restore the default action and let the
    // fault happen again.
    sys::Sigaction dfl{};
    sys::rt_sigaction(sig, &dfl, nullptr);
    return;
  }
  tracebackSignalContext(ctx->gregs);  // the trace starts at the fault
  if (onGuardPage(gp, info->addr)) fatal("stack overflow");
  fatal("unexpected signal during runtime execution");
}

// Each M's signal stack (m->gsignal's), installed on its own thread.
void minitSignals(M* mp) {
  sys::StackT ss{(void*)mp->gsignal->stack.lo, 0, 0,
                 (size_t)(mp->gsignal->stack.hi - mp->gsignal->stack.lo)};
  if (sys::sigaltstack(&ss, nullptr) != 0) gothrow("sigaltstack failed");
}

void signalInit() {
  sys::Sigaction sa{};
  sa.handler = (void*)runtime_sigtramp;
  sa.flags = sys::SA_SIGINFO | sys::SA_ONSTACK | sys::SA_RESTORER | sys::SA_RESTART;
  sa.restorer = (void*)runtime_sigreturn;
  sa.mask = ~uint64_t(0);
  static const uint32_t sigs[] = {SigBUS, SigFPE, SigSEGV, SigURG};
  for (uint32_t sig : sigs)
    if (sys::rt_sigaction(sig, &sa, nullptr) != 0) gothrow("sigaction failed");
}

}  // namespace goc::rt
