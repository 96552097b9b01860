// traceback.h: goroutine tracebacks (gc's traceback.go, printed as gc 1.19
// prints them), symbolised from the executable's own ELF/DWARF tables
// (elf_image.h) and unwound with DWARF CFI.
//
// Output of printTraceback(gp, pc), after the caller's panic/fatal message:
//     \ngoroutine N [running]:\n
//     pkg.func(...)\n
//     \t/abs/dir/file.go:LINE +0xOFF\n          (one pair per frame)
//     ...
//     created by pkg.f\n\t/abs/file.go:LINE +0xOFF\n   (goroutines other than 1)
// Differences from gc, on purpose:
//  - Arguments are not printed: every frame shows "(...)" (gc prints
//    argument words, and "(...)" only for inlined frames), except main.main
//    and init functions, which take none and show "()".
//  - Runtime frames are hidden as gc hides them (code in goruntime_text,
//    unexported runtime.* names, symbols without a '.'), except
//    runtime.gopanic below a user frame, shown as "panic(...)" with the
//    runtime's own C++ source position (gc: panic({0x..., 0x...}) and
//    .../src/runtime/panic.go:NNN).
//  - Inlined calls (DW_TAG_inlined_subroutine) are shown as gc shows them:
//    one "(...)" line per inlined function, with no +0x offset.
//  - The walk stops at the goroutine's entry (runtime.main, runtime.goentry),
//    after 100 printed frames ("...additional frames elided..."), or when a
//    frame cannot be unwound.
//
// Invariants:
//  - The walk runs on g0 (systemstack) or gsignal, never on a goroutine
//    segment; it reads stack memory only inside the goroutine's segments or
//    the M's g0/gsignal stacks, and file data only through bounds checks, so
//    a corrupt stack ends the trace instead of faulting. Output is flushed
//    frame by frame.
//  - Tracebacks are serialised by a spin lock (the DWARF readers keep small
//    static caches).
#pragma once

#include <stdint.h>

#include "runtime2.h"

namespace goc::rt {

// Prints the trace of gp (the header line and its frames), starting from the
// caller's own context, which must be running on gp's stack or on a system
// stack reached from it through systemstack. pc is only printed if nothing
// could be unwound.
void printTraceback(G* gp, uintptr_t pc);

// The signal handler records the interrupted context before a fatal error,
// so that a trace printed on the signal stack starts at the faulting
// instruction (gregs: the kernel's ucontext general registers).
void tracebackSignalContext(const uint64_t* gregs);

}  // namespace goc::rt
