// Composite literals: structs (keyed and positional), arrays (incl. [...]T),
// slices and maps, with elided element types (and &T elision).
#include "compiler/check/checker.h"

namespace goc {

// The elements of a literal whose type had errors are still checked (for
// their own errors, and so that the variables they read count as used), as
// types2 does: values only (a key may be a field name of the unknown type),
// and the elements of nested literals with elided types.
void Checker::useElements(CompositeLit* lit, int d) {
  if (d > 100) return;
  for (Expr* e : lit->elts) {
    if (auto* kv = e ? e->as<KeyValueExpr>() : nullptr) e = kv->value;
    useValue(e, d);
  }
}

void Checker::useValue(Expr* e, int d) {
  if (auto* cl = e ? e->as<CompositeLit>() : nullptr; cl && !cl->typeExpr) useElements(cl, d + 1);
  else expr(e);
}

void Checker::compositeLit(CompositeLit* lit, Type* hint) {
  Type* T = nullptr;
  bool openArray = false;
  if (lit->typeExpr) {
    auto* at = lit->typeExpr->as<ArrayType>();
    if (at && at->len && at->len->is<Ellipsis>()) {
      openArray = true;
      T = make<ArrayType_>(typExpr(at->elem), 0);
    } else {
      T = typExpr(lit->typeExpr);
    }
  } else if (hint) {
    T = hint;
    // &T elision: a pointer hint means the element literal is &T{...}.
    if (auto* p = T->underlying()->as<PointerType>()) {
      Type* base = p->elem->underlying();
      if (base->is<StructType_>() || base->is<ArrayType_>() || base->is<SliceType>() || base->is<MapType_>()) {
        compositeLit(lit, p->elem);
        if (lit->mode == ExprMode::Invalid) return;
        lit->type = T;  // the literal stands for &T{...}: lowering allocates
        return;
      }
    }
  } else {
    error(lit->pos, "invalid composite literal type: missing type");
    useElements(lit);
    return;
  }
  if (!isValid(T) || brokenType(T)) {
    useElements(lit);
    return;
  }
  Type* u = T->underlying();
  auto elemValue = [&](Expr* v, Type* et, const char* ctx) {
    if (!v) return;
    if (auto* cl = v->as<CompositeLit>(); cl && !cl->typeExpr) {
      compositeLit(cl, et);
      if (cl->mode == ExprMode::Invalid) return;
      // (&T elision already typed it as *T)
      if (!identical(cl->type, et)) assignment(cl, et, ctx);
      return;
    }
    expr(v, et);
    assignment(v, et, ctx);
  };
  if (auto* st = u->as<StructType_>()) {
    if (lit->elts.empty()) {
      // ok
    } else if (lit->elts[0] && lit->elts[0]->is<KeyValueExpr>()) {
      std::vector<bool> seen(st->fields.size(), false);
      for (Expr* e : lit->elts) {
        auto* kv = e ? e->as<KeyValueExpr>() : nullptr;
        if (!kv) {
          // Not checked, as gc (whose "declared and not used" may follow).
          error(e ? startPos(e) : lit->pos, "mixture of field:value and value elements in struct literal");
          continue;
        }
        auto* key = kv->key ? kv->key->as<Ident>() : nullptr;
        if (!key) {
          error(kv->key ? startPos(kv->key) : kv->pos, "invalid field name " + exprString(kv->key) + " in struct literal");
          useValue(kv->value);
          continue;
        }
        int idx = -1;
        for (size_t i = 0; i < st->fields.size() && idx < 0; i++)
          if (st->fields[i].var->name == key->name) idx = static_cast<int>(i);
        if (idx >= 0 && !st->fields[idx].var->exported() && st->fields[idx].var->pkg != info) {
          error(key->pos, "cannot refer to unexported field " + std::string(key->name) + " in struct literal of type " +
                              msgTypeString(T, info));
          useValue(kv->value);
          continue;
        }
        if (idx < 0) {
          error(key->pos, "unknown field " + std::string(key->name) + " in struct literal of type " + msgTypeString(T, info));
          useValue(kv->value);
          continue;
        }
        VarObj* f = st->fields[idx].var;
        key->obj = f;
        key->mode = ExprMode::Variable;
        key->type = f->type;
        if (seen[idx]) {
          error(key->pos, "duplicate field name " + std::string(key->name) + " in struct literal");
          useValue(kv->value);
          continue;
        }
        seen[idx] = true;
        elemValue(kv->value, f->type, "struct literal");
        kv->mode = ExprMode::Value;
        kv->type = f->type;
      }
    } else {
      size_t i = 0;
      for (size_t ei = 0; ei < lit->elts.size(); ei++) {
        Expr* e = lit->elts[ei];
        if (!e) continue;
        if (auto* kv = e->as<KeyValueExpr>()) {
          error(startPos(e), "mixture of field:value and value elements in struct literal");
          continue;
        }
        if (i >= st->fields.size()) {
          error(startPos(e), "too many values in struct literal of type " + msgTypeString(T, info));
          for (size_t k = ei; k < lit->elts.size(); k++) useValue(lit->elts[k]);
          break;
        }
        VarObj* f = st->fields[i].var;
        if (!f->exported() && f->pkg != info)
          error(startPos(e), "implicit assignment to unexported field " + f->name + " in struct literal of type " +
                                 msgTypeString(T, info));
        elemValue(e, f->type, "struct literal");
        i++;
      }
      if (i < st->fields.size() && i == lit->elts.size())
        error(lit->rbrace ? lit->rbrace : lit->pos, "too few values in struct literal of type " + msgTypeString(T, info));
    }
  } else if (u->is<ArrayType_>() || u->is<SliceType>()) {
    Type* et = u->is<ArrayType_>() ? u->as<ArrayType_>()->elem : u->as<SliceType>()->elem;
    int64_t len = u->is<ArrayType_>() && !openArray ? u->as<ArrayType_>()->len : -1;
    int64_t idx = 0, maxIdx = 0;
    std::unordered_set<int64_t> used;
    for (Expr* e : lit->elts) {
      if (!e) continue;
      Expr* v = e;
      if (auto* kv = e->as<KeyValueExpr>()) {
        int64_t k;
        if (index(kv->key, len, &k) && kv->key->mode == ExprMode::Constant) {
          idx = k;
        } else if (kv->key->mode != ExprMode::Invalid && kv->key->mode != ExprMode::Constant) {
          error(startPos(kv->key), "index " + exprString(kv->key) + " must be integer constant");
        }
        v = kv->value;
      } else if (len >= 0 && idx >= len) {
        error(startPos(e), "index " + std::to_string(idx) + " is out of bounds (>= " + std::to_string(len) + ")");
      }
      if (!used.insert(idx).second) error(startPos(e), "duplicate index " + std::to_string(idx) + " in array or slice literal");
      elemValue(v, et, "array or slice literal");
      if (auto* kv = e->as<KeyValueExpr>()) {
        kv->mode = ExprMode::Value;
        kv->type = et;
      }
      idx++;
      maxIdx = std::max(maxIdx, idx);
    }
    if (openArray) {
      T = make<ArrayType_>(et, maxIdx);
      if (lit->typeExpr) {
        lit->typeExpr->mode = ExprMode::TypeExpr;
        lit->typeExpr->type = T;
      }
    }
  } else if (auto* m = u->as<MapType_>()) {
    std::vector<Const*> keys;
    for (Expr* e : lit->elts) {
      if (!e) continue;
      auto* kv = e->as<KeyValueExpr>();
      if (!kv) {
        error(startPos(e), "missing key in map literal");
        useValue(e);
        continue;
      }
      elemValue(kv->key, m->key, "map literal");
      if (kv->key && kv->key->mode == ExprMode::Constant) {
        auto* c = static_cast<Const*>(kv->key->cval);
        bool dup = false;
        for (Const* o : keys)
          if (o->k == c->k && constCompare(Tok::Eql, o, c)) dup = true;
        if (dup) error(startPos(kv->key), "duplicate key " + exprString(kv->key) + " in map literal");
        else keys.push_back(c);
      }
      elemValue(kv->value, m->elem, "map literal");
      kv->mode = ExprMode::Value;
      kv->type = m->elem;
    }
  } else {
    error(lit->typeExpr ? startPos(lit->typeExpr) : lit->pos, "invalid composite literal type " + msgTypeString(T, info));
    useElements(lit);
    return;
  }
  lit->mode = ExprMode::Value;
  lit->type = T;
}

}  // namespace goc
