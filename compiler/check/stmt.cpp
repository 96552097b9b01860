// Statements: blocks and scopes, control flow, switches, range loops,
// labels and branches, terminating-statement analysis.
#include <functional>

#include "compiler/check/checker.h"
#include "compiler/check/walk.h"

namespace goc {

namespace {

Expr* unparen(Expr* e) {
  for (int i = 0; e && e->is<ParenExpr>() && i < 100; i++) e = e->as<ParenExpr>()->x;
  return e;
}

Ident* gPendingLabel = nullptr;  // label of the statement being checked (LabeledStmt)

// Calls f on every statement nested in s without entering function literals.
void forEachStmt(Stmt* s, const std::function<void(Stmt*)>& f, int d = 0) {
  if (!s || d > 500) return;
  f(s);
  auto list = [&](const std::vector<Stmt*>& l) {
    for (Stmt* x : l) forEachStmt(x, f, d + 1);
  };
  switch (s->kind) {
    case NodeKind::LabeledStmt: forEachStmt(s->as<LabeledStmt>()->stmt, f, d + 1); break;
    case NodeKind::BlockStmt: list(s->as<BlockStmt>()->stmts); break;
    case NodeKind::IfStmt: {
      auto* i = s->as<IfStmt>();
      forEachStmt(i->then, f, d + 1);
      forEachStmt(i->els, f, d + 1);
      break;
    }
    case NodeKind::CaseClause: list(s->as<CaseClause>()->body); break;
    case NodeKind::SwitchStmt: for (auto* c : s->as<SwitchStmt>()->clauses) forEachStmt(c, f, d + 1); break;
    case NodeKind::TypeSwitchStmt: for (auto* c : s->as<TypeSwitchStmt>()->clauses) forEachStmt(c, f, d + 1); break;
    case NodeKind::CommClause: list(s->as<CommClause>()->body); break;
    case NodeKind::SelectStmt: for (auto* c : s->as<SelectStmt>()->clauses) forEachStmt(c, f, d + 1); break;
    case NodeKind::ForStmt: forEachStmt(s->as<ForStmt>()->body, f, d + 1); break;
    case NodeKind::RangeStmt: forEachStmt(s->as<RangeStmt>()->body, f, d + 1); break;
    default: break;
  }
}

bool hasBreakTo(Stmt* body, Stmt* target) {
  bool found = false;
  forEachStmt(body, [&](Stmt* s) {
    if (auto* b = s->as<BranchStmt>(); b && b->tok == Tok::Break && b->target == target) found = true;
  });
  return found;
}

}  // namespace

void Checker::openScope() { scope = make<Scope>(scope); }
void Checker::closeScope() {
  if (scope && scope->parent) scope = scope->parent;
}

void Checker::declareLocal(Object* obj, Ident* id) {
  declareObj(scope, obj, id ? id->pos : obj->pos);
  if (auto* v = obj->as<VarObj>()) locals.push_back(v);
}

void Checker::stmtList(const std::vector<Stmt*>& list) {
  for (Stmt* s : list) stmt(s);
}

void Checker::stmt(Stmt* s) {
  if (!s) return;
  if (++depth > 400) {
    --depth;
    error(s->pos, "statement nesting too deep");
    return;
  }
  Ident* label = gPendingLabel;
  gPendingLabel = nullptr;
  FallCtx fall = nextFall;
  nextFall = FallCtx{};
  switch (s->kind) {
    case NodeKind::DeclStmt:
      if (s->as<DeclStmt>()->decl) localDecl(s->as<DeclStmt>()->decl);
      break;
    case NodeKind::LabeledStmt: {
      auto* l = s->as<LabeledStmt>();
      gPendingLabel = l->label;
      nextFall = fall;
      stmt(l->stmt);
      gPendingLabel = nullptr;
      break;
    }
    case NodeKind::ExprStmt: {
      Expr* x = s->as<ExprStmt>()->x;
      if (!x) break;
      rawExpr(x, nullptr);
      if (x->mode == ExprMode::Invalid) break;
      auto* u = unparen(x);
      bool ok = false;
      if (auto* c = u->as<CallExpr>()) {
        ok = c->callKind == CallKind::Func || c->callKind == CallKind::Method;
        if (c->callKind == CallKind::Builtin)
          ok = c->builtin == BuiltinId::Copy || c->builtin == BuiltinId::Delete || c->builtin == BuiltinId::Panic ||
               c->builtin == BuiltinId::Print || c->builtin == BuiltinId::Println || c->builtin == BuiltinId::Recover ||
               c->builtin == BuiltinId::Clear || c->builtin == BuiltinId::Close;
      } else if (auto* un = u->as<UnaryExpr>()) {
        ok = un->op == Tok::Arrow;
      }
      if (!ok) {
        if (x->mode == ExprMode::TypeExpr) error(startPos(x), exprString(x) + " (type) is not an expression");
        else if (x->mode == ExprMode::Builtin) error(startPos(x), exprString(x) + " (built-in) must be called");
        else error(startPos(x), operandString(x) + " is not used");
      }
      break;
    }
    case NodeKind::SendStmt: {
      auto* ss = s->as<SendStmt>();
      expr(ss->chan);
      expr(ss->value);
      if (!ss->chan || !ss->value || ss->chan->mode == ExprMode::Invalid || ss->value->mode == ExprMode::Invalid) break;
      auto* c = ss->chan->type->underlying()->as<ChanType_>();
      if (!c) {
        error(s->pos, "invalid operation: cannot send to non-channel " + operandString(ss->chan));
        break;
      }
      if (c->dir == ChanDir::Recv) {
        error(s->pos, "invalid operation: cannot send to receive-only channel " + operandString(ss->chan));
        break;
      }
      assignment(ss->value, c->elem, "send");
      break;
    }
    case NodeKind::IncDecStmt: {
      auto* ids = s->as<IncDecStmt>();
      if (!ids->x) break;
      // x++ reads x: like x += 1 it counts as a use (gc 1.19 accepts `x := 0; x++`).
      expr(ids->x);
      if (ids->x->mode == ExprMode::Invalid) break;
      if (!isNumeric(ids->x->type)) {
        error(startPos(ids->x), "invalid operation: " + exprString(ids->x) + std::string(tokSpelling(ids->op)) +
                                    " (non-numeric type " + msgTypeString(ids->x->type, info) + ")");
        break;
      }
      if (ids->x->mode != ExprMode::Variable && ids->x->mode != ExprMode::MapIndex)
        error(startPos(ids->x), "cannot assign to " + exprString(ids->x));
      break;
    }
    case NodeKind::AssignStmt: assignStmt(s->as<AssignStmt>()); break;
    case NodeKind::GoStmt: case NodeKind::DeferStmt: {
      bool isGo = s->is<GoStmt>();
      CallExpr* c = isGo ? s->as<GoStmt>()->call : s->as<DeferStmt>()->call;
      if (!isGo && fn) fn->hasDefer = true;
      if (!c) break;
      rawExpr(c, nullptr);
      const char* kw = isGo ? "go" : "defer";
      if (c->mode == ExprMode::Invalid) break;
      if (c->callKind == CallKind::Conversion) {
        error(startPos(c), std::string(kw) + " requires function call, not conversion");
      } else if (c->callKind == CallKind::Builtin) {
        BuiltinId b = c->builtin;
        bool ok = b == BuiltinId::Copy || b == BuiltinId::Delete || b == BuiltinId::Panic || b == BuiltinId::Print ||
                  b == BuiltinId::Println || b == BuiltinId::Recover || b == BuiltinId::Clear || b == BuiltinId::Close;
        if (!ok) error(startPos(c), std::string(kw) + " discards result of " + exprString(c));
      }
      break;
    }
    case NodeKind::ReturnStmt: returnStmt(s->as<ReturnStmt>()); break;
    case NodeKind::BranchStmt: branchStmt(s->as<BranchStmt>(), fall); break;
    case NodeKind::BlockStmt:
      openScope();
      stmtList(s->as<BlockStmt>()->stmts);
      closeScope();
      break;
    case NodeKind::IfStmt: {
      auto* is = s->as<IfStmt>();
      openScope();
      stmt(is->init);
      if (is->cond) {
        expr(is->cond);
        if (is->cond->mode != ExprMode::Invalid) {
          if (!isBoolean(is->cond->type))
            error(startPos(is->cond), "non-boolean condition in if statement");
          else
            defaultType(is->cond);
        }
      }
      stmt(is->then);
      stmt(is->els);
      closeScope();
      break;
    }
    case NodeKind::SwitchStmt:
      branchStack.push_back({s, false, true, label});
      switchStmt(s->as<SwitchStmt>());
      branchStack.pop_back();
      break;
    case NodeKind::TypeSwitchStmt:
      branchStack.push_back({s, false, true, label});
      typeSwitchStmt(s->as<TypeSwitchStmt>());
      branchStack.pop_back();
      break;
    case NodeKind::SelectStmt:
      branchStack.push_back({s, false, true, label});
      selectStmt(s->as<SelectStmt>());
      branchStack.pop_back();
      break;
    case NodeKind::ForStmt:
      branchStack.push_back({s, true, false, label});
      forStmt(s->as<ForStmt>());
      branchStack.pop_back();
      break;
    case NodeKind::RangeStmt:
      branchStack.push_back({s, true, false, label});
      rangeStmt(s->as<RangeStmt>());
      branchStack.pop_back();
      break;
    default: break;
  }
  --depth;
}

void Checker::branchStmt(BranchStmt* b, FallCtx fall) {
  std::string name = b->label ? std::string(b->label->name) : "";
  switch (b->tok) {
    case Tok::Goto: {
      if (!b->label) return;  // a syntax error
      auto it = fnLabels.find(name);
      if (it == fnLabels.end()) {
        error(b->label ? b->label->pos : b->pos, "label " + name + " not defined");
        return;
      }
      it->second->used = true;
      b->label->obj = it->second;
      b->target = it->second->stmt;
      return;
    }
    case Tok::Fallthrough:
      if (fall.ok) return;
      error(b->pos, fall.finalCase    ? "cannot fallthrough final case in switch"
                    : fall.typeSwitch ? "cannot fallthrough in type switch"
                                      : "fallthrough statement out of place");
      return;
    case Tok::Break: case Tok::Continue: {
      bool isBreak = b->tok == Tok::Break;
      if (!b->label) {
        for (auto it = branchStack.rbegin(); it != branchStack.rend(); ++it)
          if (it->isLoop || (isBreak && it->isSwitch)) {
            b->target = it->stmt;
            return;
          }
        error(b->pos, isBreak ? "break is not in a loop, switch, or select" : "continue is not in a loop");
        return;
      }
      auto lit = fnLabels.find(name);
      if (lit != fnLabels.end()) {
        lit->second->used = true;
        b->label->obj = lit->second;
      }
      for (auto it = branchStack.rbegin(); it != branchStack.rend(); ++it)
        if (it->label && it->label->name == b->label->name) {
          if (!isBreak && !it->isLoop) break;
          b->target = it->stmt;
          return;
        }
      if (lit == fnLabels.end())
        error(b->label->pos, std::string(isBreak ? "break" : "continue") + " label not defined: " + name);
      else
        error(b->label->pos, std::string("invalid ") + (isBreak ? "break" : "continue") + " label " + name);
      return;
    }
    default: return;
  }
}

void Checker::forStmt(ForStmt* s) {
  openScope();
  stmt(s->init);
  if (s->cond) {
    expr(s->cond);
    if (s->cond->mode != ExprMode::Invalid) {
      if (!isBoolean(s->cond->type)) error(startPos(s->cond), "non-boolean condition in for statement");
      else defaultType(s->cond);
    }
  }
  if (s->post) {
    if (auto* a = s->post->as<AssignStmt>(); a && a->op == Tok::Define)
      error(s->post->pos, "cannot declare in post statement of for loop");
    else stmt(s->post);
  }
  stmt(s->body);
  // Go 1.22: loop variables captured by closures get a copy per iteration.
  if (auto* a = s->init ? s->init->as<AssignStmt>() : nullptr; a && a->op == Tok::Define) {
    for (Expr* l : a->lhs)
      if (auto* id = l ? l->as<Ident>() : nullptr)
        if (auto* v = id->obj ? id->obj->as<VarObj>() : nullptr; v && v->captured) s->perIterVars.push_back(v);
  }
  closeScope();
}

void Checker::rangeStmt(RangeStmt* s) {
  openScope();
  expr(s->x);
  Type *kt = nullptr, *vt = nullptr;
  bool valueOk = true;
  Expr* x = s->x;
  if (x && x->mode != ExprMode::Invalid) {
    if (isUntyped(x->type) && x->mode == ExprMode::Constant && isNumeric(x->type)) {
      auto* c = static_cast<Const*>(x->cval);
      if (c->isIntegral()) convertUntyped(x, basicType(BasicKind::Int));
      else defaultType(x);
    } else {
      defaultType(x);
    }
  }
  if (x && x->mode != ExprMode::Invalid) {
    Type* u = x->type->underlying();
    if (auto* p = u->as<PointerType>(); p && p->elem->underlying()->is<ArrayType_>()) u = p->elem->underlying();
    if (isString(u)) {
      kt = basicType(BasicKind::Int);
      vt = basicType(BasicKind::Int32);
      if (auto* b = basicType(BasicKind::Int32)) vt = b;
    } else if (isInteger(u)) {
      kt = x->type;
      valueOk = false;
    } else if (auto* a = u->as<ArrayType_>()) {
      kt = basicType(BasicKind::Int);
      vt = a->elem;
    } else if (auto* sl = u->as<SliceType>()) {
      kt = basicType(BasicKind::Int);
      vt = sl->elem;
    } else if (auto* m = u->as<MapType_>()) {
      kt = m->key;
      vt = m->elem;
    } else if (auto* c = u->as<ChanType_>()) {
      kt = c->elem;
      valueOk = false;
      if (c->dir == ChanDir::Send) {
        error(startPos(x), "invalid operation: range " + exprString(x) + " receive from send-only channel");
        kt = nullptr;
      }
    } else {
      error(startPos(x), "cannot range over " + operandString(x));
    }
    if (kt && s->value && !valueOk)
      error(startPos(s->value), "range over " + operandString(x) + " permits only one iteration variable");
  }
  Expr* lhs[2] = {s->key, s->value};
  Type* types[2] = {kt, vt};
  if (s->tok == Tok::Define) {
    std::vector<std::pair<VarObj*, Ident*>> vars;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      auto* id = lhs[i]->as<Ident>();
      if (!id) {
        error(startPos(lhs[i]), "non-name " + exprString(lhs[i]) + " on left side of :=");
        continue;
      }
      auto* v = make<VarObj>(std::string(id->name));
      v->pos = id->pos;
      v->pkg = info;
      v->owner = fn;
      v->type = types[i] ? types[i] : kInvalidType;
      id->obj = id->name == "_" ? nullptr : v;
      id->mode = ExprMode::Variable;
      id->type = v->type;
      vars.push_back({v, id});
    }
    for (auto& [v, id] : vars)
      if (id->name != "_") declareLocal(v, id);
  } else if (s->tok == Tok::Assign) {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      Type* t = lhsVar(lhs[i]);
      if (t && isValid(t) && types[i]) {
        BadExpr tmp(lhs[i]->pos);
        tmp.mode = ExprMode::Value;
        tmp.type = types[i];
        if (!assignableTo(&tmp, t, nullptr))
          error(startPos(lhs[i]), "cannot use " + exprString(lhs[i]) + " (value of type " + msgTypeString(types[i], info) +
                                      ") as " + msgTypeString(t, info) + " value in range");
      }
    }
  }
  stmt(s->body);
  closeScope();
}

void Checker::switchStmt(SwitchStmt* s) {
  openScope();
  stmt(s->init);
  Expr* tag = s->tag;
  if (tag) {
    expr(tag);
    if (tag->mode != ExprMode::Invalid) {
      assignment(tag, nullptr, "switch expression");
      if (tag->mode != ExprMode::Invalid && !comparable(tag->type)) {
        error(startPos(tag), "cannot switch on " + operandString(tag));
        tag->mode = ExprMode::Invalid;
      }
    }
  }
  bool haveDefault = false;
  std::vector<std::pair<Const*, Expr*>> seen;
  for (size_t ci = 0; ci < s->clauses.size(); ci++) {
    CaseClause* cc = s->clauses[ci];
    if (!cc) continue;
    if (cc->isDefault || cc->list.empty()) {
      if (haveDefault) error(cc->pos, "multiple defaults in switch");
      haveDefault = true;
    }
    for (Expr* e : cc->list) {
      expr(e);
      if (e->mode == ExprMode::Invalid) continue;
      if (!tag) {
        if (!isBoolean(e->type)) {
          error(startPos(e), "invalid case " + exprString(e) + " in switch (mismatched types " +
                                 msgTypeString(e->type, info) + " and bool)");
          continue;
        }
        defaultType(e);
      } else if (tag->mode != ExprMode::Invalid) {
        convertUntyped(e, tag->type);
        if (e->mode == ExprMode::Invalid) continue;
        bool ok = assignableTo(e, tag->type, nullptr) || assignableTo(tag, e->type, nullptr);
        if (!ok) {
          error(startPos(e), "invalid case " + exprString(e) + " in switch on " + exprString(tag) + " (mismatched types " +
                                 msgTypeString(e->type, info) + " and " + msgTypeString(tag->type, info) + ")");
          continue;
        }
        defaultType(e);
      }
      if (e->mode == ExprMode::Constant) {
        auto* c = static_cast<Const*>(e->cval);
        for (auto& [oc, oe] : seen)
          if (oc->k == c->k && identical(oe->type, e->type) && constCompare(Tok::Eql, oc, c)) {
            error(startPos(e), "duplicate case " + exprString(e) + " in expression switch\n\t" +
                                   posString(startPos(oe)) + ": previous case");
            break;
          }
        seen.push_back({c, e});
      }
    }
    openScope();
    // Trailing empty statements do not count: a fallthrough before them is last.
    size_t n = cc->body.size();
    while (n > 0 && (!cc->body[n - 1] || cc->body[n - 1]->is<EmptyStmt>())) n--;
    bool finalClause = ci + 1 == s->clauses.size();
    for (size_t i = 0; i < cc->body.size(); i++) {
      nextFall.ok = !finalClause && i + 1 == n;
      nextFall.finalCase = finalClause;
      stmt(cc->body[i]);
      nextFall = FallCtx{};
    }
    closeScope();
  }
  closeScope();
}

void Checker::typeSwitchStmt(TypeSwitchStmt* s) {
  openScope();
  stmt(s->init);
  Expr* x = s->guard ? s->guard->x : nullptr;
  if (x) expr(x);
  bool ok = x && x->mode != ExprMode::Invalid;
  if (ok && !isInterface(x->type)) {
    error(startPos(x), exprString(x) + " (" + operandString(x).substr(exprString(x).size() + 2) + " is not an interface");
    ok = false;
  }
  if (s->guard) {
    s->guard->mode = ok ? ExprMode::Value : ExprMode::Invalid;
    s->guard->type = ok ? x->type : kInvalidType;
  }
  std::vector<VarObj*> implicitVars;
  std::vector<std::pair<Type*, Expr*>> seenTypes;
  bool haveDefault = false;
  for (CaseClause* cc : s->clauses) {
    if (!cc) continue;
    if (cc->isDefault || cc->list.empty()) {
      if (haveDefault) error(cc->pos, "multiple defaults in switch");
      haveDefault = true;
    }
    Type* single = nullptr;
    bool brokenCase = false;  // a case type had errors: the clause's variable is invalid
    for (Expr* e : cc->list) {
      if (!e) continue;
      Type* t = nullptr;
      if (auto* id = unparen(e)->as<Ident>(); id && id->name == "nil" && scope->lookup("nil") && scope->lookup("nil")->is<NilObj>()) {
        id->obj = scope->lookup("nil");
        id->mode = ExprMode::Value;
        id->type = basicType(BasicKind::UntypedNil);
        t = id->type;
      } else {
        t = typExpr(e);
        if (!isValid(t) || brokenType(t)) {
          brokenCase = true;
          continue;
        }
        if (ok && !isInterface(t)) {
          std::string cause = missingMethodCause(t, x->type);
          if (!cause.empty())
            error(startPos(e), "impossible type switch case: " + exprString(e) + "\n\t" + operandString(x) +
                                   " cannot have dynamic type " + msgTypeString(t, info) + " " + cause);
        }
      }
      // gc: a type (or nil) may appear in only one case.
      bool dup = false;
      for (auto& [pt, pe] : seenTypes)
        if (identical(pt, t)) {
          error(startPos(e), "duplicate case " + (basicKindOf(t) == BasicKind::UntypedNil ? std::string("nil") : msgTypeString(t, info)) +
                                 " in type switch\n\t" + posString(startPos(pe)) + ": previous case");
          dup = true;
          break;
        }
      if (!dup) seenTypes.push_back({t, e});
      single = cc->list.size() == 1 ? t : nullptr;
    }
    openScope();
    if (s->binding && s->binding->name != "_") {
      auto* v = make<VarObj>(std::string(s->binding->name));
      v->pos = s->binding->pos;
      v->pkg = info;
      v->owner = fn;
      Type* vt = single && basicKindOf(single) != BasicKind::UntypedNil ? single : (ok ? x->type : kInvalidType);
      if (brokenCase) vt = kInvalidType;
      v->type = vt;
      cc->implicitVar = v;
      declareObj(scope, v, v->pos);
      implicitVars.push_back(v);
    }
    for (Stmt* b : cc->body) {
      nextFall.typeSwitch = true;
      stmt(b);
      nextFall = FallCtx{};
    }
    closeScope();
  }
  if (s->binding && s->binding->name != "_") {
    bool used = false;
    for (VarObj* v : implicitVars) used |= v->used;
    if (!used) error(s->binding->pos, "declared and not used: " + std::string(s->binding->name));
    // The binding itself has no single object; point it at the first clause's.
    if (!implicitVars.empty()) s->binding->obj = implicitVars[0];
  }
  closeScope();
}

void Checker::selectStmt(SelectStmt* s) {
  bool haveDefault = false;
  for (CommClause* cc : s->clauses) {
    if (!cc) continue;
    openScope();
    if (!cc->comm) {
      if (haveDefault) error(cc->pos, "multiple defaults in select");
      haveDefault = true;
    } else {
      bool valid = false;
      Stmt* c = cc->comm;
      if (c->is<SendStmt>()) valid = true;
      else if (auto* es = c->as<ExprStmt>()) {
        auto* u = unparen(es->x);
        valid = u && u->is<UnaryExpr>() && u->as<UnaryExpr>()->op == Tok::Arrow;
      } else if (auto* as = c->as<AssignStmt>()) {
        auto* u = as->rhs.size() == 1 ? unparen(as->rhs[0]) : nullptr;
        valid = u && u->is<UnaryExpr>() && u->as<UnaryExpr>()->op == Tok::Arrow;
      }
      if (!valid) error(c->pos, "select case must be receive, send or assign recv");
      stmt(c);
    }
    stmtList(cc->body);
    closeScope();
  }
}

bool Checker::isTerminatingList(const std::vector<Stmt*>& list) {
  for (size_t i = list.size(); i > 0; i--) {
    Stmt* s = list[i - 1];
    if (!s || s->is<EmptyStmt>()) continue;
    return isTerminating(s, "");
  }
  return false;
}

bool Checker::isTerminating(Stmt* s, const std::string& label) {
  if (!s) return false;
  switch (s->kind) {
    case NodeKind::ReturnStmt: return true;
    case NodeKind::BranchStmt: return s->as<BranchStmt>()->tok == Tok::Goto || s->as<BranchStmt>()->tok == Tok::Fallthrough;
    case NodeKind::ExprStmt: {
      auto* c = unparen(s->as<ExprStmt>()->x) ? unparen(s->as<ExprStmt>()->x)->as<CallExpr>() : nullptr;
      return c && c->callKind == CallKind::Builtin && c->builtin == BuiltinId::Panic;
    }
    case NodeKind::BlockStmt: return isTerminatingList(s->as<BlockStmt>()->stmts);
    case NodeKind::LabeledStmt: {
      auto* l = s->as<LabeledStmt>();
      return isTerminating(l->stmt, l->label ? std::string(l->label->name) : "");
    }
    case NodeKind::IfStmt: {
      auto* i = s->as<IfStmt>();
      return i->els && isTerminating(i->then, "") && isTerminating(i->els, "");
    }
    case NodeKind::ForStmt: {
      auto* f = s->as<ForStmt>();
      return !f->cond && !hasBreakTo(f->body, s);
    }
    case NodeKind::SwitchStmt: {
      auto* sw = s->as<SwitchStmt>();
      bool def = false;
      for (CaseClause* c : sw->clauses) {
        if (!c) return false;
        def |= c->isDefault || c->list.empty();
        if (!isTerminatingList(c->body)) return false;
        for (Stmt* b : c->body)
          if (hasBreakTo(b, s)) return false;
      }
      return def;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* sw = s->as<TypeSwitchStmt>();
      bool def = false;
      for (CaseClause* c : sw->clauses) {
        if (!c) return false;
        def |= c->isDefault || c->list.empty();
        if (!isTerminatingList(c->body)) return false;
        for (Stmt* b : c->body)
          if (hasBreakTo(b, s)) return false;
      }
      return def;
    }
    case NodeKind::SelectStmt: {
      for (CommClause* c : s->as<SelectStmt>()->clauses) {
        if (!c || !isTerminatingList(c->body)) return false;
        for (Stmt* b : c->body)
          if (hasBreakTo(b, s)) return false;
      }
      return true;
    }
    default: return false;
  }
  (void)label;
}

}  // namespace goc
