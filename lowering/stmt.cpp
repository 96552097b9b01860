// Simple statements: assignments, declarations, inc/dec, expression
// statements, return, and the statement dispatcher.
//
// Strategy: an assignment follows the spec's two phases. Phase one computes
// the addresses of the left-hand operands (index and pointer operands) and
// the right-hand values, left to right; phase two stores, left to right. So
// `a, b = b, a` and `a[i], i = x, y` need no special cases. Two exceptions:
// a map element's slot is obtained (runtime.mapassign) only after the
// right-hand side is evaluated, so `m[k] = len(m)` sees the map before the
// insertion, and `:=` declares its new variables only after evaluating the
// right-hand side (`x := x + 1` in an inner scope reads the outer x). New
// variables get fresh storage each time their declaration runs (see
// function.cpp). After a return or a branch the builder moves to a fresh
// block with no predecessors, so dead code still has somewhere to go; LLVM
// deletes it. Control-flow statements are in control.cpp.
#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {

static bool isBlank(Expr* e) {
  while (auto* p = e->as<ParenExpr>()) e = p->x;
  auto* id = e->as<Ident>();
  return id && id->name == "_";
}

static bool isMapIndex(Expr* e) {
  while (auto* p = e->as<ParenExpr>()) e = p->x;
  auto* ie = e->as<IndexExpr>();
  return ie && ie->x->type->underlying()->is<MapType_>();
}

bool FuncLowerer::terminated() { return b.GetInsertBlock()->getTerminator() != nullptr; }

void FuncLowerer::jump(llvm::BasicBlock* bb) {
  if (!terminated()) b.CreateBr(bb);
}

void FuncLowerer::stmts(const std::vector<Stmt*>& list) {
  for (Stmt* s : list) stmt(s);
}

void FuncLowerer::assignTo(Expr* lhs, llvm::Value* v, const Type* from) {
  if (isBlank(lhs)) return;
  Addr a = addr(lhs);
  storeValue(a.type, assignConv(v, from, a.type), a.ptr);
}

void FuncLowerer::stmt(Stmt* s) {
  setLoc(s->pos);
  switch (s->kind) {
    case NodeKind::EmptyStmt: return;
    case NodeKind::BlockStmt: stmts(static_cast<BlockStmt*>(s)->stmts); return;
    case NodeKind::ExprStmt: {
      Expr* x = static_cast<ExprStmt*>(s)->x;
      while (auto* p = x->as<ParenExpr>()) x = p->x;
      if (auto* ce = x->as<CallExpr>()) call(ce);
      else expr(x);
      return;
    }
    case NodeKind::DeclStmt: declStmt(static_cast<DeclStmt*>(s)); return;
    case NodeKind::AssignStmt: assignStmt(static_cast<AssignStmt*>(s)); return;
    case NodeKind::IncDecStmt: {
      auto* id = static_cast<IncDecStmt*>(s);
      const Type* t = id->x->type;
      Addr a = addr(id->x);
      llvm::Value* v = load(t, a.ptr);
      llvm::Type* lt = m.llvmType(t);
      llvm::Value* one;
      if (isComplex(t)) {
        llvm::Type* et = llvm::cast<llvm::StructType>(lt)->getElementType(0);
        one = llvm::ConstantStruct::get(llvm::cast<llvm::StructType>(lt),
                                        {llvm::ConstantFP::get(et, 1.0), llvm::ConstantFP::get(et, 0.0)});
      } else if (isFloat(t)) {
        one = llvm::ConstantFP::get(lt, 1.0);
      } else {
        one = llvm::ConstantInt::get(lt, 1);
      }
      Tok op = id->op == Tok::Inc ? Tok::Add : Tok::Sub;
      storeValue(t, binaryOp(op, v, one, t, t, nullptr, s->pos), a.ptr);
      return;
    }
    case NodeKind::ReturnStmt: returnStmt(static_cast<ReturnStmt*>(s)); return;
    case NodeKind::BranchStmt: branchStmt(static_cast<BranchStmt*>(s)); return;
    case NodeKind::LabeledStmt: {
      auto* ls = static_cast<LabeledStmt*>(s);
      llvm::BasicBlock* bb = labelBlock(ls);
      jump(bb);
      b.SetInsertPoint(bb);
      stmt(ls->stmt);
      return;
    }
    case NodeKind::IfStmt: ifStmt(static_cast<IfStmt*>(s)); return;
    case NodeKind::ForStmt: forStmt(static_cast<ForStmt*>(s)); return;
    case NodeKind::RangeStmt: rangeStmt(static_cast<RangeStmt*>(s)); return;
    case NodeKind::SwitchStmt: switchStmt(static_cast<SwitchStmt*>(s)); return;
    case NodeKind::GoStmt: goStmt(static_cast<GoStmt*>(s)); return;
    case NodeKind::DeferStmt: deferStmt(static_cast<DeferStmt*>(s)); return;  // defer.cpp
    case NodeKind::SendStmt: sendStmt(static_cast<SendStmt*>(s)); return;
    case NodeKind::SelectStmt: selectStmt(static_cast<SelectStmt*>(s)); return;
    case NodeKind::TypeSwitchStmt: typeSwitchStmt(static_cast<TypeSwitchStmt*>(s)); return;
    default: break;
  }
  ice(m.sm, s->pos, "lowering: unexpected statement");
}

void FuncLowerer::assignStmt(AssignStmt* s) {
  if (s->op != Tok::Assign && s->op != Tok::Define) {
    // x op= y: x's operands are evaluated once.
    static const std::pair<Tok, Tok> kOps[] = {
        {Tok::AddAssign, Tok::Add}, {Tok::SubAssign, Tok::Sub}, {Tok::MulAssign, Tok::Mul},
        {Tok::QuoAssign, Tok::Quo}, {Tok::RemAssign, Tok::Rem}, {Tok::AndAssign, Tok::And},
        {Tok::OrAssign, Tok::Or},   {Tok::XorAssign, Tok::Xor}, {Tok::ShlAssign, Tok::Shl},
        {Tok::ShrAssign, Tok::Shr}, {Tok::AndNotAssign, Tok::AndNot}};
    Tok op = Tok::Illegal_;
    for (auto [a, o] : kOps)
      if (a == s->op) op = o;
    Expr* lhs = s->lhs[0];
    Expr* rhs = s->rhs[0];
    Addr a = addr(lhs);
    llvm::Value* x = load(a.type, a.ptr);
    llvm::Value* y = expr(rhs);
    storeValue(a.type, binaryOp(op, x, y, lhs->type, rhs->type, rhs, s->pos), a.ptr);
    return;
  }
  size_t n = s->lhs.size();
  auto isNew = [&](size_t i) {
    return s->op == Tok::Define && i < s->newVars.size() && s->newVars[i] && !isBlank(s->lhs[i]);
  };
  // Phase one: left operands (except map slots and new variables), then right values.
  std::vector<Addr> addrs(n);
  for (size_t i = 0; i < n; i++)
    if (!isBlank(s->lhs[i]) && !isNew(i) && !isMapIndex(s->lhs[i])) addrs[i] = addr(s->lhs[i]);
  std::vector<llvm::Value*> vals;
  std::vector<const Type*> types;
  if (s->rhs.size() == n) {
    for (Expr* r : s->rhs) {
      vals.push_back(expr(r));
      types.push_back(r->type);
    }
  } else {
    vals = exprTuple(s->rhs[0]);
    if (auto* tt = s->rhs[0]->type->as<TupleType>()) {
      for (VarObj* v : tt->vars) types.push_back(v->type);
    } else {
      types = {s->rhs[0]->type, basicType(BasicKind::Bool)};  // comma-ok
    }
  }
  // Phase two: stores, left to right.
  for (size_t i = 0; i < n; i++) {
    Expr* lhs = s->lhs[i];
    if (isBlank(lhs)) continue;
    if (isNew(i)) {
      auto* v = static_cast<VarObj*>(lhs->as<Ident>()->obj);
      Addr a = declareLocal(v);
      storeValue(v->type, assignConv(vals[i], types[i], v->type), a.ptr);
      continue;
    }
    Addr a = addrs[i].ptr ? addrs[i] : addr(lhs);
    storeValue(a.type, assignConv(vals[i], types[i], a.type), a.ptr);
  }
}

void FuncLowerer::declStmt(DeclStmt* s) {
  GenDecl* d = s->decl;
  if (d->tok != Tok::Var) return;  // constants and types produce no code
  for (Spec* sp : d->specs) {
    auto* vs = sp->as<ValueSpec>();
    if (!vs) continue;
    auto varOf = [&](size_t i) -> VarObj* {
      Object* o = vs->names[i]->obj;
      return o && vs->names[i]->name != "_" ? o->as<VarObj>() : nullptr;
    };
    std::vector<llvm::Value*> vals;
    std::vector<const Type*> types;
    if (vs->values.size() == vs->names.size()) {
      for (Expr* v : vs->values) {
        vals.push_back(expr(v));
        types.push_back(v->type);
      }
    } else if (!vs->values.empty()) {
      vals = exprTuple(vs->values[0]);
      if (auto* tt = vs->values[0]->type->as<TupleType>()) {
        for (VarObj* v : tt->vars) types.push_back(v->type);
      } else {
        types = {vs->values[0]->type, basicType(BasicKind::Bool)};
      }
    }
    for (size_t i = 0; i < vs->names.size(); i++) {
      VarObj* v = varOf(i);
      if (!v) continue;
      Addr a = declareLocal(v);
      if (i < vals.size()) storeValue(v->type, assignConv(vals[i], types[i], v->type), a.ptr);
    }
  }
}

void FuncLowerer::returnStmt(ReturnStmt* s) {
  const std::vector<VarObj*>& res = fn->results;
  std::vector<llvm::Value*> vals;
  if (s->results.empty()) {
    for (VarObj* r : res) vals.push_back(load(r->type, varAddr(r).ptr));
  } else if (s->results.size() == 1 && res.size() > 1) {
    vals = exprTuple(s->results[0]);
    auto* tt = s->results[0]->type->as<TupleType>();
    for (size_t i = 0; i < vals.size(); i++)
      vals[i] = assignConv(vals[i], tt ? tt->vars[i]->type : res[i]->type, res[i]->type);
  } else {
    for (size_t i = 0; i < s->results.size(); i++)
      vals.push_back(assignConv(expr(s->results[i]), s->results[i]->type, res[i]->type));
  }
  setLoc(s->pos);
  // With defers, the exit block runs the deferred calls and returns (defer.cpp).
  if (!deferReturn(vals)) emitRet(vals);
  b.SetInsertPoint(newBlock("after.return"));
}

void FuncLowerer::emitRet(const std::vector<llvm::Value*>& vals) {
  if (vals.empty()) {
    b.CreateRetVoid();
  } else if (vals.size() == 1) {
    b.CreateRet(vals[0]);
  } else {
    llvm::Value* agg = llvm::UndefValue::get(llfn->getReturnType());
    for (unsigned i = 0; i < vals.size(); i++) agg = b.CreateInsertValue(agg, vals[i], i);
    b.CreateRet(agg);
  }
}

}  // namespace goc::lower
