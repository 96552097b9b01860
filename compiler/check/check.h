// Entry points of compiler/check beyond types.h (dumps for tests).
#pragma once

#include <string>

#include "compiler/check/types.h"

namespace goc {

// Every checked expression as `line:col mode type [= value]`, one per line,
// in source order (goc build --dump=typed).
std::string dumpTyped(const Program& prog, const SourceManager& sm);

}  // namespace goc
