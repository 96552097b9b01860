// proc.cpp: start-up, goroutines, Ms and Ps, and the scheduler loop (after
// Go's proc.go).
//
// Invariants:
//  - main (called by glibc on the thread stack) is the only code that runs
//    before m0, g0 and the thread-local g are set; it is NOSPLIT and calls
//    nothing that has a split-stack prologue until %fs:0x70 holds g0's guard.
//  - An M runs Go code only while it holds a P (m->p, p->m). schedule(),
//    findrunnable(), park_m(), goexit0() and the other *_m functions run on
//    the M's g0 (reached through mcall); they never return to their caller.
//  - Goroutine states change only through casgstatus. A g is on at most one
//    of: a P's runq/runnext, the global runq, a free list, running on an M,
//    parked (Gwaiting, reachable only by whoever will goready it).
//  - sched.lock guards the global run queue and the idle M and P lists.
//    Lock order: a P's timersLock, then sched.lock; allglock alone.
//  - Idle Ms sleep on m->park (a futex); startm wakes one with m->nextp set.
//    An M sleeping without a P may time out at the earliest timer and then
//    looks for an idle P itself.
//  - mcount - nmidle - nmsys == 0 with no pending timer and no runnable g is
//    the deadlock gc reports (checkdead).
//  - A P in Psyscall has no M (p->m null) and belongs to the M in the system
//    call (m->oldp) until sysmon CASes it to Pidle (retake) or the M CASes it
//    back (exitsyscall); whoever wins the CAS owns it.
// Not yet: LockOSThread only records the binding (a locked g may run on any
// M); GOMAXPROCS shrinking retires Ps lazily, at their next schedule().
#include "entry.h"
#include "sched.h"
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
extern "C" [[noreturn]] void runtime_gogo(goc::rt::Gobuf* buf) asm("runtime.gogo");
extern "C" void runtime_mcall(void (*fn)(goc::rt::G*)) asm("runtime.mcall");
extern "C" void runtime_goentry() asm("runtime.goentry");
extern "C" [[noreturn]] void runtime_mstart_g0(void (*fn)(goc::rt::M*),
                                               goc::rt::M* mp) asm("runtime.mstart_g0");

namespace goc::rt {

M m0;
G g0;
Schedt sched;
static G gsignal0;
static G maing;

int32_t argc;
char** argv;
int32_t gomaxprocs;
int32_t ncpu;
P* allp[MaxProcs];
M* allm;
bool mainStarted;

static Mutex allglock;
static G* allgs;
static int64_t allglen;

// Bytes of the thread stack g0 may use, when RLIMIT_STACK does not say.
constexpr uintptr_t G0StackDefault = 8 << 20;
// Bytes of the alternate signal stack.
constexpr size_t SignalStackSize = 64 << 10;
// The thread stack of every M but m0.
constexpr size_t MStackSize = 1 << 20;

// Nosplit: runs before %fs:0x70 holds a guard (glibc leaves it 0).
NOSPLIT static void setGuard(uintptr_t guard) {
  asm volatile("movq %0, %%fs:%c1" : : "r"(guard), "i"(TCB_STACKGUARD) : "memory");
}
NOSPLIT static void setTlsG(G* gp) {
  asm volatile("movq %0, %%fs:runtime.tlsg@tpoff" : : "r"(gp) : "memory");
}
NOSPLIT static uintptr_t tcbAddr() {
  uintptr_t t;
  asm volatile("movq %%fs:0, %0" : "=r"(t));
  return t;
}

// ---- status and small helpers ----

const char* waitReasonString(uint8_t w) {
  static const char* const strs[] = {
      "", "GC assist marking", "IO wait", "chan receive (nil chan)", "chan send (nil chan)",
      "dumping heap", "garbage collection", "garbage collection scan", "panicwait", "select",
      "select (no cases)", "GC assist wait", "GC sweep wait", "GC scavenge wait", "chan receive",
      "chan send", "finalizer wait", "force gc (idle)", "semacquire", "sleep", "sync.Cond.Wait",
      "timer goroutine (idle)", "trace reader (blocked)", "wait for GC cycle", "GC worker (idle)",
      "preempted", "debug call"};
  static_assert(sizeof strs / sizeof strs[0] == waitReasonCount);
  return w < waitReasonCount ? strs[w] : "";
}

// casgstatus's slow path (sched.h): a transition from an unexpected status.
void badcasgstatus(G* gp, uint32_t oldval, uint32_t newval, uint32_t old) {
  printlock();
  prints("runtime: casgstatus: oldval=");
  printu(oldval);
  prints(" newval=");
  printu(newval);
  prints(" actual=");
  printu(old);
  prints("\n");
  printunlock();
  gothrow("casgstatus: bad incoming values");
}

M* acquirem() {
  M* mp = getg()->m;
  mp->locks++;
  return mp;
}

void releasem(M* mp) {
  mp->locks--;
  // A preemption request that came while preemption was off: poison the
  // guard again so the next prologue honours it.
  G* gp = getg();
  if (mp->locks == 0 && gp == mp->curg && gp->preempt) setGuard(STACK_PREEMPT);
}

uint32_t fastrandn(uint32_t n) { return (uint32_t)(((uint64_t)fastrand() * n) >> 32); }

// ---- goroutine records ----

// Gs are never freed (a dead g waits on a free list), so they come from
// runtime memory in batches.
static G* allocG() {
  static Mutex l;
  static G* batch;
  static int32_t left;
  lock(&l);
  if (left == 0) {
    batch = (G*)sysAlloc(sizeof(G) * 128);
    left = 128;
  }
  G* gp = batch++;
  left--;
  unlock(&l);
  return gp;
}

static void allgadd(G* gp) {
  lock(&allglock);
  gp->alllink = allgs;
  allgs = gp;
  allglen++;
  unlock(&allglock);
}

// A dead g from pp's free list, refilled from the central one; null if none.
static G* gfget(P* pp) {
  if (pp->gFree == nullptr && __atomic_load_n(&sched.gFreeCount, __ATOMIC_RELAXED) > 0) {
    lock(&sched.gFreeLock);
    while (pp->gFreeCount < 32 && sched.gFree != nullptr) {
      G* gp = sched.gFree;
      sched.gFree = gp->schedlink;
      sched.gFreeCount--;
      gp->schedlink = pp->gFree;
      pp->gFree = gp;
      pp->gFreeCount++;
    }
    unlock(&sched.gFreeLock);
  }
  G* gp = pp->gFree;
  if (gp == nullptr) return nullptr;
  pp->gFree = gp->schedlink;
  pp->gFreeCount--;
  return gp;
}

static void gfput(P* pp, G* gp) {
  gp->schedlink = pp->gFree;
  pp->gFree = gp;
  pp->gFreeCount++;
  if (pp->gFreeCount >= 64) {
    lock(&sched.gFreeLock);
    while (pp->gFreeCount >= 32) {
      G* g1 = pp->gFree;
      pp->gFree = g1->schedlink;
      pp->gFreeCount--;
      g1->schedlink = sched.gFree;
      sched.gFree = g1;
      sched.gFreeCount++;
    }
    unlock(&sched.gFreeLock);
  }
}

int64_t gcount() {
  int64_t n = __atomic_load_n(&allglen, __ATOMIC_RELAXED) -
              __atomic_load_n(&sched.gFreeCount, __ATOMIC_RELAXED) - (int64_t)sched.ngsys;
  for (int32_t i = 0; i < MaxProcs && allp[i] != nullptr; i++)
    n -= __atomic_load_n(&allp[i]->gFreeCount, __ATOMIC_RELAXED);
  return n < 1 ? 1 : n;
}

// ---- Ps and idle lists (sched.lock held) ----

static void acquirep(P* pp) {
  M* mp = getg()->m;
  if (mp->p != nullptr || pp->m != nullptr) gothrow("acquirep: invalid p state");
  mp->p = pp;
  pp->m = mp;
  pp->status = Prunning;
}

static P* releasep() {
  M* mp = getg()->m;
  P* pp = mp->p;
  if (pp == nullptr || pp->m != mp) gothrow("releasep: invalid p state");
  mp->p = nullptr;
  pp->m = nullptr;
  pp->status = Pidle;
  return pp;
}

static void pidleput(P* pp) {
  if (pp->id >= gomaxprocs) {
    pp->status = Pdead;  // retired by GOMAXPROCS; revived when it grows again
    return;
  }
  pp->link = sched.pidle;
  sched.pidle = pp;
  __atomic_add_fetch(&sched.npidle, 1, __ATOMIC_RELAXED);
}

static P* pidleget() {
  P* pp = sched.pidle;
  if (pp != nullptr) {
    sched.pidle = pp->link;
    __atomic_sub_fetch(&sched.npidle, 1, __ATOMIC_RELAXED);
  }
  return pp;
}

static void mput(M* mp) {
  mp->schedlink = sched.midle;
  sched.midle = mp;
  sched.nmidle++;
}

static M* mget() {
  M* mp = sched.midle;
  if (mp != nullptr) {
    sched.midle = mp->schedlink;
    sched.nmidle--;
  }
  return mp;
}

// Removes mp from the idle list if it is there.
static bool mremove(M* mp) {
  for (M** pm = &sched.midle; *pm != nullptr; pm = &(*pm)->schedlink)
    if (*pm == mp) {
      *pm = mp->schedlink;
      sched.nmidle--;
      return true;
    }
  return false;
}

// The deadlock report: every live goroutine's header, then exit 2.
[[noreturn]] static void deadlock() {
  M* mp = getg()->m;
  mp->dying++;
  printlock();
  prints("fatal error: all goroutines are asleep - deadlock!\n");
  // The main goroutine first, as gc (allgs is newest first).
  for (int pass = 0; pass < 2; pass++)
  for (G* gp = allgs; gp != nullptr; gp = gp->alllink) {
    uint32_t st = readgstatus(gp);
    if (st == Gdead || st == Gidle || gp->goid <= 0 || (gp->goid == 1) != (pass == 0)) continue;
    prints("\ngoroutine ");
    printi(gp->goid);
    prints(" [");
    prints(st == Gwaiting ? waitReasonString(gp->waitreason) : st == Grunnable ? "runnable" : "running");
    prints("]:\n?()\n\t?:0\n");
  }
  printunlock();
  exit(2);
}

// Called with sched.lock held when an M goes idle.
static void checkdead() {
  if (!mainStarted) return;
  int64_t run = sched.mnext - sched.nmidle - sched.nmidlelocked - sched.nmsys;
  if (run > 0) return;
  if (run < 0) gothrow("checkdead: inconsistent counts");
  if (__atomic_load_n(&sched.ntimers, __ATOMIC_ACQUIRE) > 0) return;
  if (sched.runqsize > 0) return;
  for (int32_t i = 0; i < gomaxprocs; i++)
    if (allp[i] != nullptr && !runqempty(allp[i])) return;
  deadlock();
}

// ---- Ms ----

static void minit(M* mp) {
  mp->procid = (uint64_t)sys::gettid();
  mp->tcb = tcbAddr();
  minitSignals(mp);
}

M* allocm() {
  auto* mp = (M*)sysAlloc(sizeof(M));
  auto* gs = (G*)sysAlloc(sizeof(G) * 2);
  mp->g0 = &gs[0];
  mp->g0->m = mp;
  mp->g0->goid = -1;
  mp->gsignal = &gs[1];
  void* ss = sysAlloc(SignalStackSize);
  mp->gsignal->stack.lo = (uintptr_t)ss;
  mp->gsignal->stack.hi = (uintptr_t)ss + SignalStackSize;
  mp->gsignal->stackguard0 = mp->gsignal->stack.lo + STACK_GUARD;
  mp->gsignal->m = mp;
  mp->gsignal->goid = -1;
  lock(&sched.lock);
  mp->id = sched.mnext++;
  mp->alllink = allm;
  allm = mp;
  unlock(&sched.lock);
  return mp;
}

static void mstart1(M* mp);

// The first code of a new thread (pthread_create's start routine). Nosplit:
// %fs:0x70 is not set up yet.
NOSPLIT static void* mstartThread(void* arg) {
  auto* mp = (M*)arg;
  G* g0p = mp->g0;
  uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
  g0p->stack.hi = sp;
  g0p->stack.lo = sp - MStackSize + (64 << 10);
  g0p->stackguard0 = g0p->stack.lo + STACK_GUARD;
  g0p->stackguard1 = g0p->stackguard0;
  g0p->atomicstatus = Grunning;
  setTlsG(g0p);
  setGuard(g0p->stackguard0);
  runtime_mstart_g0(mstart1, mp);
}

}  // namespace goc::rt

// glibc's thread creation: called only from the nosplit newosproc on g0.
extern "C" {
struct pthread_attr_opaque {
  char data[64];
};
int pthread_attr_init(pthread_attr_opaque*);
int pthread_attr_setstacksize(pthread_attr_opaque*, size_t);
int pthread_attr_setdetachstate(pthread_attr_opaque*, int);
int pthread_create(unsigned long*, const pthread_attr_opaque*, void* (*)(void*), void*);
}

namespace goc::rt {

// Runs on g0 (through systemstack): libc code, so no split-stack prologue.
NOSPLIT static void newosproc(void* arg) {
  pthread_attr_opaque attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, MStackSize);
  pthread_attr_setdetachstate(&attr, 1);
  unsigned long tid;
  if (pthread_create(&tid, &attr, mstartThread, arg) != 0) {
    // Not split-stack: only raw writes here.
    static const char msg[] = "runtime: failed to create new OS thread\n";
    sys::write(2, msg, sizeof msg - 1);
    sys::exit_group(2);
  }
}

void newm(P* pp, bool spinning) {
  M* mp = allocm();
  mp->nextp = pp;
  mp->spinning = spinning;
  systemstack(newosproc, mp);
}

static void sysmonMain(M* mp);

// A new M's life on g0: set-up, then schedule() forever.
static void mstart1(M* mp) {
  minit(mp);
  if (mp->isSysmon) sysmonMain(mp);
  acquirep(mp->nextp);
  mp->nextp = nullptr;
  schedule();
}

// Puts the current M to sleep until startm hands it a P, or until `when`
// (a nanotime; 0: no limit), after which it tries to take an idle P itself.
static void stopm(int64_t when) {
  M* mp = getg()->m;
  if (mp->locks != 0) gothrow("stopm holding locks");
  if (mp->p != nullptr) gothrow("stopm holding p");
  for (;;) {
    lock(&sched.lock);
    noteclear(&mp->park);
    mput(mp);
    checkdead();
    unlock(&sched.lock);
    bool woken = when == 0 ? (notesleep(&mp->park), true)
                           : notetsleep(&mp->park, when - nanotime());
    if (!woken) {
      lock(&sched.lock);
      if (mremove(mp)) {
        // Timed out: nobody handed us a P; take one for the timers.
        P* pp = pidleget();
        unlock(&sched.lock);
        if (pp != nullptr) {
          acquirep(pp);
          return;
        }
        when = earliestTimer();
        if (when != 0 && when < nanotime() + 1000) when = nanotime() + 1000000;
        continue;
      }
      unlock(&sched.lock);
      // A waker took us off the list: its wakeup is coming.
      notesleep(&mp->park);
    }
    acquirep(mp->nextp);
    mp->nextp = nullptr;
    return;
  }
}

// Runs some M on pp (an idle P if null), waking an idle M or making one.
static void startm(P* pp, bool spinning) {
  lock(&sched.lock);
  if (pp == nullptr) {
    pp = pidleget();
    if (pp == nullptr) {
      unlock(&sched.lock);
      if (spinning) __atomic_sub_fetch(&sched.nmspinning, 1, __ATOMIC_RELAXED);
      return;
    }
  }
  M* nmp = mget();
  unlock(&sched.lock);
  if (nmp == nullptr) {
    newm(pp, spinning);
    return;
  }
  nmp->spinning = spinning;
  nmp->nextp = pp;
  notewakeup(&nmp->park);
}

void wakep() {
  if (__atomic_load_n(&sched.npidle, __ATOMIC_RELAXED) == 0) return;
  uint32_t zero = 0;
  if (__atomic_load_n(&sched.nmspinning, __ATOMIC_RELAXED) != 0 ||
      !__atomic_compare_exchange_n(&sched.nmspinning, &zero, 1, false, __ATOMIC_ACQ_REL,
                                   __ATOMIC_RELAXED))
    return;
  startm(nullptr, true);
}

static void resetspinning() {
  M* mp = getg()->m;
  mp->spinning = false;
  uint32_t n = __atomic_sub_fetch(&sched.nmspinning, 1, __ATOMIC_ACQ_REL);
  if ((int32_t)n < 0) gothrow("findrunnable: negative nmspinning");
  // The M found work: another one may look for more.
  if (n == 0) wakep();
}

// ---- the scheduler ----

void ready(G* gp, bool next) {
  M* mp = acquirem();
  casgstatus(gp, Gwaiting, Grunnable);
  runqput(mp->p, gp, next);
  wakep();
  releasem(mp);
}

void goready(G* gp) { ready(gp, true); }

[[noreturn]] static void execute(G* gp, bool inheritTime) {
  M* mp = getg()->m;
  mp->curg = gp;
  gp->m = mp;
  casgstatus(gp, Grunnable, Grunning);
  gp->preempt = false;
  gp->waitreason = 0;
  if (!inheritTime) mp->p->schedtick++;
  gp->schedtick++;
  runtime_gogo(&gp->sched);
}

static void dropg() {
  M* mp = getg()->m;
  if (mp->curg != nullptr) {
    mp->curg->m = nullptr;
    mp->curg = nullptr;
  }
}

// Finds a runnable goroutine: local queue, global queue, other Ps (stealing
// and their timers), else sleeps. Returns with the M holding a P.
static G* findrunnable(bool* inheritTime) {
  M* mp = getg()->m;
top:
  P* pp = mp->p;
  int64_t now = 0;  // read lazily: clock_gettime is a real system call here
  checkTimers(pp, now);
  if (G* gp = runqget(pp, inheritTime)) return gp;
  if (sched.runqsize > 0) {
    lock(&sched.lock);
    G* gp = globrunqget(pp, 0);
    unlock(&sched.lock);
    if (gp != nullptr) {
      *inheritTime = false;
      return gp;
    }
  }
  int32_t procs = gomaxprocs;
  // Spin to steal only if not too many Ms do so already.
  if (mp->spinning ||
      2 * __atomic_load_n(&sched.nmspinning, __ATOMIC_RELAXED) <
          (uint32_t)procs - __atomic_load_n(&sched.npidle, __ATOMIC_RELAXED)) {
    if (!mp->spinning) {
      mp->spinning = true;
      __atomic_add_fetch(&sched.nmspinning, 1, __ATOMIC_RELAXED);
    }
    for (int i = 0; i < 4; i++) {
      uint32_t start = fastrandn((uint32_t)procs);
      for (int32_t k = 0; k < procs; k++) {
        P* p2 = allp[(start + (uint32_t)k) % (uint32_t)procs];
        if (p2 == pp || p2 == nullptr) continue;
        if (i == 3) {
          checkTimers(p2, now);
          if (G* gp = runqget(pp, inheritTime)) return gp;
        }
        if (!runqempty(p2)) {
          if (G* gp = runqsteal(pp, p2, i == 3)) {
            *inheritTime = false;
            return gp;
          }
        }
      }
    }
  }
  // Nothing to do: give up the P.
  lock(&sched.lock);
  if (sched.runqsize > 0) {
    G* gp = globrunqget(pp, 0);
    unlock(&sched.lock);
    *inheritTime = false;
    return gp;
  }
  if (releasep() != pp) gothrow("findrunnable: wrong p");
  pidleput(pp);
  unlock(&sched.lock);
  bool wasSpinning = mp->spinning;
  if (mp->spinning) {
    mp->spinning = false;
    __atomic_sub_fetch(&sched.nmspinning, 1, __ATOMIC_ACQ_REL);
  }
  // Work may have arrived between the last check and dropping the P, with
  // its submitter seeing this M spinning and so waking nobody: look again.
  if (wasSpinning) {
    for (int32_t k = 0; k < procs; k++) {
      P* p2 = allp[k];
      if (p2 != nullptr && !runqempty(p2)) {
        lock(&sched.lock);
        P* np = pidleget();
        unlock(&sched.lock);
        if (np != nullptr) {
          acquirep(np);
          mp->spinning = true;
          __atomic_add_fetch(&sched.nmspinning, 1, __ATOMIC_RELAXED);
          goto top;
        }
        break;
      }
    }
  }
  stopm(earliestTimer());
  goto top;
}

// A P whose id is past GOMAXPROCS gives its work to the global queue and
// retires (sched.lock not held).
static void retirep(P* pp) {
  bool inherit;
  while (G* gp = runqget(pp, &inherit)) {
    lock(&sched.lock);
    globrunqput(gp);
    unlock(&sched.lock);
  }
  lock(&sched.lock);
  releasep();
  pidleput(pp);
  unlock(&sched.lock);
  wakep();
  stopm(earliestTimer());
}

void schedule() {
  M* mp = getg()->m;
  if (mp->locks != 0) gothrow("schedule: holding locks");
top:
  P* pp = mp->p;
  if (pp->id >= gomaxprocs) {
    retirep(pp);
    goto top;
  }
  checkTimers(pp, 0);
  G* gp = nullptr;
  bool inheritTime = false;
  // Check the global queue once in a while for fairness.
  if (pp->schedtick % 61 == 0 && sched.runqsize > 0) {
    lock(&sched.lock);
    gp = globrunqget(pp, 1);
    unlock(&sched.lock);
  }
  if (gp == nullptr) gp = runqget(pp, &inheritTime);
  if (gp == nullptr) gp = findrunnable(&inheritTime);
  if (mp->spinning) resetspinning();
  execute(gp, inheritTime);
}

// ---- parking, yielding, exiting (on g0 through mcall) ----

static void park_m(G* gp) {
  M* mp = getg()->m;
  casgstatus(gp, Grunning, Gwaiting);
  dropg();
  if (auto fn = mp->waitunlockf) {
    bool ok = fn(gp, mp->waitlock);
    mp->waitunlockf = nullptr;
    mp->waitlock = nullptr;
    if (!ok) {
      casgstatus(gp, Gwaiting, Grunnable);
      execute(gp, true);
    }
  }
  schedule();
}

void gopark(ParkUnlockFn unlockf, void* arg, WaitReason reason) {
  M* mp = acquirem();
  G* gp = mp->curg;
  if (gp == nullptr || gp != getg()) gothrow("gopark: not on a user goroutine");
  if (readgstatus(gp) != Grunning) gothrow("gopark: bad g status");
  mp->waitlock = arg;
  mp->waitunlockf = unlockf;
  gp->waitreason = reason;
  mp->locks--;  // releasem without re-arming a preemption: we are about to switch anyway
  runtime_mcall(park_m);
}

static bool parkunlock(G*, void* lk) {
  unlock((Mutex*)lk);
  return true;
}

void goparkunlock(Mutex* lk, WaitReason reason) { gopark(parkunlock, lk, reason); }

// gc puts a yielding g on the global queue. When that queue is empty, the
// tail of the local one orders it the same way (after everything runnable
// here) without taking sched.lock twice per yield; with goroutines waiting
// globally, it goes behind them as in gc.
static void gosched_m(G* gp) {
  casgstatus(gp, Grunning, Grunnable);
  dropg();
  P* pp = getg()->m->p;
  if (__atomic_load_n(&sched.runqsize, __ATOMIC_RELAXED) == 0 && pp->id < gomaxprocs) {
    runqput(pp, gp, false);
  } else {
    lock(&sched.lock);
    globrunqput(gp);
    unlock(&sched.lock);
  }
  schedule();
}

void gosched() { runtime_mcall(gosched_m); }

// ---- system calls (gc's entersyscall/exitsyscall/handoffp) ----

// Right before a system call that may block, on the goroutine's stack. The
// M keeps its P as m->oldp, in state Psyscall and without an owner: sysmon
// retakes it (handoffp) once the call has lasted a sysmon tick (20 µs, up to
// 10 ms when sysmon idles), so other goroutines run meanwhile. Until
// exitsyscall the goroutine must not grow its stack, park or allocate: the
// wrappers (golib.cpp) make only the raw system call in between.
void entersyscall() {
  G* gp = getg();
  M* mp = gp->m;
  if (gp != mp->curg || mp->p == nullptr) gothrow("entersyscall: not on a user goroutine with a P");
  mp->locks++;  // no preemption while the state is half changed
  gp->syscallsp = (uintptr_t)__builtin_frame_address(0);
  gp->syscallpc = (uintptr_t)__builtin_return_address(0);
  casgstatus(gp, Grunning, Gsyscall);
  P* pp = mp->p;
  pp->m = nullptr;
  mp->oldp = pp;
  mp->p = nullptr;
  __atomic_store_n(&pp->status, (uint32_t)Psyscall, __ATOMIC_RELEASE);
  mp->locks--;
}

// Takes back the P the M had (if sysmon did not retake it) or an idle one.
static bool exitsyscallfast(P* oldp) {
  uint32_t st = Psyscall;
  if (oldp != nullptr && __atomic_compare_exchange_n(&oldp->status, &st, (uint32_t)Pidle, false,
                                                     __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
    acquirep(oldp);
    oldp->syscalltick++;
    return true;
  }
  if (__atomic_load_n(&sched.npidle, __ATOMIC_RELAXED) > 0) {
    lock(&sched.lock);
    P* pp = pidleget();
    unlock(&sched.lock);
    if (pp != nullptr) {
      acquirep(pp);
      pp->syscalltick++;
      return true;
    }
  }
  return false;
}

// On g0: no P to be had; queue gp globally and idle this M.
static void exitsyscall0(G* gp) {
  casgstatus(gp, Gsyscall, Grunnable);
  dropg();
  lock(&sched.lock);
  P* pp = pidleget();
  if (pp == nullptr) globrunqput(gp);
  unlock(&sched.lock);
  if (pp != nullptr) {
    acquirep(pp);
    execute(gp, false);
  }
  stopm(earliestTimer());
  schedule();
}

// Right after the system call: continues with a P, maybe on another M.
void exitsyscall() {
  G* gp = getg();
  M* mp = gp->m;
  mp->locks++;
  P* oldp = mp->oldp;
  mp->oldp = nullptr;
  if (exitsyscallfast(oldp)) {
    casgstatus(gp, Gsyscall, Grunning);
    gp->syscallsp = 0;
    releasem(mp);  // honours a preemption request that came meanwhile
    return;
  }
  mp->locks--;
  runtime_mcall(exitsyscall0);
  gp->syscallsp = 0;
}

void handoffp(P* pp) {
  // Work or timers: an M must run it now.
  if (!runqempty(pp) || __atomic_load_n(&sched.runqsize, __ATOMIC_RELAXED) != 0 ||
      __atomic_load_n(&pp->ntimers, __ATOMIC_RELAXED) > 0) {
    startm(pp, false);
    return;
  }
  // Nobody spinning and no idle P: this one spins, to steal (as gc).
  uint32_t zero = 0;
  if (__atomic_load_n(&sched.nmspinning, __ATOMIC_RELAXED) +
              __atomic_load_n(&sched.npidle, __ATOMIC_RELAXED) == 0 &&
      __atomic_compare_exchange_n(&sched.nmspinning, &zero, 1, false, __ATOMIC_ACQ_REL,
                                  __ATOMIC_RELAXED)) {
    startm(pp, true);
    return;
  }
  lock(&sched.lock);
  if (sched.runqsize != 0) {
    unlock(&sched.lock);
    startm(pp, false);
    return;
  }
  pidleput(pp);
  unlock(&sched.lock);
}

// Preemption: like Gosched, on behalf of sysmon.
extern "C" void gopreempt_m(G* gp) asm("runtime.gopreempt_m");
extern "C" void gopreempt_m(G* gp) {
  gp->preempt = false;
  gosched_m(gp);
}

static void goexit0(G* gp) {
  M* mp = getg()->m;
  casgstatus(gp, Grunning, Gdead);
  gp->m = nullptr;
  gp->lockedm = nullptr;
  gp->lockedExt = 0;
  mp->lockedg = nullptr;
  gp->preempt = false;
  gp->waitreason = 0;
  gp->param = nullptr;
  gp->panic_ = nullptr;
  gp->defer_ = nullptr;
  gp->waiting = nullptr;
  gp->startfn = nullptr;
  stackResetG(gp);
  dropg();
  gfput(mp->p, gp);
  schedule();
}

// runtime.goexit1: ends the calling goroutine (after its function returned,
// or from Goexit once its deferred calls ran).
extern "C" SWIFTCALL [[noreturn]] void goexit1(G* g GCTX) asm("runtime.goexit1");
extern "C" SWIFTCALL void goexit1(G* g GCTX) {
  runtime_mcall(goexit0);
  __builtin_unreachable();
}

// ---- Sudogs ----

Sudog* acquireSudog() {
  M* mp = acquirem();
  P* pp = mp->p;
  if (pp->sudogLen == 0) {
    lock(&sched.sudoglock);
    while (pp->sudogLen < 64 && sched.sudogcache != nullptr) {
      Sudog* s = sched.sudogcache;
      sched.sudogcache = s->next;
      s->next = nullptr;
      pp->sudogcache[pp->sudogLen++] = s;
    }
    unlock(&sched.sudoglock);
    if (pp->sudogLen == 0) {
      // Sudogs are runtime records: never freed, so they come from runtime memory.
      static Mutex l;
      static Sudog* batch;
      static int32_t left;
      lock(&l);
      if (left == 0) {
        batch = (Sudog*)sysAlloc(sizeof(Sudog) * 256);
        left = 256;
      }
      pp->sudogcache[pp->sudogLen++] = batch++;
      left--;
      unlock(&l);
    }
  }
  Sudog* s = pp->sudogcache[--pp->sudogLen];
  releasem(mp);
  *s = Sudog{};
  return s;
}

void releaseSudog(Sudog* s) {
  if (s->elem != nullptr) gothrow("runtime: sudog with non-nil elem");
  if (s->isSelect) gothrow("runtime: sudog with non-false isSelect");
  if (s->next != nullptr) gothrow("runtime: sudog with non-nil next");
  if (s->prev != nullptr) gothrow("runtime: sudog with non-nil prev");
  if (s->waitlink != nullptr) gothrow("runtime: sudog with non-nil waitlink");
  if (s->c != nullptr) gothrow("runtime: sudog with non-nil c");
  M* mp = acquirem();
  P* pp = mp->p;
  if (pp->sudogLen == 128) {
    // Move half the cache to the central one.
    lock(&sched.sudoglock);
    while (pp->sudogLen > 64) {
      Sudog* x = pp->sudogcache[--pp->sudogLen];
      x->next = sched.sudogcache;
      sched.sudogcache = x;
    }
    unlock(&sched.sudoglock);
  }
  s->g = nullptr;
  pp->sudogcache[pp->sudogLen++] = s;
  releasem(mp);
}

// ---- start-up ----

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
  g0.goid = -1;
  g0.atomicstatus = Grunning;
  m0.g0 = &g0;
  m0.mainM = true;
  setTlsG(&g0);
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
}

static int32_t getproccount() {
  uint64_t mask[16] = {};
  long r = sys::sched_getaffinity(0, sizeof mask, mask);
  if (r <= 0) return 1;
  int32_t n = 0;
  for (long i = 0; i < r / 8; i++) n += __builtin_popcountll(mask[i]);
  return n > 0 ? n : 1;
}

// The value of environment variable name, or null.
static const char* gogetenv(const char* name) {
  size_t nl = __builtin_strlen(name);
  for (char** e = argv + argc + 1; *e != nullptr; e++) {
    const char* s = *e;
    size_t i = 0;
    while (i < nl && s[i] == name[i]) i++;
    if (i == nl && s[i] == '=') return s + nl + 1;
  }
  return nullptr;
}

// Sets the number of Ps to n: new Ps are idle; extra ones retire at their
// next schedule(). Called at start-up and by runtime.GOMAXPROCS.
static void procresize(int32_t n) {
  lock(&sched.lock);
  int32_t old = gomaxprocs;
  __atomic_store_n(&gomaxprocs, n, __ATOMIC_RELEASE);
  for (int32_t i = 0; i < n; i++) {
    if (allp[i] == nullptr) {
      auto* pp = (P*)sysAlloc(sizeof(P));
      pp->id = i;
      pp->status = Pdead;
      __atomic_store_n(&allp[i], pp, __ATOMIC_RELEASE);
    }
    P* pp = allp[i];
    if (pp->status == Pdead && pp->m == nullptr && (i >= old || old == 0)) {
      pp->status = Pidle;
      if (getg()->m->p == nullptr && i == 0) {
        pp->m = nullptr;
        unlock(&sched.lock);
        acquirep(pp);
        lock(&sched.lock);
      } else {
        pidleput(pp);
      }
    }
  }
  // Retire idle Ps past n.
  for (P** pl = &sched.pidle; *pl != nullptr;) {
    if ((*pl)->id >= n) {
      (*pl)->status = Pdead;
      *pl = (*pl)->link;
      __atomic_sub_fetch(&sched.npidle, 1, __ATOMIC_RELAXED);
    } else {
      pl = &(*pl)->link;
    }
  }
  unlock(&sched.lock);
}

static void schedinit() {
  randomInit();
  m0.procid = (uint64_t)sys::gettid();
  m0.tcb = tcbAddr();
  signalStackInit();
  signalInit();
  minitSignals(&m0);
  preemptInit();
  timersInit();
  sched.mnext = 1;  // m0
  allm = &m0;
  ncpu = getproccount();
  int32_t procs = ncpu;
  if (const char* s = gogetenv("GOMAXPROCS")) {
    int32_t v = 0;
    for (; *s >= '0' && *s <= '9'; s++) v = v * 10 + (*s - '0');
    if (*s == 0 && v > 0) procs = v;
  }
  if (procs > MaxProcs) procs = MaxProcs;
  procresize(procs);
  sched.goidgen = 1;
  maing.goid = 1;
  maing.m = &m0;
  maing.atomicstatus = Grunning;
  stackInitG(&maing, StackMin);
  allgadd(&maing);
  m0.curg = &maing;
  m0.p->schedtick++;
}

// runtime.main: the main goroutine's function. Runs the package initialisers,
// then main.main, then exits 0 whatever other goroutines do.
extern "C" SWIFTCALL void runtime_main(G* g GCTX) asm("runtime.main");
extern "C" SWIFTCALL void runtime_main(G* g GCTX) {
  mainStarted = true;
  sysmonStart();
  main_init(g, nullptr);
  main_main(g, nullptr);
  exit(0);
}

// Called by mcall on g0, a runtime bug.
extern "C" void badmcall() asm("runtime.badmcall");
extern "C" void badmcall() { gothrow("runtime: mcall called on m->g0 stack"); }
extern "C" void badmcall2() asm("runtime.badmcall2");
extern "C" void badmcall2() { gothrow("runtime: mcall function returned"); }

// ---- sysmon (its loop is in preempt.cpp) ----

void sysmonLoop();

static void sysmonMain(M* mp) { sysmonLoop(); }

void sysmonStart() {
  M* mp = allocm();
  mp->isSysmon = true;
  lock(&sched.lock);
  sched.nmsys++;
  unlock(&sched.lock);
  systemstack(newosproc, mp);
}

}  // namespace goc::rt

using namespace goc::rt;

// newproc: starts a goroutine running the func value fnval (a closure object
// {code, ...}; code is called as swiftcc void(g, ctx = fnval)).
GO_DEF(void, newproc, void* fnval) {
  M* mp = acquirem();
  P* pp = mp->p;
  G* newg = gfget(pp);
  if (newg == nullptr) {
    newg = allocG();
    stackInitSmall(newg);
    newg->atomicstatus = Gdead;
    allgadd(newg);
  }
  newg->sched = Gobuf{};
  newg->sched.sp = newg->stack.hi & ~uintptr_t(15);
  newg->sched.pc = (uintptr_t)runtime_goentry;
  newg->sched.g = newg;
  newg->sched.r14 = (uintptr_t)newg;
  newg->sched.r13 = (uintptr_t)fnval;
  newg->startfn = fnval;
  newg->startpc = *(uintptr_t*)fnval;
  newg->gopc = (uintptr_t)__builtin_return_address(0);
  if (pp->goidcache == pp->goidcacheend) {
    pp->goidcache = __atomic_fetch_add(&sched.goidgen, 16, __ATOMIC_RELAXED) + 1;
    pp->goidcacheend = pp->goidcache + 16;
  }
  newg->goid = (int64_t)pp->goidcache++;
  casgstatus(newg, Gdead, Grunnable);
  runqput(pp, newg, true);
  if (mainStarted) wakep();
  releasem(mp);
}

GO_DEF(void, checksystemstack) {
  G* gp = getg();
  if (gp != gp->m->g0) gothrow("systemstack called from unexpected goroutine");
}

// The C entry point glibc calls. Nosplit: it runs before g0's guard is set.
extern "C" NOSPLIT int main(int argc, char** argv) {
  goc::rt::argc = argc;
  goc::rt::argv = argv;
  g0init((uintptr_t)__builtin_frame_address(0));
  schedinit();
  runtime_gostart(&maing, runtime_main);
  __builtin_unreachable();
}

// The Go-visible scheduler functions (package runtime, lib/go/runtime).
namespace goc::rt {
int32_t gomaxprocsSet(int32_t n) {
  int32_t old = gomaxprocs;
  if (n > 0 && n != old) {
    if (n > MaxProcs) n = MaxProcs;
    procresize(n);
    wakep();
  }
  return old;
}
}  // namespace goc::rt
