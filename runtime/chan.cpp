// chan.cpp: channels (after Go's chan.go).
//
// Invariants (see also chan.h):
//  - Every operation follows Go's shape: a lock-free fast path for the
//    non-blocking cases whose outcome a racy read already decides, then
//    lock(&c->lock) and an authoritative re-check, then (in order) a direct
//    hand-off to a parked peer, the ring buffer, and finally parking.
//  - A parked goroutine is woken only by whoever dequeued its sudog: that
//    goroutine copies the value straight to (or from) the sleeper's elem,
//    sets sudog.success and g->param, and calls goready. The sleeper's lock
//    is released by chanparkcommit on g0, after its state is saved, so no
//    one can wake it before it is parked.
//  - close wakes every waiter with success == false: receivers return the
//    zero value, senders panic "send on closed channel" in their own
//    goroutine.
//  - Values are copied with memmove (typedmemmove once the collector needs
//    barriers); elem pointers into parked goroutines' stacks stay valid
//    because stack segments never move.
#include "chan.h"

#include "entry.h"
#include "error.h"

namespace goc::rt {

// gc's maxAlloc on linux/amd64 (malloc.cpp has the same bound).
constexpr uint64_t MaxAlloc = uint64_t(1) << 48;
constexpr uint64_t HchanSize = (sizeof(Hchan) + 7) & ~uint64_t(7);

// The descriptor of an hchan allocated apart from its buffer: the collector
// must see buf and the wait queues' pointers.
static const Type hchanType = {sizeof(Hchan), offsetof(Hchan, lock), 0, 0, 8, 8, KindStruct,
                               nullptr, "runtime.hchan", 13, nullptr, nullptr};

template <class T> static inline T loadRelaxed(const T* p) {
  return __atomic_load_n(p, __ATOMIC_RELAXED);
}

void* chanbuf(Hchan* c, uint64_t i) { return (uint8_t*)c->buf + i * c->elemsize; }

// Whether a send on c would block. Racy: used only before taking the lock.
static bool full(Hchan* c) {
  if (c->dataqsiz == 0) return loadRelaxed(&c->recvq.first) == nullptr;
  return loadRelaxed(&c->qcount) == c->dataqsiz;
}

// Whether a receive from c would block. Racy: used only before taking the lock.
static bool empty(Hchan* c) {
  if (c->dataqsiz == 0) return loadRelaxed(&c->sendq.first) == nullptr;
  return loadRelaxed(&c->qcount) == 0;
}

void enqueue(Waitq* q, Sudog* sg) {
  sg->next = nullptr;
  Sudog* x = q->last;
  if (x == nullptr) {
    sg->prev = nullptr;
    __atomic_store_n(&q->first, sg, __ATOMIC_RELAXED);
    q->last = sg;
    return;
  }
  sg->prev = x;
  x->next = sg;
  q->last = sg;
}

// Removes the first sudog whose goroutine can still be woken: a sudog of a
// select is skipped when another case of that select already won.
Sudog* dequeue(Waitq* q) {
  for (;;) {
    Sudog* sgp = q->first;
    if (sgp == nullptr) return nullptr;
    Sudog* y = sgp->next;
    if (y == nullptr) {
      __atomic_store_n(&q->first, nullptr, __ATOMIC_RELAXED);
      q->last = nullptr;
    } else {
      y->prev = nullptr;
      __atomic_store_n(&q->first, y, __ATOMIC_RELAXED);
      sgp->next = nullptr;
    }
    if (sgp->isSelect) {
      uint32_t zero = 0;
      if (!__atomic_compare_exchange_n(&sgp->g->selectDone, &zero, 1, false, __ATOMIC_ACQ_REL,
                                       __ATOMIC_ACQUIRE))
        continue;
    }
    return sgp;
  }
}

// Unlinks sg from q (a select cleaning up the cases that did not fire).
void dequeueSudog(Waitq* q, Sudog* sgp) {
  Sudog* x = sgp->prev;
  Sudog* y = sgp->next;
  if (x != nullptr) {
    if (y != nullptr) {
      x->next = y;
      y->prev = x;
      sgp->next = nullptr;
      sgp->prev = nullptr;
      return;
    }
    x->next = nullptr;
    q->last = x;
    sgp->prev = nullptr;
    return;
  }
  if (y != nullptr) {
    y->prev = nullptr;
    __atomic_store_n(&q->first, y, __ATOMIC_RELAXED);
    sgp->next = nullptr;
    return;
  }
  // x == y == nil: either sgp is the only element or it was already removed.
  if (q->first == sgp) {
    __atomic_store_n(&q->first, nullptr, __ATOMIC_RELAXED);
    q->last = nullptr;
  }
}

static void unlockChan(void* c) { unlock(&((Hchan*)c)->lock); }

bool chanparkcommit(G* gp, void* chanLock) {
  __atomic_store_n(&gp->parkingOnChan, false, __ATOMIC_RELEASE);
  unlock((Mutex*)chanLock);
  return true;
}

// Blocks gp on queue q of c (whose lock it holds; parking releases it) with a
// sudog pointing at ep, until a partner or close wakes it. Returns whether a
// partner completed the exchange (false: woken by close).
static bool parkOnChan(G* gp, Hchan* c, Waitq* q, void* ep, WaitReason reason) {
  Sudog* mysg = acquireSudog();
  mysg->elem = ep;
  mysg->g = gp;
  mysg->isSelect = false;
  mysg->c = c;
  gp->waiting = mysg;
  gp->param = nullptr;
  enqueue(q, mysg);
  __atomic_store_n(&gp->parkingOnChan, true, __ATOMIC_RELEASE);
  gopark(chanparkcommit, &c->lock, reason);

  if (mysg != gp->waiting) gothrow("G waiting list is corrupted");
  gp->waiting = nullptr;
  bool success = mysg->success;
  gp->param = nullptr;
  mysg->elem = nullptr;
  mysg->c = nullptr;
  releaseSudog(mysg);
  return success;
}

// Hands ep's value to the receiver sg (dequeued from c->recvq). The caller
// holds c->lock (and, in a select, its other channels' locks): unlockf(arg)
// releases them, before the receiver is readied.
void send(Hchan* c, Sudog* sg, void* ep, void (*unlockf)(void*), void* arg) {
  if (sg->elem != nullptr) {
    __builtin_memmove(sg->elem, ep, c->elemsize);
    sg->elem = nullptr;
  }
  G* gp = sg->g;
  unlockf(arg);
  gp->param = sg;
  sg->success = true;
  goready(gp);
}

// Takes a value for ep from the sender sg (dequeued from c->sendq); locks
// as for send. For a buffered (hence full) channel the receiver takes the
// head of the queue and the sender's value goes to its tail, which is the
// same slot.
void recv(Hchan* c, Sudog* sg, void* ep, void (*unlockf)(void*), void* arg) {
  if (c->dataqsiz == 0) {
    if (ep != nullptr) __builtin_memmove(ep, sg->elem, c->elemsize);
  } else {
    void* qp = chanbuf(c, c->recvx);
    if (ep != nullptr) __builtin_memmove(ep, qp, c->elemsize);
    __builtin_memmove(qp, sg->elem, c->elemsize);
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;
  }
  sg->elem = nullptr;
  G* gp = sg->g;
  unlockf(arg);
  gp->param = sg;
  sg->success = true;
  goready(gp);
}

bool chansend(G* gp, Hchan* c, void* ep, bool block) {
  if (c == nullptr) {
    if (!block) return false;
    gopark(nullptr, nullptr, waitReasonChanSendNilChan);
    gothrow("unreachable");
  }
  // A non-blocking send on an open, full channel fails without the lock:
  // closed is read after full, so if the channel was not closed when full
  // was observed, the send could not have proceeded then.
  if (!block && loadRelaxed(&c->closed) == 0 && full(c)) return false;

  lock(&c->lock);
  if (c->closed != 0) {
    unlock(&c->lock);
    panicPlainError("send on closed channel");
  }
  if (Sudog* sg = dequeue(&c->recvq)) {
    send(c, sg, ep, unlockChan, c);
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    __builtin_memmove(chanbuf(c, c->sendx), ep, c->elemsize);
    if (++c->sendx == c->dataqsiz) c->sendx = 0;
    __atomic_store_n(&c->qcount, c->qcount + 1, __ATOMIC_RELAXED);
    unlock(&c->lock);
    return true;
  }
  if (!block) {
    unlock(&c->lock);
    return false;
  }

  // Block until a receiver takes the value, or close.
  if (!parkOnChan(gp, c, &c->sendq, ep, waitReasonChanSend)) {
    if (loadRelaxed(&c->closed) == 0) gothrow("chansend: spurious wakeup");
    panicPlainError("send on closed channel");
  }
  return true;
}

RecvResult chanrecv(G* gp, Hchan* c, void* ep, bool block) {
  if (c == nullptr) {
    if (!block) return {false, false};
    gopark(nullptr, nullptr, waitReasonChanReceiveNilChan);
    gothrow("unreachable");
  }
  // A non-blocking receive on an empty channel fails without the lock,
  // unless the channel is closed (then it returns the zero value) — empty is
  // re-checked after closed because a close may have raced with a send.
  if (!block && empty(c)) {
    if (__atomic_load_n(&c->closed, __ATOMIC_ACQUIRE) == 0) return {false, false};
    if (empty(c)) {
      if (ep != nullptr) __builtin_memset(ep, 0, c->elemsize);
      return {true, false};
    }
  }

  lock(&c->lock);
  if (c->closed != 0) {
    if (c->qcount == 0) {
      unlock(&c->lock);
      if (ep != nullptr) __builtin_memset(ep, 0, c->elemsize);
      return {true, false};
    }
    // Closed, but the buffer still holds values: receive them first.
  } else if (Sudog* sg = dequeue(&c->sendq)) {
    recv(c, sg, ep, unlockChan, c);
    return {true, true};
  }
  if (c->qcount > 0) {
    void* qp = chanbuf(c, c->recvx);
    if (ep != nullptr) __builtin_memmove(ep, qp, c->elemsize);
    __builtin_memset(qp, 0, c->elemsize);
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    __atomic_store_n(&c->qcount, c->qcount - 1, __ATOMIC_RELAXED);
    unlock(&c->lock);
    return {true, true};
  }
  if (!block) {
    unlock(&c->lock);
    return {false, false};
  }

  // Block until a sender hands a value (received), or close (zero value).
  return {true, parkOnChan(gp, c, &c->recvq, ep, waitReasonChanReceive)};
}

}  // namespace goc::rt

using namespace goc::rt;

GO_DEF(Hchan*, makechan, const Type* t, int64_t size) {
  const Type* elem = t->elem;
  if (elem->size >= (1 << 16)) gothrow("makechan: invalid channel element type");
  uint64_t mem;
  bool overflow = __builtin_mul_overflow((uint64_t)size, elem->size, &mem);
  if (size < 0 || overflow || mem > MaxAlloc - HchanSize)
    panicPlainError("makechan: size out of range");

  Hchan* c;
  if (mem == 0) {
    // Unbuffered, or zero-size elements: buf only needs to be a valid address.
    c = (Hchan*)mallocgc(g, HchanSize, nullptr, true);
    c->buf = c;
  } else if (elem->ptrdata == 0) {
    // Elements without pointers: hchan and buffer in one allocation.
    c = (Hchan*)mallocgc(g, HchanSize + mem, nullptr, true);
    c->buf = (uint8_t*)c + HchanSize;
  } else {
    c = (Hchan*)mallocgc(g, sizeof(Hchan), &hchanType, true);
    c->buf = mallocgc(g, mem, elem, true);
  }
  c->elemsize = (uint16_t)elem->size;
  c->elemtype = elem;
  c->dataqsiz = (uint64_t)size;
  return c;
}

GO_DEF(void, chansend1, Hchan* c, void* elem) { chansend(g, c, elem, true); }

GO_DEF(void, chanrecv1, Hchan* c, void* elem) { chanrecv(g, c, elem, true); }

GO_DEF(bool, chanrecv2, Hchan* c, void* elem) { return chanrecv(g, c, elem, true).received; }

GO_DEF(void, closechan, Hchan* c) {
  if (c == nullptr) panicPlainError("close of nil channel");
  lock(&c->lock);
  if (c->closed != 0) {
    unlock(&c->lock);
    panicPlainError("close of closed channel");
  }
  __atomic_store_n(&c->closed, 1, __ATOMIC_RELEASE);

  // Collect every waiter under the lock, ready them after releasing it.
  G* glist = nullptr;
  while (Sudog* sg = dequeue(&c->recvq)) {
    if (sg->elem != nullptr) {
      __builtin_memset(sg->elem, 0, c->elemsize);
      sg->elem = nullptr;
    }
    G* gp = sg->g;
    gp->param = sg;
    sg->success = false;
    gp->schedlink = glist;
    glist = gp;
  }
  while (Sudog* sg = dequeue(&c->sendq)) {
    sg->elem = nullptr;
    G* gp = sg->g;
    gp->param = sg;
    sg->success = false;
    gp->schedlink = glist;
    glist = gp;
  }
  unlock(&c->lock);
  while (glist != nullptr) {
    G* gp = glist;
    glist = gp->schedlink;
    gp->schedlink = nullptr;
    goready(gp);
  }
}

GO_DEF(bool, selectnbsend, Hchan* c, void* elem) { return chansend(g, c, elem, false); }

GO_DEF(goc::rt::RecvResult, selectnbrecv, void* elem, Hchan* c) {
  return chanrecv(g, c, elem, false);
}
