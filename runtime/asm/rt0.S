// rt0.S: starting the main goroutine.
//
// The process enters through glibc (crt1.o's _start, __libc_start_main), which
// calls the runtime's C main (proc.cpp) on the thread stack: that stack is
// m0's g0. main prepares the main goroutine and calls runtime.gostart, which
// never returns.

#include "asm.h"

  RUNTIME_TEXT

// void runtime.gostart(G* newg, void (*fn)(G*))   [SysV C ABI; never returns]
// Records g0's stack pointer in g0->sched.sp (systemstack and mcall run g0
// code below it), makes newg current (R14, runtime.tlsg, %fs:0x70 =
// newg->stackguard0), switches to newg's stack (newg->stack.hi) and calls
// fn, a swiftcc function taking g in R14. fn must not return.
FUNC("runtime.gostart")
  .cfi_startproc
  LOAD_TLS_G(%rax)
  movq %rsp, G_SCHED_SP(%rax)
  movq %rdi, %r14
  STORE_TLS_G(%r14)
  movq G_STACKGUARD0(%r14), %rax
  STORE_GUARD(%rax)
  movq G_STACK_HI(%r14), %rsp
  andq $-16, %rsp
  // The goroutine's outermost frame: no caller to unwind to.
  .cfi_undefined %rip
  xorl %ebp, %ebp
  callq *%rsi
  ud2
  .cfi_endproc
END("runtime.gostart")

// void runtime.mstart_g0(void (*fn)(M*), M* mp)   [SysV C ABI; never returns]
// The first switch-free step of a new M: records the thread's current %rsp
// as g0->sched.sp (g0 from runtime.tlsg; mcall and systemstack start g0
// code below it) and calls fn(mp) on a 16-aligned stack. fn must not return.
FUNC("runtime.mstart_g0")
  .cfi_startproc
  LOAD_TLS_G(%rax)
  movq %rsp, G_SCHED_SP(%rax)
  movq %rax, %r14
  movq %rdi, %rax
  movq %rsi, %rdi
  andq $-16, %rsp
  callq *%rax
  ud2
  .cfi_endproc
END("runtime.mstart_g0")

  SPLIT_STACK_NOTES
