// asm_offsets.h: offsets of runtime2.h fields used by the .S files, and the
// constants they share with C++. runtime2.h static_asserts every one of them,
// so a change of layout that forgets this file does not compile.
// Included by C++ and by assembly: plain #defines only.
#pragma once

// struct Stack (runtime2.h)
#define STACK_LO 0
#define STACK_HI 8

// struct Gobuf
#define GOBUF_SP 0
#define GOBUF_PC 8
#define GOBUF_G 16
#define GOBUF_CTXT 24
#define GOBUF_RET 32
#define GOBUF_BP 40
#define GOBUF_RBX 48
#define GOBUF_R12 56
#define GOBUF_R13 64
#define GOBUF_R15 72
#define GOBUF_R14 80
#define GOBUF_SIZE 88

// struct G
#define G_STACK_LO 0
#define G_STACK_HI 8
#define G_STACKGUARD0 16
#define G_STACKGUARD1 24
#define G_PANIC 32
#define G_DEFER 40
#define G_M 48
#define G_SCHED 56
#define G_SCHED_SP (G_SCHED + GOBUF_SP)
#define G_SCHED_PC (G_SCHED + GOBUF_PC)

// struct Defer (lowering/defer.cpp builds these; it includes this file)
#define DEFER_FN 0
#define DEFER_FRAME 8
#define DEFER_LINK 16
#define DEFER_PANIC 24
#define DEFER_STARTED 32
#define DEFER_HEAP 33
#define DEFER_OPEN 34
#define DEFER_BITS 35
#define DEFER_ARMABLE 36
#define DEFER_SIZE 40
// An open-coded frame block (lowering/defer.cpp) is the Defer record
// (deferBits in it) followed by the operands of its deferred calls.

// struct Panic: argp is the recover token slot lowering clears (defer.cpp)
#define PANIC_ARGP 0

// The poisoned stack guard: stored in a thread's %fs:0x70 it sends the next
// split-stack prologue into __morestack, which sees a preemption request
// (Go's stackPreempt).
#define STACK_PREEMPT 0xfffffffffffffade

// struct M
#define M_G0 0
#define M_CURG 8
#define M_GSIGNAL 16

// glibc's tcbhead_t.__private_ss: the split-stack guard LLVM's prologues
// compare %rsp against (see DESIGN.md).
#define TCB_STACKGUARD 0x70

// Bytes kept free between a stack's guard and its low end. LLVM lets a frame
// smaller than 256 bytes start right above the guard, and __morestack and
// no_split_stack runtime code run below the guard, so this covers them.
#define STACK_GUARD 2048

// Linux x86-64 system call numbers used by the assembly.
#define SYSNO_RT_SIGRETURN 15
#define SYSNO_EXIT_GROUP 231

// struct MorestackArgs (stack.cpp): what __morestack hands to the C++ code
// it runs on g0.
#define MSARGS_G 0
#define MSARGS_SP 8
#define MSARGS_FRAMESIZE 16
#define MSARGS_ARGSIZE 24
#define MSARGS_NEWTOP 32
#define MSARGS_SIZE 40

// Extra frame size __morestack_non_split requests: the function calls code
// without split-stack prologues, which gets this much room (as libgcc).
#define NONSPLIT_EXTRA 0x4000
