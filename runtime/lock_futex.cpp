// lock_futex.cpp: runtime mutexes and notes on Linux futexes (after Go's
// lock_futex.go).
//
// Invariants:
//  - Mutex.key: 0 unlocked, 1 locked, 2 locked and someone may sleep on it.
//    A holder has m->locks incremented, so it is never preempted and never
//    parks (a goroutine switch while holding a runtime lock could deadlock).
//  - Note.key: 0 clear, 1 woken. Exactly one thread sleeps on a note.
//  - Only raw system calls; callable from goroutines, g0 and the signal g.
#include "os_linux.h"
#include "proc.h"

namespace goc::rt {

constexpr int ActiveSpin = 4;
constexpr int ActiveSpinCount = 30;
constexpr int PassiveSpin = 1;

static inline void procyield(int n) {
  for (int i = 0; i < n; i++) asm volatile("pause");
}

void lock(Mutex* l) {
  G* gp = getg();
  gp->m->locks++;
  uint32_t v = __atomic_exchange_n(&l->key, 1, __ATOMIC_ACQUIRE);
  if (v == 0) return;
  // v is 1 or 2: wait with the state it had, so as not to lose a sleeper mark.
  uint32_t wait = v;
  for (;;) {
    for (int i = 0; i < ActiveSpin; i++) {
      while (__atomic_load_n(&l->key, __ATOMIC_RELAXED) == 0)
        if (__atomic_compare_exchange_n(&l->key, &(v = 0), wait, false, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED))
          return;
      procyield(ActiveSpinCount);
    }
    for (int i = 0; i < PassiveSpin; i++) {
      while (__atomic_load_n(&l->key, __ATOMIC_RELAXED) == 0)
        if (__atomic_compare_exchange_n(&l->key, &(v = 0), wait, false, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED))
          return;
      sys::sched_yield();
    }
    v = __atomic_exchange_n(&l->key, 2, __ATOMIC_ACQUIRE);
    if (v == 0) return;
    wait = 2;
    sys::futex(&l->key, sys::FUTEX_WAIT_PRIVATE, 2, nullptr);
  }
}

void unlock(Mutex* l) {
  uint32_t v = __atomic_exchange_n(&l->key, 0, __ATOMIC_RELEASE);
  if (v == 0) gothrow("unlock of unlocked lock");
  if (v == 2) sys::futex(&l->key, sys::FUTEX_WAKE_PRIVATE, 1, nullptr);
  G* gp = getg();
  gp->m->locks--;
  if (gp->m->locks < 0) gothrow("runtime·unlock: lock count");
}

void noteclear(Note* n) { __atomic_store_n(&n->key, 0, __ATOMIC_RELAXED); }

void notewakeup(Note* n) {
  uint32_t old = __atomic_exchange_n(&n->key, 1, __ATOMIC_RELEASE);
  if (old != 0) gothrow("notewakeup - double wakeup");
  sys::futex(&n->key, sys::FUTEX_WAKE_PRIVATE, 1, nullptr);
}

void notesleep(Note* n) {
  while (__atomic_load_n(&n->key, __ATOMIC_ACQUIRE) == 0)
    sys::futex(&n->key, sys::FUTEX_WAIT_PRIVATE, 0, nullptr);
}

bool notetsleep(Note* n, int64_t ns) {
  if (ns < 0) {
    notesleep(n);
    return true;
  }
  int64_t deadline = nanotime() + ns;
  while (__atomic_load_n(&n->key, __ATOMIC_ACQUIRE) == 0) {
    int64_t left = deadline - nanotime();
    if (left <= 0) return __atomic_load_n(&n->key, __ATOMIC_ACQUIRE) != 0;
    sys::Timespec ts{left / 1000000000, left % 1000000000};
    sys::futex(&n->key, sys::FUTEX_WAIT_PRIVATE, 0, &ts);
  }
  return true;
}

}  // namespace goc::rt
