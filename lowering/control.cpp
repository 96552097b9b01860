// Control flow: if, for, range, switch, break/continue/goto/fallthrough.
//
// Strategy: structured statements become the usual block diagrams
// (cond -> body -> post -> cond; a chain of case tests -> clause bodies).
// Each loop and switch records its break/continue blocks in targets_, keyed by
// the statement the checker names in BranchStmt::target (the innermost
// enclosing one, via breakables_, when the checker left it null). Labels are
// blocks created on first use, so a goto may jump forward.
//
// Loop variables: a variable declared by a three-clause loop's init and
// captured by a closure (ForStmt::perIterVars) or address-taken lives behind a slot; before the
// post statement it is copied into a fresh heap cell (Go 1.22: each iteration
// has its own variable, and the post statement updates the new one). Range
// variables declared with := are declared afresh at the top of each iteration
// body. The range expression is evaluated once, and so is its length; arrays
// ranged with a value variable are copied first, as the spec requires.
// Strings decode UTF-8 inline for ASCII bytes and call runtime.decoderune for
// the rest; the key is the byte index.
#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {

static bool isBlankExpr(Expr* e) {
  auto* id = e ? e->as<Ident>() : nullptr;
  return !e || (id && id->name == "_");
}

llvm::BasicBlock* FuncLowerer::labelBlock(LabeledStmt* l) {
  auto it = labels_.find(l);
  if (it != labels_.end()) return it->second;
  llvm::BasicBlock* bb = newBlock(("label." + std::string(l->label->name)).c_str());
  labels_[l] = bb;
  return bb;
}

void FuncLowerer::ifStmt(IfStmt* s) {
  if (s->init) stmt(s->init);
  llvm::Value* c = i8ToCond(expr(s->cond));
  llvm::BasicBlock* thenBB = newBlock("if.then");
  llvm::BasicBlock* elseBB = s->els ? newBlock("if.else") : nullptr;
  llvm::BasicBlock* endBB = newBlock("if.end");
  b.CreateCondBr(c, thenBB, elseBB ? elseBB : endBB);
  b.SetInsertPoint(thenBB);
  stmts(s->then->stmts);
  jump(endBB);
  if (elseBB) {
    b.SetInsertPoint(elseBB);
    stmt(s->els);
    jump(endBB);
  }
  b.SetInsertPoint(endBB);
}

// The init variables that need a fresh copy per iteration: the checker's
// perIterVars (captured by a closure) plus those whose address is taken, which
// can outlive the iteration just the same.
static std::vector<VarObj*> perIterationVars(ForStmt* s) {
  std::vector<VarObj*> vars;
  for (Object* o : s->perIterVars)
    if (auto* v = o->as<VarObj>()) vars.push_back(v);
  auto* as = s->init ? s->init->as<AssignStmt>() : nullptr;
  if (as && as->op == Tok::Define) {
    for (size_t i = 0; i < as->lhs.size() && i < as->newVars.size(); i++) {
      auto* id = as->lhs[i]->as<Ident>();
      auto* v = id && id->obj && as->newVars[i] ? id->obj->as<VarObj>() : nullptr;
      if (v && (v->captured || v->addressTaken) &&
          std::find(vars.begin(), vars.end(), v) == vars.end())
        vars.push_back(v);
    }
  }
  return vars;
}

void FuncLowerer::forStmt(ForStmt* s) {
  loopDepth_++;  // the init's variables are per-iteration ones too
  if (s->init) stmt(s->init);
  std::vector<VarObj*> perIter = perIterationVars(s);
  for (VarObj* v : perIter)
    if (locals_.count(v)) makePerIteration(v);
  llvm::BasicBlock* condBB = newBlock("for.cond");
  llvm::BasicBlock* bodyBB = newBlock("for.body");
  llvm::BasicBlock* postBB = newBlock("for.post");
  llvm::BasicBlock* endBB = newBlock("for.end");
  b.CreateBr(condBB);
  b.SetInsertPoint(condBB);
  if (s->cond) {
    setLoc(s->cond->pos);
    b.CreateCondBr(i8ToCond(expr(s->cond)), bodyBB, endBB);
  } else {
    b.CreateBr(bodyBB);
  }
  targets_[s] = Targets{endBB, postBB};
  breakables_.push_back(s);
  b.SetInsertPoint(bodyBB);
  stmts(s->body->stmts);
  jump(postBB);
  breakables_.pop_back();
  b.SetInsertPoint(postBB);
  for (VarObj* v : perIter)
    if (locals_.count(v)) freshCopy(v);
  if (s->post) stmt(s->post);
  jump(condBB);
  b.SetInsertPoint(endBB);
  loopDepth_--;
}

void FuncLowerer::rangeStmt(RangeStmt* s) {
  loopDepth_++;
  rangeLoop(s);
  loopDepth_--;
}

void FuncLowerer::rangeLoop(RangeStmt* s) {
  const Type* xt = s->x->type;
  const Type* xu = xt->underlying();
  if (xu->is<ChanType_>()) return rangeChan(s);  // chan.cpp
  bool define = s->tok == Tok::Define;
  // Binds one iteration variable (declared afresh per iteration with :=).
  auto bind = [&](Expr* lhs, llvm::Value* v, const Type* t) {
    if (isBlankExpr(lhs)) return;
    if (define) {
      auto* var = static_cast<VarObj*>(lhs->as<Ident>()->obj);
      Addr a = declareLocal(var);
      storeValue(var->type, assignConv(v, t, var->type), a.ptr);
    } else {
      assignTo(lhs, v, t);
    }
  };
  bool wantValue = !isBlankExpr(s->value);
  llvm::BasicBlock* condBB = newBlock("range.cond");
  llvm::BasicBlock* bodyBB = newBlock("range.body");
  llvm::BasicBlock* contBB = newBlock("range.next");
  llvm::BasicBlock* endBB = newBlock("range.end");
  auto body = [&]() {
    targets_[s] = Targets{endBB, contBB};
    breakables_.push_back(s);
    stmts(s->body->stmts);
    jump(contBB);
    breakables_.pop_back();
  };

  if (auto* mt = xu->as<MapType_>()) {
    llvm::Value* it = mapIterStart(xt, expr(s->x));
    b.CreateBr(condBB);
    b.SetInsertPoint(condBB);
    auto [kp, ep] = mapIterKeyElem(it);
    b.CreateCondBr(b.CreateIsNotNull(kp), bodyBB, endBB);
    b.SetInsertPoint(bodyBB);
    if (!isBlankExpr(s->key)) bind(s->key, load(mt->key, kp), mt->key);
    if (wantValue) bind(s->value, load(mt->elem, ep), mt->elem);
    body();
    b.SetInsertPoint(contBB);
    mapIterNext(it);
    b.CreateBr(condBB);
    b.SetInsertPoint(endBB);
    return;
  }

  // Everything else counts an index i from 0 to n.
  const Type* intT = basicType(BasicKind::Int);
  const Type* idxT = intT;
  llvm::Value* n = nullptr;
  llvm::Value* data = nullptr;  // element base (arrays, slices) or bytes (strings)
  const Type* elemT = nullptr;
  auto* bt = xu->as<BasicType>();
  bool isStr = bt && isString(xt);
  if (isStr) {
    llvm::Value* sv = expr(s->x);
    data = b.CreateExtractValue(sv, 0);
    n = b.CreateExtractValue(sv, 1);
  } else if (bt && isInteger(xt)) {
    idxT = xt;
    n = expr(s->x);
  } else if (auto* st = xu->as<SliceType>()) {
    llvm::Value* sv = expr(s->x);
    data = b.CreateExtractValue(sv, 0);
    n = b.CreateExtractValue(sv, 1);
    elemT = st->elem;
  } else if (auto* pt = xu->as<PointerType>()) {
    auto* at = pt->elem->underlying()->as<ArrayType_>();
    if (!at) ice(m.sm, s->pos, "lowering: range over a pointer to a non-array");
    data = expr(s->x);
    if (wantValue) nilCheck(data);  // with the index alone, x is not evaluated (len is constant)
    n = b.getInt64(static_cast<uint64_t>(at->len));
    elemT = at->elem;
    data = b.CreateGEP(m.llvmType(at), data, {b.getInt64(0), b.getInt64(0)});
  } else if (auto* at = xu->as<ArrayType_>()) {
    n = b.getInt64(static_cast<uint64_t>(at->len));
    elemT = at->elem;
    if (wantValue) {
      llvm::Value* copy = entryAlloca(xt, "range.copy");
      storeValue(xt, expr(s->x), copy);
      data = b.CreateGEP(m.llvmType(at), copy, {b.getInt64(0), b.getInt64(0)});
    }
  } else {
    ice(m.sm, s->pos, "lowering: range over " + typeString(xt) + " not supported yet");
  }
  llvm::Type* ilt = n->getType();
  llvm::Value* slot = entryAlloca(idxT, "range.i");
  llvm::Value* nextSlot = entryAlloca(idxT, "range.next");
  b.CreateStore(llvm::ConstantInt::get(ilt, 0), slot);
  b.CreateBr(condBB);
  b.SetInsertPoint(condBB);
  llvm::Value* i = b.CreateLoad(ilt, slot, "i");
  llvm::Value* more = isUnsigned(idxT) ? b.CreateICmpULT(i, n) : b.CreateICmpSLT(i, n);
  b.CreateCondBr(more, bodyBB, endBB);
  b.SetInsertPoint(bodyBB);
  if (isStr) {
    // One rune: inline for ASCII, runtime.decoderune otherwise.
    llvm::Value* c = b.CreateLoad(b.getInt8Ty(), b.CreateGEP(b.getInt8Ty(), data, {i}));
    llvm::BasicBlock* asciiBB = newBlock("rune.ascii");
    llvm::BasicBlock* multiBB = newBlock("rune.multi");
    llvm::BasicBlock* joinBB = newBlock("rune.done");
    b.CreateCondBr(b.CreateICmpULT(c, b.getInt8(0x80)), asciiBB, multiBB);
    b.SetInsertPoint(asciiBB);
    llvm::Value* r1 = b.CreateZExt(c, b.getInt32Ty());
    llvm::Value* n1 = b.CreateAdd(i, b.getInt64(1), "", /*HasNUW=*/true, /*HasNSW=*/true);  // i < len
    b.CreateBr(joinBB);
    b.SetInsertPoint(multiBB);
    llvm::Value* dr = callRuntime(RtFunc::decoderune, {data, n, i});
    llvm::Value* r2 = b.CreateExtractValue(dr, 0);
    llvm::Value* n2 = b.CreateExtractValue(dr, 1);
    llvm::BasicBlock* multiEnd = b.GetInsertBlock();
    b.CreateBr(joinBB);
    b.SetInsertPoint(joinBB);
    llvm::PHINode* r = join(b.getInt32Ty(), r1, asciiBB, r2, multiEnd, "rune");
    llvm::PHINode* nx = join(b.getInt64Ty(), n1, asciiBB, n2, multiEnd);
    b.CreateStore(nx, nextSlot);
    bind(s->key, i, intT);
    if (wantValue) bind(s->value, r, basicType(BasicKind::Int32));
  } else {
    // 0 <= i < n: i+1 never wraps (nor, for a signed index, overflows).
    b.CreateStore(b.CreateAdd(i, llvm::ConstantInt::get(ilt, 1), "", /*HasNUW=*/true,
                              /*HasNSW=*/!isUnsigned(idxT)),
                  nextSlot);
    bind(s->key, i, idxT);
    if (wantValue && elemT) {
      llvm::Value* ep = inboundsGEP(m.llvmType(elemT), data, {i});
      bind(s->value, load(elemT, ep), elemT);
    }
  }
  body();
  b.SetInsertPoint(contBB);
  b.CreateStore(b.CreateLoad(ilt, nextSlot), slot);
  b.CreateBr(condBB);
  b.SetInsertPoint(endBB);
}

// tag == case value, with Go's comparison rules (nil, interface vs concrete).
static llvm::Value* caseMatches(FuncLowerer& f, llvm::Value* tag, const Type* tagT, Expr* ce) {
  auto* nb = ce->type->underlying()->as<BasicType>();
  if (nb && nb->basic == BasicKind::UntypedNil) return f.compare(Tok::Eql, tag, f.zeroValue(tagT), tagT);
  const Type* ct = tagT;
  llvm::Value* cv = f.expr(ce);
  if (ce->type->underlying()->is<InterfaceType_>() && !tagT->underlying()->is<InterfaceType_>()) {
    ct = ce->type;
    tag = f.assignConv(tag, tagT, ct);
  } else {
    cv = f.assignConv(cv, ce->type, ct);
  }
  return f.compare(Tok::Eql, tag, cv, ct);
}

void FuncLowerer::switchStmt(SwitchStmt* s) {
  if (s->init) stmt(s->init);
  llvm::Value* tag = s->tag ? expr(s->tag) : nullptr;
  llvm::BasicBlock* endBB = newBlock("switch.end");
  std::vector<llvm::BasicBlock*> bodies;
  int dflt = -1;
  for (size_t i = 0; i < s->clauses.size(); i++) {
    bodies.push_back(newBlock("switch.case"));
    if (s->clauses[i]->isDefault || s->clauses[i]->list.empty()) dflt = static_cast<int>(i);
  }
  // Tests in source order; default only when none matches.
  for (size_t i = 0; i < s->clauses.size(); i++) {
    for (Expr* ce : s->clauses[i]->list) {
      setLoc(ce->pos);
      llvm::Value* c = tag ? caseMatches(*this, tag, s->tag->type, ce) : i8ToCond(expr(ce));
      llvm::BasicBlock* next = newBlock("switch.next");
      b.CreateCondBr(c, bodies[i], next);
      b.SetInsertPoint(next);
    }
  }
  b.CreateBr(dflt >= 0 ? bodies[static_cast<size_t>(dflt)] : endBB);
  targets_[s] = Targets{endBB, nullptr};
  breakables_.push_back(s);
  llvm::BasicBlock* savedFall = fallthroughTo_;
  for (size_t i = 0; i < s->clauses.size(); i++) {
    b.SetInsertPoint(bodies[i]);
    fallthroughTo_ = i + 1 < bodies.size() ? bodies[i + 1] : endBB;
    stmts(s->clauses[i]->body);
    jump(endBB);
  }
  fallthroughTo_ = savedFall;
  breakables_.pop_back();
  b.SetInsertPoint(endBB);
}

void FuncLowerer::branchStmt(BranchStmt* s) {
  llvm::BasicBlock* dest = nullptr;
  const Stmt* target = s->target;
  if (auto* ls = target ? target->as<LabeledStmt>() : nullptr; ls && s->tok != Tok::Goto)
    target = ls->stmt;  // break/continue naming the label rather than the loop
  switch (s->tok) {
    case Tok::Goto:
      if (!target || !target->is<LabeledStmt>()) ice(m.sm, s->pos, "lowering: goto without a label");
      dest = labelBlock(const_cast<LabeledStmt*>(target->as<LabeledStmt>()));
      break;
    case Tok::Fallthrough: dest = fallthroughTo_; break;
    case Tok::Break:
    case Tok::Continue: {
      bool brk = s->tok == Tok::Break;
      if (!target) {
        for (auto it = breakables_.rbegin(); it != breakables_.rend() && !target; ++it)
          if (brk || (!(*it)->is<SwitchStmt>() && !(*it)->is<TypeSwitchStmt>())) target = *it;
      }
      auto it = targets_.find(target);
      if (it != targets_.end()) dest = brk ? it->second.brk : it->second.cont;
      break;
    }
    default: break;
  }
  if (!dest) ice(m.sm, s->pos, "lowering: branch without a target");
  b.CreateBr(dest);
  b.SetInsertPoint(newBlock("after.branch"));
}

llvm::PHINode* FuncLowerer::join(llvm::Type* t, llvm::Value* a, llvm::BasicBlock* ab, llvm::Value* c,
                                 llvm::BasicBlock* cb, const char* name) {
  llvm::PHINode* phi = b.CreatePHI(t, 2, name);
  phi->addIncoming(a, ab);
  phi->addIncoming(c, cb);
  return phi;
}

}  // namespace goc::lower
