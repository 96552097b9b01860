// stack.h: segmented goroutine stacks (stack.cpp).
#pragma once

#include "runtime.h"

namespace goc::rt {

// The usual size of a linked segment (and of the main goroutine's first):
// carved from shared chunks, no guard page (kind SegStd).
constexpr uintptr_t StackMin = 64 << 10;
// The first segment of a goroutine made by a go statement (kind SegSmall):
// 2 KiB, as gc's first stack, carved from shared chunks and kept by its G
// for life. Its guard headroom is SmallStackGuard, not STACK_GUARD: what
// runs below the guard is at most a 256-byte LLVM frame plus its call, or
// the 128-byte red zone of a leaf, then __morestack (about 350 bytes with
// systemstack's) or asyncPreempt (about 570, preempt.cpp checks it fits);
// 928 is gc's _StackGuard. That leaves ~1.1 KiB of frames before the first
// split, as gc's 2 KiB stack has before its first copy.
constexpr uintptr_t SmallStack = 2 << 10;
constexpr uintptr_t SmallStackGuard = 928;
// gc's limit on a goroutine's stack (runtime/debug.SetMaxStack's default).
constexpr uintptr_t MaxStackSize = 1000000000;

// One segment of a goroutine stack. The header sits at the low end of its
// mapping, right above a PROT_NONE guard page; the stack grows down from hi
// towards it.
enum SegKind : uint32_t {
  SegSmall = 0,  // a first segment (SmallStack bytes, in a shared chunk)
  SegStd = 1,    // StackMin bytes in a shared chunk; recycled through a free list
  SegBig = 2,    // its own mapping with a PROT_NONE guard page (large frames)
};
struct StackSeg {
  uintptr_t mapBase;   // SegBig: the mapping, guard page included; else 0
  uintptr_t mapSize;
  uintptr_t lo;        // usable bounds: [lo, hi)
  uintptr_t hi;
  StackSeg* prev;      // the older segment this one was linked from
  StackSeg* next;      // a cached newer segment (the spare), or null
  uintptr_t oldsp;     // in prev: %rsp at __morestack entry (points at R)
  uint32_t kind;       // a SegKind
};

// The guard of a segment: lo plus the headroom its kind keeps.
inline uintptr_t segGuard(const StackSeg* s) {
  return s->lo + (s->kind == SegSmall ? SmallStackGuard : STACK_GUARD);
}

// Gives g its first segment, of at least size usable bytes.
void stackInitG(G* g, uintptr_t size);

// Start-up helpers (proc.cpp calls them once).
void randomInit();
void signalInit();

}  // namespace goc::rt
