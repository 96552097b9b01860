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
};

// Eface is the layout of an empty interface value.
struct Eface {
  const Type* type;
  void* data;
};

// A deferred call (the chain will be walked by gopanic; lowering adds to it
// in a later milestone).
struct Defer {
  bool started;
  bool heap;
  bool openDefer;
  uintptr_t sp;       // sp at the time of defer
  uintptr_t pc;       // pc at the time of defer
  void* fn;           // the closure to call (code pointer in word 0)
  Panic* panic_;      // panic that is running the defer
  Defer* link;        // next defer on G; may be on the stack or the heap
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
  uint8_t waitreason;
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
};

// A P is a resource required to run Go code (scheduler to come).
struct P {
  int32_t id;
  uint32_t status;
  P* link;
  M* m;
  uint32_t runqhead;
  uint32_t runqtail;
  G* runq[256];
  G* runnext;
};

struct Schedt {
  uint64_t goidgen;
  M* midle;
  int32_t nmidle;
  int64_t mnext;
  P* pidle;
  uint32_t npidle;
  uint32_t nmspinning;
  G* runqhead;
  G* runqtail;
  int32_t runqsize;
};

static_assert(offsetof(Stack, lo) == STACK_LO && offsetof(Stack, hi) == STACK_HI);
static_assert(offsetof(Gobuf, sp) == GOBUF_SP && offsetof(Gobuf, pc) == GOBUF_PC &&
              offsetof(Gobuf, g) == GOBUF_G && offsetof(Gobuf, ctxt) == GOBUF_CTXT &&
              offsetof(Gobuf, ret) == GOBUF_RET && offsetof(Gobuf, bp) == GOBUF_BP &&
              offsetof(Gobuf, rbx) == GOBUF_RBX && offsetof(Gobuf, r12) == GOBUF_R12 &&
              offsetof(Gobuf, r13) == GOBUF_R13 && offsetof(Gobuf, r15) == GOBUF_R15 &&
              sizeof(Gobuf) == GOBUF_SIZE);
static_assert(offsetof(G, stack) + offsetof(Stack, lo) == G_STACK_LO &&
              offsetof(G, stack) + offsetof(Stack, hi) == G_STACK_HI &&
              offsetof(G, stackguard0) == G_STACKGUARD0 &&
              offsetof(G, stackguard1) == G_STACKGUARD1 && offsetof(G, panic_) == G_PANIC &&
              offsetof(G, defer_) == G_DEFER && offsetof(G, m) == G_M &&
              offsetof(G, sched) == G_SCHED);
static_assert(offsetof(M, g0) == M_G0 && offsetof(M, curg) == M_CURG &&
              offsetof(M, gsignal) == M_GSIGNAL);

// The process's first thread and its goroutines (proc.cpp).
extern M m0;
extern G g0;
extern Schedt sched;

}  // namespace goc::rt
