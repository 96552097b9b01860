// stack.cpp: the segments of goroutine stacks.
//
// Invariants:
//  - g->seg is the segment g runs on; g->stack == {seg->lo, seg->hi} and
//    g->stackguard0 == seg->lo + STACK_GUARD.
//  - Segments form a chain through prev (older) links. A popped segment stays
//    cached as its prev's next, so a call that keeps crossing the same
//    boundary reuses it; at most one spare is kept past the current segment.
//  - g->stackTotal is the sum of the usable sizes of the chain up to g->seg;
//    linking a segment past MaxStackSize is gc's fatal stack overflow.
//  - morestack_m and morestack_pop_m run on g0 (via systemstack from
//    __morestack), never on the goroutine's own stack, which is below its
//    guard at that point.
#include "stack.h"

#include "os_linux.h"
#include "sched.h"

namespace goc::rt {

constexpr uintptr_t PageSize = 4096;
constexpr uintptr_t SegHeader = (sizeof(StackSeg) + 63) & ~uintptr_t(63);

// What __morestack hands to morestack_m and morestack_pop_m.
struct MorestackArgs {
  G* g;
  uintptr_t sp;         // %rsp at __morestack entry + 8: points at R
  uintptr_t framesize;  // %r10
  uintptr_t argsize;    // %r11
  uintptr_t newtop;     // out: the new segment's hi
};
static_assert(offsetof(MorestackArgs, g) == MSARGS_G && offsetof(MorestackArgs, sp) == MSARGS_SP &&
              offsetof(MorestackArgs, framesize) == MSARGS_FRAMESIZE &&
              offsetof(MorestackArgs, argsize) == MSARGS_ARGSIZE &&
              offsetof(MorestackArgs, newtop) == MSARGS_NEWTOP &&
              sizeof(MorestackArgs) == MSARGS_SIZE);

// Freed StackMin segments wait here for the next __morestack (on any g).
static Mutex segCacheLock;
static StackSeg* segCache;
static int32_t segCacheLen;
constexpr int32_t SegCacheMax = 256;
static uintptr_t stdMapSize() {
  return (PageSize + SegHeader + StackMin + PageSize - 1) & ~(PageSize - 1);
}

static StackSeg* segAlloc(uintptr_t usable) {
  if (usable <= StackMin && segCache != nullptr) {
    lock(&segCacheLock);
    StackSeg* s = segCache;
    if (s != nullptr) {
      segCache = s->next;
      segCacheLen--;
    }
    unlock(&segCacheLock);
    if (s != nullptr) {
      s->next = nullptr;
      s->prev = nullptr;
      return s;
    }
  }
  if (usable < StackMin) usable = StackMin;
  uintptr_t size = (PageSize + SegHeader + usable + PageSize - 1) & ~(PageSize - 1);
  auto base = (uintptr_t)sysAlloc(size);
  // The guard page catches no_split_stack code that overruns the headroom.
  sys::mprotect((void*)base, PageSize, sys::PROT_NONE);
  auto* s = (StackSeg*)(base + PageSize);
  s->mapBase = base;
  s->mapSize = size;
  s->lo = base + PageSize + SegHeader;
  s->hi = base + size;
  return s;
}

static void segFree(StackSeg* s) {
  if (s->mapSize == stdMapSize() && segCacheLen < SegCacheMax) {
    lock(&segCacheLock);
    s->next = segCache;
    segCache = s;
    segCacheLen++;
    unlock(&segCacheLock);
    return;
  }
  sysFree((void*)s->mapBase, s->mapSize);
}

static void useSeg(G* g, StackSeg* s) {
  g->seg = s;
  g->stack.lo = s->lo;
  g->stack.hi = s->hi;
  g->stackguard0 = s->lo + STACK_GUARD;
}

// A goroutine's first segment: SmallStack bytes carved from a shared chunk,
// with its header kept outside (so an idle goroutine touches one page). No
// guard page: one per stack would cost two mappings per goroutine, and
// vm.max_map_count (65530) would cap the program near 32,000 goroutines; the
// prologue checks and the STACK_GUARD headroom protect it, as in gc. The
// segment stays with its G for life (dead Gs are reused with it).
void stackInitSmall(G* g) {
  static Mutex l;
  static uintptr_t chunk, chunkEnd;
  static StackSeg* hdrs;
  static int32_t hdrsLeft;
  constexpr uintptr_t ChunkBytes = SmallStack * 256;
  lock(&l);
  if (chunk == chunkEnd) {
    chunk = (uintptr_t)sys::mmap(nullptr, ChunkBytes, sys::PROT_READ | sys::PROT_WRITE,
                                 sys::MAP_PRIVATE | sys::MAP_ANONYMOUS | sys::MAP_NORESERVE);
    if (chunk == 0) {
      unlock(&l);
      fatal("out of memory allocating stacks");
    }
    chunkEnd = chunk + ChunkBytes;
  }
  if (hdrsLeft == 0) {
    hdrs = (StackSeg*)sysAlloc(sizeof(StackSeg) * 256);
    hdrsLeft = 256;
  }
  StackSeg* s = hdrs++;
  hdrsLeft--;
  s->lo = chunk;
  s->hi = chunk + SmallStack;
  chunk += SmallStack;
  unlock(&l);
  s->mapBase = 0;
  s->mapSize = 0;
  g->stackTotal = SmallStack;
  useSeg(g, s);
}

// Drops every segment of a dead goroutine but its first.
void stackResetG(G* g) {
  StackSeg* s = g->seg;
  while (s->prev != nullptr) s = s->prev;
  for (StackSeg* x = s->next; x != nullptr;) {
    StackSeg* nx = x->next;
    segFree(x);
    x = nx;
  }
  s->next = nullptr;
  g->stackTotal = s->hi - s->lo;
  useSeg(g, s);
}

void stackInitG(G* g, uintptr_t size) {
  StackSeg* s = segAlloc(size < StackMin ? StackMin : size);
  g->stackTotal = s->hi - s->lo;
  useSeg(g, s);
}

[[noreturn]] static void stackOverflow(G* g, uintptr_t sp) {
  printlock();
  prints("runtime: goroutine stack exceeds ");
  printu(MaxStackSize);
  prints("-byte limit\n");
  prints("runtime: sp=");
  printx(sp);
  prints(" stack=[");
  printx(g->stack.lo);
  prints(", ");
  printx(g->stack.hi);
  prints("]\n");
  printunlock();
  fatal("stack overflow");
}

// void morestack_m(MorestackArgs*): links a segment that fits the frame.
extern "C" void morestack_m(MorestackArgs* a) asm("runtime.morestack_m");
extern "C" void morestack_m(MorestackArgs* a) {
  G* g = a->g;
  M* m = g->m;
  if (g == m->g0) gothrow("morestack on g0");
  if (g == m->gsignal) gothrow("morestack on gsignal");
  // Room for the frame, the copied arguments, the headroom under the guard
  // and __morestack's return address.
  uintptr_t need = a->framesize + a->argsize + STACK_GUARD + 256;
  uintptr_t size = need < StackMin ? StackMin : (need + PageSize - 1) & ~(PageSize - 1);
  if (g->stackTotal + size > MaxStackSize) stackOverflow(g, a->sp);
  StackSeg* cur = g->seg;
  StackSeg* s = cur->next;
  if (s != nullptr && s->hi - s->lo < size) {
    segFree(s);
    s = nullptr;
  }
  if (s == nullptr) s = segAlloc(size);
  s->prev = cur;
  s->next = nullptr;
  s->oldsp = a->sp;
  cur->next = s;
  g->stackTotal += s->hi - s->lo;
  useSeg(g, s);
  a->newtop = s->hi;
}

// void morestack_pop_m(MorestackArgs*): the function that ran on g->seg has
// returned; go back to the previous segment and keep this one as the spare.
extern "C" void morestack_pop_m(MorestackArgs* a) asm("runtime.morestack_pop_m");
extern "C" void morestack_pop_m(MorestackArgs* a) {
  G* g = a->g;
  StackSeg* s = g->seg;
  if (s->prev == nullptr) gothrow("morestack_pop: no previous segment");
  if (s->next != nullptr) {
    segFree(s->next);
    s->next = nullptr;
  }
  g->stackTotal -= s->hi - s->lo;
  useSeg(g, s->prev);
}

}  // namespace goc::rt
