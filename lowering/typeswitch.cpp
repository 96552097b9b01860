// Type switches: `switch x := y.(type) { case T1, T2: ... case nil: ... }`.
//
// Strategy: y is evaluated once and its dynamic type word taken (the *Type,
// through the itab for non-empty interfaces; null when y is nil). The cases
// are tested in source order, as a chain of compares: a concrete type is one
// pointer compare with its descriptor, `nil` a compare with null, an
// interface type a call of runtime.assertE2I2 (cached by the runtime; for
// interface{} just "not nil"). Each clause body declares its own variable
// (CaseClause::implicitVar): of the case's type when the clause names one
// type (unboxed from the data word, or re-boxed for an interface type), else
// of y's type holding y itself. The default clause runs when no case matches,
// wherever it is written.
#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {

static bool isNilCase(Expr* e) {
  auto* bt = e->type ? e->type->as<BasicType>() : nullptr;
  return bt && bt->basic == BasicKind::UntypedNil;
}

void FuncLowerer::typeSwitchStmt(TypeSwitchStmt* s) {
  if (s->init) stmt(s->init);
  Expr* y = s->guard->x;
  const Type* yt = y->type;
  llvm::Value* yv = expr(y);
  llvm::Value* tw = ifaceTypeWord(yv, yt);
  llvm::Value* data = b.CreateExtractValue(yv, 1);
  llvm::BasicBlock* endBB = newBlock("typeswitch.end");
  std::vector<llvm::BasicBlock*> bodies;
  int dflt = -1;
  for (size_t i = 0; i < s->clauses.size(); i++) {
    bodies.push_back(newBlock("typeswitch.case"));
    if (s->clauses[i]->isDefault || s->clauses[i]->list.empty()) dflt = static_cast<int>(i);
  }
  for (size_t i = 0; i < s->clauses.size(); i++) {
    for (Expr* ce : s->clauses[i]->list) {
      setLoc(ce->pos);
      const Type* t = ce->type;
      llvm::Value* match;
      if (isNilCase(ce)) {
        match = b.CreateIsNull(tw);
      } else if (auto* it = t->underlying()->as<InterfaceType_>()) {
        match = it->isEmpty() ? b.CreateIsNotNull(tw)
                              : b.CreateIsNotNull(callRuntime(RtFunc::assertE2I2, {m.typeDesc(t), tw}));
      } else {
        match = b.CreateICmpEQ(tw, m.typeDesc(t));
      }
      llvm::BasicBlock* next = newBlock("typeswitch.next");
      b.CreateCondBr(match, bodies[i], next);
      b.SetInsertPoint(next);
    }
  }
  b.CreateBr(dflt >= 0 ? bodies[static_cast<size_t>(dflt)] : endBB);
  targets_[s] = Targets{endBB, nullptr};
  breakables_.push_back(s);
  for (size_t i = 0; i < s->clauses.size(); i++) {
    CaseClause* cc = s->clauses[i];
    b.SetInsertPoint(bodies[i]);
    if (auto* v = cc->implicitVar ? cc->implicitVar->as<VarObj>() : nullptr) {
      const Type* vt = v->type;
      llvm::Value* val;
      if (identical(vt, yt)) {
        val = yv;
      } else if (auto* it = vt->underlying()->as<InterfaceType_>()) {
        llvm::Value* w0 = it->isEmpty() ? tw : callRuntime(RtFunc::assertE2I, {m.typeDesc(vt), tw});
        llvm::Value* r = llvm::UndefValue::get(m.ifaceType());
        r = b.CreateInsertValue(r, w0, 0);
        val = b.CreateInsertValue(r, data, 1);
      } else {
        val = unboxValue(data, vt);
      }
      Addr a = declareLocal(v);
      storeValue(vt, val, a.ptr);
    }
    stmts(cc->body);
    jump(endBB);
  }
  breakables_.pop_back();
  b.SetInsertPoint(endBB);
}

}  // namespace goc::lower
