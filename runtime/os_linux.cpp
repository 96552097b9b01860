// os_linux.cpp: memory from the kernel, randomness, exit.
//
// Invariants: only raw system calls (os_linux.h), never libc; everything
// here may run on any stack (g0, a goroutine segment, the signal stack).
#include "os_linux.h"

#include "runtime.h"

namespace goc::rt {

static uint64_t randState[2];

void randomInit() {
  if (sys::getrandom(randState, sizeof randState) != sizeof randState) {
    sys::Timespec ts{};
    sys::clock_gettime(1, &ts);
    randState[0] = (uint64_t)ts.nsec * 0x9E3779B97F4A7C15ull ^ (uint64_t)ts.sec;
    randState[1] = (uintptr_t)&ts;
  }
  randState[0] |= 1;
}

// xorshift128+: fast and good enough for map seeds and iteration order.
uint64_t fastrand64() {
  uint64_t s1 = randState[0];
  uint64_t s0 = randState[1];
  randState[0] = s0;
  s1 ^= s1 << 23;
  randState[1] = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
  return randState[1] + s0;
}

uint32_t fastrand() { return (uint32_t)(fastrand64() >> 32); }

void* sysAlloc(size_t n) {
  n = (n + 4095) & ~size_t(4095);
  void* p = sys::mmap(nullptr, n, sys::PROT_READ | sys::PROT_WRITE,
                      sys::MAP_PRIVATE | sys::MAP_ANONYMOUS);
  if (p == nullptr) {
    printlock();
    prints("runtime: out of memory: cannot allocate ");
    printu(n);
    prints("-byte block\n");
    printunlock();
    fatal("out of memory");
  }
  return p;
}

void sysFree(void* p, size_t n) { sys::munmap(p, (n + 4095) & ~size_t(4095)); }

void exit(int code) { sys::exit_group(code); }

}  // namespace goc::rt
