// Assignability, assignments (=, :=, op=), variable initialisation and
// return statements.
#include "compiler/check/checker.h"

namespace goc {

namespace {

Expr* unparen(Expr* e) {
  for (int i = 0; e && e->is<ParenExpr>() && i < 100; i++) e = e->as<ParenExpr>()->x;
  return e;
}

std::string measure(size_t n, const char* unit) {
  return std::to_string(n) + " " + unit + (n == 1 ? "" : "s");
}

}  // namespace

bool Checker::assignableTo(Expr* x, Type* T, std::string* reason) {
  Type* V = x->type;
  if (!isValid(V) || !isValid(T)) return true;  // avoid follow-on errors
  if (identical(V, T)) return true;
  Type *Vu = V->underlying(), *Tu = T->underlying();
  if (isUntyped(V)) {
    if (basicKindOf(V) == BasicKind::UntypedNil) {
      return Tu->is<PointerType>() || Tu->is<SliceType>() || Tu->is<MapType_>() || Tu->is<ChanType_>() ||
             Tu->is<SignatureType>() || Tu->is<InterfaceType_>() || basicKindOf(Tu) == BasicKind::UnsafePointer;
    }
    if (auto* b = Tu->as<BasicType>()) {
      if (x->mode == ExprMode::Constant) {
        bool ok, trunc;
        representValue(static_cast<Const*>(x->cval), b, &ok, &trunc);
        return ok;
      }
      if (basicKindOf(V) == BasicKind::UntypedBool) return isBoolean(b);
      return isNumeric(b) || (isString(V) && isString(b));
    }
    if (Tu->is<InterfaceType_>()) return implements(defaultOf(V), T, reason);
    return false;
  }
  if (identical(Vu, Tu) && (!V->is<NamedType>() || !T->is<NamedType>())) return true;
  if (Tu->is<InterfaceType_>()) return implements(V, T, reason);
  if (auto* vc = Vu->as<ChanType_>()) {
    auto* tc = Tu->as<ChanType_>();
    if (tc && vc->dir == ChanDir::Both && identical(vc->elem, tc->elem) &&
        (!V->is<NamedType>() || !T->is<NamedType>()))
      return true;
  }
  if (reason && V->underlying()->is<InterfaceType_>() && !Tu->is<InterfaceType_>()) {
    *reason = "need type assertion";
  }
  return false;
}

void Checker::assignment(Expr* x, Type* T, const std::string& context) {
  if (!x || x->mode == ExprMode::Invalid) return;
  if (x->type && x->type->is<TupleType>()) {
    singleValue(x);  // reports the multi-value error
    return;
  }
  if (isUntyped(x->type)) {
    Type* target = T;
    bool isNil = basicKindOf(x->type) == BasicKind::UntypedNil;
    if (isNil) {
      if (!T) {
        error(startPos(x), "use of untyped nil in " + context);
        invalidate(x);
        return;
      }
    } else if (!T || isInterface(T)) {
      target = defaultOf(x->type);
    }
    if (isValid(target)) {
      Type* tu = target->underlying();
      bool ok = true, trunc = false, overflow = false;
      if (auto* b = tu->as<BasicType>(); b && x->mode == ExprMode::Constant && !isNil) {
        representValue(static_cast<Const*>(x->cval), b, &ok, &trunc);
        overflow = !ok && !trunc && isNumeric(x->type) && isNumeric(b);
        if (!ok && !(isNumeric(x->type) && isNumeric(b))) trunc = false;
      }
      if (!ok) {
        std::string m = "cannot use " + operandString(x) + " as " + msgTypeString(target, info) + " value in " + context;
        if (trunc) m += " (truncated)";
        else if (overflow) m += " (overflows)";
        error(startPos(x), m);
        invalidate(x);
        return;
      }
      if (!isNil && !assignableTo(x, target, nullptr)) {
        error(startPos(x), "cannot use " + operandString(x) + " as " + msgTypeString(target, info) + " value in " + context);
        invalidate(x);
        return;
      }
      if (!isNil || !T) updateExprType(x, target);
    }
  }
  if (!T) return;
  std::string reason;
  if (!assignableTo(x, T, &reason)) {
    std::string m = "cannot use " + operandString(x) + " as " + msgTypeString(T, info) + " value in " + context;
    if (!reason.empty()) m += ": " + reason;
    error(startPos(x), m);
    invalidate(x);
  }
}

// The type of an assignment's left-hand side (null for `_`); reports
// unassignable operands.
Type* Checker::lhsVar(Expr* lhs) {
  Expr* u = unparen(lhs);
  if (auto* id = u ? u->as<Ident>() : nullptr; id && id->name == "_") {
    id->obj = nullptr;
    id->mode = ExprMode::Invalid;
    return nullptr;
  }
  // Assigning to a variable does not count as a use.
  bool saved = inLhs;
  inLhs = u && u->is<Ident>();
  expr(lhs);
  inLhs = saved;
  if (lhs->mode == ExprMode::Invalid) return kInvalidType;
  if (lhs->mode == ExprMode::Variable || lhs->mode == ExprMode::MapIndex) return lhs->type;
  std::string why;
  if (auto* s = u->as<SelectorExpr>(); s && s->x && s->x->mode == ExprMode::MapIndex) {
    error(startPos(lhs), "cannot assign to struct field " + exprString(lhs) + " in map");
    return kInvalidType;
  }
  if (isString(lhs->type) && u->is<IndexExpr>()) why = " (neither addressable nor a map index expression)";
  if (why.empty())
    why = " (" + operandString(lhs).substr(exprString(lhs).size() + 2);
  error(startPos(lhs), "cannot assign to " + exprString(lhs) + why);
  return kInvalidType;
}

void Checker::assignVar(Expr* lhs, Expr* rhs) {
  Type* T = lhsVar(lhs);
  expr(rhs, T && isValid(T) ? T : nullptr);
  if (!isValid(T) && T) return;
  assignment(rhs, T, "assignment");
}

void Checker::assignError(const std::vector<Expr*>& rhs, size_t nvars, size_t nvals, Pos, bool ret) {
  (void)ret;
  Expr* r0 = rhs.empty() ? nullptr : rhs[0];
  if (!r0) return;
  if (rhs.size() == 1) {
    if (auto* c = unparen(r0)->as<CallExpr>()) {
      error(startPos(r0), "assignment mismatch: " + measure(nvars, "variable") + " but " + exprString(c->fun) +
                              " returns " + measure(nvals, "value"));
      return;
    }
  }
  error(startPos(r0), "assignment mismatch: " + measure(nvars, "variable") + " but " + measure(nvals, "value"));
}

void Checker::initVars(const std::vector<VarObj*>& lhs, const std::vector<Expr*>& rhs, Pos pos, bool) {
  const char* ctx = "variable declaration";
  auto invalidAll = [&] {
    for (VarObj* v : lhs)
      if (!v->type) v->type = kInvalidType;
  };
  if (lhs.size() == rhs.size()) {
    for (size_t i = 0; i < lhs.size(); i++) {
      VarObj* v = lhs[i];
      Expr* r = rhs[i];
      // A single right-hand side may be a tuple: report it as a count mismatch.
      if (lhs.size() == 1) multiExpr(r);
      else expr(r, v->type);
      if (r->mode == ExprMode::Invalid) {
        if (!v->type) v->type = kInvalidType;
        continue;
      }
      if (r->type && r->type->is<TupleType>()) {
        assignError(rhs, 1, r->type->as<TupleType>()->vars.size(), pos, false);
        if (!v->type) v->type = kInvalidType;
        v->used = true;
        continue;
      }
      assignment(r, v->type, ctx);
      if (r->mode == ExprMode::Invalid) v->used = true;  // no follow-on "declared and not used"
      if (!v->type) v->type = r->mode == ExprMode::Invalid ? kInvalidType : r->type;
    }
    return;
  }
  if (rhs.size() == 1) {
    Expr* r = rhs[0];
    multiExpr(r);
    if (r->mode == ExprMode::Invalid) {
      invalidAll();
      for (VarObj* v : lhs) v->used = true;
      return;
    }
    if (auto* tup = r->type ? r->type->as<TupleType>() : nullptr) {
      if (tup->vars.size() != lhs.size()) {
        assignError(rhs, lhs.size(), tup->vars.size(), pos, false);
        invalidAll();
        return;
      }
      for (size_t i = 0; i < lhs.size(); i++) {
        Type* t = tup->vars[i]->type;
        if (!lhs[i]->type) {
          lhs[i]->type = t;
        } else if (!identical(t, lhs[i]->type)) {
          BadExpr tmp(r->pos);
          tmp.mode = ExprMode::Value;
          tmp.type = t;
          std::string reason;
          if (!assignableTo(&tmp, lhs[i]->type, &reason))
            error(startPos(r), "cannot use " + exprString(r) + " (value of type " + msgTypeString(t, info) +
                                   ") as " + msgTypeString(lhs[i]->type, info) + " value in assignment");
        }
      }
      return;
    }
    if (lhs.size() == 2 && (r->mode == ExprMode::CommaOk || r->mode == ExprMode::MapIndex)) {
      assignment(r, lhs[0]->type, ctx);
      if (!lhs[0]->type) lhs[0]->type = r->mode == ExprMode::Invalid ? kInvalidType : r->type;
      if (!lhs[1]->type) lhs[1]->type = basicType(BasicKind::Bool);
      else if (!isBoolean(lhs[1]->type))
        error(startPos(r), "cannot use " + exprString(r) + " (untyped bool value) as " +
                               msgTypeString(lhs[1]->type, info) + " value in assignment");
      return;
    }
  }
  for (Expr* r : rhs) multiExpr(r);
  assignError(rhs, lhs.size(), rhs.size(), pos, false);
  invalidAll();
}

void Checker::assignStmt(AssignStmt* s) {
  if (s->op == Tok::Define) {
    shortVarDecl(s);
    return;
  }
  if (s->op != Tok::Assign) {
    // x op= y
    if (s->lhs.size() != 1 || s->rhs.size() != 1) {
      error(s->pos, "assignment operation " + std::string(tokSpelling(s->op)) + " requires single-valued expressions");
      return;
    }
    Tok op = Tok::Add;
    switch (s->op) {
      case Tok::AddAssign: op = Tok::Add; break;
      case Tok::SubAssign: op = Tok::Sub; break;
      case Tok::MulAssign: op = Tok::Mul; break;
      case Tok::QuoAssign: op = Tok::Quo; break;
      case Tok::RemAssign: op = Tok::Rem; break;
      case Tok::AndAssign: op = Tok::And; break;
      case Tok::OrAssign: op = Tok::Or; break;
      case Tok::XorAssign: op = Tok::Xor; break;
      case Tok::ShlAssign: op = Tok::Shl; break;
      case Tok::ShrAssign: op = Tok::Shr; break;
      case Tok::AndNotAssign: op = Tok::AndNot; break;
      default: break;
    }
    // Check x op y as a binary expression on a scratch node, then assign.
    BinaryExpr tmp(s->pos);
    tmp.op = op;
    tmp.x = s->lhs[0];
    tmp.y = s->rhs[0];
    Expr* lhs = s->lhs[0];
    Expr* u = unparen(lhs);
    binary(&tmp, lhs, s->rhs[0], op, s->pos);
    if (tmp.mode == ExprMode::Invalid) return;
    // `x op= y` reads x, but gc does not count it as a use for "declared and not used"...
    // it does: x += 1 alone still reports x as unused in gc. Undo the read mark.
    (void)u;
    if (lhs->mode != ExprMode::Variable && lhs->mode != ExprMode::MapIndex) {
      error(startPos(lhs), "cannot assign to " + exprString(lhs));
      return;
    }
    if (tmp.mode == ExprMode::Constant || isUntyped(tmp.type)) {
      tmp.mode = tmp.mode == ExprMode::Constant ? ExprMode::Constant : ExprMode::Value;
      assignment(&tmp, lhs->type, "assignment");
    }
    return;
  }
  if (s->lhs.size() == s->rhs.size()) {
    for (size_t i = 0; i < s->lhs.size(); i++) assignVar(s->lhs[i], s->rhs[i]);
    return;
  }
  if (s->rhs.size() == 1) {
    Expr* r = s->rhs[0];
    multiExpr(r);
    std::vector<Type*> lt;
    for (Expr* l : s->lhs) lt.push_back(lhsVar(l));
    if (r->mode == ExprMode::Invalid) return;
    if (auto* tup = r->type ? r->type->as<TupleType>() : nullptr) {
      if (tup->vars.size() != s->lhs.size()) {
        assignError(s->rhs, s->lhs.size(), tup->vars.size(), s->pos, false);
        return;
      }
      for (size_t i = 0; i < lt.size(); i++) {
        if (!lt[i] || !isValid(lt[i])) continue;
        BadExpr tmp(r->pos);
        tmp.mode = ExprMode::Value;
        tmp.type = tup->vars[i]->type;
        std::string reason;
        if (!assignableTo(&tmp, lt[i], &reason))
          error(startPos(r), "cannot use " + exprString(r) + " (value of type " + msgTypeString(tmp.type, info) +
                                 ") as " + msgTypeString(lt[i], info) + " value in assignment");
      }
      return;
    }
    if (s->lhs.size() == 2 && (r->mode == ExprMode::CommaOk || r->mode == ExprMode::MapIndex)) {
      assignment(r, lt[0], "assignment");
      return;
    }
  }
  for (Expr* l : s->lhs) lhsVar(l);
  for (Expr* r : s->rhs) multiExpr(r);
  assignError(s->rhs, s->lhs.size(), s->rhs.size(), s->pos, false);
}

void Checker::shortVarDecl(AssignStmt* s) {
  std::vector<VarObj*> lhsVars;
  std::vector<VarObj*> newVars;
  std::vector<Ident*> newIds;
  s->newVars.assign(s->lhs.size(), false);
  bool bad = false;
  for (size_t i = 0; i < s->lhs.size(); i++) {
    auto* id = s->lhs[i] ? s->lhs[i]->as<Ident>() : nullptr;
    if (!id) {
      if (s->lhs[i]) expr(s->lhs[i]);
      error(s->lhs[i] ? startPos(s->lhs[i]) : s->pos, "non-name " + exprString(s->lhs[i]) + " on left side of :=");
      bad = true;
      continue;
    }
    bool dupInList = false;
    for (Ident* o : newIds) dupInList |= o->name == id->name && id->name != "_";
    if (dupInList) {
      error(id->pos, std::string(id->name) + " repeated on left side of :=");
      bad = true;
      continue;
    }
    Object* old = id->name == "_" ? nullptr : scope->lookupLocal(id->name);
    if (auto* v = old ? old->as<VarObj>() : nullptr) {
      id->obj = v;
      id->mode = ExprMode::Variable;
      id->type = v->type;
      lhsVars.push_back(v);
      continue;
    }
    if (old) {
      error(id->pos, "cannot assign to " + std::string(id->name));
      bad = true;
      continue;
    }
    auto* v = make<VarObj>(std::string(id->name));
    v->pos = id->pos;
    v->pkg = info;
    v->owner = fn;
    id->obj = id->name == "_" ? nullptr : v;
    lhsVars.push_back(v);
    newVars.push_back(v);
    newIds.push_back(id);
    s->newVars[i] = true;
  }
  if (bad) {
    for (Expr* r : s->rhs) multiExpr(r);
    for (VarObj* v : newVars) v->type = kInvalidType, v->used = true;
  } else {
    // Old variables keep their types; new ones are inferred.
    initVars(lhsVars, s->rhs, s->pos, false);
  }
  bool anyNew = false;
  for (size_t i = 0; i < newVars.size(); i++) {
    anyNew |= newIds[i]->name != "_";
    newIds[i]->mode = isValid(newVars[i]->type) ? ExprMode::Variable : ExprMode::Invalid;
    newIds[i]->type = newVars[i]->type;
    if (newIds[i]->name != "_") declareLocal(newVars[i], newIds[i]);
  }
  // Re-record the types of re-assigned identifiers after inference.
  for (size_t i = 0; i < s->lhs.size(); i++)
    if (auto* id = s->lhs[i] ? s->lhs[i]->as<Ident>() : nullptr)
      if (auto* v = id->obj ? id->obj->as<VarObj>() : nullptr) id->type = v->type;
  if (!anyNew && !bad) error(s->pos, "no new variables on left side of :=");
}

std::string Checker::typesSummary(const std::vector<Type*>& types) {
  std::string s = "(";
  for (size_t i = 0; i < types.size(); i++) {
    Type* t = types[i];
    std::string n;
    if (!t || !isValid(t)) n = "<T>";
    else if (isUntyped(t) && isNumeric(t)) n = "number";
    else if (isUntyped(t)) n = std::string(t->as<BasicType>()->name.substr(8));  // drop "untyped "
    else if (auto* tup = t->as<TupleType>()) n = msgTypeString(tup, info).substr(1, msgTypeString(tup, info).size() - 2);
    else n = msgTypeString(t, info);
    s += (i ? ", " : "") + n;
  }
  return s + ")";
}

void Checker::returnStmt(ReturnStmt* s) {
  if (!fn || !fn->sig) return;
  auto& res = fn->sig->results;
  if (s->results.empty()) {
    if (!res.empty() && res[0]->name.empty()) {
      error(s->pos, "not enough return values\n\thave ()\n\twant " + tupleString(res, false));
    }
    return;
  }
  auto resultTypes = [&] {
    std::vector<Type*> ts;
    for (Expr* r : s->results) ts.push_back(r ? r->type : nullptr);
    return ts;
  };
  if (res.empty()) {
    for (Expr* r : s->results) multiExpr(r);
    error(startPos(s->results[0]), "too many return values\n\thave " + typesSummary(resultTypes()) + "\n\twant ()");
    return;
  }
  if (s->results.size() == 1 && res.size() > 1) {
    Expr* r = s->results[0];
    multiExpr(r);
    if (r->mode == ExprMode::Invalid) return;
    if (auto* tup = r->type ? r->type->as<TupleType>() : nullptr) {
      if (tup->vars.size() == res.size()) {
        for (size_t i = 0; i < res.size(); i++) {
          BadExpr tmp(r->pos);
          tmp.mode = ExprMode::Value;
          tmp.type = tup->vars[i]->type;
          if (!assignableTo(&tmp, res[i]->type, nullptr))
            error(startPos(r), "cannot use " + exprString(r) + " (value of type " + msgTypeString(tmp.type, info) +
                                   ") as " + msgTypeString(res[i]->type, info) + " value in return statement");
        }
        return;
      }
    }
    error(startPos(r), "not enough return values\n\thave " + typesSummary(resultTypes()) + "\n\twant " +
                           tupleString(res, false));
    return;
  }
  if (s->results.size() != res.size()) {
    for (Expr* r : s->results) multiExpr(r);
    bool tooMany = s->results.size() > res.size();
    Pos p = tooMany ? startPos(s->results[res.size()]) : startPos(s->results.back());
    error(p, std::string(tooMany ? "too many" : "not enough") + " return values\n\thave " +
                 typesSummary(resultTypes()) + "\n\twant " + tupleString(res, false));
    return;
  }
  for (size_t i = 0; i < res.size(); i++) {
    expr(s->results[i], res[i]->type);
    assignment(s->results[i], res[i]->type, "return statement");
  }
}

}  // namespace goc
