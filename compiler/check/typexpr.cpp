// Type expressions: identifiers denoting types, composite type literals,
// function signatures, struct and interface types, array lengths.
#include <algorithm>

#include "compiler/check/checker.h"

namespace goc {

Type* Checker::typExprOrNull(Expr* e) { return e ? typExpr(e) : nullptr; }

void Checker::notAType(Expr* e) {
  bool operand = e->mode == ExprMode::Variable || e->mode == ExprMode::Value || e->mode == ExprMode::Constant ||
                 e->mode == ExprMode::MapIndex || e->mode == ExprMode::CommaOk;
  error(startPos(e), (operand ? operandString(e) : exprString(e)) + " is not a type");
}

Type* Checker::typExpr(Expr* e) {
  if (!e) return kInvalidType;
  if (++depth > 500) {
    --depth;
    error(e->pos, "type expression nesting too deep");
    return kInvalidType;
  }
  Type* t = kInvalidType;
  switch (e->kind) {
    case NodeKind::Ident:
    case NodeKind::SelectorExpr:
    case NodeKind::ParenExpr: {
      if (auto* p = e->as<ParenExpr>()) {
        t = typExpr(p->x);
        break;
      }
      if (auto* id = e->as<Ident>()) ident(id, true);
      else exprOrType(e);
      if (e->mode == ExprMode::TypeExpr) t = e->type;
      else if (e->mode != ExprMode::Invalid) notAType(e);
      break;
    }
    case NodeKind::StarExpr: t = newPointer(typExpr(e->as<StarExpr>()->x)); break;
    case NodeKind::ArrayType: {
      auto* a = e->as<ArrayType>();
      if (!a->len) {
        t = newSlice(typExpr(a->elem));
      } else if (a->len->is<Ellipsis>()) {
        error(a->len->pos, "invalid use of [...] array (outside a composite literal)");
        typExpr(a->elem);
      } else {
        int64_t n = arrayLength(a->len);
        Type* el = typExpr(a->elem);
        if (n >= 0) t = make<ArrayType_>(el, n);
      }
      break;
    }
    case NodeKind::MapType: {
      auto* m = e->as<MapType>();
      Type* k = typExpr(m->key);
      Type* v = typExpr(m->value);
      if (isValid(k) && k->is<NamedType>() && !k->as<NamedType>()->under) {
        // The key's type is still being declared: check once it is complete.
        Expr* ke = m->key;
        laterChecks.push_back([this, k, ke] {
          if (isValid(k->underlying()) && !comparable(k)) error(startPos(ke), "invalid map key type " + msgTypeString(k, info));
        });
      } else if (isValid(k) && !comparable(k)) {
        error(startPos(m->key), "invalid map key type " + msgTypeString(k, info));
      }
      t = make<MapType_>(k, v);
      break;
    }
    case NodeKind::ChanType: {
      auto* c = e->as<ChanType>();
      t = make<ChanType_>(c->dir, typExpr(c->value));
      break;
    }
    case NodeKind::FuncType: t = funcType(e->as<FuncType>(), nullptr, scope, nullptr); break;
    case NodeKind::StructType: t = structType(e->as<StructType>()); break;
    case NodeKind::InterfaceType: t = interfaceType(e->as<InterfaceType>()); break;
    case NodeKind::IndexExpr:
      error(e->pos, "type parameters are not supported yet");
      break;
    case NodeKind::BadExpr: break;
    default:
      exprOrType(e);
      if (e->mode == ExprMode::TypeExpr) t = e->type;
      else if (e->mode != ExprMode::Invalid) notAType(e);
      break;
  }
  --depth;
  e->mode = isValid(t) ? ExprMode::TypeExpr : ExprMode::Invalid;
  e->type = t;
  return t;
}

int64_t Checker::arrayLength(Expr* e) {
  expr(e);
  if (e->mode == ExprMode::Invalid) return -1;
  if (e->mode != ExprMode::Constant) {
    error(e->pos, "array length " + exprString(e) + " (" + (e->mode == ExprMode::Variable ? "variable" : "value") +
                      " of type " + msgTypeString(e->type, info) + ") must be constant");
    return -1;
  }
  auto* c = static_cast<Const*>(e->cval);
  if (isUntyped(e->type) || isInteger(e->type)) {
    if (c->isIntegral()) {
      if (c->re < 0 || constBitLen(c) > 62) {
        error(e->pos, "invalid array length " + exprString(e));
        return -1;
      }
      if (isUntyped(e->type)) convertUntyped(e, basicType(BasicKind::Int));
      return static_cast<int64_t>(c->int64Bits());
    }
  }
  error(e->pos, "array length " + exprString(e) + " (" + operandString(e).substr(exprString(e).size() + 2));
  return -1;
}

SignatureType* Checker::funcType(FuncType* ft, Field* recv, Scope*, FuncInfo* fi) {
  auto* sig = make<SignatureType>();
  if (!ft) return sig;
  if (!ft->typeParams.empty() && !fi) error(ft->pos, "type parameters are not supported yet");
  auto newParam = [&](std::string name, Type* t, Pos pos) {
    auto* v = make<VarObj>(std::move(name));
    v->type = t;
    v->pos = pos;
    v->isParam = true;
    v->owner = fi;
    v->pkg = info;
    return v;
  };
  if (recv) {
    Type* rt = typExpr(recv->typeExpr);
    Ident* n = recv->names.empty() ? nullptr : recv->names[0];
    sig->recv = newParam(n ? std::string(n->name) : "", rt, n ? n->pos : recv->pos);
    if (n) n->obj = sig->recv;
    if (fi) fi->params.push_back(sig->recv);
  }
  auto fields = [&](const std::vector<Field*>& list, std::vector<VarObj*>& out, bool params) {
    for (size_t i = 0; i < list.size(); i++) {
      Field* f = list[i];
      if (!f) continue;
      Expr* te = f->typeExpr;
      bool variadic = f->variadic;
      if (auto* el = te ? te->as<Ellipsis>() : nullptr) {
        variadic = true;
        te = el->elt;
      }
      Type* t = typExpr(te);
      if (variadic) {
        if (!params || i + 1 != list.size() || f->names.size() > 1) {
          error(f->pos, "can only use ... with final parameter in list");
        } else {
          sig->variadic = true;
        }
        t = newSlice(t);
      }
      if (f->names.empty()) {
        out.push_back(newParam("", t, f->pos));
      } else {
        for (Ident* n : f->names) {
          if (!n) continue;
          VarObj* v = newParam(std::string(n->name), t, n->pos);
          n->obj = v;
          out.push_back(v);
        }
      }
    }
  };
  fields(ft->params, sig->params, true);
  fields(ft->results, sig->results, false);
  if (fi) {
    fi->params.insert(fi->params.end(), sig->params.begin(), sig->params.end());
    fi->results = sig->results;
    fi->sig = sig;
  }
  return sig;
}

namespace {

// The name an embedded field gets: T for T, *T, pkg.T, *pkg.T.
Ident* embeddedName(Expr* e) {
  for (int i = 0; e && i < 8; i++) {
    if (auto* s = e->as<StarExpr>()) e = s->x;
    else if (auto* p = e->as<ParenExpr>()) e = p->x;
    else if (auto* sel = e->as<SelectorExpr>()) return sel->sel;
    else if (auto* ix = e->as<IndexExpr>()) e = ix->x;  // generic instance: named for its type
    else if (auto* id = e->as<Ident>()) return id;
    else return nullptr;
  }
  return nullptr;
}

}  // namespace

Type* Checker::structType(StructType* st) {
  auto* s = make<StructType_>();
  std::unordered_map<std::string, VarObj*> seen;
  for (Field* f : st->fields) {
    if (!f) continue;
    Type* t = typExpr(f->typeExpr);
    std::string tag;
    if (f->tag) {
      std::string err;
      if (Const* c = constFromLiteral(f->tag->litKind, f->tag->value, err)) tag = c->s;
    }
    auto add = [&](Ident* id, bool embedded) {
      auto* v = make<VarObj>(id ? std::string(id->name) : "?");
      v->isField = true;
      v->type = t;
      v->pos = id ? id->pos : f->pos;
      v->pkg = info;
      if (id) id->obj = v;
      if (v->name != "_") {
        auto [it, fresh] = seen.emplace(v->name, v);
        if (!fresh)
          error(v->pos, v->name + " redeclared\n\t" + posString(it->second->pos) + ": other declaration of " + v->name);
      }
      StructField sf;
      sf.var = v;
      sf.embedded = embedded;
      sf.tag = tag;
      s->fields.push_back(sf);
    };
    if (f->names.empty()) {
      Ident* n = embeddedName(f->typeExpr);
      if (!n) {
        error(f->pos, "invalid embedded field type " + exprString(f->typeExpr));
        continue;
      }
      if (isValid(t)) {
        Type* base = t;
        if (auto* p = t->as<PointerType>()) {
          base = p->elem;
          if (base->is<PointerType>() || (base->is<NamedType>() && base->as<NamedType>()->under &&
                                          base->underlying()->is<InterfaceType_>()))
            error(f->typeExpr->pos, "embedded field type cannot be a pointer to an interface");
        } else if (t->is<NamedType>() && t->as<NamedType>()->under && t->underlying()->is<PointerType>()) {
          error(f->typeExpr->pos, "embedded field type cannot be a pointer");
        }
      }
      add(n, true);
    } else {
      for (Ident* n : f->names) add(n, false);
    }
  }
  return s;
}

Type* Checker::interfaceType(InterfaceType* it) {
  auto* t = make<InterfaceType_>();
  for (Field* f : it->elems) {
    if (!f) continue;
    if (!f->names.empty()) {
      auto* ft = f->typeExpr ? f->typeExpr->as<FuncType>() : nullptr;
      Ident* n = f->names[0];
      auto* m = make<FuncObj>(std::string(n->name));
      m->pos = n->pos;
      m->pkg = info;
      n->obj = m;
      SignatureType* sig = funcType(ft, nullptr, scope, nullptr);
      auto* recv = make<VarObj>("");
      recv->type = t;
      sig->recv = recv;
      m->type = sig;
      if (ft) {
        ft->mode = ExprMode::TypeExpr;
        ft->type = sig;
      }
      for (FuncObj* o : t->explicitMethods)
        if (o->name == m->name && m->name != "_") {
          error(n->pos, "duplicate method " + m->name + "\n\t" + posString(o->pos) + ": other declaration of " + m->name);
          break;
        }
      t->explicitMethods.push_back(m);
    } else {
      Type* e = typExpr(f->typeExpr);
      if (!isValid(e) || brokenType(e)) {
        incompleteIfaces.insert(t);
        continue;
      }
      if (auto* ei = e->underlying()->as<InterfaceType_>(); ei && incompleteIfaces.count(ei)) incompleteIfaces.insert(t);
      if (!isInterface(e)) {
        error(f->typeExpr->pos, "cannot use " + exprString(f->typeExpr) + " as interface: type constraints are not supported");
        continue;
      }
      t->embeddeds.push_back(e);
    }
  }
  completeInterface(t);
  return t;
}

void Checker::completeInterface(InterfaceType_* t) {
  std::vector<FuncObj*> all = t->explicitMethods;
  for (Type* e : t->embeddeds) {
    auto* ei = e->underlying()->as<InterfaceType_>();
    if (!ei) continue;
    for (FuncObj* m : ei->allMethods) {
      bool dup = false;
      for (FuncObj* o : all)
        if (o->name == m->name) {
          dup = true;
          if (!identical(o->type, m->type)) error(t->explicitMethods.empty() ? NoPos : o->pos, "duplicate method " + m->name);
        }
      if (!dup) all.push_back(m);
    }
  }
  // gc's itab order: exported names first, then by name, then by package path.
  std::stable_sort(all.begin(), all.end(), [](FuncObj* a, FuncObj* b) {
    if (a->exported() != b->exported()) return a->exported();
    if (a->name != b->name) return a->name < b->name;
    std::string pa = a->pkg ? a->pkg->path : "", pb = b->pkg ? b->pkg->path : "";
    return pa < pb;
  });
  t->allMethods = all;
}

}  // namespace goc
