// chan.h: channels (chan.cpp) and select (select.cpp), after Go's chan.go and
// select.go.
//
// Invariants (Go's):
//  - At least one of c->sendq and c->recvq is empty, except for an unbuffered
//    channel with a single goroutine blocked on it for both sending and
//    receiving through a select (the waiter sizes are then bounded by the
//    select itself).
//  - For buffered channels: qcount > 0 implies recvq is empty; qcount <
//    dataqsiz implies sendq is empty.
//  - Every field but the ones read by the lock-free fast paths (qcount,
//    dataqsiz, closed, recvq.first, sendq.first) is protected by c->lock.
//  - A sudog's elem points at the blocked goroutine's value (which may be on
//    its stack: segments never move, so that pointer stays valid while it is
//    parked).
#pragma once

#include "proc.h"

namespace goc::rt {

// A FIFO list of waiting goroutines, linked through Sudog.next/prev.
struct Waitq {
  Sudog* first;
  Sudog* last;
};

// hchan: Go's layout. len(c) loads qcount (offset 0), cap(c) dataqsiz
// (offset 8): lowering relies on it (lowering/chan.cpp).
struct Hchan {
  uint64_t qcount;    // total data in the queue
  uint64_t dataqsiz;  // size of the circular queue
  void* buf;          // points to an array of dataqsiz elements
  uint16_t elemsize;
  uint32_t closed;
  const Type* elemtype;  // element type
  uint64_t sendx;        // send index
  uint64_t recvx;        // receive index
  Waitq recvq;           // list of recv waiters
  Waitq sendq;           // list of send waiters
  Mutex lock;
};
static_assert(offsetof(Hchan, qcount) == 0 && offsetof(Hchan, dataqsiz) == 8);

// A select case as lowering lays it out on the caller's stack: the channel
// and the value to send (send cases) or the destination (receive cases; may
// be null).
struct Scase {
  Hchan* c;
  void* elem;
};

// The result of a non-blocking receive and of selectgo. Ret2(Bool, Bool)
// must come back as {i1, i1} in AL and DL: clang's swiftcall lowering would
// merge two adjacent bools into one i16, so the second is 8-aligned.
struct RecvResult {
  bool selected;
  alignas(8) bool received;
};
struct SelectResult {
  int64_t chosen;
  bool recvOK;
};

// The engines of chan.cpp, shared with select.cpp.
bool chansend(G* gp, Hchan* c, void* ep, bool block);
RecvResult chanrecv(G* gp, Hchan* c, void* ep, bool block);
// Hand a value to / take one from a parked goroutine's sudog and make it
// ready. Called with c->lock held (a select: all its locks); unlockf(arg)
// releases them before the goroutine is readied.
void send(Hchan* c, Sudog* sg, void* ep, void (*unlockf)(void*), void* arg);
void recv(Hchan* c, Sudog* sg, void* ep, void (*unlockf)(void*), void* arg);
void* chanbuf(Hchan* c, uint64_t i);
Sudog* dequeue(Waitq* q);
void enqueue(Waitq* q, Sudog* sg);
void dequeueSudog(Waitq* q, Sudog* sg);
// gopark's commit function for channels: unlocks the channel after the
// goroutine is parked.
bool chanparkcommit(G* gp, void* chanLock);

}  // namespace goc::rt
