// sema.cpp: semaphores and notify lists for package sync (after Go's
// sema.go), reached from sync through //go:linkname-style symbols
// (sync.runtime_Semacquire, ...), as gc does.
//
// Invariants:
//  - A semaphore is a uint32 in the user's memory; semacquire blocks until
//    it is > 0 and decrements it; semrelease increments it and wakes one
//    waiter. The count is changed only with atomic instructions; waiters are
//    found through a table of SemTabSize roots keyed by address.
//  - A root holds, under its lock, one list of "heads" (one sudog per
//    distinct address, linked by next/prev); a head's waiters for the same
//    address hang off it through waitlink, with head->waittail the last.
//    FIFO queues at the tail; LIFO (a goroutine that already waited, in
//    sync.Mutex) replaces the head.
//  - root.nwait counts waiters, read without the lock by semrelease to skip
//    the lock when nobody waits; it is incremented before the waiter's last
//    check of the count, so a release cannot miss it.
//  - With handoff, semrelease gives the count straight to the woken waiter
//    (ticket = 1) and yields to it (sync.Mutex starvation mode).
//  - notifyList (sync.Cond) is a ticket-based FIFO: wait = next ticket to
//    hand out, notify = next ticket to wake; both only grow (mod 2^32).
//  - The entry points follow Go's calling convention (swiftcc, g in R14);
//    the closure context the caller passes in R13 is not declared here.
#include "sched.h"

namespace goc::rt {
namespace {

constexpr int SemTabSize = 251;

struct SemaRoot {
  Mutex lock;
  uint32_t nwait;  // waiters; read without the lock
  Sudog* heads;
};

// Padded so that roots do not share cache lines.
struct alignas(64) SemTabEntry {
  SemaRoot root;
};
SemTabEntry semtable[SemTabSize];

SemaRoot* semroot(uint32_t* addr) { return &semtable[((uintptr_t)addr >> 3) % SemTabSize].root; }

bool cansemacquire(uint32_t* addr) {
  for (;;) {
    uint32_t v = __atomic_load_n(addr, __ATOMIC_ACQUIRE);
    if (v == 0) return false;
    if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
      return true;
  }
}

// Replaces head t by s in the list of heads.
void replaceHead(SemaRoot* root, Sudog* t, Sudog* s) {
  s->next = t->next;
  s->prev = t->prev;
  if (s->next != nullptr) s->next->prev = s;
  if (s->prev != nullptr) s->prev->next = s;
  else root->heads = s;
  t->next = nullptr;
  t->prev = nullptr;
}

// Adds s (the current goroutine) as a waiter for addr. Root lock held.
void semqueue(SemaRoot* root, uint32_t* addr, Sudog* s, bool lifo) {
  s->g = getg();
  s->elem = addr;
  s->next = nullptr;
  s->prev = nullptr;
  s->waitlink = nullptr;
  s->waittail = nullptr;
  for (Sudog* t = root->heads; t != nullptr; t = t->next) {
    if (t->elem != addr) continue;
    if (lifo) {
      // s becomes the head; t and its waiters follow it.
      replaceHead(root, t, s);
      s->waitlink = t;
      s->waittail = t->waittail != nullptr ? t->waittail : t;
      t->waittail = nullptr;
    } else {
      if (t->waittail == nullptr) t->waitlink = s;
      else t->waittail->waitlink = s;
      t->waittail = s;
    }
    return;
  }
  // First waiter for addr.
  s->next = root->heads;
  if (root->heads != nullptr) root->heads->prev = s;
  root->heads = s;
}

// Removes and returns the first waiter for addr, or null. Root lock held.
Sudog* semdequeue(SemaRoot* root, uint32_t* addr) {
  Sudog* s = root->heads;
  while (s != nullptr && s->elem != addr) s = s->next;
  if (s == nullptr) return nullptr;
  if (Sudog* t = s->waitlink) {
    // The next waiter becomes the head.
    replaceHead(root, s, t);
    t->waittail = s->waittail == t ? nullptr : s->waittail;
    s->waitlink = nullptr;
    s->waittail = nullptr;
  } else {
    if (s->next != nullptr) s->next->prev = s->prev;
    if (s->prev != nullptr) s->prev->next = s->next;
    else root->heads = s->next;
    s->next = nullptr;
    s->prev = nullptr;
  }
  s->elem = nullptr;
  return s;
}

void semacquire1(uint32_t* addr, bool lifo, WaitReason reason) {
  G* gp = getg();
  if (gp != gp->m->curg) gothrow("semacquire not on the G stack");
  if (cansemacquire(addr)) return;

  // Queue and sleep until woken by semrelease; a woken waiter retries
  // unless the count was handed to it directly (ticket == 1).
  Sudog* s = acquireSudog();
  SemaRoot* root = semroot(addr);
  for (;;) {
    lock(&root->lock);
    __atomic_fetch_add(&root->nwait, 1, __ATOMIC_SEQ_CST);
    if (cansemacquire(addr)) {
      __atomic_fetch_sub(&root->nwait, 1, __ATOMIC_SEQ_CST);
      unlock(&root->lock);
      break;
    }
    s->ticket = 0;
    semqueue(root, addr, s, lifo);
    goparkunlock(&root->lock, reason);
    if (s->ticket != 0 || cansemacquire(addr)) break;
  }
  releaseSudog(s);
}

void semrelease1(uint32_t* addr, bool handoff) {
  SemaRoot* root = semroot(addr);
  __atomic_fetch_add(addr, 1, __ATOMIC_SEQ_CST);
  // After the add: a waiter that registered itself in nwait before our add
  // is seen here; one that registers later sees the count.
  if (__atomic_load_n(&root->nwait, __ATOMIC_SEQ_CST) == 0) return;
  lock(&root->lock);
  if (__atomic_load_n(&root->nwait, __ATOMIC_SEQ_CST) == 0) {
    unlock(&root->lock);
    return;
  }
  Sudog* s = semdequeue(root, addr);
  if (s != nullptr) __atomic_fetch_sub(&root->nwait, 1, __ATOMIC_SEQ_CST);
  unlock(&root->lock);
  if (s == nullptr) return;
  if (s->ticket != 0) gothrow("corrupted semaphore ticket");
  // s may be reused as soon as its goroutine runs: decide before readying it.
  bool handedOff = handoff && cansemacquire(addr);
  if (handedOff) s->ticket = 1;
  goready(s->g);
  // Direct hand-off: let the waiter run now on this P (it is in runnext).
  if (handedOff && getg()->m->locks == 0) gosched();
}

// sync.notifyList; the layout must match package sync's notifyList
// (checked by runtime_notifyListCheck).
struct NotifyList {
  uint32_t wait;    // next ticket to hand out (atomic)
  uint32_t notify;  // next ticket to notify (atomic reads)
  Mutex lock;       // a uintptr in Go
  Sudog* head;
  Sudog* tail;
};

// a < b, wrapping (tickets are uint32 counters).
bool less(uint32_t a, uint32_t b) { return (int32_t)(a - b) < 0; }

}  // namespace
}  // namespace goc::rt

using namespace goc::rt;

// Go-ABI entry points for package sync. `lifo`, `handoff` and results of
// type bool are Go bools: i8 in a register.
#define SYNC_FN(ret, name, sym, ...) \
  extern "C" SWIFTCALL ret name(G* g GCTX __VA_OPT__(, ) __VA_ARGS__) asm(sym)

SYNC_FN(void, sync_runtime_Semacquire, "sync.runtime_Semacquire", uint32_t* addr);
SYNC_FN(void, sync_runtime_SemacquireMutex, "sync.runtime_SemacquireMutex", uint32_t* addr,
        uint8_t lifo, int64_t skipframes);
SYNC_FN(void, sync_runtime_Semrelease, "sync.runtime_Semrelease", uint32_t* addr, uint8_t handoff,
        int64_t skipframes);
SYNC_FN(uint32_t, sync_runtime_notifyListAdd, "sync.runtime_notifyListAdd", NotifyList* l);
SYNC_FN(void, sync_runtime_notifyListWait, "sync.runtime_notifyListWait", NotifyList* l,
        uint32_t t);
SYNC_FN(void, sync_runtime_notifyListNotifyAll, "sync.runtime_notifyListNotifyAll",
        NotifyList* l);
SYNC_FN(void, sync_runtime_notifyListNotifyOne, "sync.runtime_notifyListNotifyOne",
        NotifyList* l);
SYNC_FN(void, sync_runtime_notifyListCheck, "sync.runtime_notifyListCheck", uint64_t size);
SYNC_FN(uint8_t, sync_runtime_canSpin, "sync.runtime_canSpin", int64_t i);
SYNC_FN(void, sync_runtime_doSpin, "sync.runtime_doSpin");
SYNC_FN(int64_t, sync_runtime_nanotime, "sync.runtime_nanotime");
SYNC_FN(void, sync_throw, "sync.throw", const char* s, int64_t n);
SYNC_FN(void, sync_fatal, "sync.fatal", const char* s, int64_t n);

extern "C" SWIFTCALL void sync_runtime_Semacquire(G* g GCTX, uint32_t* addr) {
  semacquire1(addr, false, waitReasonSemacquire);
}

extern "C" SWIFTCALL void sync_runtime_SemacquireMutex(G* g GCTX, uint32_t* addr, uint8_t lifo, int64_t) {
  // gc 1.19 reports a goroutine blocked in Mutex.Lock as "semacquire" too.
  semacquire1(addr, (lifo & 1) != 0, waitReasonSemacquire);
}

extern "C" SWIFTCALL void sync_runtime_Semrelease(G* g GCTX, uint32_t* addr, uint8_t handoff, int64_t) {
  semrelease1(addr, (handoff & 1) != 0);
}

extern "C" SWIFTCALL uint32_t sync_runtime_notifyListAdd(G* g GCTX, NotifyList* l) {
  return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST);
}

// Waits for ticket t (from notifyListAdd), unless it was already notified.
extern "C" SWIFTCALL void sync_runtime_notifyListWait(G* g GCTX, NotifyList* l, uint32_t t) {
  lock(&l->lock);
  if (less(t, l->notify)) {
    unlock(&l->lock);
    return;
  }
  Sudog* s = acquireSudog();
  s->g = g;
  s->ticket = t;
  if (l->tail == nullptr) l->head = s;
  else l->tail->next = s;
  l->tail = s;
  goparkunlock(&l->lock, waitReasonSyncCondWait);
  releaseSudog(s);
}

extern "C" SWIFTCALL void sync_runtime_notifyListNotifyAll(G* g GCTX, NotifyList* l) {
  if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
    return;
  lock(&l->lock);
  Sudog* s = l->head;
  l->head = nullptr;
  l->tail = nullptr;
  __atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
  unlock(&l->lock);
  while (s != nullptr) {
    Sudog* next = s->next;
    s->next = nullptr;
    goready(s->g);
    s = next;
  }
}

extern "C" SWIFTCALL void sync_runtime_notifyListNotifyOne(G* g GCTX, NotifyList* l) {
  if (__atomic_load_n(&l->wait, __ATOMIC_SEQ_CST) == __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST))
    return;
  lock(&l->lock);
  uint32_t t = l->notify;
  if (t == __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST)) {
    unlock(&l->lock);
    return;
  }
  __atomic_store_n(&l->notify, t + 1, __ATOMIC_SEQ_CST);
  // The waiter with ticket t may not have queued yet (it is between Add and
  // Wait); then Wait sees notify > t and returns at once.
  for (Sudog *p = nullptr, *s = l->head; s != nullptr; p = s, s = s->next) {
    if (s->ticket != t) continue;
    Sudog* n = s->next;
    if (p != nullptr) p->next = n;
    else l->head = n;
    if (n == nullptr) l->tail = p;
    unlock(&l->lock);
    s->next = nullptr;
    goready(s->g);
    return;
  }
  unlock(&l->lock);
}

extern "C" SWIFTCALL void sync_runtime_notifyListCheck(G* g GCTX, uint64_t size) {
  if (size != sizeof(NotifyList)) {
    printlock();
    prints("runtime: bad notifyList size - sync=");
    printu(size);
    prints(" runtime=");
    printu(sizeof(NotifyList));
    prints("\n");
    printunlock();
    gothrow("bad notifyList size");
  }
}

// Spinning in sync.Mutex pays off only on a multicore machine with other
// running Ps and nothing else to run on ours.
extern "C" SWIFTCALL uint8_t sync_runtime_canSpin(G* g GCTX, int64_t i) {
  constexpr int64_t ActiveSpin = 4;
  if (i >= ActiveSpin || ncpu <= 1 ||
      gomaxprocs <= (int32_t)(__atomic_load_n(&sched.npidle, __ATOMIC_RELAXED) +
                              __atomic_load_n(&sched.nmspinning, __ATOMIC_RELAXED)) + 1)
    return 0;
  P* pp = g->m->p;
  if (pp != nullptr && !runqempty(pp)) return 0;
  return 1;
}

extern "C" SWIFTCALL void sync_runtime_doSpin(G* g GCTX) {
  for (int i = 0; i < 30; i++) asm volatile("pause");
}

extern "C" SWIFTCALL int64_t sync_runtime_nanotime(G* g GCTX) { return nanotime(); }

// Go strings are not NUL-terminated: copy the message.
static void cstr(char* buf, size_t size, const char* s, int64_t n) {
  size_t k = n < 0 ? 0 : (size_t)n < size - 1 ? (size_t)n : size - 1;
  __builtin_memcpy(buf, s, k);
  buf[k] = 0;
}

extern "C" SWIFTCALL void sync_throw(G* g GCTX, const char* s, int64_t n) {
  char buf[256];
  cstr(buf, sizeof buf, s, n);
  gothrow(buf);
}

extern "C" SWIFTCALL void sync_fatal(G* g GCTX, const char* s, int64_t n) {
  char buf[256];
  cstr(buf, sizeof buf, s, n);
  fatal(buf);
}
