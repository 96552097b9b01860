// proc.h: the scheduler's API for the rest of the runtime (channels, select,
// semaphores, timers), with Go's names and semantics (proc.go, lock_futex.go).
//
// Invariants:
//  - getg() reads the thread-local g slot. In a runtime entry point (a
//    GO_ENTRY function) prefer the `g` parameter (R14): it is the calling
//    goroutine and stays right across gopark, which may resume the goroutine
//    on another thread. getg() is an asm volatile load, so the compiler never
//    caches it (or the TLS address) across a call; but getg()->m, and
//    anything read from the M or P, must be re-read after a gopark.
//  - A Mutex may be taken from a goroutine or from g0. While it is held the
//    M does not switch goroutines (m->locks > 0 blocks preemption); never
//    gopark while holding one, except by releasing it in gopark's unlockf.
//  - gopark/goready follow Go's commit protocol: gopark switches to g0, marks
//    the g _Gwaiting, then calls unlockf(gp, arg) on g0. A parked g is made
//    runnable only by goready (from any thread, any stack).
#pragma once

#include "runtime.h"

namespace goc::rt {

// Why a goroutine is parked; the numbering and strings are gc 1.19's
// (runtime2.go). Tracebacks print "goroutine N [<string>]:".
enum WaitReason : uint8_t {
  waitReasonZero = 0,               // ""
  waitReasonGCAssistMarking,        // "GC assist marking"
  waitReasonIOWait,                 // "IO wait"
  waitReasonChanReceiveNilChan,     // "chan receive (nil chan)"
  waitReasonChanSendNilChan,        // "chan send (nil chan)"
  waitReasonDumpingHeap,            // "dumping heap"
  waitReasonGarbageCollection,      // "garbage collection"
  waitReasonGarbageCollectionScan,  // "garbage collection scan"
  waitReasonPanicWait,              // "panicwait"
  waitReasonSelect,                 // "select"
  waitReasonSelectNoCases,          // "select (no cases)"
  waitReasonGCAssistWait,           // "GC assist wait"
  waitReasonGCSweepWait,            // "GC sweep wait"
  waitReasonGCScavengeWait,         // "GC scavenge wait"
  waitReasonChanReceive,            // "chan receive"
  waitReasonChanSend,               // "chan send"
  waitReasonFinalizerWait,          // "finalizer wait"
  waitReasonForceGCIdle,            // "force gc (idle)"
  waitReasonSemacquire,             // "semacquire"
  waitReasonSleep,                  // "sleep"
  waitReasonSyncCondWait,           // "sync.Cond.Wait"
  waitReasonTimerGoroutineIdle,     // "timer goroutine (idle)"
  waitReasonTraceReaderBlocked,     // "trace reader (blocked)"
  waitReasonWaitForGCCycle,         // "wait for GC cycle"
  waitReasonGCWorkerIdle,           // "GC worker (idle)"
  waitReasonPreempted,              // "preempted"
  waitReasonDebugCall,              // "debug call"
  waitReasonCount
};
// The string gc prints for a wait reason ("" for out-of-range values).
const char* waitReasonString(uint8_t w);

// A futex-based runtime mutex (lock_futex.go): key 0 unlocked, 1 locked,
// 2 locked with sleepers. Zero value is unlocked. lock spins briefly, then
// sleeps in futex(FUTEX_WAIT); it increments m->locks while held.
// (struct Mutex is in runtime2.h.)
void lock(Mutex* l);
void unlock(Mutex* l);

// A one-shot event (Go's note): notesleep blocks the thread (not just the
// goroutine) until notewakeup; noteclear re-arms it. Used for idle Ms.
// (struct Note is in runtime2.h.)
void noteclear(Note* n);
void notewakeup(Note* n);
void notesleep(Note* n);
// Sleeps at most ns nanoseconds (ns < 0: forever); true if woken.
bool notetsleep(Note* n, int64_t ns);

// Parks the calling goroutine (state _Gwaiting, reason) and runs another.
// On g0, calls unlockf(gp, arg) after gp's state is saved: if it returns
// false, gp is resumed at once (gopark returns); otherwise gp stays parked
// until goready(gp). unlockf may be null (= always true). Must not be called
// on g0 or with m->locks held other than through unlockf.
using ParkUnlockFn = bool (*)(G* gp, void* arg);
void gopark(ParkUnlockFn unlockf, void* arg, WaitReason reason);
// gopark with unlockf releasing the Mutex lk (Go's goparkunlock).
void goparkunlock(Mutex* lk, WaitReason reason);
// Makes the parked gp runnable: puts it in the current P's runnext (the
// previous runnext goes to the local queue) and wakes an idle P if any.
// Callable from any goroutine or from g0.
void goready(G* gp);

// Sudogs come from a per-P cache (refilled from a central list). acquireSudog
// returns a zeroed Sudog; releaseSudog checks the links are cleared.
Sudog* acquireSudog();
void releaseSudog(Sudog* s);

// Per-M random numbers (wyrand), callable anywhere.
// fastrand() is declared in runtime.h; fastrandn(n) is in [0, n).
uint32_t fastrandn(uint32_t n);

// Monotonic time in nanoseconds (CLOCK_MONOTONIC through the vDSO if found,
// else the raw system call); walltime: CLOCK_REALTIME.
int64_t nanotime();
void walltime(int64_t* sec, int32_t* nsec);

// Yields the processor: the current g goes to the global run queue.
void gosched();

// Disables preemption of the current M (Go's acquirem/releasem).
M* acquirem();
void releasem(M* mp);

// The number of goroutines that are not dead (runtime.NumGoroutine).
int64_t gcount();

}  // namespace goc::rt
