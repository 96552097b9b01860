// morestack.S: growing a goroutine's stack by segments.
//
// Every split-stack function starts with (DESIGN.md):
//     cmpq %fs:0x70, %rsp   (or: leaq -N(%rsp), %r11; cmpq %fs:0x70, %r11)
//     jbe  .Lmore
//     ...
//   .Lmore: movl $FRAMESIZE, %r10d; movl $ARGSIZE, %r11d
//           callq __morestack
//           retq
// __morestack runs the function's body (the instruction after that retq) on
// a new segment and unlinks the segment when the body returns. The segment
// bookkeeping (stack.cpp) runs on g0 through systemstack; this file only
// moves registers, arguments and %rsp.

#include "asm.h"

  RUNTIME_TEXT

// Slots of __morestack's frame, below its saved %rbp on the old stack.
#define MS_RDI -8
#define MS_RSI -16
#define MS_RDX -24
#define MS_RCX -32
#define MS_R8 -40
#define MS_R9 -48
#define MS_RAX -56
#define MS_R12 -64
#define MS_R13 -72
#define MS_R14 -80
#define MS_R10 -88
#define MS_R11 -96
#define MS_NOPOP -104
#define MS_XMM0 -128
#define MS_ARGS (MS_XMM0 - 7 * 16 - MSARGS_SIZE - 8)
#define MS_FRAME (-MS_ARGS)
// Above the saved %rbp: the address of the retq in the function (R), the
// function's return address into its caller, then its stack arguments.
#define MS_RETQ 8
#define MS_STACKARGS 24

// void __morestack()   [LLVM split-stack contract; no prologue of its own]
// Entry: (%rsp) = R, the address of the `retq` following `callq __morestack`
//   in function F; 8(%rsp) = F's return address; 16(%rsp) = F's stack
//   arguments, %r11 bytes of them; %r10 = F's frame size. RDI RSI RDX RCX R8
//   R9 RAX R12 R13 R14 and XMM0-7 hold F's register arguments.
// Preemption: if %fs:0x70 holds STACK_PREEMPT (preempt.cpp), the call is a
//   preemption request, not a stack overflow: runtime.morestack_preempt_check
//   restores the real guard and says whether to yield (mcall(gopreempt_m));
//   then if F's frame fits on the current segment after all, F's body runs
//   right here below this frame (MS_NOPOP = 1: nothing to unlink after).
// Effect: links a segment big enough for F's frame (runtime.morestack_m on
//   g0), copies the stack arguments to its top, and calls R+1 with every
//   argument register intact and %rsp 16-aligned right below the copied
//   arguments. When F returns, unlinks the segment (runtime.morestack_pop_m)
//   and returns to F's caller with RAX RDX RCX R8 and XMM0-3 (F's results)
//   and the callee-saved registers intact.
// Runs below the old segment's guard: its frame (MS_FRAME bytes) plus
//   systemstack's fit in STACK_GUARD. It finds the goroutine through
//   runtime.tlsg, not R14: a C++ runtime function compiled with -fsplit-stack
//   may reach here with anything in R14.
// CFI: the frame is %rbp-based, and F keeps %rbp (callee-saved), so an
//   unwinder walks from F on the new segment through here into F's caller on
//   the old one.
FUNC(__morestack)
  .cfi_startproc
  pushq %rbp
  .cfi_def_cfa_offset 16
  .cfi_offset %rbp, -16
  movq %rsp, %rbp
  .cfi_def_cfa_register %rbp
  leaq MS_ARGS(%rbp), %rsp
  andq $-16, %rsp
  movq %rdi, MS_RDI(%rbp)
  movq %rsi, MS_RSI(%rbp)
  movq %rdx, MS_RDX(%rbp)
  movq %rcx, MS_RCX(%rbp)
  movq %r8, MS_R8(%rbp)
  movq %r9, MS_R9(%rbp)
  movq %rax, MS_RAX(%rbp)
  movq %r12, MS_R12(%rbp)
  movq %r13, MS_R13(%rbp)
  movq %r14, MS_R14(%rbp)
  movq %r10, MS_R10(%rbp)
  movq %r11, MS_R11(%rbp)
  movdqu %xmm0, MS_XMM0(%rbp)
  movdqu %xmm1, MS_XMM0-16(%rbp)
  movdqu %xmm2, MS_XMM0-32(%rbp)
  movdqu %xmm3, MS_XMM0-48(%rbp)
  movdqu %xmm4, MS_XMM0-64(%rbp)
  movdqu %xmm5, MS_XMM0-80(%rbp)
  movdqu %xmm6, MS_XMM0-96(%rbp)
  movdqu %xmm7, MS_XMM0-112(%rbp)
  movq $0, MS_NOPOP(%rbp)

  // A preemption request?
  LOAD_TLS_G(%rdi)
  movq MS_RETQ(%rbp), %rsi
  callq "runtime.morestack_preempt_check"
  testl %eax, %eax
  jz 3f
  cmpl $1, %eax
  jne 4f
  leaq "runtime.gopreempt_m"(%rip), %rdi
  callq "runtime.mcall"
4:
  // Does F's frame fit below this one, above the real guard?
  LOAD_TLS_G(%rax)
  movq %rsp, %rcx
  subq MS_R10(%rbp), %rcx
  subq MS_R11(%rbp), %rcx
  subq $512, %rcx
  cmpq G_STACKGUARD0(%rax), %rcx
  jbe 3f
  movq %rsp, MS_ARGS+MSARGS_NEWTOP(%rbp)
  movq $1, MS_NOPOP(%rbp)
  jmp 5f
3:
  // Link a new segment: morestack_m(&args) on g0.
  LOAD_TLS_G(%rax)
  movq %rax, MS_ARGS+MSARGS_G(%rbp)
  leaq MS_RETQ(%rbp), %rax
  movq %rax, MS_ARGS+MSARGS_SP(%rbp)
  movq %r10, MS_ARGS+MSARGS_FRAMESIZE(%rbp)
  movq %r11, MS_ARGS+MSARGS_ARGSIZE(%rbp)
  leaq "runtime.morestack_m"(%rip), %rdi
  leaq MS_ARGS(%rbp), %rsi
  callq "runtime.systemstack"
  // systemstack left %fs:0x70 = g->stackguard0, now the new segment's guard.
5:
  // Copy the stack arguments to the top of the new segment.
  movq MS_R11(%rbp), %rcx
  movq MS_ARGS+MSARGS_NEWTOP(%rbp), %r11
  leaq 15(%rcx), %rax
  andq $-16, %rax
  subq %rax, %r11
  leaq MS_STACKARGS(%rbp), %rsi
  movq %r11, %rdi
  rep movsb

  movq MS_RETQ(%rbp), %r10
  incq %r10
  movq MS_RDI(%rbp), %rdi
  movq MS_RSI(%rbp), %rsi
  movq MS_RDX(%rbp), %rdx
  movq MS_RCX(%rbp), %rcx
  movq MS_R8(%rbp), %r8
  movq MS_R9(%rbp), %r9
  movq MS_RAX(%rbp), %rax
  movq MS_R12(%rbp), %r12
  movq MS_R13(%rbp), %r13
  movq MS_R14(%rbp), %r14
  movdqu MS_XMM0(%rbp), %xmm0
  movdqu MS_XMM0-16(%rbp), %xmm1
  movdqu MS_XMM0-32(%rbp), %xmm2
  movdqu MS_XMM0-48(%rbp), %xmm3
  movdqu MS_XMM0-64(%rbp), %xmm4
  movdqu MS_XMM0-80(%rbp), %xmm5
  movdqu MS_XMM0-96(%rbp), %xmm6
  movdqu MS_XMM0-112(%rbp), %xmm7
  movq %r11, %rsp
  callq *%r10

  // F returned: keep its results, go back to the old stack, unlink.
  movq %rax, MS_RAX(%rbp)
  movq %rdx, MS_RDX(%rbp)
  movq %rcx, MS_RCX(%rbp)
  movq %r8, MS_R8(%rbp)
  movdqu %xmm0, MS_XMM0(%rbp)
  movdqu %xmm1, MS_XMM0-16(%rbp)
  movdqu %xmm2, MS_XMM0-32(%rbp)
  movdqu %xmm3, MS_XMM0-48(%rbp)
  leaq MS_ARGS(%rbp), %rsp
  andq $-16, %rsp
  cmpq $0, MS_NOPOP(%rbp)
  jne 6f
  LOAD_TLS_G(%rax)
  movq %rax, MS_ARGS+MSARGS_G(%rbp)
  leaq "runtime.morestack_pop_m"(%rip), %rdi
  leaq MS_ARGS(%rbp), %rsi
  callq "runtime.systemstack"
  // systemstack left %fs:0x70 = the old segment's guard.
6:
  movq MS_RAX(%rbp), %rax
  movq MS_RDX(%rbp), %rdx
  movq MS_RCX(%rbp), %rcx
  movq MS_R8(%rbp), %r8
  movdqu MS_XMM0(%rbp), %xmm0
  movdqu MS_XMM0-16(%rbp), %xmm1
  movdqu MS_XMM0-32(%rbp), %xmm2
  movdqu MS_XMM0-48(%rbp), %xmm3
  movq %rbp, %rsp
  popq %rbp
  .cfi_def_cfa %rsp, 8
  // Drop R and return to F's caller.
  addq $8, %rsp
  .cfi_def_cfa_offset 8
  retq
  .cfi_endproc
END(__morestack)

// void __morestack_non_split()
// lld calls this instead of __morestack from a function whose prologue it
// rewrote to always take the slow path, because the function calls code
// built without split-stack prologues (DESIGN.md, trap 3). It always switches
// to a new segment, with NONSPLIT_EXTRA more room for the unchecked callees.
FUNC(__morestack_non_split)
  .cfi_startproc
  addq $NONSPLIT_EXTRA, %r10
  jmp __morestack
  .cfi_endproc
END(__morestack_non_split)

  SPLIT_STACK_NOTES
