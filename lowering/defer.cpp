// defer statements, the exit of functions with deferred calls, and recover().
//
// Strategy (costs measured in README.md): a function containing `defer`
// keeps a checkpoint of its frame and a chain of defer records on g.
//  - Entry: a Gobuf in the frame (`defer.frame`) filled by
//    runtime.deferframe, a `returns_twice` call returning 0; when a deferred
//    call of this function recovers a panic, gopanic resumes the checkpoint
//    and deferframe returns 1, which branches to the exit block. Results that
//    live in allocas are made to escape (an empty inline asm), so their last
//    stored values are in memory, not in registers, when that happens.
//  - `defer CALL`: delayCall() (thunk.cpp, shared with `go`) evaluates the
//    operands of CALL that the spec evaluates now into a closure object
//    {thunk, operands...} whose thunk (`F.deferwrapN`) makes the call, or
//    gives the func value itself for `defer f()` / `defer fv()` without
//    operands or results. The Defer record (layout runtime2.h, DEFER_*) and
//    the closure object are one allocation: an entry-block alloca for a
//    defer statement outside loops (re-used only if a backward goto runs it
//    twice in one call: then it goes to the heap), mallocgc for one inside a
//    loop. The record is linked on g->defer_.
//  - Exit (every return jumps there after storing its results): disarms the
//    current panic's recover token, then pops and calls, newest first, the
//    records on g->defer_ whose frame is this function's checkpoint, then
//    loads the results and returns. gopanic (runtime/panic.cpp) runs the
//    records of frames that do not return normally.
//  - recover(): a function that calls recover takes its token at entry
//    (runtime.deferrecoverable); recover() is runtime.gorecover(token).
#include <llvm/IR/InlineAsm.h>

#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"
#include "runtime/asm/asm_offsets.h"

namespace goc::lower {

llvm::Value* FuncLowerer::gField(unsigned offset) {
  return b.CreateConstGEP1_64(b.getInt8Ty(), g, offset);
}

void FuncLowerer::funcPrologue() {
  if (fn->hasRecover) recoverToken_ = callRuntime(RtFunc::deferrecoverable, {});
  if (!fn->hasDefer) return;
  deferFrame_ = entryAllocaLL(llvm::ArrayType::get(m.i64(), GOBUF_SIZE / 8), "defer.frame");
  // Results in allocas must be in memory when a recovery resumes the frame.
  for (VarObj* r : fn->results) {
    llvm::Value* p = varAddr(r).ptr;
    if (!llvm::isa<llvm::AllocaInst>(p)) continue;
    auto* ty = llvm::FunctionType::get(b.getVoidTy(), {m.ptrType()}, false);
    b.CreateCall(llvm::InlineAsm::get(ty, "", "r,~{memory}", true), {p});
  }
  llvm::Function* df = m.runtimeFunc(RtFunc::deferframe);
  df->addFnAttr(llvm::Attribute::ReturnsTwice);
  auto* ci = llvm::cast<llvm::CallInst>(callRuntime(RtFunc::deferframe, {deferFrame_}));
  ci->addFnAttr(llvm::Attribute::ReturnsTwice);
  llvm::BasicBlock* body = newBlock("defer.body");
  deferExit_ = newBlock("defer.exit");
  b.CreateCondBr(b.CreateICmpNE(ci, b.getInt64(0)), deferExit_, body);
  b.SetInsertPoint(body);
}

bool FuncLowerer::deferReturn(const std::vector<llvm::Value*>& vals) {
  if (!deferFrame_) return false;
  for (size_t i = 0; i < vals.size(); i++) {
    VarObj* r = fn->results[i];
    storeValue(r->type, vals[i], varAddr(r).ptr);
  }
  b.CreateBr(deferExit_);
  return true;
}

void FuncLowerer::deferEpilogue() {
  if (!deferFrame_) return;
  llvm::BasicBlock* saved = b.GetInsertBlock();
  b.SetInsertPoint(deferExit_);
  llvm::Type* pt = m.ptrType();
  // Calls deferred here were not started by a panic: they may not recover it.
  llvm::Value* p = b.CreateLoad(pt, gField(G_PANIC), "panic");
  llvm::BasicBlock* disarm = newBlock("defer.disarm");
  llvm::BasicBlock* loop = newBlock("defer.loop");
  b.CreateCondBr(b.CreateIsNull(p), loop, disarm);
  b.SetInsertPoint(disarm);
  b.CreateStore(llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0)),
                b.CreateConstGEP1_64(b.getInt8Ty(), p, PANIC_ARGP));
  b.CreateBr(loop);

  b.SetInsertPoint(loop);
  llvm::Value* d = b.CreateLoad(pt, gField(G_DEFER), "d");
  llvm::BasicBlock* check = newBlock("defer.check");
  llvm::BasicBlock* run = newBlock("defer.run");
  llvm::BasicBlock* done = newBlock("defer.done");
  b.CreateCondBr(b.CreateIsNull(d), done, check);
  b.SetInsertPoint(check);
  llvm::Value* frame = b.CreateLoad(pt, b.CreateConstGEP1_64(b.getInt8Ty(), d, DEFER_FRAME));
  b.CreateCondBr(b.CreateICmpEQ(frame, deferFrame_), run, done);
  b.SetInsertPoint(run);
  llvm::Value* link = b.CreateLoad(pt, b.CreateConstGEP1_64(b.getInt8Ty(), d, DEFER_LINK));
  b.CreateStore(link, gField(G_DEFER));
  llvm::Value* fv = b.CreateLoad(pt, b.CreateConstGEP1_64(b.getInt8Ty(), d, DEFER_FN), "fv");
  llvm::Value* code = b.CreateLoad(pt, fv, "fn.code");
  auto* fty = llvm::FunctionType::get(b.getVoidTy(), {pt, pt}, false);
  llvm::CallInst* ci = b.CreateCall(fty, code, {g, fv});
  ci->setCallingConv(llvm::CallingConv::Swift);
  ci->addParamAttr(0, llvm::Attribute::SwiftAsync);
  ci->addParamAttr(1, llvm::Attribute::SwiftSelf);
  b.CreateBr(loop);

  b.SetInsertPoint(done);
  std::vector<llvm::Value*> vals;
  for (VarObj* r : fn->results) vals.push_back(load(r->type, varAddr(r).ptr));
  if (vals.empty()) {
    b.CreateRetVoid();
  } else if (vals.size() == 1) {
    b.CreateRet(vals[0]);
  } else {
    llvm::Value* agg = llvm::UndefValue::get(llfn->getReturnType());
    for (unsigned i = 0; i < vals.size(); i++) agg = b.CreateInsertValue(agg, vals[i], i);
    b.CreateRet(agg);
  }
  b.SetInsertPoint(saved);
}

llvm::Value* FuncLowerer::recoverCall() {
  if (!recoverToken_) return llvm::Constant::getNullValue(m.ifaceType());
  llvm::Value* r = callRuntime(RtFunc::gorecover, {recoverToken_});
  llvm::Value* v = llvm::UndefValue::get(m.ifaceType());
  v = b.CreateInsertValue(v, b.CreateExtractValue(r, 0), 0);
  return b.CreateInsertValue(v, b.CreateExtractValue(r, 1), 1);
}

void FuncLowerer::deferStmt(DeferStmt* s) {
  DelayedCall dc = delayCall(s->call, s->pos, "defer", deferThunks_);  // thunk.cpp

  // The record: Defer, then (with a thunk) the closure object.
  llvm::Type* pt = m.ptrType();
  std::vector<llvm::Type*> fields{pt, pt, pt, pt, b.getInt8Ty(), b.getInt8Ty()};
  auto* deferTy = llvm::StructType::get(m.ctx, fields);
  auto* recTy = dc.direct ? deferTy : llvm::StructType::get(m.ctx, {deferTy, m.llvmType(dc.objT)});
  const llvm::DataLayout& dl = m.mod->getDataLayout();
  llvm::Value* size = b.getInt64(dl.getTypeAllocSize(recTy));
  auto heapRecord = [&] {
    return callRuntime(RtFunc::mallocgc, {size, llvm::ConstantPointerNull::get(
                                                    llvm::PointerType::get(m.ctx, 0)),
                                          b.getInt1(true)});
  };
  bool inLoop = false;
  for (const Stmt* st : breakables_)
    if (st->is<ForStmt>() || st->is<RangeStmt>()) inLoop = true;
  llvm::Value* rec;
  if (inLoop) {
    rec = heapRecord();
  } else {
    // A stack record, unless a backward goto already used it in this call.
    llvm::AllocaInst* slot = entryAllocaLL(recTy, "defer.rec");
    {
      llvm::IRBuilder<> eb(slot->getNextNode());
      eb.CreateStore(llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0)),
                     eb.CreateConstGEP1_64(eb.getInt8Ty(), slot, DEFER_FRAME));
    }
    llvm::Value* used = b.CreateICmpEQ(
        b.CreateLoad(pt, b.CreateConstGEP1_64(b.getInt8Ty(), slot, DEFER_FRAME)), deferFrame_);
    llvm::BasicBlock* cur = b.GetInsertBlock();
    llvm::BasicBlock* onHeap = newBlock("defer.heap");
    llvm::BasicBlock* join = newBlock("defer.push");
    b.CreateCondBr(used, onHeap, join);
    b.SetInsertPoint(onHeap);
    llvm::Value* h = heapRecord();
    llvm::BasicBlock* heapEnd = b.GetInsertBlock();
    b.CreateBr(join);
    b.SetInsertPoint(join);
    auto* phi = b.CreatePHI(pt, 2, "defer.rec");
    phi->addIncoming(slot, cur);
    phi->addIncoming(h, heapEnd);
    rec = phi;
  }
  llvm::Value* fv = dc.direct;
  if (!fv) {
    fv = b.CreateStructGEP(recTy, rec, 1);
    fillDelayed(dc, fv);
  }
  b.CreateStore(fv, b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_FN));
  b.CreateStore(deferFrame_, b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_FRAME));
  b.CreateStore(b.CreateLoad(pt, gField(G_DEFER)), b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_LINK));
  b.CreateStore(llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0)),
                b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_PANIC));
  b.CreateStore(b.getInt16(inLoop ? 0x100 : 0), b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_STARTED));
  b.CreateStore(rec, gField(G_DEFER));
}

}  // namespace goc::lower
