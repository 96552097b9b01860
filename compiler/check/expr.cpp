// Expressions: identifiers, literals, index and slice
// expressions, type assertions, unary and binary operators.
#include "compiler/check/checker.h"

namespace goc {

namespace {

bool isCmp(Tok op) {
  return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq;
}

Expr* unparen(Expr* e) {
  for (int i = 0; e && e->is<ParenExpr>() && i < 100; i++) e = e->as<ParenExpr>()->x;
  return e;
}

// The variable whose storage x denotes (v, v.f, v[i] on arrays), if any.
VarObj* rootVar(Expr* x) {
  for (int i = 0; x && i < 100; i++) {
    x = unparen(x);
    if (auto* id = x->as<Ident>()) return id->obj ? id->obj->as<VarObj>() : nullptr;
    if (auto* s = x->as<SelectorExpr>()) {
      if (!s->selection || s->selection->indirect) return nullptr;
      x = s->x;
    } else if (auto* ix = x->as<IndexExpr>()) {
      if (!ix->x->type || !ix->x->type->underlying()->is<ArrayType_>()) return nullptr;
      x = ix->x;
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

const char* kindString(const Type* t) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Slice: return "slice";
    case TypeKind::Map: return "map";
    case TypeKind::Signature: return "func";
    case TypeKind::Struct: return "struct";
    case TypeKind::Array: return "array";
    case TypeKind::Pointer: return "pointer";
    case TypeKind::Chan: return "chan";
    case TypeKind::Interface: return "interface";
    default: return nullptr;
  }
}

}  // namespace

void markAddrTaken(Expr* x) {
  if (VarObj* v = rootVar(x)) v->addressTaken = true;
}

void Checker::rawExpr(Expr* e, Type* hint) {
  if (!e) return;
  if (++depth > 300) {
    --depth;
    error(e->pos, "expression nesting too deep");
    invalidate(e);
    return;
  }
  e->mode = ExprMode::Invalid;
  e->cval = nullptr;
  e->type = kInvalidType;
  exprInternal(e, hint);
  // A value of an invalid type (say, a field whose type had an error, or of
  // a defined type whose declaration failed) was reported where the type
  // went wrong: make it an invalid operand so that nothing more is said.
  bool valueMode = e->mode == ExprMode::Variable || e->mode == ExprMode::Value || e->mode == ExprMode::MapIndex ||
                   e->mode == ExprMode::CommaOk || e->mode == ExprMode::Constant;
  if (valueMode && (!isValid(e->type) || brokenType(e->type))) invalidate(e);
  --depth;
}

void Checker::exprInternal(Expr* e, Type* hint) {
  switch (e->kind) {
    case NodeKind::BadExpr: return;
    case NodeKind::Ident: ident(e->as<Ident>(), false); return;
    case NodeKind::BasicLit: basicLit(e->as<BasicLit>()); return;
    case NodeKind::CompositeLit: compositeLit(e->as<CompositeLit>(), hint); return;
    case NodeKind::FuncLit: funcLit(e->as<FuncLit>()); return;
    case NodeKind::ParenExpr: {
      Expr* x = e->as<ParenExpr>()->x;
      rawExpr(x, hint);
      if (!x) return;
      e->mode = x->mode;
      e->type = x->type;
      e->cval = x->cval;
      return;
    }
    case NodeKind::SelectorExpr: selector(e->as<SelectorExpr>()); return;
    case NodeKind::IndexExpr: indexExpr(e->as<IndexExpr>()); return;
    case NodeKind::SliceExpr: sliceExpr(e->as<SliceExpr>()); return;
    case NodeKind::TypeAssertExpr: typeAssert(e->as<TypeAssertExpr>()); return;
    case NodeKind::CallExpr: call(e->as<CallExpr>(), hint); return;
    case NodeKind::StarExpr: {
      auto* s = e->as<StarExpr>();
      exprOrType(s->x);
      if (!s->x || s->x->mode == ExprMode::Invalid) return;
      if (s->x->mode == ExprMode::TypeExpr) {
        e->mode = ExprMode::TypeExpr;
        e->type = newPointer(s->x->type);
        return;
      }
      if (!singleValue(s->x)) return;
      if (basicKindOf(s->x->type) == BasicKind::UntypedNil) {
        error(startPos(e), "invalid operation: cannot indirect nil");
        return;
      }
      auto* p = s->x->type->underlying()->as<PointerType>();
      if (!p) {
        error(startPos(s->x), "invalid operation: cannot indirect " + operandString(s->x));
        return;
      }
      e->mode = ExprMode::Variable;
      e->type = p->elem;
      return;
    }
    case NodeKind::UnaryExpr: unary(e->as<UnaryExpr>()); return;
    case NodeKind::BinaryExpr: {
      auto* b = e->as<BinaryExpr>();
      // Long left-deep chains (a + b + c + ..., e.g. generated string
      // concatenations thousands of terms long) are checked bottom-up in a
      // loop rather than by recursion.
      std::vector<BinaryExpr*> spine;
      for (Expr* x = e; x && x->is<BinaryExpr>() && spine.size() < 100000; x = x->as<BinaryExpr>()->x)
        spine.push_back(x->as<BinaryExpr>());
      if (spine.size() < 64) {
        binary(e, b->x, b->y, b->op, b->pos);
        return;
      }
      for (size_t i = spine.size(); i-- > 0;) {
        BinaryExpr* n = spine[i];
        if (i + 1 < spine.size()) {
          n->mode = ExprMode::Invalid;
          n->cval = nullptr;
          n->type = kInvalidType;
        }
        binary(n, n->x, n->y, n->op, n->pos, /*xDone=*/i + 1 < spine.size());
        if (n->mode != ExprMode::Invalid && (!isValid(n->type) || brokenType(n->type))) invalidate(n);
      }
      return;
    }
    case NodeKind::KeyValueExpr:
      error(e->pos, "unexpected key:value expression");
      return;
    case NodeKind::ArrayType: case NodeKind::StructType: case NodeKind::FuncType: case NodeKind::InterfaceType:
    case NodeKind::MapType: case NodeKind::ChanType: {
      Type* t = typExpr(e);
      e->mode = isValid(t) ? ExprMode::TypeExpr : ExprMode::Invalid;
      e->type = t;
      return;
    }
    case NodeKind::Ellipsis: error(e->pos, "invalid use of ..."); return;
    default: return;
  }
}

void Checker::exprOrType(Expr* e) { rawExpr(e, nullptr); }

// A single value (not a type, builtin, package name, or tuple).
void Checker::expr(Expr* e, Type* hint) {
  if (!e) return;
  rawExpr(e, hint);
  singleValue(e);
}

bool Checker::singleValue(Expr* e) {
  switch (e->mode) {
    case ExprMode::Invalid: return false;
    case ExprMode::NoValue: error(startPos(e), exprString(e) + " (no value) used as value"); break;
    case ExprMode::Builtin: error(startPos(e), exprString(e) + " (built-in) must be called"); break;
    case ExprMode::TypeExpr: error(startPos(e), exprString(e) + " (type) is not an expression"); break;
    case ExprMode::PackageName: error(startPos(e), "use of package " + exprString(e) + " without selector"); break;
    default:
      if (e->type && e->type->is<TupleType>()) {
        error(startPos(e), "multiple-value " + exprString(e) + " (value of type " + msgTypeString(e->type, info) +
                               ") in single-value context");
        break;
      }
      return true;
  }
  invalidate(e);
  return false;
}

void Checker::multiExpr(Expr* e) {
  if (!e) return;
  rawExpr(e, nullptr);
  if (e->mode == ExprMode::NoValue) {
    error(startPos(e), exprString(e) + " (no value) used as value");
    invalidate(e);
  } else if (e->mode == ExprMode::TypeExpr || e->mode == ExprMode::Builtin || e->mode == ExprMode::PackageName) {
    singleValue(e);  // reports
  }
}

void Checker::ident(Ident* id, bool wantType) {
  (void)wantType;
  if (id->name == "_") {
    error(id->pos, "cannot use _ as value");
    return;
  }
  Object* obj = scope ? scope->lookup(id->name) : universe->lookup(id->name);
  if (!obj) {
    error(id->pos, "undefined: " + std::string(id->name));
    return;
  }
  id->obj = obj;
  resolveObj(obj);
  switch (obj->kind) {
    case ObjKind::Var: {
      auto* v = obj->as<VarObj>();
      if (!inLhs) v->used = true;
      recordDep(v);
      if (v->owner && fn && v->owner != fn) {
        v->captured = true;
        for (FuncInfo* f = fn; f && f != v->owner; f = f->outer) {
          bool have = false;
          for (VarObj* c : f->captures) have |= c == v;
          if (!have) {
            f->captures.push_back(v);
            if (f->lit) f->lit->captures.push_back(v);
          }
        }
      }
      if (!isValid(v->type)) return;
      id->mode = ExprMode::Variable;
      id->type = v->type;
      return;
    }
    case ObjKind::Const: {
      auto* c = obj->as<ConstObj>();
      if (c->name == "iota" && !c->pkg) {
        if (iotaVal < 0) {
          error(id->pos, "cannot use iota outside constant declaration");
          return;
        }
        setConst(id, c->type, makeInt(static_cast<int64_t>(iotaVal)));
        return;
      }
      if (!isValid(c->type) || !c->value) return;
      setConst(id, c->type, static_cast<Const*>(c->value));
      return;
    }
    case ObjKind::TypeName:
      if (!isValid(obj->type) && !(obj->type && obj->type->is<NamedType>())) return;
      id->mode = ExprMode::TypeExpr;
      id->type = obj->type;
      return;
    case ObjKind::Func:
      recordDep(obj);
      if (!obj->type) return;
      id->mode = ExprMode::Value;
      id->type = obj->type;
      return;
    case ObjKind::PkgName:
      obj->as<PkgNameObj>()->used = true;
      id->mode = ExprMode::PackageName;
      return;
    case ObjKind::Builtin:
      id->mode = ExprMode::Builtin;
      id->type = nullptr;
      return;
    case ObjKind::Nil:
      id->mode = ExprMode::Value;
      id->type = basicType(BasicKind::UntypedNil);
      return;
    default: return;
  }
}

void Checker::basicLit(BasicLit* lit) {
  std::string err;
  Const* c = constFromLiteral(lit->litKind, lit->value, err);
  if (!c) {
    error(lit->pos, err.empty() ? "invalid literal " + std::string(lit->value) : err);
    return;
  }
  BasicKind k = BasicKind::UntypedInt;
  switch (lit->litKind) {
    case Tok::Float: k = BasicKind::UntypedFloat; break;
    case Tok::Imag: k = BasicKind::UntypedComplex; break;
    case Tok::Char: k = BasicKind::UntypedRune; break;
    case Tok::String: k = BasicKind::UntypedString; break;
    default: break;
  }
  setConst(lit, basicType(k), c);
}

void Checker::funcLit(FuncLit* lit) {
  auto* fi = make<FuncInfo>();
  fi->lit = lit;
  fi->outer = fn;
  int n = ++litCount[fn];
  if (!fn) fi->linkName = info->path + ".glob..func" + std::to_string(n);
  else if (!fn->outer) fi->linkName = fn->linkName + ".func" + std::to_string(n);
  else fi->linkName = fn->linkName + "." + std::to_string(n);
  SignatureType* sig = funcType(lit->sig, nullptr, scope, fi);
  if (lit->sig) {
    lit->sig->mode = ExprMode::TypeExpr;
    lit->sig->type = sig;
  }
  lit->info = fi;
  if (fn) fn->literals.push_back(fi);
  info->funcs.push_back(fi);
  if (lit->body) {
    DeclInfo* savedDecl = curDecl;
    funcBody(fi, lit->body, scope);
    curDecl = savedDecl;
  }
  lit->mode = ExprMode::Value;
  lit->type = sig;
}

bool Checker::index(Expr* idx, int64_t max, int64_t* val, bool allowNeg) {
  (void)allowNeg;
  *val = -1;
  expr(idx);
  if (idx->mode == ExprMode::Invalid) return false;
  if (isUntyped(idx->type) && idx->mode == ExprMode::Constant) {
    auto* c = static_cast<Const*>(idx->cval);
    if (c->isNumeric() && !c->isIntegral()) {
      error(startPos(idx), "invalid argument: index " + operandString(idx) + " truncated to int");
      invalidate(idx);
      return false;
    }
  }
  convertUntyped(idx, basicType(BasicKind::Int));
  if (idx->mode == ExprMode::Invalid) return false;
  if (!isInteger(idx->type)) {
    error(startPos(idx), "invalid argument: index " + operandString(idx) + " must be integer");
    invalidate(idx);
    return false;
  }
  if (idx->mode == ExprMode::Constant) {
    auto* c = static_cast<Const*>(idx->cval);
    if (c->re < 0) {
      error(startPos(idx), "invalid argument: index " + operandString(idx) + " must not be negative");
      return false;
    }
    if (constBitLen(c) > 63) {
      error(startPos(idx), "invalid argument: index " + operandString(idx) + " overflows int");
      return false;
    }
    *val = static_cast<int64_t>(c->int64Bits());
    if (max >= 0 && *val >= max) {
      error(startPos(idx), "invalid argument: index " + exprString(idx) + " out of bounds [0:" + std::to_string(max) + "]");
      return false;
    }
  }
  return true;
}

void Checker::indexExpr(IndexExpr* e) {
  exprOrType(e->x);
  Expr* x = e->x;
  if (!x || x->mode == ExprMode::Invalid) {
    for (Expr* i : e->indices) expr(i);
    return;
  }
  if (x->mode == ExprMode::TypeExpr) {
    error(startPos(e), "type parameters are not supported yet");
    return;
  }
  if (!singleValue(x)) {
    for (Expr* i : e->indices) expr(i);
    return;
  }
  if (e->indices.size() != 1) {
    error(startPos(e), "invalid operation: more than one index");
    return;
  }
  Expr* idx = e->indices[0];
  Type* u = x->type->underlying();
  int64_t v;
  if (isString(x->type)) {
    int64_t len = x->mode == ExprMode::Constant ? static_cast<int64_t>(static_cast<Const*>(x->cval)->s.size()) : -1;
    if (!index(idx, len, &v)) return;
    if (isUntyped(x->type)) defaultType(x);
    if (x->mode == ExprMode::Constant && idx->mode == ExprMode::Constant) {
      // gc folds indexing of constant strings, but the result is not a constant.
    }
    e->mode = ExprMode::Value;
    e->type = universe->lookup("byte")->type;  // gc says "byte" in messages
    return;
  }
  if (auto* a = u->as<ArrayType_>()) {
    if (!index(idx, a->len, &v)) return;
    e->mode = x->mode == ExprMode::Variable ? ExprMode::Variable : ExprMode::Value;
    e->type = a->elem;
    return;
  }
  if (auto* p = u->as<PointerType>()) {
    if (auto* a = p->elem->underlying()->as<ArrayType_>()) {
      if (!index(idx, a->len, &v)) return;
      e->mode = ExprMode::Variable;
      e->type = a->elem;
      return;
    }
  }
  if (auto* s = u->as<SliceType>()) {
    if (!index(idx, -1, &v)) return;
    e->mode = ExprMode::Variable;
    e->type = s->elem;
    return;
  }
  if (auto* m = u->as<MapType_>()) {
    expr(idx, m->key);
    if (idx->mode == ExprMode::Invalid) return;
    assignment(idx, m->key, "map index");
    if (idx->mode == ExprMode::Invalid) return;
    e->mode = ExprMode::MapIndex;
    e->type = m->elem;
    return;
  }
  expr(idx);
  error(startPos(x), "invalid operation: cannot index " + operandString(x));
}

void Checker::sliceExpr(SliceExpr* e) {
  expr(e->x);
  Expr* x = e->x;
  if (!x || x->mode == ExprMode::Invalid) {
    expr(e->lo), expr(e->hi), expr(e->max);
    return;
  }
  int64_t len = -1;
  Type* u = x->type->underlying();
  Type* result = nullptr;
  if (isString(x->type)) {
    if (e->slice3) {
      error(startPos(x), "invalid operation: 3-index slice of string");
      return;
    }
    if (x->mode == ExprMode::Constant) len = static_cast<int64_t>(static_cast<Const*>(x->cval)->s.size());
    if (isUntyped(x->type)) defaultType(x);
    result = x->type;
    if (x->mode == ExprMode::Constant) x->mode = ExprMode::Value, e->x->mode = ExprMode::Constant;
  } else if (auto* a = u->as<ArrayType_>()) {
    if (x->mode != ExprMode::Variable) {
      error(startPos(x), "invalid operation: " + exprString(x) + " (slice of unaddressable value)");
      return;
    }
    markAddrTaken(x);
    len = a->len;
    result = newSlice(a->elem);
  } else if (auto* p = u->as<PointerType>(); p && p->elem->underlying()->is<ArrayType_>()) {
    auto* a = p->elem->underlying()->as<ArrayType_>();
    len = a->len;
    result = newSlice(a->elem);
  } else if (u->is<SliceType>()) {
    result = x->type;
  } else {
    error(startPos(x), "cannot slice " + operandString(x));
    return;
  }
  int64_t vals[3] = {-1, -1, -1};
  Expr* idx[3] = {e->lo, e->hi, e->max};
  bool ok = true;
  for (int i = 0; i < 3; i++)
    if (idx[i]) ok &= index(idx[i], len >= 0 ? len + 1 : -1, &vals[i]);
  if (!ok) return;
  // Constant indices must be non-decreasing.
  for (int i = 0; i < 3; i++)
    for (int j = i + 1; j < 3; j++)
      if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
        error(startPos(idx[j]), "invalid slice indices: " + std::to_string(vals[j]) + " < " + std::to_string(vals[i]));
        return;
      }
  e->mode = ExprMode::Value;
  e->type = result;
}

void Checker::typeAssert(TypeAssertExpr* e) {
  expr(e->x);
  if (!e->typeExpr) {
    error(startPos(e), "use of .(type) outside type switch");
    return;
  }
  Type* T = typExpr(e->typeExpr);
  if (!e->x || e->x->mode == ExprMode::Invalid || !isValid(T)) return;
  if (!isInterface(e->x->type)) {
    error(startPos(e->x), "invalid operation: " + exprString(e->x) + " (" + operandString(e->x).substr(exprString(e->x).size() + 2) +
                              " is not an interface");
    return;
  }
  if (!isInterface(T)) {
    std::string cause = missingMethodCause(T, e->x->type);
    if (!cause.empty()) {
      error(startPos(e->x), "impossible type assertion: " + exprString(e) + "\n\t" + msgTypeString(T, info) +
                                " does not implement " + msgTypeString(e->x->type, info) + " " + cause);
      return;
    }
  }
  e->mode = ExprMode::CommaOk;
  e->type = T;
}

void Checker::unary(UnaryExpr* e) {
  Expr* x = e->x;
  if (!x) return;
  if (e->op == Tok::And) {
    Expr* ux = unparen(x);
    if (ux && ux->is<CompositeLit>()) {
      expr(x);
      if (x->mode == ExprMode::Invalid) return;
      e->mode = ExprMode::Value;
      e->type = newPointer(x->type);
      return;
    }
    expr(x);
    if (x->mode == ExprMode::Invalid) return;
    if (x->mode != ExprMode::Variable) {
      error(startPos(e), "invalid operation: cannot take address of " + operandString(x));
      return;
    }
    markAddrTaken(x);
    e->mode = ExprMode::Value;
    e->type = newPointer(x->type);
    return;
  }
  if (e->op == Tok::Arrow) {
    expr(x);
    if (x->mode == ExprMode::Invalid) return;
    auto* c = x->type->underlying()->as<ChanType_>();
    if (!c) {
      error(startPos(e), "invalid operation: cannot receive from non-channel " + operandString(x));
      return;
    }
    if (c->dir == ChanDir::Send) {
      error(startPos(e), "invalid operation: cannot receive from send-only channel " + operandString(x));
      return;
    }
    e->mode = ExprMode::CommaOk;
    e->type = c->elem;
    return;
  }
  expr(x);
  if (x->mode == ExprMode::Invalid) return;
  bool ok = false;
  switch (e->op) {
    case Tok::Add: case Tok::Sub: ok = isNumeric(x->type); break;
    case Tok::Xor: ok = isInteger(x->type); break;
    case Tok::Not: ok = isBoolean(x->type); break;
    default: break;
  }
  if (!ok) {
    error(startPos(x), "invalid operation: operator " + std::string(tokSpelling(e->op)) + " not defined on " + operandString(x));
    return;
  }
  if (x->mode == ExprMode::Constant) {
    int ubits = isUnsigned(x->type) ? static_cast<int>(sizeOf(x->type) * 8) : 0;
    setConst(e, x->type, constUnary(e->op, static_cast<Const*>(x->cval), ubits));
    overflowCheck(e);
    return;
  }
  e->mode = ExprMode::Value;
  e->type = x->type;
}

namespace {

bool mayConvert(Expr* x, Expr* y) {
  if (isTyped(x->type) && isTyped(y->type)) return false;
  auto allBasic = [](Type* t) { return t->underlying()->is<BasicType>(); };
  if (allBasic(x->type) != allBasic(y->type)) return false;
  if (isBoolean(x->type) != isBoolean(y->type)) return false;
  if (isString(x->type) != isString(y->type)) return false;
  bool xn = basicKindOf(x->type) == BasicKind::UntypedNil, yn = basicKindOf(y->type) == BasicKind::UntypedNil;
  if (xn || yn) return true;
  return true;
}

}  // namespace

void Checker::binary(Expr* e, Expr* x, Expr* y, Tok op, Pos opPos, bool xDone) {
  if (!x || !y) return;
  if (!xDone) expr(x);
  expr(y);
  if (x->mode == ExprMode::Invalid || y->mode == ExprMode::Invalid) return;
  if (op == Tok::Shl || op == Tok::Shr) {
    shift(e, x, y, op);
    return;
  }
  if (mayConvert(x, y)) {
    convertUntyped(x, y->type);
    if (x->mode == ExprMode::Invalid) return;
    convertUntyped(y, x->type);
    if (y->mode == ExprMode::Invalid) return;
  }
  if (isCmp(op)) {
    comparison(e, x, y, op, opPos);
    return;
  }
  if (!identical(x->type, y->type)) {
    if (isValid(x->type) && isValid(y->type))
      error(startPos(e), "invalid operation: " + exprString(e) + " (mismatched types " + msgTypeString(x->type, info) +
                             " and " + msgTypeString(y->type, info) + ")");
    return;
  }
  bool ok = false;
  switch (op) {
    case Tok::Add: ok = isNumeric(x->type) || isString(x->type); break;
    case Tok::Sub: case Tok::Mul: case Tok::Quo: ok = isNumeric(x->type); break;
    case Tok::Rem: case Tok::And: case Tok::Or: case Tok::Xor: case Tok::AndNot: ok = isInteger(x->type); break;
    case Tok::LAnd: case Tok::LOr: ok = isBoolean(x->type); break;
    default: break;
  }
  if (!ok) {
    error(startPos(x), "invalid operation: operator " + std::string(tokSpelling(op)) + " not defined on " + operandString(x));
    return;
  }
  if ((op == Tok::Quo || op == Tok::Rem) && (x->mode == ExprMode::Constant || isInteger(x->type)) &&
      y->mode == ExprMode::Constant) {
    auto* c = static_cast<Const*>(y->cval);
    bool zero = c->isNumeric() && c->re == 0 && (c->k != ConstValue::Kind::Complex || c->im == 0);
    if (zero) {
      error(startPos(y), "invalid operation: division by zero");
      return;
    }
  }
  if (x->mode == ExprMode::Constant && y->mode == ExprMode::Constant) {
    bool intDiv = isInteger(x->type);
    Const* r = constBinary(op, static_cast<Const*>(x->cval), static_cast<Const*>(y->cval), intDiv);
    if (!r) {
      error(startPos(y), "invalid operation: division by zero");
      return;
    }
    setConst(e, x->type, r);
    overflowCheck(e);
    return;
  }
  e->mode = ExprMode::Value;
  e->type = x->type;
}

void Checker::shift(Expr* e, Expr* x, Expr* y, Tok op) {
  // The left operand must be an integer (or an untyped constant representable as one).
  if (x->mode == ExprMode::Constant && isUntyped(x->type)) {
    auto* c = static_cast<Const*>(x->cval);
    if (c->isIntegral()) {
      if (!isInteger(x->type)) {
        x->cval = constToKind(c, ConstValue::Kind::Int);
        x->type = basicType(BasicKind::UntypedInt);
      }
    }
  }
  if (!isInteger(x->type)) {
    error(startPos(x), "invalid operation: shifted operand " + operandString(x) + " must be integer");
    return;
  }
  if (y->mode == ExprMode::Constant) {
    auto* c = static_cast<Const*>(y->cval);
    if (!c->isNumeric() || !c->isIntegral()) {
      error(startPos(y), "invalid operation: shift count " + operandString(y) + " must be integer");
      return;
    }
    if (c->re < 0) {
      error(startPos(y), "invalid operation: negative shift count " + operandString(y));
      return;
    }
    if (isUntyped(y->type)) convertUntyped(y, basicType(BasicKind::Uint));
    if (y->mode == ExprMode::Invalid) return;
  } else {
    if (isUntyped(y->type)) convertUntyped(y, basicType(BasicKind::Uint));
    if (y->mode == ExprMode::Invalid) return;
    if (!isInteger(y->type)) {
      error(startPos(y), "invalid operation: shift count " + operandString(y) + " must be integer");
      return;
    }
  }
  if (x->mode == ExprMode::Constant) {
    if (y->mode == ExprMode::Constant) {
      auto* c = static_cast<Const*>(y->cval);
      if (constBitLen(c) > 12 || c->int64Bits() > 1023) {
        error(startPos(y), "invalid shift count " + operandString(y));
        return;
      }
      setConst(e, x->type, constShift(op, static_cast<Const*>(x->cval), c->int64Bits()));
      overflowCheck(e);
      return;
    }
    // Non-constant shift of an untyped constant: the type comes from the context later.
    e->mode = ExprMode::Value;
    e->type = x->type;
    return;
  }
  e->mode = ExprMode::Value;
  e->type = x->type;
}

// gc's explanation of why values of type t cannot be compared.
std::string Checker::incomparableCause(Type* t) {
  Type* u = t->underlying();
  if (u->is<SliceType>() || u->is<MapType_>() || u->is<SignatureType>())
    return std::string(kindString(t)) + " can only be compared to nil";
  if (auto* st = u->as<StructType_>()) {
    for (auto& f : st->fields)
      if (f.var->type && !comparable(f.var->type))
        return "struct containing " + msgTypeString(f.var->type, info) + " cannot be compared";
  }
  if (u->is<ArrayType_>()) return msgTypeString(u, info) + " cannot be compared";
  return "";
}

void Checker::comparison(Expr* e, Expr* x, Expr* y, Tok op, Pos) {
  std::string cause;
  Expr* errOp = x;
  std::string dummy;
  bool ok = assignableTo(x, y->type, nullptr) || assignableTo(y, x->type, nullptr);
  if (!ok) {
    errOp = y;
    cause = "mismatched types " + msgTypeString(x->type, info) + " and " + msgTypeString(y->type, info);
  } else if (op == Tok::Eql || op == Tok::Neq) {
    bool xn = basicKindOf(x->type) == BasicKind::UntypedNil, yn = basicKindOf(y->type) == BasicKind::UntypedNil;
    if (xn || yn) {
      Type* t = xn ? y->type : x->type;
      if (xn && yn) {
        ok = false;
        cause = "operator == not defined on nil";
      } else {
        const Type* u = t->underlying();
        bool hn = u->is<PointerType>() || u->is<SliceType>() || u->is<MapType_>() || u->is<ChanType_>() ||
                  u->is<SignatureType>() || u->is<InterfaceType_>() || basicKindOf(u) == BasicKind::UnsafePointer;
        if (!hn) {
          ok = false;
          errOp = y;
        }
      }
    } else if (!comparable(x->type) || !comparable(y->type)) {
      ok = false;
      errOp = !comparable(x->type) ? x : y;
      cause = incomparableCause(errOp->type);
    }
  } else if (!isOrdered(x->type) || !isOrdered(y->type)) {
    ok = false;
    errOp = !isOrdered(x->type) ? x : y;
  }
  if (!ok) {
    if (cause.empty()) {
      const char* k = kindString(errOp->type);
      cause = "operator " + std::string(tokSpelling(op)) + " not defined on " +
              (k ? std::string(k) : msgTypeString(errOp->type, info));
    }
    error(startPos(errOp), "invalid operation: " + exprString(x) + " " + std::string(tokSpelling(op)) + " " +
                               exprString(y) + " (" + cause + ")");
    return;
  }
  if (x->mode == ExprMode::Constant && y->mode == ExprMode::Constant) {
    bool r = constCompare(op, static_cast<Const*>(x->cval), static_cast<Const*>(y->cval));
    defaultType(x);
    defaultType(y);
    setConst(e, basicType(BasicKind::UntypedBool), makeBool(r));
    return;
  }
  defaultType(x);
  defaultType(y);
  e->mode = ExprMode::Value;
  e->type = basicType(BasicKind::UntypedBool);
}

}  // namespace goc
