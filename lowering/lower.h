// Lowering: a checked Program -> one LLVM module holding every package of the
// program, plus the runtime declarations it calls (runtime/abi/runtime_func.def).
#pragma once

#include <memory>
#include <set>
#include <string>

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
  // Separate compilation (the driver's package cache): when not empty, only
  // the packages with these import paths are defined in the module (their
  // functions, package variables and initialisers); the other packages'
  // functions and variables are only declared, to be linked from their own
  // objects. Types, itabs and wrappers are linkonce_odr in every module.
  std::set<std::string> definePackages;
};

std::unique_ptr<llvm::Module> lowerProgram(const Program& prog, const SourceManager& sm,
                                           llvm::LLVMContext& ctx, const LowerOptions& opts);

}  // namespace goc
