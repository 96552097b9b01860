// preempt.S: asynchronous preemption (see preempt.cpp).

#include "asm.h"

  RUNTIME_TEXT

// void runtime.asyncPreempt()   [entered only from the SIGURG handler]
// Entry: the handler has made the interrupted goroutine "call" here with
//   every register as it was, except %rsp = S where 0(S) = the interrupted
//   %rsp and 8(S) = the interrupted %rip (the 128-byte red zone above them
//   is left untouched).
// Effect: saves the flags, the fifteen other GPRs, MXCSR and XMM0-15 on the
//   goroutine's stack, yields with mcall(gopreempt_m), and when the goroutine
//   is scheduled again (maybe on another thread) restores all of them and
//   jumps back to the interrupted %rip with the interrupted %rsp. The jump
//   goes through the thread-local runtime.asyncpc: no register is free at
//   that point, and a SIGURG arriving meanwhile sees a runtime PC and leaves
//   the goroutine alone. (Not saved: the x87 state and YMM upper halves;
//   goc code uses neither.)
FUNC("runtime.asyncPreempt")
  .cfi_startproc
  .cfi_signal_frame
  pushfq
  pushq %rax
  pushq %rbx
  pushq %rcx
  pushq %rdx
  pushq %rsi
  pushq %rdi
  pushq %rbp
  pushq %r8
  pushq %r9
  pushq %r10
  pushq %r11
  pushq %r12
  pushq %r13
  pushq %r14
  pushq %r15
  movq %rsp, %rbx
  subq $272, %rsp
  andq $-16, %rsp
  movdqa %xmm0, 0(%rsp)
  movdqa %xmm1, 16(%rsp)
  movdqa %xmm2, 32(%rsp)
  movdqa %xmm3, 48(%rsp)
  movdqa %xmm4, 64(%rsp)
  movdqa %xmm5, 80(%rsp)
  movdqa %xmm6, 96(%rsp)
  movdqa %xmm7, 112(%rsp)
  movdqa %xmm8, 128(%rsp)
  movdqa %xmm9, 144(%rsp)
  movdqa %xmm10, 160(%rsp)
  movdqa %xmm11, 176(%rsp)
  movdqa %xmm12, 192(%rsp)
  movdqa %xmm13, 208(%rsp)
  movdqa %xmm14, 224(%rsp)
  movdqa %xmm15, 240(%rsp)
  stmxcsr 256(%rsp)
  leaq "runtime.gopreempt_m"(%rip), %rdi
  callq "runtime.mcall"
  ldmxcsr 256(%rsp)
  movdqa 0(%rsp), %xmm0
  movdqa 16(%rsp), %xmm1
  movdqa 32(%rsp), %xmm2
  movdqa 48(%rsp), %xmm3
  movdqa 64(%rsp), %xmm4
  movdqa 80(%rsp), %xmm5
  movdqa 96(%rsp), %xmm6
  movdqa 112(%rsp), %xmm7
  movdqa 128(%rsp), %xmm8
  movdqa 144(%rsp), %xmm9
  movdqa 160(%rsp), %xmm10
  movdqa 176(%rsp), %xmm11
  movdqa 192(%rsp), %xmm12
  movdqa 208(%rsp), %xmm13
  movdqa 224(%rsp), %xmm14
  movdqa 240(%rsp), %xmm15
  movq %rbx, %rsp
  popq %r15
  popq %r14
  popq %r13
  popq %r12
  popq %r11
  popq %r10
  popq %r9
  popq %r8
  popq %rbp
  popq %rdi
  popq %rsi
  popq %rdx
  popq %rcx
  popq %rbx
  popq %rax
  popfq
  // 0(%rsp) = interrupted %rsp, 8(%rsp) = interrupted %rip. Moves and
  // pushes leave the flags alone.
  pushq %rax
  movq 16(%rsp), %rax
  movq %rax, %fs:"runtime.asyncpc"@tpoff
  popq %rax
  movq (%rsp), %rsp
  jmpq *%fs:"runtime.asyncpc"@tpoff
  .cfi_endproc
END("runtime.asyncPreempt")

  SPLIT_STACK_NOTES
