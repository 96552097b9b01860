// preempt.cpp: sysmon and goroutine preemption (after Go's preempt.go and
// proc.go's sysmon/retake).
//
// A goroutine that has run for ForcePreemptNS without passing through the
// scheduler is preempted in two ways at once, as gc does since 1.14:
//  1. Synchronously, at its next function prologue: sysmon sets gp->preempt
//     and poisons the M's split-stack guard (the TCB word %fs:0x70, written
//     through m->tcb) with STACK_PREEMPT, so the next prologue calls
//     __morestack, which asks morestack_preempt_check and yields through
//     mcall(gopreempt_m) (asm/morestack.S).
//  2. Asynchronously, for loops without calls: sysmon sends SIGURG to the M's
//     thread. If the interrupted PC is in Go code (not the runtime's text),
//     the g is its M's running curg and the M holds no runtime locks, the
//     handler makes the goroutine call runtime.asyncPreempt (asm/preempt.S),
//     which saves every register (GPRs, flags, XMM0-15) on the goroutine's
//     stack, yields through mcall(gopreempt_m), and restores them all when
//     rescheduled. LLVM code has no safe-point maps; saving the full context
//     makes every instruction of Go code a safe point, which holds because
//     segments never move and no collector scans the stack yet.
// Invariants:
//  - Runtime code never yields through either path: __morestack checks the
//    caller's return address against the runtime's text, the signal handler
//    checks the PC, and both check m->locks / mallocing / printlock / dying.
//  - A poisoned guard that meets no preemptible g (a switch happened
//    meanwhile, or the runtime called a prologue) is simply restored.
#include "sched.h"
#include "signal_linux.h"
#include "stack.h"

extern "C" void runtime_asyncPreempt() asm("runtime.asyncPreempt");

namespace goc::rt {

static long pid;

void preemptInit() { pid = sys::getpid(); }

NOSPLIT static inline uintptr_t loadGuard() {
  uintptr_t v;
  asm volatile("movq %%fs:%c1, %0" : "=r"(v) : "i"(TCB_STACKGUARD));
  return v;
}
NOSPLIT static inline void storeGuard(uintptr_t v) {
  asm volatile("movq %0, %%fs:%c1" : : "r"(v), "i"(TCB_STACKGUARD) : "memory");
}

NOSPLIT static bool canPreemptM(G* gp) {
  M* mp = gp->m;
  return mp != nullptr && gp == mp->curg && mp->locks == 0 && mp->mallocing == 0 &&
         mp->printlock == 0 && mp->dying == 0 && mp->p != nullptr &&
         __atomic_load_n(&gp->atomicstatus, __ATOMIC_RELAXED) == Grunning;
}

// Called by __morestack on the goroutine's stack, below its guard: nosplit
// and small. Returns 0 if the guard is real (grow the stack), 1 if the
// caller should yield (mcall(gopreempt_m)), 2 if the guard was poisoned but
// no preemption applies. In cases 1 and 2 the real guard is restored.
extern "C" NOSPLIT int morestack_preempt_check(G* gp, uintptr_t retq) asm(
    "runtime.morestack_preempt_check");
extern "C" NOSPLIT int morestack_preempt_check(G* gp, uintptr_t retq) {
  if (loadGuard() != STACK_PREEMPT) return 0;
  storeGuard(gp->stackguard0);
  if (gp->preempt && canPreemptM(gp) && !inRuntimeText(retq)) return 1;
  return 2;
}

// Registers in ucontext gregs order (Linux amd64).
enum { RegRSP = 15, RegRIP = 16 };

// Bytes the signal path needs below the interrupted %rsp: the red zone, two
// saved words, asyncPreempt's frame (16 pushes, 272 bytes of XMM/MXCSR and
// its alignment), mcall's return address, and a margin. It must stay below
// SmallStackGuard - 264 (stack.h) so that Go code anywhere above a first
// segment's guard can always be preempted.
constexpr uintptr_t AsyncPreemptRoom = 128 + 16 + 128 + 272 + 16 + 8 + 32;
static_assert(AsyncPreemptRoom <= SmallStackGuard - 264);

void doSigPreempt(G* gp, uint64_t* gregs) {
  // The signal may interrupt an M between goroutines: check what it runs.
  M* mp = gp->m;
  G* cur = mp != nullptr ? mp->curg : nullptr;
  if (cur == nullptr || cur != gp || !gp->preempt || !canPreemptM(gp)) return;
  uintptr_t pc = gregs[RegRIP];
  uintptr_t sp = gregs[RegRSP];
  if (inRuntimeText(pc)) return;
  if (sp < gp->stack.lo + AsyncPreemptRoom || sp > gp->stack.hi) return;
  // Skip the red zone, then leave the interrupted sp and pc for asyncPreempt.
  uintptr_t nsp = sp - 128;
  nsp -= 8;
  *(uintptr_t*)nsp = pc;
  nsp -= 8;
  *(uintptr_t*)nsp = sp;
  gregs[RegRSP] = nsp;
  gregs[RegRIP] = (uintptr_t)runtime_asyncPreempt;
}

// Asks gp's M to stop running it soon.
static bool preemptone(P* pp) {
  M* mp = pp->m;
  if (mp == nullptr) return false;
  G* gp = mp->curg;
  if (gp == nullptr || gp == mp->g0) return false;
  gp->preempt = true;
  if (mp->tcb != 0) __atomic_store_n((uintptr_t*)(mp->tcb + TCB_STACKGUARD), STACK_PREEMPT, __ATOMIC_RELAXED);
  sys::tgkill(pid, (long)mp->procid, SigURG);
  return true;
}

// gc's retake for a P whose M is in a system call: once the call has
// spanned a whole sysmon tick (syscalltick unchanged since the last look),
// take the P (CAS Psyscall -> Pidle) and hand it to another M if it has
// work, timers, or nobody else is looking for work; with nothing to do it
// may stay for up to 10 ms (gc). True if the P was retaken.
static bool retakeSyscall(P* pp, int64_t now) {
  uint32_t t = __atomic_load_n(&pp->syscalltick, __ATOMIC_RELAXED);
  if (pp->sysmonSyscallTick != t) {
    pp->sysmonSyscallTick = t;
    pp->sysmonSyscallWhen = now;
    return false;
  }
  if (runqempty(pp) && __atomic_load_n(&pp->ntimers, __ATOMIC_RELAXED) == 0 &&
      __atomic_load_n(&sched.nmspinning, __ATOMIC_RELAXED) +
              __atomic_load_n(&sched.npidle, __ATOMIC_RELAXED) > 0 &&
      pp->sysmonSyscallWhen + 10 * 1000 * 1000 > now)
    return false;
  uint32_t st = Psyscall;
  if (!__atomic_compare_exchange_n(&pp->status, &st, (uint32_t)Pidle, false, __ATOMIC_ACQ_REL,
                                   __ATOMIC_RELAXED))
    return false;
  pp->syscalltick++;
  handoffp(pp);
  return true;
}

// sysmon: runs on its own M without a P, forever.
void sysmonLoop() {
  int64_t delay = 20;  // microseconds
  int idle = 0;
  for (;;) {
    sys::Timespec ts{0, delay * 1000};
    sys::nanosleep(&ts);
    int64_t now = nanotime();
    bool acted = false;
    int32_t procs = gomaxprocs;
    for (int32_t i = 0; i < procs; i++) {
      P* pp = allp[i];
      if (pp == nullptr) continue;
      uint32_t st = __atomic_load_n(&pp->status, __ATOMIC_ACQUIRE);
      if (st == Psyscall) {
        acted |= retakeSyscall(pp, now);
        continue;
      }
      if (st != Prunning) continue;
      uint32_t t = pp->schedtick;
      if (pp->sysmonTick != t) {
        pp->sysmonTick = t;
        pp->sysmonWhen = now;
      } else if (now - pp->sysmonWhen >= ForcePreemptNS) {
        // A preemption does not reset the back-off (as in gc): a
        // compute-bound program would otherwise keep sysmon polling every
        // 20 us, ~25x the context switches, ~8% of the program's time.
        preemptone(pp);
        pp->sysmonWhen = now;
      }
    }
    // Back off to 10 ms when nothing needs doing (gc: after 50 idle rounds).
    if (acted) {
      idle = 0;
      delay = 20;
    } else if (++idle > 50) {
      delay = delay * 2 > 10000 ? 10000 : delay * 2;
    }
  }
}

}  // namespace goc::rt

// asyncPreempt's jump target (asm/preempt.S), per thread.
__thread uintptr_t runtime_asyncpc asm("runtime.asyncpc") __attribute__((tls_model("local-exec")));
