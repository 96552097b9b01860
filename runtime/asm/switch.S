// switch.S: moving between a goroutine's stack and its M's g0 stack.
//
// Invariant kept by every routine here: R14 == runtime.tlsg == the g whose
// stack %rsp is on, and %fs:0x70 == that g's stackguard0.
// These routines use the SysV C ABI (they are called from C++ runtime code,
// never from Go code) and have no split-stack prologue: they run wherever
// they are called, including below a segment's guard inside __morestack.

#include "asm.h"

  RUNTIME_TEXT

// void runtime.systemstack(void (*fn)(void*), void* arg)
// Runs fn(arg) on the current M's g0 stack, starting below g0->sched.sp, and
// comes back to the calling goroutine's stack. If the caller already runs on
// g0 or on the signal stack (gsignal), calls fn(arg) directly. g->sched.sp
// and pc record where the goroutine stopped, for tracebacks.
// Callee-saved registers survive, as for any C call.
FUNC("runtime.systemstack")
  .cfi_startproc
  LOAD_TLS_G(%rax)
  movq G_M(%rax), %rcx
  cmpq M_G0(%rcx), %rax
  je 1f
  cmpq M_GSIGNAL(%rcx), %rax
  je 1f
  pushq %rbp
  .cfi_def_cfa_offset 16
  .cfi_offset %rbp, -16
  movq %rsp, %rbp
  .cfi_def_cfa_register %rbp
  pushq %rbx
  .cfi_offset %rbx, -24
  pushq %r14
  .cfi_offset %r14, -32
  movq %rax, %rbx
  movq %rsp, G_SCHED_SP(%rbx)
  leaq 2f(%rip), %rdx
  movq %rdx, G_SCHED_PC(%rbx)
  movq M_G0(%rcx), %r14
  STORE_TLS_G(%r14)
  movq G_STACKGUARD0(%r14), %rdx
  STORE_GUARD(%rdx)
  movq G_SCHED_SP(%r14), %rsp
  andq $-16, %rsp
  movq %rdi, %rax
  movq %rsi, %rdi
  callq *%rax
2:
  movq %rbx, %r14
  STORE_TLS_G(%rbx)
  movq G_STACKGUARD0(%rbx), %rdx
  STORE_GUARD(%rdx)
  leaq -16(%rbp), %rsp
  popq %r14
  popq %rbx
  popq %rbp
  .cfi_def_cfa %rsp, 8
  retq
1:
  // Already on a system stack: a tail call keeps the caller's frame as is.
  movq %rdi, %rax
  movq %rsi, %rdi
  jmpq *%rax
  .cfi_endproc
END("runtime.systemstack")

// void runtime.mcall(void (*fn)(G*))
// Saves the calling goroutine's state in g->sched (sp and pc as if mcall had
// returned, plus the callee-saved registers RBX RBP R12 R13 R14 R15: a C++
// caller may hold anything in R14, not only g), switches to g0's stack and
// calls fn(g). fn must not return: it resumes some goroutine with gogo (a
// later gogo(&g->sched) returns from this mcall) or exits. Calling mcall on
// g0 is a runtime bug (runtime.badmcall).
FUNC("runtime.mcall")
  .cfi_startproc
  LOAD_TLS_G(%rax)
  movq (%rsp), %rcx
  movq %rcx, G_SCHED + GOBUF_PC(%rax)
  leaq 8(%rsp), %rcx
  movq %rcx, G_SCHED + GOBUF_SP(%rax)
  movq %rax, G_SCHED + GOBUF_G(%rax)
  movq %rbp, G_SCHED + GOBUF_BP(%rax)
  movq %rbx, G_SCHED + GOBUF_RBX(%rax)
  movq %r12, G_SCHED + GOBUF_R12(%rax)
  movq %r13, G_SCHED + GOBUF_R13(%rax)
  movq %r15, G_SCHED + GOBUF_R15(%rax)
  movq %r14, G_SCHED + GOBUF_R14(%rax)
  movq $0, G_SCHED + GOBUF_RET(%rax)
  movq G_M(%rax), %rcx
  movq M_G0(%rcx), %rsi
  cmpq %rsi, %rax
  jne 1f
  callq "runtime.badmcall"
1:
  movq %rsi, %r14
  STORE_TLS_G(%r14)
  movq G_STACKGUARD0(%r14), %rdx
  STORE_GUARD(%rdx)
  movq G_SCHED_SP(%r14), %rsp
  andq $-16, %rsp
  movq %rdi, %rdx
  movq %rax, %rdi
  callq *%rdx
  callq "runtime.badmcall2"
  ud2
  .cfi_endproc
END("runtime.mcall")

// void runtime.gogo(Gobuf* buf)   [never returns]
// Resumes the context saved in buf: runtime.tlsg = buf->g, %fs:0x70 =
// buf->g->stackguard0, %rsp and the callee-saved registers RBX RBP R12 R13
// R14 R15 from buf, RAX = buf->ret, then jumps to buf->pc. A new goroutine
// has buf->r14 = buf->g and its closure context in buf->r13 (swiftself).
FUNC("runtime.gogo")
  .cfi_startproc
  movq GOBUF_G(%rdi), %r14
  STORE_TLS_G(%r14)
  movq G_STACKGUARD0(%r14), %rax
  STORE_GUARD(%rax)
  movq GOBUF_SP(%rdi), %rsp
  movq GOBUF_BP(%rdi), %rbp
  movq GOBUF_RBX(%rdi), %rbx
  movq GOBUF_R12(%rdi), %r12
  movq GOBUF_R13(%rdi), %r13
  movq GOBUF_R15(%rdi), %r15
  movq GOBUF_R14(%rdi), %r14
  movq GOBUF_RET(%rdi), %rax
  jmpq *GOBUF_PC(%rdi)
  .cfi_endproc
END("runtime.gogo")

// void runtime.goentry()   [never returns; reached only through gogo]
// The first pc of every goroutine made by newproc: %rsp = the top of its
// first segment (16-aligned), R14 = g, R13 = the closure object. Calls the
// closure's code (word 0) as a Go func value, then ends the goroutine with
// runtime.goexit1 (swiftcc, g in R14). The frame is the outermost one: no
// caller to unwind to.
FUNC("runtime.goentry")
  .cfi_startproc
  .cfi_undefined %rip
  xorl %ebp, %ebp
  callq *(%r13)
  LOAD_TLS_G(%r14)
  callq "runtime.goexit1"
  ud2
  .cfi_endproc
END("runtime.goentry")

  SPLIT_STACK_NOTES
