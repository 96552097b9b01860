// Selectors x.f: qualified identifiers (pkg.Name), method expressions
// (T.m, (*T).m), field and method selections through embedded fields, and
// the errors for names that are missing, ambiguous or unexported.
#include "compiler/check/checker.h"

namespace goc {

namespace {

Expr* unparen(Expr* e) {
  for (int i = 0; e && e->is<ParenExpr>() && i < 100; i++) e = e->as<ParenExpr>()->x;
  return e;
}

}  // namespace

void Checker::selector(SelectorExpr* e) {
  if (!e->sel) return;
  std::string name(e->sel->name);
  // Qualified identifier pkg.Name.
  if (auto* id = unparen(e->x) ? unparen(e->x)->as<Ident>() : nullptr) {
    Object* o = scope ? scope->lookup(id->name) : nullptr;
    if (auto* pn = o ? o->as<PkgNameObj>() : nullptr) {
      pn->used = true;
      id->obj = pn;
      id->mode = ExprMode::PackageName;
      Object* m = pn->imported->scope->lookupLocal(name);
      if (!m && fakePkgs.count(pn->imported)) return;  // reported at the import
      if (!m) {
        error(e->sel->pos, "undefined: " + std::string(id->name) + "." + name);
        return;
      }
      if (!m->exported()) {
        error(e->sel->pos, "name " + name + " not exported by package " + pn->imported->name);
        return;
      }
      e->sel->obj = m;
      switch (m->kind) {
        case ObjKind::Var: e->mode = ExprMode::Variable; e->type = m->type; break;
        case ObjKind::Const:
          setConst(e, m->type, static_cast<Const*>(m->as<ConstObj>()->value));
          break;
        case ObjKind::TypeName: e->mode = ExprMode::TypeExpr; e->type = m->type; break;
        case ObjKind::Func: e->mode = ExprMode::Value; e->type = m->type; break;
        case ObjKind::Builtin: e->mode = ExprMode::Builtin; break;
        default: break;
      }
      e->sel->mode = e->mode;
      e->sel->type = e->type;
      e->sel->cval = e->cval;
      if (!isValid(e->type) && e->mode != ExprMode::Builtin && !(e->type && e->type->is<NamedType>())) invalidate(e);
      return;
    }
  }
  exprOrType(e->x);
  Expr* x = e->x;
  if (!x || x->mode == ExprMode::Invalid) return;
  if (x->mode == ExprMode::TypeExpr) {
    // Method expression T.m or (*T).m.
    Type* T = x->type;
    LookupResult r = lookupFieldOrMethod(T, false, name, info);
    auto* m = r.obj ? r.obj->as<FuncObj>() : nullptr;
    if (!m && r.incomplete) return;
    if (!m) {
      error(e->sel->pos, exprString(e) + " undefined (type " + msgTypeString(T, info) + " has no method " + name + ")");
      return;
    }
    bool isPtr = T->is<PointerType>();
    if (m->ptrRecv && !isPtr && !r.indirect && !isInterface(T)) {
      error(startPos(e), "invalid method expression " + exprString(e) + " (needs pointer receiver (*" +
                             msgTypeString(T, info) + ")." + name + ")");
      return;
    }
    recordDep(m);
    auto* sel = make<Selection>();
    sel->kind = Selection::Kind::MethodExpr;
    sel->obj = m;
    sel->recvType = T;
    sel->path = r.path;
    sel->indirect = r.indirect;
    sel->addrOfRecv = m->ptrRecv && !r.recvPtrOnPath;
    sel->derefRecv = !m->ptrRecv && r.recvPtrOnPath && !isInterface(T);
    e->selection = sel;
    e->sel->obj = m;
    auto* ms = m->sig();
    auto* sig = make<SignatureType>();
    auto* rv = make<VarObj>("");
    rv->type = T;
    rv->isParam = true;
    sig->params.push_back(rv);
    sig->params.insert(sig->params.end(), ms->params.begin(), ms->params.end());
    sig->results = ms->results;
    sig->variadic = ms->variadic;
    e->mode = ExprMode::Value;
    e->type = sig;
    return;
  }
  if (x->mode == ExprMode::NoValue || x->mode == ExprMode::Builtin || x->mode == ExprMode::PackageName) {
    singleValue(x);
    return;
  }
  if (!isValid(x->type)) return;
  if (x->type->is<TupleType>()) {
    singleValue(x);
    return;
  }
  LookupResult r = lookupFieldOrMethod(x->type, x->mode == ExprMode::Variable, name, info);
  if (r.ambiguous) {
    error(e->sel->pos, "ambiguous selector " + exprString(e));
    return;
  }
  if (!r.obj) {
    if (r.incomplete) return;  // an embedded type had errors: the name may be there
    if (isUntyped(x->type)) defaultType(x);
    std::string why = "type " + msgTypeString(x->type, info) + " has no field or method " + name;
    if (auto* p = x->type->underlying()->as<PointerType>(); p && isInterface(p->elem)) {
      why = "type " + msgTypeString(x->type, info) + " is pointer to interface, not interface";
    } else if (!name.empty() && !(name[0] >= 'A' && name[0] <= 'Z')) {
      // An unexported name of another package: say so (as gc does since 1.20).
      Type* base = x->type;
      if (auto* p = base->as<PointerType>()) base = p->elem;
      auto* n = base->as<NamedType>();
      if (n && n->obj && n->obj->pkg && n->obj->pkg != info) {
        LookupResult other = lookupFieldOrMethod(x->type, x->mode == ExprMode::Variable, name, n->obj->pkg);
        if (other.obj)
          why = std::string("cannot refer to unexported ") + (other.obj->is<VarObj>() ? "field " : "method ") + name;
      }
    }
    error(e->sel->pos, exprString(e) + " undefined (" + why + ")");
    return;
  }
  e->sel->obj = r.obj;
  auto* sel = make<Selection>();
  sel->obj = r.obj;
  sel->recvType = x->type;
  sel->path = r.path;
  sel->indirect = r.indirect;
  e->selection = sel;
  if (auto* f = r.obj->as<VarObj>()) {
    sel->kind = Selection::Kind::Field;
    e->mode = (x->mode == ExprMode::Variable || r.indirect) ? ExprMode::Variable : ExprMode::Value;
    e->type = f->type;
    return;
  }
  auto* m = r.obj->as<FuncObj>();
  if (isInterface(x->type) && !(x->type->underlying()->is<PointerType>()) && r.path.empty()) {
    sel->kind = Selection::Kind::IfaceMethod;
  } else {
    sel->kind = Selection::Kind::Method;
    resolveObj(m);
    recordDep(m);
    bool viaIface = false;
    if (m->ptrRecv && !r.recvPtrOnPath) {
      if (x->mode != ExprMode::Variable && !r.indirect) {
        error(e->sel->pos, "cannot call pointer method " + name + " on " + msgTypeString(x->type, info));
        return;
      }
      sel->addrOfRecv = true;
      if (r.path.empty() || !r.indirect) markAddrTaken(x);
    }
    if (!m->ptrRecv && r.recvPtrOnPath) sel->derefRecv = true;
    (void)viaIface;
  }
  auto* ms = m->type ? m->type->as<SignatureType>() : nullptr;
  if (!ms) return;
  auto* sig = make<SignatureType>();
  sig->params = ms->params;
  sig->results = ms->results;
  sig->variadic = ms->variadic;
  e->mode = ExprMode::Value;
  e->type = sig;
}

}  // namespace goc
