// defer statements, the exit of functions with deferred calls, and recover().
//
// Strategy (costs measured in README.md): a function containing `defer`
// links defer records on g; only a function whose deferred calls may
// recover keeps a checkpoint of its frame.
//  - Armable frames (deferMayRecover: some deferred call's callee calls
//    recover() itself, or is unknown — a func value, an interface method, a
//    declaration without body): a Gobuf in the frame (`defer.frame`) filled
//    at entry by runtime.deferframe, a `returns_twice` call returning 0; when
//    a deferred call of this function recovers a panic, gopanic resumes the
//    checkpoint and deferframe returns 1, which branches to the exit block.
//    Results that live in allocas are made to escape (an empty inline asm),
//    so their last stored values are in memory, not in registers, when that
//    happens. Each call that may recover is marked armable (a record's
//    flag, an open block's mask of deferBits): gopanic arms it (recover may
//    take the token) and resumes its frame on a recovery.
//  - Other calls run unarmed: recover() stops a panic only when the
//    deferred function itself calls it, so recover() in anything they call
//    returns nil, as in gc. Frames without armable calls take no checkpoint
//    and are never resumed. Their records' frame field is just an
//    address in the frame (the open block, or `defer.id`).
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
//    records on g->defer_ whose frame is this function's, then loads the
//    results and returns. gopanic (runtime/panic.cpp) runs the records of
//    frames that do not return normally.
//  - recover(): a function that calls recover takes its token at entry
//    (null without a call unless g->panic_ is set, else
//    runtime.deferrecoverable); recover() is nil without a token, else
//    runtime.gorecover(token).
//  - Open-coded (openCodable: no defer in a loop, no goto, at most 8): one
//    frame block {Defer record, operands...} whose record (runner code,
//    [checkpoint,] link, flags word with deferBits) is linked at entry,
//    before the checkpoint if any; a defer statement stores its operands and
//    sets its bit (`defer func(){...}()` capturing variables: the closure
//    object itself goes in the block); the exit calls the pending ones
//    directly, newest first (bit cleared before each call), and unlinks the
//    record; `F.deferrun` (ctx = the record) makes the newest pending call
//    for gopanic/Goexit. Empty asm barriers (deferBarrier) after the link,
//    after each defer statement and after each bit clear keep the record
//    complete wherever the body may fault, which LLVM does not see as a call.
#include <functional>

#include <llvm/IR/InlineAsm.h>
#include <llvm/IR/MDBuilder.h>

#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"
#include "runtime/asm/asm_offsets.h"

namespace goc::lower {

llvm::Value* FuncLowerer::gField(unsigned offset) {
  return b.CreateConstGEP1_64(b.getInt8Ty(), g, offset);
}

// An empty asm that may read and write memory reachable from p: the stores
// made before it to a record linked on g (reachable from p) are done before
// anything after it. A fault (a nil dereference without a call before it) is
// a call LLVM does not see: gopanic then reads the record, so it must be
// complete wherever the body may fault, and a deferred call's bit must be
// cleared before its (possibly inlined) body runs.
static void deferBarrier(llvm::IRBuilder<>& ib, llvm::Value* p) {
  auto* ty = llvm::FunctionType::get(ib.getVoidTy(), {p->getType()}, false);
  ib.CreateCall(llvm::InlineAsm::get(ty, "", "r,~{memory}", true), {p});
}

void FuncLowerer::escapeBefore(llvm::Instruction* at, llvm::Value* p) {
  llvm::IRBuilder<> ib(at);
  deferBarrier(ib, p);
}

void FuncLowerer::funcPrologue() {
  if (fn->hasRecover) {
    // The token: null unless a panic runs (g->panic_, the inline test) and
    // its deferred call is armed (runtime.deferrecoverable).
    llvm::Value* p = b.CreateLoad(m.ptrType(), gField(G_PANIC), "panic");
    llvm::BasicBlock* cur = b.GetInsertBlock();
    llvm::BasicBlock* take = newBlock("recover.take");
    llvm::BasicBlock* join = newBlock("recover.token");
    llvm::MDBuilder md(m.ctx);
    b.CreateCondBr(b.CreateIsNull(p), join, take, md.createBranchWeights(1u << 20, 1));
    b.SetInsertPoint(take);
    llvm::Value* t = callRuntime(RtFunc::deferrecoverable, {});
    llvm::BasicBlock* takeEnd = b.GetInsertBlock();
    b.CreateBr(join);
    b.SetInsertPoint(join);
    auto* phi = b.CreatePHI(m.ptrType(), 2, "recover.token");
    phi->addIncoming(llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0)), cur);
    phi->addIncoming(t, takeEnd);
    recoverToken_ = phi;
  }
  if (!fn->hasDefer) return;
  BlockStmt* fbody = fn->decl ? fn->decl->body : fn->lit ? fn->lit->body : nullptr;
  bool open = openCodable(fbody);
  deferArmable_ = deferMayRecover(fbody);
  if (deferArmable_) {
    deferFrame_ = entryAllocaLL(llvm::ArrayType::get(m.i64(), GOBUF_SIZE / 8), "defer.frame");
    // Results in allocas must be in memory when a recovery resumes the frame.
    // So must parameters in the frame that deferred calls use.
    for (VarObj* r : fn->results) {
      llvm::Value* p = varAddr(r).ptr;
      if (llvm::isa<llvm::AllocaInst>(p)) deferBarrier(b, p);
    }
    for (VarObj* v : fn->params)
      if (frameCaptured_.count(v)) deferBarrier(b, varAddr(v).ptr);
  }
  if (open) {
    // Open-coded: the frame block (its size is known at the exit) and its
    // record: runner, (checkpoint,) link, flags with deferBits = 0. With a
    // checkpoint the block is linked before it: it then escapes before
    // deferframe returns, so LLVM cannot assume the exit (reached when it
    // returns 1) sees the block as it was before the call.
    llvm::Type* pt = m.ptrType();
    openFrame_ = entryAllocaLL(b.getInt64Ty(), "defer.open");
    openFrame_->setAlignment(llvm::Align(8));
    openSize_ = DEFER_SIZE;
    llvm::Value* rec = openFrame_;
    // The runner is filled in by deferEpilogue (a placeholder store).
    openCodeStore_ = b.CreateStore(llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0)),
                                   b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_FN));
    if (deferArmable_) b.CreateStore(deferFrame_, b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_FRAME));
    b.CreateStore(b.CreateLoad(pt, gField(G_DEFER)), b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_LINK));
    // Its armable mask is filled in by deferEpilogue (a placeholder store).
    openFlagsStore_ = b.CreateStore(b.getInt64(deferFlags(true, false, 0)),
                                    b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_STARTED));
    b.CreateStore(rec, gField(G_DEFER));
    if (!deferArmable_) deferBarrier(b, rec);  // else deferframe's call is one
  }
  // No deferred call can recover: the frame is never resumed, and its
  // identity (the records' frame field) is any address in it.
  if (!deferFrame_) deferFrame_ = openFrame_ ? openFrame_ : entryAllocaLL(b.getInt8Ty(), "defer.id");
  if (!deferArmable_) {
    deferExit_ = newBlock("defer.exit");
    return;
  }
  llvm::Function* df = m.runtimeFunc(RtFunc::deferframe);
  df->addFnAttr(llvm::Attribute::ReturnsTwice);
  auto* ci = llvm::cast<llvm::CallInst>(callRuntime(RtFunc::deferframe, {deferFrame_}));
  ci->addFnAttr(llvm::Attribute::ReturnsTwice);
  deferFrameCall_ = ci;
  llvm::BasicBlock* body = newBlock("defer.body");
  deferExit_ = newBlock("defer.exit");
  b.CreateCondBr(b.CreateICmpNE(ci, b.getInt64(0)), deferExit_, body);
  b.SetInsertPoint(body);
}

// The flags word of a record (Defer at DEFER_STARTED, little-endian):
// started 0, heap, open, deferBits 0, armable (a record: 1 if its call may
// recover; an open frame block: the mask of the deferBits whose calls may).
uint64_t FuncLowerer::deferFlags(bool open, bool heap, uint8_t armable) const {
  static_assert(DEFER_HEAP == DEFER_STARTED + 1 && DEFER_OPEN == DEFER_STARTED + 2 &&
                    DEFER_BITS == DEFER_STARTED + 3 && DEFER_ARMABLE == DEFER_STARTED + 4,
                "the flags word");
  return (heap ? 1ull << 8 : 0) | (open ? 1ull << 16 : 0) | (uint64_t(armable) << 32);
}

// Whether the call `defer ce` may recover a panic: recover() stops a panic
// only when called by the deferred function itself, so a call of a known
// function (declared or literal) whose body calls no recover() never does;
// a builtin neither. Unknown callees (func values, interface methods,
// declarations without body) may.
static bool callMayRecover(CallExpr* ce) {
  if (ce->callKind == CallKind::Builtin) return false;
  Expr* fun = ce->fun;
  while (auto* p = fun->as<ParenExpr>()) fun = p->x;
  if (auto* lit = fun->as<FuncLit>()) return !lit->info || lit->info->hasRecover;
  FuncObj* f = nullptr;
  if (auto* id = fun->as<Ident>()) {
    f = id->obj ? id->obj->as<FuncObj>() : nullptr;
  } else if (auto* se = fun->as<SelectorExpr>()) {
    const Selection* sel = se->selection;
    if (!sel) f = se->sel->obj ? se->sel->obj->as<FuncObj>() : nullptr;
    else if (sel->kind == Selection::Kind::Method || sel->kind == Selection::Kind::MethodExpr)
      f = sel->obj ? sel->obj->as<FuncObj>() : nullptr;
  }
  if (!f || !f->decl || !f->decl->body || !f->decl->info) return true;
  return f->decl->info->hasRecover;
}

// Calls visit(defer statement, whether it is inside a loop) for each defer
// statement of body (not of its function literals); sets sawGoto if body
// holds a goto.
static void walkDefers(BlockStmt* body, const std::function<void(DeferStmt*, bool)>& visit,
                       bool& sawGoto) {
  std::function<void(Stmt*, bool)> walk = [&](Stmt* s, bool inLoop) {
    if (!s) return;
    auto list = [&](const std::vector<Stmt*>& l) {
      for (Stmt* x : l) walk(x, inLoop);
    };
    switch (s->kind) {
      case NodeKind::DeferStmt: visit(s->as<DeferStmt>(), inLoop); break;
      case NodeKind::BranchStmt:
        if (s->as<BranchStmt>()->tok == Tok::Goto) sawGoto = true;
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
}

// Variables captured by closures that may still live in this function's
// frame (frameCandidates_): those captured only by literals deferred where
// they appear, `defer func(){...}(args)`. Such a literal's value goes nowhere
// but the defer (the frame block or the record, or the thunk's closure
// object of a call with arguments), and the deferred call runs before the
// frame is popped: at the exit, by gopanic while the panicking frames are
// still on the stack, or by Goexit; goroutine stacks never move. A literal
// nested in the deferred one could escape, so a variable it captures is not
// a candidate, nor one captured by any other literal. Without goto, only
// loops re-run a declaration (declareLocal checks loopDepth_); with goto,
// only parameters and results qualify.
void FuncLowerer::findFrameCaptured() {
  BlockStmt* body = fn->decl ? fn->decl->body : fn->lit ? fn->lit->body : nullptr;
  if (!body || !fn->hasDefer) return;
  std::unordered_set<const FuncInfo*> deferred;
  bool sawGoto = false;
  walkDefers(body, [&](DeferStmt* d, bool) {
    Expr* fun = d->call->fun;
    while (auto* p = fun->as<ParenExpr>()) fun = p->x;
    if (auto* lit = fun->as<FuncLit>(); lit && lit->info) deferred.insert(lit->info);
  }, sawGoto);
  if (deferred.empty()) return;
  std::unordered_set<const VarObj*> bad;
  for (FuncInfo* lit : fn->literals) {
    if (!deferred.count(lit)) {
      for (VarObj* v : m.closureVars(lit)) bad.insert(v);
      continue;
    }
    // closureVars of a literal includes what its nested literals capture.
    for (FuncInfo* inner : lit->literals)
      for (VarObj* v : m.closureVars(inner)) bad.insert(v);
  }
  for (FuncInfo* lit : fn->literals) {
    if (!deferred.count(lit)) continue;
    for (VarObj* v : m.closureVars(lit))
      if (v->owner == fn && !bad.count(v) && (v->isParam || !sawGoto)) frameCandidates_.insert(v);
  }
}

// Whether any defer statement of body may recover (then the frame keeps a
// checkpoint and gopanic arms its calls). deferStmt checks that the walk saw
// every statement it lowers.
bool FuncLowerer::deferMayRecover(BlockStmt* body) {
  bool may = false, sawGoto = false;
  walkDefers(body, [&](DeferStmt* d, bool) { may = may || callMayRecover(d->call); }, sawGoto);
  return may;
}

// Open-coded defers need each defer statement to run at most once per call:
// none in a loop, no goto in the function (a backward one could re-run a
// statement), and at most 8 (one bit each).
bool FuncLowerer::openCodable(BlockStmt* body) {
  if (!body) return false;
  int n = 0;
  bool ok = true, sawGoto = false;
  walkDefers(body, [&](DeferStmt*, bool inLoop) {
    if (inLoop || ++n > 8) ok = false;
  }, sawGoto);
  return ok && !sawGoto && n > 0;
}

void FuncLowerer::emitOpenCall(llvm::IRBuilder<>& ib, llvm::Value* gv, llvm::Value* base,
                               const OpenDefer& d) {
  llvm::Type* pt = m.ptrType();
  llvm::CallInst* ci;
  if (d.thunk) {
    ci = ib.CreateCall(d.thunk, {gv, ib.CreateConstGEP1_64(ib.getInt8Ty(), base, d.offset)});
  } else if (d.fn) {
    llvm::Value* ctx = d.closure ? d.closure : ib.CreateConstGEP1_64(ib.getInt8Ty(), base, d.offset);
    ci = ib.CreateCall(d.fn, {gv, ctx});
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
  llvm::Value* bitsP = ib.CreateConstGEP1_64(ib.getInt8Ty(), base, DEFER_BITS);
  for (size_t k = openDefers_.size(); k-- > 0;) {
    uint8_t bit = uint8_t(1u << k);
    llvm::Value* bits = ib.CreateLoad(ib.getInt8Ty(), bitsP, "deferBits");
    auto* run = llvm::BasicBlock::Create(m.ctx, "defer.open.run", f);
    auto* next = llvm::BasicBlock::Create(m.ctx, "defer.open.next", f);
    ib.CreateCondBr(ib.CreateICmpNE(ib.CreateAnd(bits, ib.getInt8(bit)), ib.getInt8(0)), run, next);
    ib.SetInsertPoint(run);
    ib.CreateStore(ib.CreateAnd(bits, ib.getInt8(uint8_t(~bit))), bitsP);
    if (!one) deferBarrier(ib, base);  // the call may be inlined
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
    // The frame block's final size, the runner for gopanic (called with
    // ctx = the block), then the calls made directly here and the record's
    // pop.
    openFrame_->setAllocatedType(llvm::ArrayType::get(b.getInt64Ty(), (openSize_ + 7) / 8));
    auto* rty = llvm::FunctionType::get(b.getVoidTy(), {pt, pt}, false);
    llvm::Function* runner =
        m.newGoFunction(rty, fn->linkName + ".deferrun", llvm::Function::InternalLinkage);
    {
      llvm::IRBuilder<> rb(llvm::BasicBlock::Create(m.ctx, "entry", runner));
      emitOpenRun(rb, runner, runner->getArg(0), runner->getArg(1), true);
      rb.CreateRetVoid();
    }
    openCodeStore_->setOperand(0, runner);
    openFlagsStore_->setOperand(0, b.getInt64(deferFlags(true, false, openArmMask_)));

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
  // Without a token (the common case: no panic) nil, without a call.
  llvm::BasicBlock* cur = b.GetInsertBlock();
  llvm::BasicBlock* call = newBlock("recover.call");
  llvm::BasicBlock* join = newBlock("recover.done");
  llvm::MDBuilder md(m.ctx);
  b.CreateCondBr(b.CreateIsNull(recoverToken_), join, call, md.createBranchWeights(1u << 20, 1));
  b.SetInsertPoint(call);
  llvm::Value* r = callRuntime(RtFunc::gorecover, {recoverToken_});
  llvm::Value* v = llvm::UndefValue::get(m.ifaceType());
  v = b.CreateInsertValue(v, b.CreateExtractValue(r, 0), 0);
  v = b.CreateInsertValue(v, b.CreateExtractValue(r, 1), 1);
  llvm::BasicBlock* callEnd = b.GetInsertBlock();
  b.CreateBr(join);
  b.SetInsertPoint(join);
  auto* phi = b.CreatePHI(m.ifaceType(), 2, "recovered");
  phi->addIncoming(llvm::Constant::getNullValue(m.ifaceType()), cur);
  phi->addIncoming(v, callEnd);
  return phi;
}

void FuncLowerer::deferStmt(DeferStmt* s) {
  bool may = callMayRecover(s->call);
  if (!deferArmable_ && may) ice(m.sm, s->pos, "lowering: defer statement missed by walkDefers");
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
    auto push = [&] {
      if (may) openArmMask_ |= uint8_t(1u << openDefers_.size());
      llvm::Value* bitsP = b.CreateConstGEP1_64(b.getInt8Ty(), openFrame_, DEFER_BITS);
      llvm::Value* bits = b.CreateLoad(b.getInt8Ty(), bitsP, "deferBits");
      b.CreateStore(b.CreateOr(bits, b.getInt8(uint8_t(1u << openDefers_.size()))), bitsP);
      deferBarrier(b, openFrame_);
      openDefers_.push_back(od);
    };
    // `defer func() {...}()` capturing variables: the closure object
    // {code, cells...} (literal.cpp's layout) lives in the frame block, not
    // on the heap; only the deferred call uses it, before the frame returns.
    Expr* fun = s->call->fun;
    while (auto* p = fun->as<ParenExpr>()) fun = p->x;
    auto* lit = fun->as<FuncLit>();
    if (lit && lit->info && lit->info->sig && s->call->args.empty() && lit->info->sig->params.empty() &&
        lit->info->sig->results.empty() && !m.closureVars(lit->info).empty()) {
      setLoc(s->pos);
      const std::vector<VarObj*>& vars = m.closureVars(lit->info);
      llvm::Value* obj = place(llvm::ArrayType::get(m.ptrType(), vars.size() + 1));
      od.fn = m.getFunction(lit->info);
      b.CreateStore(od.fn, obj);
      for (size_t i = 0; i < vars.size(); i++) {
        llvm::Value* cell = varAddr(vars[i]).ptr;
        if (llvm::isa<llvm::AllocaInst>(cell) && !frameCaptured_.count(vars[i]))
          ice(m.sm, vars[i]->pos, "lowering: captured variable " + vars[i]->name + " is not marked captured");
        b.CreateStore(cell, b.CreateConstGEP1_64(m.ptrType(), obj, i + 1));
      }
      push();
      return;
    }
    DelayedCall dc = delayCall(s->call, s->pos, "defer", deferThunks_);  // thunk.cpp
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
    push();
    return;
  }

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
  b.CreateStore(b.getInt64(deferFlags(false, inLoop, may ? 1 : 0)), b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_STARTED));
  b.CreateStore(rec, gField(G_DEFER));
  deferBarrier(b, rec);
}

}  // namespace goc::lower
