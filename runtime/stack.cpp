// stack.cpp: the segments of goroutine stacks.
//
// Invariants:
//  - g->seg is the segment g runs on; g->stack == {seg->lo, seg->hi} and
//    g->stackguard0 == segGuard(seg) (lo + SmallStackGuard for a first
//    segment, lo + STACK_GUARD otherwise).
//  - Three kinds of segment (stack.h): a go statement's first one (2 KiB,
//    owned by its G for life), standard linked ones (64 KiB, carved from
//    chunks, recycled) and big ones (their own mapping and guard page).
//  - Segments form a chain through prev (older) links. A popped segment stays
//    cached as its prev's next, so a call that keeps crossing the same
//    boundary reuses it; at most one spare is kept past the current segment.
//  - g->stackTotal is the sum of the usable sizes of the chain up to g->seg;
//    linking a segment past MaxStackSize is gc's fatal stack overflow.
//  - morestack_m and morestack_pop_m run on g0 (via systemstack from
//    __morestack), never on the goroutine's own stack, which is below its
//    guard at that point.
#include "stack.h"

#include "stack_pool.h"

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

static uintptr_t mapChunk(uintptr_t n) {
  return (uintptr_t)sys::mmap(nullptr, n, sys::PROT_READ | sys::PROT_WRITE,
                              sys::MAP_PRIVATE | sys::MAP_ANONYMOUS | sys::MAP_NORESERVE);
}
static uintptr_t mapRecords(uintptr_t n) { return (uintptr_t)sysAlloc(n); }

// SegStd segments: carved from 4 MiB chunks, recycled through a free list
// (on any g). Past SegCacheMax free ones, a freed segment's pages go back to
// the kernel (MADV_DONTNEED) before it joins the list.
static Mutex stdLock;
static BlockCarver stdCarver;
static SegFreeList stdFree;
static HeaderBatch stdHdrs;
constexpr int32_t SegCacheMax = 256;
constexpr uintptr_t StdChunkBytes = StackMin * 64;

static StackSeg* segAlloc(uintptr_t usable) {
  if (usable <= StackMin) {
    lock(&stdLock);
    StackSeg* s = stdFree.pop();
    if (s == nullptr) {
      uintptr_t b = stdCarver.carve(StackMin, StdChunkBytes, mapChunk);
      if (b != 0) s = stdHdrs.get(256, mapRecords);
      if (s != nullptr) {
        s->kind = SegStd;
        s->lo = b;
        s->hi = b + StackMin;
      }
    }
    unlock(&stdLock);
    if (s == nullptr) fatal("out of memory allocating stacks");
    return s;
  }
  // A large frame: a mapping of its own, with a guard page below.
  uintptr_t size = (PageSize + SegHeader + usable + PageSize - 1) & ~(PageSize - 1);
  auto base = (uintptr_t)sysAlloc(size);
  sys::mprotect((void*)base, PageSize, sys::PROT_NONE);
  auto* s = (StackSeg*)(base + PageSize);
  s->kind = SegBig;
  s->mapBase = base;
  s->mapSize = size;
  s->lo = base + PageSize + SegHeader;
  s->hi = base + size;
  return s;
}

static void segFree(StackSeg* s) {
  if (s->kind == SegBig) {
    sysFree((void*)s->mapBase, s->mapSize);
    return;
  }
  if (s->kind != SegStd) gothrow("segFree: not a linked segment");
  if (__atomic_load_n(&stdFree.len, __ATOMIC_RELAXED) >= SegCacheMax)
    sys::madvise((void*)s->lo, s->hi - s->lo, sys::MADV_DONTNEED);
  lock(&stdLock);
  stdFree.push(s);
  unlock(&stdLock);
}

static void useSeg(G* g, StackSeg* s) {
  g->seg = s;
  g->stack.lo = s->lo;
  g->stack.hi = s->hi;
  g->stackguard0 = segGuard(s);
}

// A goroutine's first segment: SmallStack bytes carved from a shared 1 MiB
// chunk, with its header kept outside (so a parked goroutine touches only
// the top of its 2 KiB). No guard page: one per stack would cost two
// mappings per goroutine, and vm.max_map_count (65530) would cap the
// program near 32,000 goroutines; the prologue checks and the
// SmallStackGuard headroom protect it, as in gc. The segment stays with its
// G for life (dead Gs are reused with it).
void stackInitSmall(G* g) {
  static Mutex l;
  static BlockCarver carver;
  static HeaderBatch hdrs;
  lock(&l);
  uintptr_t b = carver.carve(SmallStack, 1 << 20, mapChunk);
  StackSeg* s = b != 0 ? hdrs.get(256, mapRecords) : nullptr;
  unlock(&l);
  if (s == nullptr) fatal("out of memory allocating stacks");
  s->kind = SegSmall;
  s->lo = b;
  s->hi = b + SmallStack;
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
