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
//
// Layout: the heap reserves 64 MiB arenas (2 MiB-aligned, MAP_NORESERVE, so
// only touched pages count) and hands each M a 4 MiB chunk of one at a time;
// the M bumps through its chunk without a lock. Since memory is never reused,
// every allocation touches fresh pages, and page faults were half of the
// time of allocation-heavy programs: once the heap has grown past
// PopulateAfter, a new chunk is populated whole by one
// madvise(MADV_POPULATE_WRITE) instead of 1024 separate faults (strings
// benchmark: -15% wall). Small programs keep their RSS; a bigger one may hold
// up to one untouched chunk per M more.
// Transparent huge pages (MADV_HUGEPAGE on the chunks) were measured too and
// made system time 1.5-3x worse on this VM (2 MiB clears), so they are off.
#include "entry.h"
#include "os_linux.h"

namespace goc::rt {

// gc's maxAlloc on linux/amd64: the largest allocation that can succeed.
constexpr uint64_t MaxAlloc = uint64_t(1) << 48;
// Objects from this size on get their own mmap.
constexpr uint64_t LargeObject = 1 << 20;

alignas(16) static uint64_t zerobase;
// Each M bumps through its own chunk (m->mcacheNext/End), so Ms allocate in
// parallel without a lock; m->mallocing keeps preemption away meanwhile.
constexpr uint64_t MChunkSize = 4 << 20;
constexpr uint64_t ArenaSize = 64 << 20;
constexpr uint64_t HugePage = 2 << 20;
// Heap chunks handed out before this many bytes are faulted in page by page.
constexpr uint64_t PopulateAfter = 8 << 20;
// MADV_POPULATE_WRITE (Linux 5.14): older kernels fail it (EINVAL) and the
// chunk faults in lazily as before.
constexpr int MadvPopulateWrite = 23;

// The current arena [arenaNext, arenaEnd), carved under arenaLock (a spin
// lock: held for a few instructions, or one mmap every 16 chunks).
static uintptr_t arenaNext, arenaEnd;
static uint64_t heapChunked;  // bytes of chunks handed out so far
static uint32_t arenaLock;

static uintptr_t alignFor(uint64_t size) {
  if (size >= 16) return 16;
  if (size > 4) return 8;
  if (size > 2) return 4;
  return size;
}

[[noreturn]] static void outOfMemory(uint64_t size) {
  printlock();
  prints("runtime: out of memory: cannot allocate ");
  printu(size);
  prints("-byte block\n");
  printunlock();
  fatal("out of memory");
}

static void* allocLarge(uint64_t size) {
  if (size > MaxAlloc) outOfMemory(size);
  return sysAlloc(size);
}

// A fresh 2 MiB-aligned arena of ArenaSize bytes.
static uintptr_t mapArena() {
  void* raw = sys::mmap(nullptr, ArenaSize + HugePage, sys::PROT_READ | sys::PROT_WRITE,
                        sys::MAP_PRIVATE | sys::MAP_ANONYMOUS | sys::MAP_NORESERVE);
  if (raw == nullptr) outOfMemory(ArenaSize);
  uintptr_t base = (uintptr_t)raw;
  uintptr_t lo = (base + HugePage - 1) & ~(HugePage - 1);
  if (lo > base) sys::munmap(raw, lo - base);
  uintptr_t tail = base + ArenaSize + HugePage - (lo + ArenaSize);
  if (tail > 0) sys::munmap((void*)(lo + ArenaSize), tail);
  return lo;
}

// A new MChunkSize chunk for an M.
static uintptr_t newChunk() {
  while (__atomic_exchange_n(&arenaLock, 1, __ATOMIC_ACQUIRE) != 0) {
    while (__atomic_load_n(&arenaLock, __ATOMIC_RELAXED) != 0) __builtin_ia32_pause();
  }
  if (arenaNext + MChunkSize > arenaEnd) {
    arenaNext = mapArena();
    arenaEnd = arenaNext + ArenaSize;
  }
  uintptr_t c = arenaNext;
  arenaNext += MChunkSize;
  uint64_t before = heapChunked;
  __atomic_store_n(&heapChunked, before + MChunkSize, __ATOMIC_RELAXED);
  __atomic_store_n(&arenaLock, 0, __ATOMIC_RELEASE);
  if (before >= PopulateAfter) sys::madvise((void*)c, MChunkSize, MadvPopulateWrite);
  return c;
}

static void* bumpAlloc(M* m, uint64_t size) {
  uintptr_t a = alignFor(size);
  uintptr_t p = (m->mcacheNext + a - 1) & ~(a - 1);
  if (__builtin_expect(m->mcacheNext == 0 || p + size > m->mcacheEnd, 0)) {
    m->mcacheNext = newChunk();
    m->mcacheEnd = m->mcacheNext + MChunkSize;
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
