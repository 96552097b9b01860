// select.cpp: the select statement (after Go's select.go).
//
// Invariants:
//  - Lowering passes the cases as an array of Scase on its stack, sends
//    first (indices [0, nsends)), then receives, and scratch space for
//    2*ncases uint16 (pollorder, then lockorder). Cases on nil channels are
//    never ready and are left out of both orders.
//  - The poll order is a uniformly random permutation (an inside-out
//    Fisher-Yates shuffle), so among ready cases each is chosen with equal
//    probability. The lock order sorts the channels by address (heap sort,
//    no allocation); a channel appearing in several cases is locked once.
//  - A blocking select enqueues one sudog per case (isSelect) on all its
//    channels, linked from g->waiting in lock order, and parks; the first
//    waker wins the CAS on g->selectDone, so exactly one case fires; the
//    select then dequeues its other sudogs under all the locks again.
#include "chan.h"

#include "entry.h"
#include "error.h"

namespace goc::rt {

namespace {

struct SelLocks {
  Scase* scases;
  uint16_t* lockorder;
  int norder;
};

void sellock(const SelLocks& s) {
  Hchan* c = nullptr;
  for (int i = 0; i < s.norder; i++) {
    Hchan* c0 = s.scases[s.lockorder[i]].c;
    if (c0 != c) {
      c = c0;
      lock(&c->lock);
    }
  }
}

void selunlock(void* arg) {
  // Unlocked in reverse order; a channel repeated in several cases is
  // unlocked once (its duplicates are adjacent in lock order).
  auto* s = (SelLocks*)arg;
  for (int i = s->norder - 1; i >= 0; i--) {
    Hchan* c = s->scases[s->lockorder[i]].c;
    if (i > 0 && c == s->scases[s->lockorder[i - 1]].c) continue;
    unlock(&c->lock);
  }
}

// gopark's commit function: unlocks every channel after the goroutine is
// parked. g->waiting lists the sudogs in lock order; gp cannot run before the
// last lock is released (its wake-up path re-takes all of them), so the list
// is stable while we walk it.
bool selparkcommit(G* gp, void*) {
  gp->activeStackChans = true;
  __atomic_store_n(&gp->parkingOnChan, false, __ATOMIC_RELEASE);
  Hchan* lastc = nullptr;
  for (Sudog* sg = gp->waiting; sg != nullptr; sg = sg->waitlink) {
    if (sg->c != lastc && lastc != nullptr) unlock(&lastc->lock);
    lastc = sg->c;
  }
  if (lastc != nullptr) unlock(&lastc->lock);
  return true;
}

uintptr_t sortkey(Hchan* c) { return (uintptr_t)c; }

}  // namespace

SelectResult selectgo(G* gp, Scase* scases, uint16_t* order0, int nsends, int nrecvs,
                      bool block) {
  int ncases = nsends + nrecvs;
  uint16_t* pollorder = order0;
  uint16_t* lockorder = order0 + ncases;

  // A random poll order over the cases with non-nil channels.
  int norder = 0;
  for (int i = 0; i < ncases; i++) {
    Scase* cas = &scases[i];
    if (cas->c == nullptr) {
      cas->elem = nullptr;
      continue;
    }
    uint32_t j = fastrandn((uint32_t)(norder + 1));
    pollorder[norder] = pollorder[j];
    pollorder[j] = (uint16_t)i;
    norder++;
  }

  // Lock order: heap sort of the cases by channel address.
  for (int i = 0; i < norder; i++) {
    int j = i;
    Hchan* c = scases[pollorder[i]].c;
    while (j > 0 && sortkey(scases[lockorder[(j - 1) / 2]].c) < sortkey(c)) {
      int k = (j - 1) / 2;
      lockorder[j] = lockorder[k];
      j = k;
    }
    lockorder[j] = pollorder[i];
  }
  for (int i = norder - 1; i >= 0; i--) {
    uint16_t o = lockorder[i];
    Hchan* c = scases[o].c;
    lockorder[i] = lockorder[0];
    int j = 0;
    for (;;) {
      int k = j * 2 + 1;
      if (k >= i) break;
      if (k + 1 < i && sortkey(scases[lockorder[k]].c) < sortkey(scases[lockorder[k + 1]].c)) k++;
      if (sortkey(c) < sortkey(scases[lockorder[k]].c)) {
        lockorder[j] = lockorder[k];
        j = k;
        continue;
      }
      break;
    }
    lockorder[j] = o;
  }

  SelLocks locks{scases, lockorder, norder};
  sellock(locks);

  // Pass 1: look for a case that can proceed now, in poll order.
  int casi = -1;
  Scase* cas = nullptr;
  Hchan* c = nullptr;
  Sudog* sg = nullptr;
  for (int n = 0; n < norder; n++) {
    casi = pollorder[n];
    cas = &scases[casi];
    c = cas->c;
    if (casi >= nsends) {
      if ((sg = dequeue(&c->sendq)) != nullptr) {
        recv(c, sg, cas->elem, selunlock, &locks);
        return {casi, true};
      }
      if (c->qcount > 0) {
        void* qp = chanbuf(c, c->recvx);
        if (cas->elem != nullptr) __builtin_memmove(cas->elem, qp, c->elemsize);
        __builtin_memset(qp, 0, c->elemsize);
        if (++c->recvx == c->dataqsiz) c->recvx = 0;
        __atomic_store_n(&c->qcount, c->qcount - 1, __ATOMIC_RELAXED);
        selunlock(&locks);
        return {casi, true};
      }
      if (c->closed != 0) {
        selunlock(&locks);
        if (cas->elem != nullptr) __builtin_memset(cas->elem, 0, c->elemsize);
        return {casi, false};
      }
    } else {
      if (c->closed != 0) {
        selunlock(&locks);
        panicPlainError("send on closed channel");
      }
      if ((sg = dequeue(&c->recvq)) != nullptr) {
        send(c, sg, cas->elem, selunlock, &locks);
        return {casi, false};
      }
      if (c->qcount < c->dataqsiz) {
        __builtin_memmove(chanbuf(c, c->sendx), cas->elem, c->elemsize);
        if (++c->sendx == c->dataqsiz) c->sendx = 0;
        __atomic_store_n(&c->qcount, c->qcount + 1, __ATOMIC_RELAXED);
        selunlock(&locks);
        return {casi, false};
      }
    }
  }

  if (!block) {
    selunlock(&locks);
    return {-1, false};
  }

  // Pass 2: enqueue on every channel, in lock order, and park.
  if (gp->waiting != nullptr) gothrow("gp.waiting != nil");
  Sudog** nextp = &gp->waiting;
  for (int n = 0; n < norder; n++) {
    int ci = lockorder[n];
    Scase* k = &scases[ci];
    Sudog* s = acquireSudog();
    s->g = gp;
    s->isSelect = true;
    s->elem = k->elem;
    s->c = k->c;
    *nextp = s;
    nextp = &s->waitlink;
    if (ci < nsends) enqueue(&k->c->sendq, s);
    else enqueue(&k->c->recvq, s);
  }
  gp->param = nullptr;
  __atomic_store_n(&gp->parkingOnChan, true, __ATOMIC_RELEASE);
  gopark(selparkcommit, nullptr, norder == 0 ? waitReasonSelectNoCases : waitReasonSelect);
  gp->activeStackChans = false;

  sellock(locks);
  __atomic_store_n(&gp->selectDone, 0, __ATOMIC_RELAXED);
  sg = (Sudog*)gp->param;
  gp->param = nullptr;

  // Pass 3: dequeue from the channels that did not fire; the sudog that won
  // (gp->param) is already off its queue.
  casi = -1;
  cas = nullptr;
  bool caseSuccess = false;
  Sudog* sglist = gp->waiting;
  for (Sudog* s1 = gp->waiting; s1 != nullptr; s1 = s1->waitlink) {
    s1->isSelect = false;
    s1->elem = nullptr;
    s1->c = nullptr;
  }
  gp->waiting = nullptr;
  for (int n = 0; n < norder; n++) {
    int ci = lockorder[n];
    Scase* k = &scases[ci];
    if (sg == sglist) {
      casi = ci;
      cas = k;
      caseSuccess = sglist->success;
    } else if (ci < nsends) {
      dequeueSudog(&k->c->sendq, sglist);
    } else {
      dequeueSudog(&k->c->recvq, sglist);
    }
    Sudog* sgnext = sglist->waitlink;
    sglist->waitlink = nullptr;
    releaseSudog(sglist);
    sglist = sgnext;
  }
  if (cas == nullptr) gothrow("selectgo: bad wakeup");
  selunlock(&locks);
  if (casi < nsends) {
    // A send case woken without success was woken by close.
    if (!caseSuccess) panicPlainError("send on closed channel");
    return {casi, false};
  }
  return {casi, caseSuccess};
}

}  // namespace goc::rt

using namespace goc::rt;

GO_DEF(goc::rt::SelectResult, selectgo, Scase* cas0, uint16_t* order0, int64_t nsends,
       int64_t nrecvs, bool block) {
  return selectgo(g, cas0, order0, (int)nsends, (int)nrecvs, block);
}

// block: `select {}` parks the goroutine forever.
GO_DEF(void, block) {
  gopark(nullptr, nullptr, waitReasonSelectNoCases);
  gothrow("unreachable");
}
