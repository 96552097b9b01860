// stack.h: segmented goroutine stacks (stack.cpp).
#pragma once

#include "runtime.h"

namespace goc::rt {

// The first segment of a goroutine, and the least any segment gets.
constexpr uintptr_t StackMin = 64 << 10;
// The first segment of a goroutine made by a go statement.
constexpr uintptr_t SmallStack = 8 << 10;
// gc's limit on a goroutine's stack (runtime/debug.SetMaxStack's default).
constexpr uintptr_t MaxStackSize = 1000000000;

// One segment of a goroutine stack. The header sits at the low end of its
// mapping, right above a PROT_NONE guard page; the stack grows down from hi
// towards it.
struct StackSeg {
  uintptr_t mapBase;   // the mapping, guard page included
  uintptr_t mapSize;
  uintptr_t lo;        // usable bounds: [lo, hi)
  uintptr_t hi;
  StackSeg* prev;      // the older segment this one was linked from
  StackSeg* next;      // a cached newer segment (the spare), or null
  uintptr_t oldsp;     // in prev: %rsp at __morestack entry (points at R)
};

// Gives g its first segment, of at least size usable bytes.
void stackInitG(G* g, uintptr_t size);

// Start-up helpers (proc.cpp calls them once).
void randomInit();
void signalInit();

}  // namespace goc::rt
