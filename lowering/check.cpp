// Run-time checks: bounds checks, explicit nil checks, and the cold panic
// branch they share.
//
// Strategy: a check is one compare and a conditional branch whose failing
// side is a block of its own holding only the call of a never-returning
// runtime panic entry (runtime.panicIndex, runtime.panicmem, ...) and
// `unreachable`. The branch carries weights that mark the failing side as
// cold, so LLVM lays the panic calls out of line, as gc does. Bounds are
// compared unsigned: a negative index looks huge and fails the same single
// compare, and the runtime prints it signed.
#include <llvm/IR/MDBuilder.h>

#include "lowering/lowerer.h"

namespace goc::lower {

llvm::AllocaInst* FuncLowerer::entryAllocaLL(llvm::Type* t, const char* name) {
  // Allocas in the entry block are static: LLVM folds them into the frame
  // and mem2reg can promote them.
  llvm::BasicBlock& entry = llfn->getEntryBlock();
  llvm::IRBuilder<> eb(&entry, entry.getFirstInsertionPt());
  return eb.CreateAlloca(t, nullptr, name);
}

void FuncLowerer::panicIf(llvm::Value* fail, RtFunc f, llvm::ArrayRef<llvm::Value*> args) {
  llvm::BasicBlock* panicBB = newBlock("panic");
  llvm::BasicBlock* okBB = newBlock("ok");
  llvm::MDBuilder md(m.ctx);
  b.CreateCondBr(fail, panicBB, okBB, md.createBranchWeights(1, 1u << 20));
  b.SetInsertPoint(panicBB);
  auto* ci = llvm::cast<llvm::CallInst>(callRuntime(f, args));
  ci->setDoesNotReturn();
  b.CreateUnreachable();
  b.SetInsertPoint(okBB);
}

void FuncLowerer::boundsCheck(llvm::Value* idx, llvm::Value* len) {
  panicIf(b.CreateICmpUGE(idx, len, "oob"), RtFunc::panicIndex, {idx, len});
}

void FuncLowerer::nilCheck(llvm::Value* ptr) {
  panicIf(b.CreateIsNull(ptr, "isnil"), RtFunc::panicmem, {});
}

}  // namespace goc::lower
