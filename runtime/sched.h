// sched.h: the scheduler's internals shared by proc.cpp, runq.cpp, time.cpp
// and preempt.cpp (other runtime code uses proc.h).
#pragma once

#include "os_linux.h"
#include "proc.h"

namespace goc::rt {

constexpr int32_t MaxProcs = 256;
// A goroutine running longer than this is preempted (gc's forcePreemptNS).
constexpr int64_t ForcePreemptNS = 10 * 1000 * 1000;

extern int32_t gomaxprocs;
extern int32_t ncpu;
extern P* allp[MaxProcs];
extern M* allm;
extern bool mainStarted;

// Run queues (runq.cpp). globrunq* need sched.lock.
void runqput(P* pp, G* gp, bool next);
G* runqget(P* pp, bool* inheritTime);
bool runqempty(P* pp);
G* runqsteal(P* pp, P* victim, bool stealRunNext);
void globrunqput(G* gp);
void globrunqputbatch(G* head, G* tail, int32_t n);
G* globrunqget(P* pp, int32_t max);

// Status transitions (throws on an unexpected old status). Every transition
// is made by the g's current owner (the M that dequeued, runs, parks or
// readies it; gc needs a CAS only for the collector's Gscan bit, which goc
// does not have), so a checked load and a release store do: a locked
// cmpxchg was ~10% of goroutine create+exit. Inline: it is on every switch.
[[noreturn]] void badcasgstatus(G* gp, uint32_t oldval, uint32_t newval, uint32_t old);
inline void casgstatus(G* gp, uint32_t oldval, uint32_t newval) {
  uint32_t old = __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE);
  if (__builtin_expect(old != oldval, 0)) badcasgstatus(gp, oldval, newval, old);
  __atomic_store_n(&gp->atomicstatus, newval, __ATOMIC_RELEASE);
}
inline uint32_t readgstatus(G* gp) { return __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE); }

// Scheduling on g0.
[[noreturn]] void schedule();
void wakep();
void ready(G* gp, bool next);

// Timers (time.cpp).
void timersInit();
// Runs pp's expired timers (readying their goroutines into the current P);
// returns the earliest remaining `when`, or 0 if none. now == 0: read the
// clock only if pp has timers.
int64_t checkTimers(P* pp, int64_t now);
// The earliest timer over all Ps, 0 if none.
int64_t earliestTimer();

// Preemption (preempt.cpp).
void sysmonStart();
void preemptInit();
void minitSignals(M* mp);

// Stacks (stack.cpp): a goroutine's first (small) segment; dropping all but
// the first when a goroutine dies.
void stackInitSmall(G* gp);
void stackResetG(G* gp);

// System calls (proc.cpp): entersyscall leaves the P in Psyscall for
// sysmon to retake (handoffp) if the call lasts; exitsyscall gets a P back
// (its own, an idle one, or parks the g on the global queue).
void entersyscall();
void exitsyscall();
// Gives pp (no longer owned by any M) to an M if it has work, else idles it.
void handoffp(P* pp);

// Thread start-up glue.
M* allocm();
void newm(P* pp, bool spinning);

}  // namespace goc::rt
