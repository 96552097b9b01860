// Lowering: a checked Program -> one LLVM module holding every package of the
// program, plus the runtime declarations it calls (runtime/abi/runtime_func.def).
#pragma once

#include <memory>

#include "compiler/diag/diag.h"
#include "compiler/syntax/ast.h"

namespace llvm {
class LLVMContext;
class Module;
}  // namespace llvm

namespace goc {

struct LowerOptions {
  bool debugInfo = true;  // emit DWARF line tables
  int optLevel = 2;       // informs attributes only; the driver runs the passes
};

std::unique_ptr<llvm::Module> lowerProgram(const Program& prog, const SourceManager& sm,
                                           llvm::LLVMContext& ctx, const LowerOptions& opts);

}  // namespace goc
