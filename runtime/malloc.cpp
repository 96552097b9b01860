// malloc.cpp: the Go heap, for now a bump allocator.
//
// Invariants:
//  - Every Go heap allocation goes through runtime.mallocgc with the
//    allocation's type (null for memory without pointers), so a precise
//    collector can replace this file without touching callers.
//  - Memory comes from mmap, which zeroes it, and is never reused yet, so
//    every allocation is zeroed whatever needzero says.
//  - Objects of 16 bytes or more are 16-byte aligned, smaller ones aligned to
//    their size rounded up to a power of two (at most 8).
//  - Zero-size allocations all return &zerobase.
#include "entry.h"

namespace goc::rt {

// gc's maxAlloc on linux/amd64: the largest allocation that can succeed.
constexpr uint64_t MaxAlloc = uint64_t(1) << 48;
// Arena chunk carved by the bump pointer; bigger objects get their own mmap.
constexpr uint64_t ChunkSize = 64 << 20;
constexpr uint64_t LargeObject = 1 << 20;

alignas(16) static uint64_t zerobase;
// Each M bumps through its own chunk (m->mcacheNext/End), so Ms allocate in
// parallel without a lock; m->mallocing keeps preemption away meanwhile.
constexpr uint64_t MChunkSize = 4 << 20;

static uintptr_t alignFor(uint64_t size) {
  if (size >= 16) return 16;
  if (size > 4) return 8;
  if (size > 2) return 4;
  return size;
}

static void* allocLarge(uint64_t size) {
  if (size > MaxAlloc) {
    printlock();
    prints("runtime: out of memory: cannot allocate ");
    printu(size);
    prints("-byte block\n");
    printunlock();
    fatal("out of memory");
  }
  return sysAlloc(size);
}

static void* bumpAlloc(M* m, uint64_t size) {
  uintptr_t a = alignFor(size);
  uintptr_t p = (m->mcacheNext + a - 1) & ~(a - 1);
  if (m->mcacheNext == 0 || p + size > m->mcacheEnd) {
    uint64_t chunk = size > MChunkSize / 4 ? ChunkSize : MChunkSize;
    m->mcacheNext = (uintptr_t)sysAlloc(chunk);
    m->mcacheEnd = m->mcacheNext + chunk;
    p = m->mcacheNext;
  }
  m->mcacheNext = p + size;
  return (void*)p;
}

}  // namespace goc::rt

using namespace goc::rt;

GO_DEF(void*, mallocgc, uint64_t size, const Type* t, bool needzero) {
  (void)t;
  (void)needzero;
  if (size == 0) return &zerobase;
  M* m = g->m;
  m->mallocing++;
  void* p = size >= LargeObject ? allocLarge(size) : bumpAlloc(m, size);
  m->mallocing--;
  return p;
}

GO_DEF(void*, newobject, const Type* t) { return mallocgc(g, t->size, t, true); }
