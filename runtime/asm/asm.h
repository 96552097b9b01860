// asm.h: macros shared by the runtime's .S files.
#pragma once

#include "asm_offsets.h"

// Every runtime routine lives in the runtime's own text section, so the
// signal handler can tell runtime code from Go code by its PC (linker-made
// __start_/__stop_ symbols bound it; see README.md).
#define RUNTIME_TEXT .section goruntime_text, "ax", @progbits

// Both notes in every .S file (DESIGN.md, trap 2): the split-stack note keeps
// lld from rewriting the prologues of Go callers; the no-split-stack one
// says some routines here have no prologue on purpose.
#define SPLIT_STACK_NOTES                             \
  .section .note.GNU-split-stack, "", @progbits;      \
  .section .note.GNU-no-split-stack, "", @progbits;   \
  .section .note.GNU-stack, "", @progbits

// The thread-local g slot (runtime.tlsg, local-exec TLS) and the split-stack
// guard word of glibc's TCB.
#define LOAD_TLS_G(reg) movq %fs:"runtime.tlsg"@tpoff, reg
#define STORE_TLS_G(reg) movq reg, %fs:"runtime.tlsg"@tpoff
#define STORE_GUARD(reg) movq reg, %fs:TCB_STACKGUARD
#define LOAD_GUARD(reg) movq %fs:TCB_STACKGUARD, reg

#define FUNC(name)          \
  .globl name;              \
  .type name, @function;    \
  .p2align 4;               \
  name:

#define END(name) .size name, .- name
