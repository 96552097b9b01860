// signal_linux.h: signal numbers and codes (Linux, amd64).
#pragma once

#include "runtime.h"

namespace goc::rt {

enum : uint32_t { SigBUS = 7, SigFPE = 8, SigSEGV = 11 };
enum : uintptr_t { SegvMaperr = 1, SegvAccerr = 2, BusAdrerr = 2, FpeIntdiv = 1, FpeIntovf = 2 };

// gc's "SIGSEGV: segmentation violation" and so on.
const char* signame(uint32_t sig);

}  // namespace goc::rt
