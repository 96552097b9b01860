// time.cpp: clocks, per-P timer heaps, and the runtime side of package time
// (after Go's time.go, much reduced).
//
// Invariants:
//  - A timer sits on at most one P's heap (pp->timers, a binary min-heap by
//    `when`), guarded by pp->timersLock; sched.ntimers counts all of them,
//    and a pending timer means the program is not deadlocked.
//  - time.Sleep parks its g with the heap's lock released by gopark's
//    unlockf, so the timer cannot fire before the g is parked.
//  - Timers are run by whichever M holds a P and passes through schedule()
//    or findrunnable(); an M that sleeps with no work sleeps at most until
//    the earliest timer (proc.cpp, stopm).
#include "entry.h"
#include "sched.h"

namespace goc::rt {

int64_t nanotime() {
  sys::Timespec ts{};
  sys::clock_gettime(1, &ts);  // CLOCK_MONOTONIC
  return ts.sec * 1000000000 + ts.nsec;
}

void walltime(int64_t* sec, int32_t* nsec) {
  sys::Timespec ts{};
  sys::clock_gettime(0, &ts);  // CLOCK_REALTIME
  *sec = ts.sec;
  *nsec = (int32_t)ts.nsec;
}

void timersInit() {}

static void siftUp(P* pp, int32_t i) {
  Timer** h = pp->timers;
  Timer* t = h[i];
  while (i > 0) {
    int32_t p = (i - 1) / 2;
    if (h[p]->when <= t->when) break;
    h[i] = h[p];
    h[i]->idx = i;
    i = p;
  }
  h[i] = t;
  t->idx = i;
}

static void siftDown(P* pp, int32_t i) {
  Timer** h = pp->timers;
  int32_t n = pp->ntimers;
  Timer* t = h[i];
  for (;;) {
    int32_t c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && h[c + 1]->when < h[c]->when) c++;
    if (h[c]->when >= t->when) break;
    h[i] = h[c];
    h[i]->idx = i;
    i = c;
  }
  h[i] = t;
  t->idx = i;
}

// pp->timersLock held.
static void addtimerLocked(P* pp, Timer* t) {
  if (pp->ntimers == pp->timersCap) {
    int32_t ncap = pp->timersCap == 0 ? 64 : pp->timersCap * 2;
    auto** nh = (Timer**)sysAlloc(sizeof(Timer*) * (size_t)ncap);
    for (int32_t i = 0; i < pp->ntimers; i++) nh[i] = pp->timers[i];
    if (pp->timers != nullptr) sysFree(pp->timers, sizeof(Timer*) * (size_t)pp->timersCap);
    pp->timers = nh;
    pp->timersCap = ncap;
  }
  pp->timers[pp->ntimers++] = t;
  siftUp(pp, pp->ntimers - 1);
  __atomic_add_fetch(&sched.ntimers, 1, __ATOMIC_RELEASE);
}

int64_t checkTimers(P* pp, int64_t now) {
  if (__atomic_load_n(&pp->ntimers, __ATOMIC_RELAXED) == 0) return 0;
  if (now == 0) now = nanotime();
  lock(&pp->timersLock);
  while (pp->ntimers > 0 && pp->timers[0]->when <= now) {
    Timer* t = pp->timers[0];
    pp->ntimers--;
    if (pp->ntimers > 0) {
      pp->timers[0] = pp->timers[pp->ntimers];
      siftDown(pp, 0);
    }
    t->idx = -1;
    G* gp = t->g;
    t->g = nullptr;
    // Ready before the count drops, so checkdead never sees neither.
    ready(gp, false);
    __atomic_sub_fetch(&sched.ntimers, 1, __ATOMIC_RELEASE);
  }
  int64_t next = pp->ntimers > 0 ? pp->timers[0]->when : 0;
  unlock(&pp->timersLock);
  return next;
}

int64_t earliestTimer() {
  int64_t best = 0;
  for (int32_t i = 0; i < gomaxprocs; i++) {
    P* pp = allp[i];
    if (pp == nullptr || __atomic_load_n(&pp->ntimers, __ATOMIC_RELAXED) == 0) continue;
    lock(&pp->timersLock);
    if (pp->ntimers > 0 && (best == 0 || pp->timers[0]->when < best)) best = pp->timers[0]->when;
    unlock(&pp->timersLock);
  }
  return best;
}

static bool unlockTimers(G*, void* arg) {
  unlock((Mutex*)arg);
  return true;
}

// Parks the calling goroutine for ns nanoseconds.
void timeSleep(G* gp, int64_t ns) {
  if (ns <= 0) return;
  Timer* t = &gp->sleepTimer;
  int64_t now = nanotime();
  t->when = now + ns < now ? INT64_MAX : now + ns;  // saturate on overflow
  t->g = gp;
  M* mp = acquirem();
  P* pp = mp->p;
  lock(&pp->timersLock);
  addtimerLocked(pp, t);
  releasem(mp);
  gopark(unlockTimers, &pp->timersLock, waitReasonSleep);
}

}  // namespace goc::rt

using namespace goc::rt;

// Package time's bodyless functions (lib/go/time): Go's calling convention,
// g first; Go's closure context (R13) is not declared and so ignored.
extern "C" SWIFTCALL void time_Sleep(G* g GCTX, int64_t ns) asm("time.Sleep");
extern "C" SWIFTCALL void time_Sleep(G* g GCTX, int64_t ns) { timeSleep(g, ns); }

struct WallNow {
  int64_t sec;
  int32_t nsec;
  int64_t mono;
};
// time.now() (sec int64, nsec int32, mono int64), as in gc.
extern "C" SWIFTCALL WallNow time_now(G* g GCTX) asm("time.now");
extern "C" SWIFTCALL WallNow time_now(G* g GCTX) {
  WallNow w{};
  walltime(&w.sec, &w.nsec);
  w.mono = nanotime();
  return w;
}

extern "C" SWIFTCALL int64_t runtime_nanotime_go(G* g GCTX) asm("runtime.nanotime");
extern "C" SWIFTCALL int64_t runtime_nanotime_go(G* g GCTX) { return nanotime(); }
