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
//  - `defer CALL`: the operands of CALL that must be evaluated now (the func
//    value or method receiver, the non-constant arguments) are evaluated and
//    stored in a closure object {thunk, operands...}; the thunk (`F.deferwrapN`)
//    is CALL itself, lowered by call()/builtinCall() on a copy of the call
//    whose operands are synthetic variables bound to the object's fields, so
//    every kind of call (function, method, interface method, func value,
//    builtin, variadic, f(g())) goes through the same code as an ordinary
//    call. `defer fv()` and `defer f()` without operands need no thunk: the
//    func value itself is the deferred closure. The Defer record (layout
//    runtime2.h, DEFER_*) and the closure object are one allocation: an
//    entry-block alloca for a defer statement outside loops (re-used only if
//    a backward goto runs it twice in one call: then it goes to the heap),
//    mallocgc for one inside a loop. The record is linked on g->defer_.
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

namespace {

Expr* unparen(Expr* e) {
  while (auto* p = e->as<ParenExpr>()) e = p->x;
  return e;
}

// Synthetic syntax owned by lowering (thunk call copies); never freed while
// the program is compiled, like the arena-allocated tree.
std::vector<std::unique_ptr<Node>>& ownedNodes() {
  static std::vector<std::unique_ptr<Node>> nodes;
  return nodes;
}

template <class T> T* keep(T* n) {
  ownedNodes().emplace_back(n);
  return n;
}

Selection* keepSelection(Selection* s) {
  static std::vector<std::unique_ptr<Selection>> sels;
  sels.emplace_back(s);
  return s;
}

}  // namespace

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
  CallExpr* ce = s->call;
  setLoc(s->pos);
  // The operands evaluated now, and the copy of the call that reads them.
  struct Operand {
    llvm::Value* v;
    const Type* t;
    Expr** slot;  // where the copy refers to it
  };
  std::vector<Operand> ops;
  auto* copy = keep(new CallExpr(*ce));
  auto operand = [&](Expr* e, Expr** slot) {
    if (e->cval || e->mode == ExprMode::TypeExpr) return;
    if (auto* bt = e->type ? e->type->underlying()->as<BasicType>() : nullptr;
        bt && bt->basic == BasicKind::UntypedNil)
      return;
    ops.push_back({expr(e), e->type, slot});
  };
  llvm::Value* direct = nullptr;  // the deferred func value when no thunk is needed
  Expr* fun = unparen(ce->fun);
  if (ce->callKind != CallKind::Builtin) {
    auto* se = fun->as<SelectorExpr>();
    const Selection* sel = se ? se->selection : nullptr;
    Object* obj = nullptr;
    if (auto* id = fun->as<Ident>()) obj = id->obj;
    if (se && !sel) obj = se->sel->obj;
    if (sel && (sel->kind == Selection::Kind::Method || sel->kind == Selection::Kind::IfaceMethod)) {
      // The receiver is evaluated now: a copy of the selector reads it
      // from a synthetic variable, with the embedding path already followed.
      auto* se2 = keep(new SelectorExpr(*se));
      auto* sel2 = keepSelection(new Selection(*sel));
      se2->selection = sel2;
      sel2->path.clear();
      sel2->indirect = sel2->addrOfRecv = sel2->derefRecv = false;
      llvm::Value* recv;
      const Type* rt;
      if (sel->kind == Selection::Kind::Method) {
        auto* method = static_cast<FuncObj*>(sel->obj);
        recv = recvArg(se->x, sel, method);
        rt = method->sig()->recv->type;
      } else if (sel->path.empty()) {
        recv = expr(se->x);
        rt = se->x->type;
      } else {
        PathPlace p = selectPath(se->x, sel->path);
        recv = p.inMem ? load(p.t, p.v) : p.v;
        rt = p.t;
      }
      ops.push_back({recv, rt, &se2->x});
      copy->fun = se2;
    } else if (auto* fo = obj ? obj->as<FuncObj>() : nullptr) {
      if (ce->args.empty()) direct = m.funcValue(fo);
    } else if (!(sel && sel->kind == Selection::Kind::MethodExpr)) {
      operand(fun, &copy->fun);
      if (ce->args.empty() && !ops.empty()) direct = ops.back().v;
    }
  }
  if (ce->spreadsTuple && ce->args.size() == 1) {
    std::vector<llvm::Value*> vals = exprTuple(ce->args[0]);
    auto* tt = ce->args[0]->type->as<TupleType>();
    copy->args.assign(vals.size(), nullptr);
    copy->spreadsTuple = false;
    for (size_t i = 0; i < vals.size(); i++) ops.push_back({vals[i], tt->vars[i]->type, &copy->args[i]});
  } else {
    for (size_t i = 0; i < ce->args.size(); i++) operand(ce->args[i], &copy->args[i]);
  }

  // The record: Defer, then (with a thunk) the closure object.
  llvm::Type* pt = m.ptrType();
  std::vector<llvm::Type*> fields{pt, pt, pt, pt, b.getInt8Ty(), b.getInt8Ty()};
  auto* deferTy = llvm::StructType::get(m.ctx, fields);
  std::vector<llvm::Type*> objFields{pt};
  for (const Operand& o : ops) objFields.push_back(m.llvmType(o.t));
  auto* objTy = llvm::StructType::get(m.ctx, objFields);
  auto* recTy = direct ? deferTy : llvm::StructType::get(m.ctx, {deferTy, objTy});
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
  llvm::Value* fv = direct;
  if (!direct) {
    llvm::Value* obj = b.CreateStructGEP(recTy, rec, 1);
    std::vector<std::pair<const Type*, Expr**>> bound;
    for (const Operand& o : ops) bound.push_back({o.t, o.slot});
    b.CreateStore(deferThunk(copy, bound, objTy, s->pos), b.CreateStructGEP(objTy, obj, 0));
    for (size_t i = 0; i < ops.size(); i++)
      storeValue(ops[i].t, ops[i].v, b.CreateStructGEP(objTy, obj, unsigned(i + 1)));
    fv = obj;
  }
  b.CreateStore(fv, b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_FN));
  b.CreateStore(deferFrame_, b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_FRAME));
  b.CreateStore(b.CreateLoad(pt, gField(G_DEFER)), b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_LINK));
  b.CreateStore(llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0)),
                b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_PANIC));
  b.CreateStore(b.getInt16(inLoop ? 0x100 : 0), b.CreateConstGEP1_64(b.getInt8Ty(), rec, DEFER_STARTED));
  b.CreateStore(rec, gField(G_DEFER));
}

llvm::Function* FuncLowerer::deferThunk(CallExpr* copy,
                                        const std::vector<std::pair<const Type*, Expr**>>& ops,
                                        llvm::StructType* objTy, Pos pos) {
  auto* sig = new SignatureType();
  m.ownedTypes.emplace_back(sig);
  auto info = std::make_unique<FuncInfo>();
  info->sig = sig;
  info->linkName = fn->linkName + ".deferwrap" + std::to_string(++deferThunks_);
  FuncInfo* fi = info.get();
  m.ownedFuncs.push_back(std::move(info));
  FuncLowerer t(m, fi);
  if (t.sp_) {
    LineCol lc = m.sm.lineCol(pos);
    llvm::DIFile* file = m.diFile(pos);
    auto* sty = m.di->createSubroutineType(m.di->getOrCreateTypeArray({}));
    t.sp_ = m.di->createFunction(file, fi->linkName, fi->linkName, file, lc.line, sty, lc.line,
                                 llvm::DINode::FlagArtificial, llvm::DISubprogram::SPFlagDefinition);
    t.llfn->setSubprogram(t.sp_);
    t.setLoc(pos);
  }
  for (size_t i = 0; i < ops.size(); i++) {
    auto* v = new VarObj("defer.arg" + std::to_string(i));
    m.ownedObjects.emplace_back(v);
    v->type = const_cast<Type*>(ops[i].first);
    v->owner = fi;
    auto* id = keep(new Ident(pos));
    id->name = "defer.arg";
    id->mode = ExprMode::Variable;
    id->type = v->type;
    id->obj = v;
    *ops[i].second = id;
    t.locals_[v] = Local{t.b.CreateStructGEP(objTy, t.ctx, unsigned(i + 1)), false};
  }
  t.call(copy);
  if (!t.terminated()) t.b.CreateRetVoid();
  return t.llfn;
}

}  // namespace goc::lower
