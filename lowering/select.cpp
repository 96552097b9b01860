// The select statement.
//
// Strategy (gc's walkSelect): on entry, every case's channel operand and
// send value is evaluated once, in source order. Then, by shape:
//   select {}                      -> runtime.block (never returns)
//   only a default                 -> its body
//   one case, no default           -> the plain send/receive, then the body
//   one case and a default         -> runtime.selectnbsend(c, &v) or
//                                     runtime.selectnbrecv(&dst, c) and a branch
//   anything else                  -> an array of scase {c, elem} on the stack,
//                                     sends first, then receives, plus 2n uint16
//                                     of scratch for the runtime's poll and lock
//                                     orders; runtime.selectgo returns the chosen
//                                     index (-1: default) and recvOK, and a switch
//                                     jumps to the clause.
// A receive case's destination is an entry-block slot; its variables (:=,
// declared in the clause's scope) or assignment targets (=, evaluated only
// when the case is chosen, as the spec says) are bound at the top of the
// clause. `break` inside a clause leaves the select; `continue` goes to the
// enclosing loop.
#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {
namespace {

bool isBlankIdent(Expr* e) {
  while (auto* p = e ? e->as<ParenExpr>() : nullptr) e = p->x;
  auto* id = e ? e->as<Ident>() : nullptr;
  return id && id->name == "_";
}

Expr* unparenX(Expr* e) {
  while (auto* p = e->as<ParenExpr>()) e = p->x;
  return e;
}

}  // namespace

// One communication clause, with its operands evaluated.
struct FuncLowerer::SelectCase {
  CommClause* clause = nullptr;
  bool isSend = false;
  const Type* elem = nullptr;
  llvm::Value* chan = nullptr;
  llvm::Value* elemPtr = nullptr;  // send: the value's slot; receive: the destination or null
  AssignStmt* assign = nullptr;    // receive with `=` or `:=`
  UnaryExpr* recv = nullptr;
  llvm::BasicBlock* block = nullptr;
};

void FuncLowerer::bindRecvCase(SelectCase& sc, llvm::Value* ok) {
  AssignStmt* as = sc.assign;
  if (!as) return;
  std::vector<const Type*> types{sc.elem, basicType(BasicKind::Bool)};
  for (size_t i = 0; i < as->lhs.size(); i++) {
    Expr* lhs = as->lhs[i];
    if (isBlankIdent(lhs)) continue;
    // elemPtr is a real slot whenever some left operand is not blank.
    llvm::Value* val = i == 0 ? load(sc.elem, sc.elemPtr) : ok;
    bool isNew = as->op == Tok::Define && i < as->newVars.size() && as->newVars[i];
    if (isNew) {
      auto* v = static_cast<VarObj*>(lhs->as<Ident>()->obj);
      Addr a = declareLocal(v);
      storeValue(v->type, assignConv(val, types[i], v->type), a.ptr);
    } else {
      assignTo(lhs, val, types[i]);
    }
  }
}

void FuncLowerer::selectStmt(SelectStmt* s) {
  // Evaluate the operands of every case, in source order.
  std::vector<SelectCase> cases;
  CommClause* deflt = nullptr;
  for (CommClause* cc : s->clauses) {
    if (!cc->comm) {
      deflt = cc;
      continue;
    }
    SelectCase sc;
    sc.clause = cc;
    if (auto* ss = cc->comm->as<SendStmt>()) {
      sc.isSend = true;
      sc.elem = ss->chan->type->underlying()->as<ChanType_>()->elem;
      sc.chan = expr(ss->chan);
      llvm::Value* v = assignConv(expr(ss->value), ss->value->type, sc.elem);
      sc.elemPtr = entryAlloca(sc.elem, "select.send");
      b.CreateStore(v, sc.elemPtr);
    } else {
      Expr* rx = nullptr;
      if (auto* es = cc->comm->as<ExprStmt>()) {
        rx = es->x;
      } else if (auto* as = cc->comm->as<AssignStmt>()) {
        rx = as->rhs[0];
        sc.assign = as;
      } else {
        ice(m.sm, cc->pos, "lowering: unexpected select case");
      }
      sc.recv = unparenX(rx)->as<UnaryExpr>();
      if (!sc.recv || sc.recv->op != Tok::Arrow) ice(m.sm, cc->pos, "lowering: select case is not a receive");
      sc.elem = sc.recv->x->type->underlying()->as<ChanType_>()->elem;
      sc.chan = expr(sc.recv->x);
      bool wantValue = false;
      if (sc.assign)
        for (Expr* l : sc.assign->lhs) wantValue |= !isBlankIdent(l);
      // The value is stored only if something reads it (gc passes nil too).
      sc.elemPtr = wantValue ? entryAlloca(sc.elem, "select.recv")
                             : llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0));
    }
    cases.push_back(sc);
  }
  setLoc(s->pos);

  llvm::BasicBlock* endBB = newBlock("select.end");
  // break leaves the select; continue reaches the innermost enclosing loop.
  llvm::BasicBlock* contBB = nullptr;
  for (auto it = breakables_.rbegin(); it != breakables_.rend() && !contBB; ++it) {
    if ((*it)->is<SwitchStmt>() || (*it)->is<TypeSwitchStmt>() || (*it)->is<SelectStmt>()) continue;
    if (auto t = targets_.find(*it); t != targets_.end()) contBB = t->second.cont;
  }
  targets_[s] = Targets{endBB, contBB};
  breakables_.push_back(s);
  auto body = [&](CommClause* cc) {
    stmts(cc->body);
    jump(endBB);
  };
  auto finish = [&]() {
    breakables_.pop_back();
    b.SetInsertPoint(endBB);
  };

  if (cases.empty()) {
    if (deflt) {
      body(deflt);
    } else {
      callRuntime(RtFunc::block, {});
      b.CreateUnreachable();
    }
    return finish();
  }

  llvm::Value* nullp = llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0));
  if (cases.size() == 1) {
    SelectCase& sc = cases[0];
    if (!deflt) {
      if (sc.isSend) {
        callRuntime(RtFunc::chansend1, {sc.chan, sc.elemPtr});
        body(sc.clause);
      } else {
        bool wantOk = sc.assign && sc.assign->lhs.size() > 1 && !isBlankIdent(sc.assign->lhs[1]);
        llvm::Value* ok = nullptr;
        if (wantOk) ok = boolToI8(callRuntime(RtFunc::chanrecv2, {sc.chan, sc.elemPtr}));
        else callRuntime(RtFunc::chanrecv1, {sc.chan, sc.elemPtr});
        bindRecvCase(sc, ok ? ok : b.getInt8(1));
        body(sc.clause);
      }
      return finish();
    }
    llvm::BasicBlock* caseBB = newBlock("select.case");
    llvm::BasicBlock* defBB = newBlock("select.default");
    llvm::Value* ok = nullptr;
    if (sc.isSend) {
      llvm::Value* sent = callRuntime(RtFunc::selectnbsend, {sc.chan, sc.elemPtr});
      b.CreateCondBr(sent, caseBB, defBB);
    } else {
      llvm::Value* r = callRuntime(RtFunc::selectnbrecv, {sc.elemPtr, sc.chan});
      ok = boolToI8(b.CreateExtractValue(r, 1));
      b.CreateCondBr(b.CreateExtractValue(r, 0), caseBB, defBB);
    }
    b.SetInsertPoint(caseBB);
    if (!sc.isSend) bindRecvCase(sc, ok);
    body(sc.clause);
    b.SetInsertPoint(defBB);
    body(deflt);
    return finish();
  }

  // General case: sends first, then receives, each group in source order.
  std::vector<SelectCase*> order;
  for (SelectCase& sc : cases)
    if (sc.isSend) order.push_back(&sc);
  int64_t nsends = static_cast<int64_t>(order.size());
  for (SelectCase& sc : cases)
    if (!sc.isSend) order.push_back(&sc);
  int64_t n = static_cast<int64_t>(order.size());
  llvm::Type* ptrT = m.ptrType();
  auto* scaseT = llvm::StructType::get(m.ctx, {ptrT, ptrT});
  auto* casesT = llvm::ArrayType::get(scaseT, static_cast<uint64_t>(n));
  auto* orderT = llvm::ArrayType::get(b.getInt16Ty(), static_cast<uint64_t>(2 * n));
  llvm::Value* cas0 = entryAllocaLL(casesT, "select.cases");
  llvm::Value* order0 = entryAllocaLL(orderT, "select.order");
  for (int64_t i = 0; i < n; i++) {
    llvm::Value* cp = b.CreateConstInBoundsGEP2_32(casesT, cas0, 0, static_cast<unsigned>(i));
    b.CreateStore(order[i]->chan, b.CreateStructGEP(scaseT, cp, 0));
    b.CreateStore(order[i]->elemPtr ? order[i]->elemPtr : nullp, b.CreateStructGEP(scaseT, cp, 1));
  }
  llvm::Value* r = callRuntime(RtFunc::selectgo, {cas0, order0, b.getInt64(nsends),
                                                  b.getInt64(n - nsends), b.getInt1(deflt == nullptr)});
  llvm::Value* chosen = b.CreateExtractValue(r, 0, "chosen");
  llvm::Value* recvOK = boolToI8(b.CreateExtractValue(r, 1));
  llvm::BasicBlock* defBB = deflt ? newBlock("select.default") : newBlock("select.bad");
  llvm::SwitchInst* sw = b.CreateSwitch(chosen, defBB, static_cast<unsigned>(n));
  for (int64_t i = 0; i < n; i++) {
    SelectCase& sc = *order[i];
    sc.block = newBlock(sc.isSend ? "select.send" : "select.recv");
    sw->addCase(b.getInt64(static_cast<uint64_t>(i)), sc.block);
  }
  // Clause bodies in source order.
  for (SelectCase& sc : cases) {
    b.SetInsertPoint(sc.block);
    if (!sc.isSend) bindRecvCase(sc, recvOK);
    body(sc.clause);
  }
  b.SetInsertPoint(defBB);
  if (deflt) body(deflt);
  else b.CreateUnreachable();
  finish();
}

}  // namespace goc::lower
