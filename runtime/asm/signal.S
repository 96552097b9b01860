// signal.S: signal entry and exit, and the redirection target of faults.

#include "asm.h"

  RUNTIME_TEXT

// void runtime.sigtramp(int sig, siginfo_t* info, ucontext_t* ctx)
// The handler installed for every signal the runtime catches; the kernel
// calls it (SysV C ABI) on the M's alternate signal stack. For the handler's
// duration the thread runs as m->gsignal: runtime.tlsg = gsignal, R14 =
// gsignal and %fs:0x70 = gsignal's guard, so split-stack prologues in the
// handler check against the signal stack. Calls
// runtime.sighandler(sig, info, ctx, interrupted g), then restores the
// interrupted g's tlsg and guard. The handler may rewrite ctx to redirect
// the interrupted goroutine (to runtime.sigpanic), never to change its g.
// Before the runtime is set up (tlsg == 0) the identity is left alone.
FUNC("runtime.sigtramp")
  .cfi_startproc
  pushq %rbp
  .cfi_def_cfa_offset 16
  .cfi_offset %rbp, -16
  movq %rsp, %rbp
  .cfi_def_cfa_register %rbp
  pushq %rbx
  pushq %r12
  pushq %r14
  pushq %r15
  LOAD_GUARD(%r12)
  LOAD_TLS_G(%rbx)
  testq %rbx, %rbx
  jz 1f
  movq G_M(%rbx), %rax
  movq M_GSIGNAL(%rax), %r14
  testq %r14, %r14
  jz 1f
  STORE_TLS_G(%r14)
  movq G_STACKGUARD0(%r14), %rax
  STORE_GUARD(%rax)
1:
  movq %rbx, %rcx
  andq $-16, %rsp
  callq "runtime.sighandler"
  STORE_TLS_G(%rbx)
  STORE_GUARD(%r12)
  leaq -32(%rbp), %rsp
  popq %r15
  popq %r14
  popq %r12
  popq %rbx
  popq %rbp
  .cfi_def_cfa %rsp, 8
  retq
  .cfi_endproc
END("runtime.sigtramp")

// void runtime.sigreturn()   [sa_restorer; never returns]
// The return address of runtime.sigtramp's frame: asks the kernel to restore
// the (possibly rewritten) context.
FUNC("runtime.sigreturn")
  movl $SYSNO_RT_SIGRETURN, %eax
  syscall
  ud2
END("runtime.sigreturn")

// void runtime.sigpanic()   [never returns]
// The signal handler redirects a faulting goroutine here as if the faulting
// instruction had called it: (%rsp) = the faulting PC, R14 = the faulting g,
// %fs:0x70 = its guard, g->sig/sigcode0/sigcode1/sigpc describe the fault.
// Aligns the stack for C++ and calls runtime.sigpanic0 (swiftcc, g in R14),
// which turns the fault into a Go panic on this goroutine.
FUNC("runtime.sigpanic")
  .cfi_startproc
  // The return address is the faulting instruction itself, not the one after
  // a call: unwinders must not subtract 1 from it.
  .cfi_signal_frame
  pushq %rbp
  .cfi_def_cfa_offset 16
  .cfi_offset %rbp, -16
  movq %rsp, %rbp
  .cfi_def_cfa_register %rbp
  andq $-16, %rsp
  callq "runtime.sigpanic0"
  ud2
  .cfi_endproc
END("runtime.sigpanic")

  SPLIT_STACK_NOTES
