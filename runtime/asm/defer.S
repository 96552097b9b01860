// defer.S: the frame checkpoint of functions with deferred calls.
//
// A Go function with a defer statement whose deferred call may recover (its
// callee calls recover() itself, or is unknown) calls runtime.deferframe
// once, in its entry block, on a Gobuf in its own frame (lowering/defer.cpp;
// other deferring functions are never resumed and take no checkpoint). When
// one of its deferred calls recovers a panic, gopanic (panic.cpp) unwinds the
// goroutine's stack segments back to the one holding that Gobuf's sp and
// resumes it with runtime.gogo, RAX = 1: deferframe "returns" a second time
// and the function runs its remaining deferred calls and returns normally.

#include "asm.h"

  RUNTIME_TEXT

// int64 runtime.deferframe(G* g [R14, swiftasync], Gobuf* buf [RDI])   [returns_twice]
// swiftcc. Saves into buf what gogo restores: the caller's %rsp after this
// call returns, the return pc, RBX RBP R12 R13 R15 (7 stores). g, R14 and
// ret are filled in by the recovery (panic.cpp's recoveryM) before it
// resumes the buffer. Returns 0; returns again with 1 through gogo(buf) after
// a recovery (buf->ret = 1). No prologue: it touches no stack but its return
// address, and must leave %rsp exactly as the call found it.
FUNC("runtime.deferframe")
  .cfi_startproc
  movq (%rsp), %rax
  movq %rax, GOBUF_PC(%rdi)
  leaq 8(%rsp), %rax
  movq %rax, GOBUF_SP(%rdi)
  movq %rbp, GOBUF_BP(%rdi)
  movq %rbx, GOBUF_RBX(%rdi)
  movq %r12, GOBUF_R12(%rdi)
  movq %r13, GOBUF_R13(%rdi)
  movq %r15, GOBUF_R15(%rdi)
  xorl %eax, %eax
  ret
  .cfi_endproc
END("runtime.deferframe")

  SPLIT_STACK_NOTES
