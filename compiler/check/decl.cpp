// Declarations: constants, variables, types, functions (signatures and
// bodies), local declarations, method/field collisions and recursive types.
#include "compiler/check/checker.h"
#include "compiler/check/walk.h"

namespace goc {

void Checker::constDecl(ConstObj* obj, Expr* typeExpr, Expr* init, int iota) {
  int savedIota = iotaVal;
  iotaVal = iota;
  Type* t = nullptr;
  if (typeExpr) {
    t = typExpr(typeExpr);
    if (isValid(t) && !isConstType(t)) {
      error(typeExpr->pos, "invalid constant type " + msgTypeString(t, info));
      t = kInvalidType;
    }
  }
  obj->type = kInvalidType;
  obj->value = makeUnknown();
  if (init && isValid(t == nullptr ? basicType(BasicKind::Int) : t)) {
    expr(init);
    if (init->mode != ExprMode::Invalid && init->mode != ExprMode::Constant) {
      error(init->pos, operandString(init) + " is not constant");
    } else if (init->mode == ExprMode::Constant) {
      if (t) assignment(init, t, "constant declaration");
      if (init->mode == ExprMode::Constant) {
        obj->type = init->type;
        obj->value = init->cval;
      }
    }
  }
  iotaVal = savedIota;
}

void Checker::varDecl(const std::vector<VarObj*>& lhs, Expr* typeExpr, Expr* init, const std::vector<Expr*>&) {
  Type* t = typeExpr ? typExpr(typeExpr) : nullptr;
  for (VarObj* v : lhs)
    if (!v->type) v->type = t;
  if (!init) {
    for (VarObj* v : lhs)
      if (!v->type) v->type = kInvalidType;
    return;
  }
  initVars(lhs, {init}, init->pos, true);
  walkNode(init, [&](Expr* e) { finalizeUntyped(e); });
}

void Checker::typeDecl(TypeNameObj* obj, TypeSpec* spec) {
  if (!spec) return;
  if (!spec->typeParams.empty()) {
    error(spec->name->pos, "type parameters are not supported yet");
    if (auto* nt = obj->type ? obj->type->as<NamedType>() : nullptr) nt->under = kInvalidType;
    else obj->type = kInvalidType;
    return;
  }
  if (obj->isAlias) {
    obj->type = kInvalidType;  // in case of a cycle
    obj->type = typExpr(spec->typeExpr);
    return;
  }
  auto* nt = obj->type->as<NamedType>();
  Type* rhs = typExpr(spec->typeExpr);
  if (auto* rn = rhs->as<NamedType>(); rn && !rn->under) {
    error(spec->name->pos, "invalid recursive type " + obj->name);
    nt->under = kInvalidType;
  } else {
    nt->under = rhs->underlying();
  }
  info->namedTypes.push_back(nt);
  // Resolve method signatures now so that lookups see them.
  for (FuncObj* m : nt->methods) resolveObj(m);
}

void Checker::validType(NamedType* root) {
  // A named type may not contain itself except through pointers, slices,
  // maps, channels, functions or interfaces.
  // Cycles not through root are reported when their own first type is checked
  // (types are checked in source order), and invalidated then.
  std::vector<NamedType*> path;
  std::function<bool(Type*, int)> visit = [&](Type* t, int d) -> bool {
    if (!t || d > 100) return true;
    if (auto* n = t->as<NamedType>()) {
      if (!n->obj || n->obj->pkg != info || !n->under) return true;
      if (n == root) return false;
      for (NamedType* p : path)
        if (p == n) return true;
      path.push_back(n);
      bool ok = visit(n->under, d + 1);
      if (!ok) return false;  // keep the path: it is the cycle
      path.pop_back();
      return true;
    }
    if (auto* a = t->as<ArrayType_>()) return visit(a->elem, d + 1);
    if (auto* s = t->as<StructType_>()) {
      for (auto& f : s->fields)
        if (!visit(f.var->type, d + 1)) return false;
    }
    return true;
  };
  if (!root->obj || !root->under) return;
  path.push_back(root);
  if (!visit(root->under, 1)) {
    // gc: the cycle, each type referring to the next, back to root.
    std::string m = "invalid recursive type " + root->obj->name;
    for (NamedType* n : path) m += "\n\t" + posString(n->obj->pos) + ": " + n->obj->name + " refers to";
    m += "\n\t" + posString(root->obj->pos) + ": " + root->obj->name;
    error(root->obj->pos, m);
    root->under = kInvalidType;
  }
}

void Checker::checkMethodCollisions(NamedType* t) {
  auto* st = t->under ? t->under->as<StructType_>() : nullptr;
  if (!st) return;
  for (FuncObj* m : t->methods)
    for (auto& f : st->fields)
      if (f.var->name == m->name) {
        error(m->pos, "field and method with the same name " + m->name + "\n\t" + posString(f.var->pos) +
                          ": other declaration of " + m->name);
        break;
      }
}

void Checker::funcDecl(FuncObj* obj, FuncDecl* d) {
  if (!d || !d->sig) {
    obj->type = make<SignatureType>();
    return;
  }
  if (!d->sig->typeParams.empty()) {
    error(d->name->pos, "type parameters are not supported yet");
    obj->type = make<SignatureType>();
    return;
  }
  auto* fi = make<FuncInfo>();
  fi->decl = d;
  fi->pragmas = d->pragmas;
  d->info = fi;
  SignatureType* sig = funcType(d->sig, d->recv, fileScope, fi);
  obj->type = sig;
  fi->sig = sig;
  if (sig->recv) {
    Type* rt = sig->recv->type;
    bool ptr = false;
    if (auto* p = rt ? rt->as<PointerType>() : nullptr) {
      rt = p->elem;
      ptr = true;
    }
    obj->ptrRecv = ptr;
    auto* nt = rt ? rt->as<NamedType>() : nullptr;
    // gc: the base type must be a defined type of this package whose
    // underlying type is not a pointer or an interface.
    Pos rp = !d->recv->names.empty() && d->recv->names[0] ? d->recv->names[0]->pos
             : d->recv->typeExpr                              ? startPos(d->recv->typeExpr)
                                                              : d->recv->pos;
    if (isValid(rt)) {
      if ((nt && nt->obj->pkg != info) || rt->is<BasicType>()) {
        error(rp, "cannot define new methods on non-local type " + msgTypeString(rt, info));
      } else if (!nt) {
        error(rp, "invalid receiver type " + msgTypeString(sig->recv->type, info));
      } else if (nt->under) {
        std::string why;
        if (basicKindOf(nt->under) == BasicKind::UnsafePointer) why = "unsafe.Pointer";
        else if (nt->under->is<PointerType>() || nt->under->is<InterfaceType_>()) why = "pointer or interface type";
        if (!why.empty()) error(rp, "invalid receiver type " + msgTypeString(sig->recv->type, info) + " (" + why + ")");
      }
    }
    std::string tname = nt && nt->obj ? nt->obj->name : "?";
    obj->linkName = info->path + "." + (ptr ? "(*" + tname + ")" : tname) + "." + obj->name;
  } else if (obj->linkName.empty()) {
    obj->linkName = info->path + "." + obj->name;
  }
  if (!d->linkname.empty()) obj->linkName = d->linkname;
  fi->linkName = obj->linkName;
  if (d->body) {
    info->funcs.push_back(fi);
    if (obj->name == "init" && !d->recv) info->initFuncs.push_back(fi);
  }
}

void Checker::funcBody(FuncInfo* fi, BlockStmt* body, Scope* parent) {
  FuncInfo* savedFn = fn;
  FuncInfo* savedTop = topFn;
  Scope* savedScope = scope;
  auto savedBranches = std::move(branchStack);
  auto savedLabels = std::move(fnLabels);
  auto savedLocals = std::move(locals);
  bool top = fn == nullptr;
  branchStack.clear();
  fnLabels.clear();
  if (top) {
    locals.clear();
    topFn = fi;
  } else {
    locals = std::move(savedLocals);
  }
  fn = fi;
  scope = make<Scope>(parent);
  scope->isFunc = true;
  for (VarObj* v : fi->params)
    if (!v->name.empty()) declareObj(scope, v, v->pos);
  for (VarObj* v : fi->results)
    if (!v->name.empty()) declareObj(scope, v, v->pos);
  labels(body);
  gotoChecks(body);
  stmtList(body->stmts);
  if (fi->sig && !fi->sig->results.empty() && !isTerminatingList(body->stmts))
    error(body->rbrace, "missing return");
  for (auto& [name, l] : fnLabels)
    if (!l->used) error(l->pos, "label " + name + " defined and not used");
  if (top) {
    // Untyped leftovers (e.g. operands nothing converted) get default types.
    walkNode(body, [&](Expr* e) { finalizeUntyped(e); });
    for (VarObj* v : locals)
      if (!v->used && v->name != "_") error(v->pos, "declared and not used: " + v->name);
    locals = std::move(savedLocals);
  } else {
    savedLocals = std::move(locals);
    locals = std::move(savedLocals);
  }
  fn = savedFn;
  topFn = savedTop;
  scope = savedScope;
  branchStack = std::move(savedBranches);
  fnLabels = std::move(savedLabels);
}

void Checker::localDecl(GenDecl* d) {
  if (d->tok == Tok::Const) {
    Expr* lastType = nullptr;
    std::vector<Expr*>* lastValues = nullptr;
    for (Spec* sp : d->specs) {
      auto* vs = sp ? sp->as<ValueSpec>() : nullptr;
      if (!vs) continue;
      if (vs->typeExpr || !vs->values.empty()) {
        lastType = vs->typeExpr;
        lastValues = &vs->values;
      }
      std::vector<ConstObj*> objs;
      for (size_t i = 0; i < vs->names.size(); i++) {
        Ident* id = vs->names[i];
        if (!id) continue;
        auto* c = make<ConstObj>(std::string(id->name));
        c->pkg = info;
        c->pos = id->pos;
        id->obj = c;
        Expr* init = lastValues && i < lastValues->size() ? (*lastValues)[i] : nullptr;
        if (!init) error(id->pos, "missing init expr for const declaration");
        constDecl(c, lastType, init, vs->iota);
        objs.push_back(c);
      }
      for (size_t i = 0; i < objs.size(); i++) declareObj(scope, objs[i], objs[i]->pos);
    }
  } else if (d->tok == Tok::Var) {
    for (Spec* sp : d->specs) {
      auto* vs = sp ? sp->as<ValueSpec>() : nullptr;
      if (!vs) continue;
      std::vector<VarObj*> vars;
      Type* t = vs->typeExpr ? typExpr(vs->typeExpr) : nullptr;
      for (Ident* id : vs->names) {
        if (!id) continue;
        auto* v = make<VarObj>(std::string(id->name));
        v->pkg = info;
        v->pos = id->pos;
        v->owner = fn;
        v->type = t;
        id->obj = v;
        vars.push_back(v);
      }
      if (!vs->values.empty()) {
        initVars(vars, vs->values, vs->values[0]->pos, true);
      } else {
        for (VarObj* v : vars)
          if (!v->type) v->type = kInvalidType;
      }
      for (size_t i = 0; i < vars.size(); i++) declareLocal(vars[i], vs->names[i]);
    }
  } else if (d->tok == Tok::Type) {
    for (Spec* sp : d->specs) {
      auto* ts = sp ? sp->as<TypeSpec>() : nullptr;
      if (!ts || !ts->name) continue;
      auto* tn = make<TypeNameObj>(std::string(ts->name->name));
      tn->pkg = info;
      tn->isAlias = ts->alias;
      ts->name->obj = tn;
      if (!ts->alias) {
        tn->linkName = (fn ? fn->linkName : info->path) + "." + tn->name + "·" + std::to_string(++localTypeCount);
        auto* nt = make<NamedType>();
        nt->obj = tn;
        tn->type = nt;
      }
      declareObj(scope, tn, ts->name->pos);
      typeDecl(tn, ts);
      if (auto* nt = tn->type ? tn->type->as<NamedType>() : nullptr) validType(nt);
      runLaterChecks();
    }
  }
}

}  // namespace goc
