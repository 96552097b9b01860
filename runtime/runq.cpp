// runq.cpp: run queues — each P's local ring with runnext, and the global
// queue (after Go's proc.go).
//
// Invariants:
//  - p->runq is written only by p's owner (runqput advances runqtail with a
//    release store); any M may take from it by CAS on runqhead (runqget by
//    the owner, runqgrab by stealers). runqtail - runqhead <= 256.
//  - runnext is changed only by CAS: the owner and stealers race for it.
//  - The global queue is guarded by sched.lock.
#include "sched.h"

namespace goc::rt {

static constexpr uint32_t RunqSize = 256;

static inline uint32_t loadAcq(uint32_t* p) { return __atomic_load_n(p, __ATOMIC_ACQUIRE); }
static inline void storeRel(uint32_t* p, uint32_t v) { __atomic_store_n(p, v, __ATOMIC_RELEASE); }
static inline bool casRel(uint32_t* p, uint32_t old, uint32_t v) {
  return __atomic_compare_exchange_n(p, &old, v, false, __ATOMIC_RELEASE, __ATOMIC_RELAXED);
}
static inline bool casPtr(G** p, G* old, G* v) {
  return __atomic_compare_exchange_n(p, &old, v, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
}

// Moves half of the local queue plus gp to the global queue (the local one is full).
// Never inlined: its 1 KiB batch would otherwise sit in runqput's frame, and
// runqput runs on goroutine stacks (goready), whose first segment is 2 KiB.
NOINLINE static bool runqputslow(P* pp, G* gp, uint32_t h, uint32_t t) {
  G* batch[RunqSize / 2 + 1];
  uint32_t n = (t - h) / 2;
  if (n != RunqSize / 2) gothrow("runqputslow: queue is not full");
  for (uint32_t i = 0; i < n; i++) batch[i] = pp->runq[(h + i) % RunqSize];
  if (!casRel(&pp->runqhead, h, h + n)) return false;
  batch[n] = gp;
  for (uint32_t i = 0; i < n; i++) batch[i]->schedlink = batch[i + 1];
  batch[n]->schedlink = nullptr;
  lock(&sched.lock);
  globrunqputbatch(batch[0], batch[n], (int32_t)n + 1);
  unlock(&sched.lock);
  return true;
}

void runqput(P* pp, G* gp, bool next) {
  if (next) {
    G* old = __atomic_load_n(&pp->runnext, __ATOMIC_RELAXED);
    while (!casPtr(&pp->runnext, old, gp)) old = __atomic_load_n(&pp->runnext, __ATOMIC_RELAXED);
    if (old == nullptr) return;
    gp = old;  // kick the old runnext to the regular queue
  }
  for (;;) {
    uint32_t h = loadAcq(&pp->runqhead);
    uint32_t t = pp->runqtail;
    if (t - h < RunqSize) {
      pp->runq[t % RunqSize] = gp;
      storeRel(&pp->runqtail, t + 1);
      return;
    }
    if (runqputslow(pp, gp, h, t)) return;
  }
}

G* runqget(P* pp, bool* inheritTime) {
  G* next = __atomic_load_n(&pp->runnext, __ATOMIC_RELAXED);
  if (next != nullptr && casPtr(&pp->runnext, next, nullptr)) {
    if (inheritTime) *inheritTime = true;
    return next;
  }
  if (inheritTime) *inheritTime = false;
  for (;;) {
    uint32_t h = loadAcq(&pp->runqhead);
    uint32_t t = pp->runqtail;
    if (t == h) return nullptr;
    G* gp = pp->runq[h % RunqSize];
    if (casRel(&pp->runqhead, h, h + 1)) return gp;
  }
}

bool runqempty(P* pp) {
  for (;;) {
    uint32_t h = loadAcq(&pp->runqhead);
    uint32_t t = loadAcq(&pp->runqtail);
    G* next = __atomic_load_n(&pp->runnext, __ATOMIC_RELAXED);
    if (t == loadAcq(&pp->runqtail)) return h == t && next == nullptr;
  }
}

// Takes half of pp's goroutines into batch[batchHead...] (a ring of 256);
// with stealRunNext, takes runnext when the queue is empty.
static uint32_t runqgrab(P* pp, G** batch, uint32_t batchHead, bool stealRunNext) {
  for (;;) {
    uint32_t h = loadAcq(&pp->runqhead);
    uint32_t t = loadAcq(&pp->runqtail);
    uint32_t n = t - h;
    n = n - n / 2;
    if (n == 0) {
      if (stealRunNext) {
        G* next = __atomic_load_n(&pp->runnext, __ATOMIC_RELAXED);
        if (next != nullptr) {
          // The owner is probably about to run it: give it a moment (gc: usleep(3)).
          if (pp->status == Prunning) {
            sys::Timespec ts{0, 3000};
            sys::nanosleep(&ts);
          }
          if (!casPtr(&pp->runnext, next, nullptr)) continue;
          batch[batchHead % RunqSize] = next;
          return 1;
        }
      }
      return 0;
    }
    if (n > RunqSize / 2) continue;  // inconsistent h and t
    for (uint32_t i = 0; i < n; i++) batch[(batchHead + i) % RunqSize] = pp->runq[(h + i) % RunqSize];
    if (casRel(&pp->runqhead, h, h + n)) return n;
  }
}

G* runqsteal(P* pp, P* victim, bool stealRunNext) {
  uint32_t t = pp->runqtail;
  uint32_t n = runqgrab(victim, pp->runq, t, stealRunNext);
  if (n == 0) return nullptr;
  n--;
  G* gp = pp->runq[(t + n) % RunqSize];
  if (n == 0) return gp;
  uint32_t h = loadAcq(&pp->runqhead);
  if (t - h + n >= RunqSize) gothrow("runqsteal: runq overflow");
  storeRel(&pp->runqtail, t + n);
  return gp;
}

void globrunqput(G* gp) {
  gp->schedlink = nullptr;
  if (sched.runqtail != nullptr) sched.runqtail->schedlink = gp;
  else sched.runqhead = gp;
  sched.runqtail = gp;
  sched.runqsize++;
}

void globrunqputbatch(G* head, G* tail, int32_t n) {
  tail->schedlink = nullptr;
  if (sched.runqtail != nullptr) sched.runqtail->schedlink = head;
  else sched.runqhead = head;
  sched.runqtail = tail;
  sched.runqsize += n;
}

G* globrunqget(P* pp, int32_t max) {
  if (sched.runqsize == 0) return nullptr;
  int32_t n = sched.runqsize / gomaxprocs + 1;
  if (n > sched.runqsize) n = sched.runqsize;
  if (max > 0 && n > max) n = max;
  if (n > (int32_t)RunqSize / 2) n = RunqSize / 2;
  sched.runqsize -= n;
  G* gp = sched.runqhead;
  sched.runqhead = gp->schedlink;
  n--;
  for (; n > 0; n--) {
    G* g1 = sched.runqhead;
    sched.runqhead = g1->schedlink;
    runqput(pp, g1, false);
  }
  if (sched.runqhead == nullptr) sched.runqtail = nullptr;
  return gp;
}

}  // namespace goc::rt
