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
//
// Nil checks (nilCheck) guard every dereference whose own memory access may
// not happen at run time: a load whose value is dead after inlining (`_ = *p`,
// the copy of a value receiver), an address computation (`&p.f`), a field
// beyond the first page. Their failing side does not call runtime.panicmem: it
// makes a volatile one-byte load through the (nil) pointer, so the program
// takes the same SIGSEGV at address 0 as gc's nil checks (a faulting TESTB)
// and prints the same report, `[signal SIGSEGV ...]` line included. The
// compare is an ordinary one, so LLVM drops the checks that a dominating check
// of the same pointer already made (functions carry null_pointer_is_valid, so
// the volatile load is not treated as undefined; see nilCheck for how it is
// kept).
//
// What a passed check proves is handed on to LLVM: an element address after
// its bounds check is an `inbounds nuw` GEP off a data pointer assumed
// non-nil (checkedElemAddr), so the nil checks of pointers taken from it
// (b := &s[i]; b.x) fold away like those after a dominating nil check.
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
  if (llvm::isa<llvm::AllocaInst>(ptr) || llvm::isa<llvm::GlobalValue>(ptr)) return;  // never nil
  llvm::BasicBlock* faultBB = newBlock("nil");
  llvm::BasicBlock* okBB = newBlock("ok");
  llvm::MDBuilder md(m.ctx);
  b.CreateCondBr(b.CreateIsNull(ptr, "isnil"), faultBB, okBB, md.createBranchWeights(1, 1u << 20));
  b.SetInsertPoint(faultBB);
  b.CreateLoad(b.getInt8Ty(), ptr, /*isVolatile=*/true, "nilfault");
  // Never reached: the load faults. SimplifyCFG deletes the instructions
  // before an `unreachable` that "always continue", volatile loads included,
  // so a call that may not return must separate the load from it.
  auto* ci = llvm::cast<llvm::CallInst>(callRuntime(RtFunc::panicmem, {}));
  ci->setDoesNotReturn();
  b.CreateUnreachable();
  b.SetInsertPoint(okBB);
}

// A slice or string with len > 0 never has a nil data pointer (zero-size
// allocations return &zerobase), so after idx < len passed, data != nil can be
// assumed; with an inbounds nuw GEP LLVM then knows the element address is
// non-nil too and drops the nil checks of pointers taken from it (b := &s[i];
// b.x). The GEP cannot wrap: idx < len, and the slice's memory is one object.
llvm::Value* FuncLowerer::checkedElemAddr(llvm::Type* elem, llvm::Value* data, llvm::Value* idx) {
  if (!llvm::isa<llvm::Constant>(data)) {
    llvm::Function* assume = llvm::Intrinsic::getDeclaration(m.mod.get(), llvm::Intrinsic::assume);
    b.CreateCall(assume, {b.CreateIsNotNull(data)});
  }
  return inboundsGEP(elem, data, {idx});
}

llvm::Value* FuncLowerer::inboundsGEP(llvm::Type* t, llvm::Value* base, llvm::ArrayRef<llvm::Value*> idx) {
  return b.CreateGEP(t, base, idx, "", llvm::GEPNoWrapFlags::inBounds() | llvm::GEPNoWrapFlags::noUnsignedWrap());
}

}  // namespace goc::lower
