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
//  - Open-coded (openCodable: no defer in a loop, no goto, at most 8): one
//    frame block {Defer record, runner code, deferBits, operands...} whose
//    record is linked at entry, before the checkpoint; a defer statement
//    stores its operands and sets its bit; the exit calls the pending ones
//    directly, newest first (bit cleared before each call), and unlinks the
//    record; `F.deferrun` makes the newest pending call for gopanic/Goexit.
#include <functional>

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
  BlockStmt* fbody = fn->decl ? fn->decl->body : fn->lit ? fn->lit->body : nullptr;
  if (openCodable(fbody)) {
    // Open-coded: the frame block (its size is known at the exit) and its
    // record, pushed before the checkpoint: the block then escapes before
    // deferframe returns, so LLVM cannot assume the exit (reached when it
    // returns 1) sees the block as it was before the call.
    llvm::Type* pt = m.ptrType();
    openFrame_ = entryAllocaLL(b.getInt64Ty(), "defer.open");
    openFrame_->setAlignment(llvm::Align(8));
    openSize_ = OPEN_ARGS;
    llvm::Value* rec = openFrame_;
    b.CreateStore(b.CreateConstGEP1_64(b.getInt8Ty(), rec, OPEN_CODE),
                  b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_FN));
    b.CreateStore(deferFrame_, b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_FRAME));
    b.CreateStore(b.CreateLoad(pt, gField(G_DEFER)), b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_LINK));
    b.CreateStore(llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0)),
                  b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_PANIC));
    static_assert(DEFER_OPEN == DEFER_STARTED + 2, "started, heap, open");
    b.CreateStore(b.getInt32(1u << 16), b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_STARTED));
    // The runner's code is filled in by deferEpilogue (a placeholder store).
    openCodeStore_ = b.CreateStore(llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0)),
                                   b.CreateConstGEP1_64(b.getInt8Ty(), rec, OPEN_CODE));
    b.CreateStore(b.getInt8(0), b.CreateConstGEP1_64(b.getInt8Ty(), rec, OPEN_BITS));
    b.CreateStore(rec, gField(G_DEFER));
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

// Open-coded defers need each defer statement to run at most once per call:
// none in a loop, no goto in the function (a backward one could re-run a
// statement), and at most 8 (one bit each).
bool FuncLowerer::openCodable(BlockStmt* body) {
  if (!body) return false;
  int n = 0;
  bool ok = true;
  std::function<void(Stmt*, bool)> walk = [&](Stmt* s, bool inLoop) {
    if (!s || !ok) return;
    auto list = [&](const std::vector<Stmt*>& l) {
      for (Stmt* x : l) walk(x, inLoop);
    };
    switch (s->kind) {
      case NodeKind::DeferStmt:
        if (inLoop || ++n > 8) ok = false;
        break;
      case NodeKind::BranchStmt:
        if (s->as<BranchStmt>()->tok == Tok::Goto) ok = false;
        break;
      case NodeKind::LabeledStmt: walk(s->as<LabeledStmt>()->stmt, inLoop); break;
      case NodeKind::BlockStmt: list(s->as<BlockStmt>()->stmts); break;
      case NodeKind::IfStmt: {
        auto* i = s->as<IfStmt>();
        walk(i->init, inLoop);
        walk(i->then, inLoop);
        walk(i->els, inLoop);
        break;
      }
      case NodeKind::CaseClause: list(s->as<CaseClause>()->body); break;
      case NodeKind::SwitchStmt:
        walk(s->as<SwitchStmt>()->init, inLoop);
        for (auto* c : s->as<SwitchStmt>()->clauses) walk(c, inLoop);
        break;
      case NodeKind::TypeSwitchStmt:
        walk(s->as<TypeSwitchStmt>()->init, inLoop);
        for (auto* c : s->as<TypeSwitchStmt>()->clauses) walk(c, inLoop);
        break;
      case NodeKind::CommClause: list(s->as<CommClause>()->body); break;
      case NodeKind::SelectStmt:
        for (auto* c : s->as<SelectStmt>()->clauses) walk(c, inLoop);
        break;
      case NodeKind::ForStmt: walk(s->as<ForStmt>()->body, true); break;
      case NodeKind::RangeStmt: walk(s->as<RangeStmt>()->body, true); break;
      default: break;
    }
  };
  walk(body, false);
  return ok && n > 0;
}

void FuncLowerer::emitOpenCall(llvm::IRBuilder<>& ib, llvm::Value* gv, llvm::Value* base,
                               const OpenDefer& d) {
  llvm::Type* pt = m.ptrType();
  llvm::CallInst* ci;
  if (d.thunk) {
    ci = ib.CreateCall(d.thunk, {gv, ib.CreateConstGEP1_64(ib.getInt8Ty(), base, d.offset)});
  } else if (d.fn) {
    ci = ib.CreateCall(d.fn, {gv, d.closure});
  } else {
    llvm::Value* fv = ib.CreateLoad(pt, ib.CreateConstGEP1_64(ib.getInt8Ty(), base, d.offset), "fv");
    llvm::Value* code = ib.CreateLoad(pt, fv, "fn.code");
    auto* fty = llvm::FunctionType::get(ib.getVoidTy(), {pt, pt}, false);
    ci = ib.CreateCall(fty, code, {gv, fv});
  }
  ci->setCallingConv(llvm::CallingConv::Swift);
  ci->addParamAttr(0, llvm::Attribute::SwiftAsync);
  ci->addParamAttr(1, llvm::Attribute::SwiftSelf);
}

void FuncLowerer::emitOpenRun(llvm::IRBuilder<>& ib, llvm::Function* f, llvm::Value* gv,
                              llvm::Value* base, bool one) {
  llvm::Value* bitsP = ib.CreateConstGEP1_64(ib.getInt8Ty(), base, OPEN_BITS);
  for (size_t k = openDefers_.size(); k-- > 0;) {
    uint8_t bit = uint8_t(1u << k);
    llvm::Value* bits = ib.CreateLoad(ib.getInt8Ty(), bitsP, "deferBits");
    auto* run = llvm::BasicBlock::Create(m.ctx, "defer.open.run", f);
    auto* next = llvm::BasicBlock::Create(m.ctx, "defer.open.next", f);
    ib.CreateCondBr(ib.CreateICmpNE(ib.CreateAnd(bits, ib.getInt8(bit)), ib.getInt8(0)), run, next);
    ib.SetInsertPoint(run);
    ib.CreateStore(ib.CreateAnd(bits, ib.getInt8(uint8_t(~bit))), bitsP);
    emitOpenCall(ib, gv, base, openDefers_[k]);
    // In the runner, the deferred function keeps its own frame (tracebacks
    // show it, as gc's do, above the hidden runner).
    if (one) llvm::cast<llvm::CallInst>(&ib.GetInsertBlock()->back())->setIsNoInline();
    if (one) ib.CreateRetVoid();
    else ib.CreateBr(next);
    ib.SetInsertPoint(next);
  }
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

  if (openFrame_) {
    // The frame block's final size, the runner for gopanic, then the calls
    // made directly here and the record's pop.
    openFrame_->setAllocatedType(llvm::ArrayType::get(b.getInt64Ty(), (openSize_ + 7) / 8));
    auto* rty = llvm::FunctionType::get(b.getVoidTy(), {pt, pt}, false);
    llvm::Function* runner =
        m.newGoFunction(rty, fn->linkName + ".deferrun", llvm::Function::InternalLinkage);
    {
      llvm::IRBuilder<> rb(llvm::BasicBlock::Create(m.ctx, "entry", runner));
      llvm::Value* base = rb.CreateConstGEP1_64(rb.getInt8Ty(), runner->getArg(1), -int64_t(OPEN_CODE));
      emitOpenRun(rb, runner, runner->getArg(0), base, true);
      rb.CreateRetVoid();
    }
    openCodeStore_->setOperand(0, runner);

    b.SetInsertPoint(loop);
    emitOpenRun(b, llfn, g, openFrame_, false);
    b.CreateStore(b.CreateLoad(pt, b.CreateConstGEP1_64(b.getInt8Ty(), openFrame_, DEFER_LINK)),
                  gField(G_DEFER));
    std::vector<llvm::Value*> vals;
    for (VarObj* r : fn->results) vals.push_back(load(r->type, varAddr(r).ptr));
    emitRet(vals);
    b.SetInsertPoint(saved);
    return;
  }

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
  emitRet(vals);
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

  if (openFrame_) {
    // Open-coded: the operands into the frame block, then bit k of deferBits.
    const llvm::DataLayout& dl = m.mod->getDataLayout();
    OpenDefer od;
    auto place = [&](llvm::Type* t) {
      uint64_t al = std::max<uint64_t>(dl.getABITypeAlign(t).value(), 1);
      openSize_ = unsigned((openSize_ + al - 1) / al * al);
      od.offset = openSize_;
      openSize_ += unsigned(dl.getTypeAllocSize(t));
      return b.CreateConstGEP1_64(b.getInt8Ty(), openFrame_, od.offset);
    };
    if (dc.direct) {
      auto* gvar = llvm::dyn_cast<llvm::GlobalVariable>(dc.direct->stripPointerCasts());
      llvm::Constant* init = gvar && gvar->isConstant() && gvar->hasInitializer()
                                 ? gvar->getInitializer()->getAggregateElement(0u) : nullptr;
      auto* f = init ? llvm::dyn_cast<llvm::Function>(init->stripPointerCasts()) : nullptr;
      if (f && f->getFunctionType()->getNumParams() == 2 && f->getReturnType()->isVoidTy()) {
        od.fn = f;
        od.closure = gvar;
      } else {
        b.CreateStore(dc.direct, place(m.ptrType()));
      }
    } else {
      llvm::Type* lt = m.llvmType(dc.objT);
      llvm::Value* obj = place(lt);
      od.thunk = dc.thunk;
      for (size_t i = 0; i < dc.vals.size(); i++) {
        const Type* t = dc.objT->fields[i + 1].var->type;
        storeValue(t, dc.vals[i], b.CreateStructGEP(lt, obj, m.fieldIndex(dc.objT, i + 1)));
      }
    }
    llvm::Value* bitsP = b.CreateConstGEP1_64(b.getInt8Ty(), openFrame_, OPEN_BITS);
    llvm::Value* bits = b.CreateLoad(b.getInt8Ty(), bitsP, "deferBits");
    b.CreateStore(b.CreateOr(bits, b.getInt8(uint8_t(1u << openDefers_.size()))), bitsP);
    openDefers_.push_back(od);
    return;
  }

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
