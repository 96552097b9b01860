// runtime2.h: the schema of the runtime (after Go's runtime2.go).
//
// Invariants:
//  - While a goroutine runs on a thread: R14 == the thread-local g slot
//    (runtime.tlsg) == that G, and %fs:0x70 == g->stackguard0 (or a poisoned
//    value to force a prologue into the runtime). gogo, mcall, systemstack,
//    __morestack and the signal trampoline keep the three consistent.
//  - g->stack is the segment the goroutine currently runs on; older segments
//    are reachable through g->seg->prev (stack.cpp). Segments never move, so
//    pointers into a stack stay valid.
//  - Fields read by assembly have their offsets in asm/asm_offsets.h and are
//    checked below; keep Go's order where Go has a reason (stack bounds first,
//    stackguard0 next, known to the prologues).
// Only m0, its g0, the signal g and the main goroutine exist in the first
// milestone; P and Schedt are laid out for the scheduler to come.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "abi/type.h"
#include "asm/asm_offsets.h"

namespace goc::rt {

struct G;
struct M;
struct P;
struct Defer;
struct Panic;
struct StackSeg;
struct Hchan;  // chan.cpp (the channel engineer's)
struct Sudog;

// Goroutine status (atomicstatus), numbered as in Go.
enum GStatus : uint32_t {
  Gidle = 0,       // just allocated, not yet initialised
  Grunnable = 1,   // on a run queue, not executing user code
  Grunning = 2,    // executing user code; has an M and a P
  Gsyscall = 3,    // executing a system call
  Gwaiting = 4,    // blocked in the runtime (channel, lock, ...)
  Gdead = 6,       // unused: exited or on a free list
  Gcopystack = 8,  // unused by goc: segments never move
  Gpreempted = 9,  // stopped itself for a suspendG preemption
};

// A stack's usable bounds: [lo, hi).
struct Stack {
  uintptr_t lo;
  uintptr_t hi;
};

// The saved context of a goroutine that is not running. Unlike gc (whose
// ABIInternal has no callee-saved registers but R14), swiftcc keeps SysV's
// callee-saved registers live across calls, so a switch saves RBX, RBP, R12,
// R13 and R15 too; R14 is g itself.
struct Gobuf {
  uintptr_t sp;
  uintptr_t pc;
  G* g;
  void* ctxt;
  uintptr_t ret;
  uintptr_t bp;
  uintptr_t rbx;
  uintptr_t r12;
  uintptr_t r13;
  uintptr_t r15;
  uintptr_t r14;  // R14 at the save (mcall); g itself for a new goroutine
};

// A futex-based runtime mutex (proc.h: lock/unlock); zero value unlocked.
struct Mutex {
  uint32_t key;
};

// A one-shot sleep/wakeup event for a thread (proc.h: notesleep/notewakeup).
struct Note {
  uint32_t key;
};

// A timer on a P's heap (time.cpp). For now timers only wake a sleeping
// goroutine (time.Sleep); when <= nanotime(), g is made ready.
struct Timer {
  int64_t when;
  G* g;
  int32_t idx;   // index in its P's heap, -1 when not on one
};

// Eface is the layout of an empty interface value.
struct Eface {
  const Type* type;
  void* data;
};

// A deferred call. lowering/defer.cpp builds these (in the deferring
// function's frame, or on the heap for a defer statement in a loop) and links
// them on g->defer_, newest first; the deferring function's exit runs and
// unlinks its own, gopanic runs the rest. The layout is ABI with lowering
// (DEFER_* in asm/asm_offsets.h).
struct Defer {
  void* fn;           // closure object: code in word 0, swiftcc void(g, ctx = fn)
  Gobuf* frame;       // armable: checkpoint of the deferring function (runtime.deferframe)
  Defer* link;        // next (older) defer on G; may be on a stack or the heap
  Panic* panic_;      // panic that is running the deferred call, or null (open: if started)
  bool started;       // the call has begun (run by a panic)
  bool heap;          // allocated with mallocgc
  // Open-coded (lowering/defer.cpp): the record of a whole frame whose
  // deferred calls are pending while bit k of deferBits is set. fn is the
  // code of the frame's runner, swiftcc void(g, ctx = the record): it makes
  // the newest pending call, clearing its bit first, and returns. started
  // says that a panic is running one of the calls (panic_ is valid only
  // then: the frame's entry does not write it).
  bool open;
  uint8_t bits;       // open: deferBits
  // The deferred call may recover (its callee calls recover(), or is
  // unknown): gopanic arms the call, and frame is the checkpoint that a
  // recovery resumes. Otherwise recover() in anything the call makes
  // returns nil. Open: the mask of the deferBits whose calls may (frame is
  // the checkpoint if it is not 0, else unset); a record: 1 or 0 (frame is
  // then the checkpoint, or just the frame's identity).
  uint8_t armable;
};

// An active panic, linked on g->panic_ (newest first).
struct Panic {
  void* argp;         // pointer to the arguments of the deferred call run during panic
  Eface arg;          // argument to panic
  Panic* link;        // link to the earlier panic
  uintptr_t pc;       // where to return to in the runtime if this panic is bypassed
  uintptr_t sp;
  bool recovered;     // whether this panic is over
  bool aborted;       // the panic was aborted
  bool goexit;
};

struct G {
  Stack stack;                 // offset known to asm: the current segment
  uintptr_t stackguard0;       // offset known to asm and prologues (via %fs:0x70)
  uintptr_t stackguard1;       // guard for no_split_stack C code (unused for now)
  Panic* panic_;               // innermost panic
  Defer* defer_;               // innermost defer
  M* m;                        // current M
  Gobuf sched;                 // offset known to asm
  uintptr_t syscallsp;
  uintptr_t syscallpc;
  void* param;
  uint32_t atomicstatus;
  uint32_t stackLock;
  int64_t goid;
  G* schedlink;
  int64_t waitsince;
  uint8_t waitreason;          // a WaitReason (proc.h), if status == Gwaiting
  bool preempt;
  bool preemptStop;
  bool throwsplit;             // must not split the stack
  // Signal that turned into a panic on this g (sigpanic reads these).
  uint32_t sig;
  uintptr_t sigcode0;
  uintptr_t sigcode1;
  uintptr_t sigpc;
  // Segmented stack (stack.cpp): the current segment, and the bytes of all
  // segments linked below it, checked against the 1 GB limit.
  StackSeg* seg;
  uintptr_t stackTotal;
  uintptr_t gopc;              // pc of the go statement that created this goroutine
  uintptr_t startpc;           // pc of the goroutine function
  // Channels and select (chan.cpp, select.cpp), as in Go.
  Sudog* waiting;              // sudogs this g is waiting on (valid elem ptrs); lock order
  uint32_t selectDone;         // are we participating in a select and did someone win the race?
  bool parkingOnChan;          // about to park on a chan send/recv
  bool activeStackChans;       // channels point into this g's stack
  // Scheduler (proc.cpp).
  M* lockedm;                  // LockOSThread: this g runs only on lockedm
  uint32_t lockedExt;          // LockOSThread nesting count
  void* startfn;               // the closure the goroutine starts with (newproc)
  G* alllink;                  // on allgs
  int64_t runStart;            // nanotime when it last started running (sysmon)
  uint32_t schedtick;          // incremented on every switch to this g (sysmon)
  Timer sleepTimer;            // time.Sleep's timer
};

// A g waiting on a list (a channel's send/recv queue, a semaphore). A g may
// be on several wait lists (select), so there are many sudogs per g; a sudog
// belongs to one channel at a time. Fields as in Go's runtime2.go; Go's
// comments apply: elem may point into a stack, and is protected by the
// channel's lock.
struct Sudog {
  G* g;
  Sudog* next;
  Sudog* prev;
  void* elem;                  // data element (may point to stack)
  int64_t acquiretime;
  int64_t releasetime;
  uint32_t ticket;
  bool isSelect;               // g is in a select: g.selectDone must be CAS'd to win
  bool success;                // woken by a value delivered (true) or by close (false)
  Sudog* parent;               // semaRoot binary tree
  Sudog* waitlink;             // g.waiting list or semaRoot
  Sudog* waittail;             // semaRoot
  Hchan* c;                    // channel
};

// A print statement's output is gathered here between printlock and
// printunlock and written with one write(2).
struct PrintBuf {
  int32_t len;
  char buf[508];
};

struct M {
  G* g0;                       // offset known to asm: the scheduling stack
  G* curg;                     // offset known to asm: the running user goroutine
  G* gsignal;                  // offset known to asm: signal-handling g
  Gobuf morebuf;
  uint64_t procid;             // thread id
  void (*mstartfn)();
  P* p;
  P* nextp;
  P* oldp;
  int64_t id;
  int32_t mallocing;
  int32_t throwing;
  int32_t locks;
  int32_t dying;
  int32_t printlock;
  bool spinning;
  bool blocked;
  bool newSigstack;
  uint32_t fastrand[2];
  M* alllink;
  M* schedlink;
  PrintBuf printbuf;
  // Scheduler (proc.cpp).
  Note park;                   // idle Ms sleep here (stopm)
  uintptr_t tcb;               // the thread's TCB (%fs:0): tcb + TCB_STACKGUARD is its guard word
  G* lockedg;                  // LockOSThread
  bool (*waitunlockf)(G*, void*);  // gopark's commit function, run on g0
  void* waitlock;
  uint64_t fastrandState;      // wyrand state
  bool isSysmon;
  bool mainM;                  // m0
  // The M's allocation chunk (malloc.cpp): bump pointer and end.
  uintptr_t mcacheNext;
  uintptr_t mcacheEnd;
};

// P status, as in Go.
enum PStatus : uint32_t { Pidle = 0, Prunning = 1, Psyscall = 2, Pgcstop = 3, Pdead = 4 };

// A P is a resource required to run Go code: an M must hold one to run
// goroutines. runq is a lock-free single-producer (the owner), multi-consumer
// (stealers) ring; runnext, if set, runs next (a goroutine just readied).
struct P {
  int32_t id;
  uint32_t status;
  P* link;
  M* m;
  uint32_t runqhead;           // atomic: consumers CAS it
  uint32_t runqtail;           // atomic: written by the owner only
  G* runq[256];
  G* runnext;                  // atomic (CAS)
  uint32_t schedtick;          // incremented on every scheduler call
  uint32_t syscalltick;        // incremented on every system call
  int64_t sysmonWhen;          // sysmon: nanotime when schedtick was last seen to change
  uint32_t sysmonTick;         // sysmon: the schedtick seen then
  uint32_t sysmonSyscallTick;  // sysmon: the syscalltick seen last
  int64_t sysmonSyscallWhen;   // sysmon: nanotime when syscalltick was last seen to change
  uint64_t goidcache;          // goids [goidcache, goidcacheend) are this P's to give
  uint64_t goidcacheend;
  G* gFree;                    // dead gs (with their first stack segment)
  int32_t gFreeCount;
  int32_t sudogLen;
  Sudog* sudogcache[128];
  Mutex timersLock;
  Timer** timers;              // a min-heap by when
  int32_t ntimers;
  int32_t timersCap;
};

struct Schedt {
  uint64_t goidgen;            // atomic
  Mutex lock;                  // guards the fields below, to runqsize
  M* midle;
  int32_t nmidle;
  int32_t nmidlelocked;
  int64_t mnext;               // the number of Ms created, and the next M's id
  int32_t nmsys;               // Ms that do not count for deadlock (sysmon)
  P* pidle;
  uint32_t npidle;             // atomic reads allowed
  uint32_t nmspinning;         // atomic
  G* runqhead;
  G* runqtail;
  int32_t runqsize;
  Mutex gFreeLock;             // the central pool of dead gs
  G* gFree;
  int32_t gFreeCount;
  Mutex sudoglock;             // the central cache of sudogs
  Sudog* sudogcache;
  int32_t ntimers;             // atomic: timers on all Ps' heaps
  uint64_t ngsys;              // goroutines that NumGoroutine does not count
};

static_assert(offsetof(Stack, lo) == STACK_LO && offsetof(Stack, hi) == STACK_HI);
static_assert(offsetof(Gobuf, sp) == GOBUF_SP && offsetof(Gobuf, pc) == GOBUF_PC &&
              offsetof(Gobuf, g) == GOBUF_G && offsetof(Gobuf, ctxt) == GOBUF_CTXT &&
              offsetof(Gobuf, ret) == GOBUF_RET && offsetof(Gobuf, bp) == GOBUF_BP &&
              offsetof(Gobuf, rbx) == GOBUF_RBX && offsetof(Gobuf, r12) == GOBUF_R12 &&
              offsetof(Gobuf, r13) == GOBUF_R13 && offsetof(Gobuf, r15) == GOBUF_R15 && offsetof(Gobuf, r14) == GOBUF_R14 &&
              sizeof(Gobuf) == GOBUF_SIZE);
static_assert(offsetof(G, stack) + offsetof(Stack, lo) == G_STACK_LO &&
              offsetof(G, stack) + offsetof(Stack, hi) == G_STACK_HI &&
              offsetof(G, stackguard0) == G_STACKGUARD0 &&
              offsetof(G, stackguard1) == G_STACKGUARD1 && offsetof(G, panic_) == G_PANIC &&
              offsetof(G, defer_) == G_DEFER && offsetof(G, m) == G_M &&
              offsetof(G, sched) == G_SCHED);
static_assert(offsetof(Defer, fn) == DEFER_FN && offsetof(Defer, frame) == DEFER_FRAME &&
              offsetof(Defer, link) == DEFER_LINK && offsetof(Defer, panic_) == DEFER_PANIC &&
              offsetof(Defer, started) == DEFER_STARTED && offsetof(Defer, heap) == DEFER_HEAP &&
              offsetof(Defer, open) == DEFER_OPEN && offsetof(Defer, bits) == DEFER_BITS &&
              offsetof(Defer, armable) == DEFER_ARMABLE && sizeof(Defer) == DEFER_SIZE &&
              offsetof(Panic, argp) == PANIC_ARGP);
static_assert(offsetof(M, g0) == M_G0 && offsetof(M, curg) == M_CURG &&
              offsetof(M, gsignal) == M_GSIGNAL);

// The process's first thread and its goroutines (proc.cpp).
extern M m0;
extern G g0;
extern Schedt sched;

}  // namespace goc::rt
