// unit.h: helpers shared by the runtime's host unit tests.
#pragma once

#include "runtime/runtime2.h"

namespace goc::rt {
// Clears the global scheduler record (stubs.cpp) between tests.
void resetSched();
}  // namespace goc::rt
