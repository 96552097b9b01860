// The entry point of lowering: a checked Program -> one LLVM module.
//
// Strategy: all the work is in ModuleLowerer (module.cpp); this file only
// keeps the public interface (lower.h) free of lowering's internals.
#include "lowering/lower.h"

#include "lowering/lowerer.h"

namespace goc {

std::unique_ptr<llvm::Module> lowerProgram(const Program& prog, const SourceManager& sm,
                                           llvm::LLVMContext& ctx, const LowerOptions& opts) {
  lower::ModuleLowerer m(prog, sm, ctx, opts);
  return m.run();
}

}  // namespace goc
