// stack_pool.h: the allocators behind stack segments (stack.cpp), kept free
// of the rest of the runtime (no locks, no system calls of their own) so that
// the host unit tests (tests/unit/) can exercise them.
//
//  - BlockCarver hands out fixed-size blocks cut from big chunks that a
//    caller-supplied function maps; blocks are never given back to the
//    chunk. Carving from chunks keeps one mapping per chunk instead of one
//    (or two, with a guard page) per segment: vm.max_map_count (65530) would
//    otherwise cap the number of goroutines that have grown their stack.
//  - SegFreeList is an intrusive LIFO of free segments (linked through
//    StackSeg::next) with a count; the most recently freed segment, the one
//    most likely still in cache and resident, is reused first.
//  - HeaderBatch hands out zeroed StackSeg records from batches.
// The caller serialises access (stack.cpp holds a Mutex around each).
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "stack.h"

namespace goc::rt {

// Maps n bytes of zeroed, writable memory, or returns 0.
using MapFn = uintptr_t (*)(uintptr_t n);

struct BlockCarver {
  uintptr_t next = 0;   // the next block to hand out
  uintptr_t end = 0;    // the end of the current chunk
  uintptr_t chunks = 0; // chunks mapped so far

  // A block of `block` bytes (a multiple of 16) from chunks of `chunkBytes`
  // (a multiple of block): blocks are consecutive inside a chunk, so a
  // block's end is the next block's start. 0 if the mapper fails.
  uintptr_t carve(uintptr_t block, uintptr_t chunkBytes, MapFn map) {
    if (next + block > end) {
      uintptr_t c = map(chunkBytes);
      if (c == 0) return 0;
      next = c;
      end = c + chunkBytes;
      chunks++;
    }
    uintptr_t b = next;
    next += block;
    return b;
  }
};

struct SegFreeList {
  StackSeg* head = nullptr;
  int32_t len = 0;

  void push(StackSeg* s) {
    s->prev = nullptr;
    s->next = head;
    head = s;
    len++;
  }
  // The most recently pushed segment, unlinked, or null.
  StackSeg* pop() {
    StackSeg* s = head;
    if (s == nullptr) return nullptr;
    head = s->next;
    len--;
    s->next = nullptr;
    s->prev = nullptr;
    return s;
  }
  bool empty() const { return head == nullptr; }
};

struct HeaderBatch {
  StackSeg* batch = nullptr;
  int32_t left = 0;

  // A zeroed record; `per` records are mapped at a time. Null if the mapper fails.
  StackSeg* get(int32_t per, MapFn map) {
    if (left == 0) {
      uintptr_t p = map(sizeof(StackSeg) * (uintptr_t)per);
      if (p == 0) return nullptr;
      batch = (StackSeg*)p;
      left = per;
    }
    left--;
    return batch++;
  }
};

}  // namespace goc::rt
