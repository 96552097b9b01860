// stubs.cpp: the few runtime symbols that runq.cpp needs, for the host unit
// tests (no scheduler, no Ms): a spin lock for lock/unlock, gothrow as a
// test failure, the global scheduler record and gomaxprocs.
#include <stdio.h>
#include <stdlib.h>

#include "runtime/sched.h"
#include "unit.h"

namespace goc::rt {

Schedt sched;
int32_t gomaxprocs = 1;
const char* lastThrow;

void lock(Mutex* l) {
  while (__atomic_exchange_n(&l->key, 1, __ATOMIC_ACQUIRE) != 0)
    while (__atomic_load_n(&l->key, __ATOMIC_RELAXED) != 0) asm volatile("pause");
}

void unlock(Mutex* l) {
  if (__atomic_exchange_n(&l->key, 0, __ATOMIC_RELEASE) == 0) gothrow("unlock of unlocked lock");
}

void gothrow(const char* msg) {
  fprintf(stderr, "fatal error: %s\n", msg);
  abort();
}

void resetSched() {
  sched = Schedt{};
  gomaxprocs = 1;
}

}  // namespace goc::rt
