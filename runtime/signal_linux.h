// signal_linux.h: signal numbers and codes (Linux, amd64).
#pragma once

#include "runtime.h"

namespace goc::rt {

enum : uint32_t { SigBUS = 7, SigFPE = 8, SigSEGV = 11, SigURG = 23 };
enum : uintptr_t { SegvMaperr = 1, SegvAccerr = 2, BusAdrerr = 2, FpeIntdiv = 1, FpeIntovf = 2 };

// gc's "SIGSEGV: segmentation violation" and so on.
const char* signame(uint32_t sig);

// SIGURG: a preemption request from sysmon (preempt.cpp). gregs is the
// interrupted context's register array (ucontext's gregs).
void doSigPreempt(G* gp, uint64_t* gregs);

}  // namespace goc::rt
