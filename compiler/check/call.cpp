// Calls: function and method calls (argument passing, variadics, f(g())
// spreading), conversions and builtin functions.
#include "compiler/check/checker.h"

namespace goc {

namespace {

Expr* unparen(Expr* e) {
  for (int i = 0; e && e->is<ParenExpr>() && i < 100; i++) e = e->as<ParenExpr>()->x;
  return e;
}


// Whether e contains a call or channel receive (len of such an array is not constant).
bool hasCallOrRecv(Expr* e, int d = 0) {
  if (!e || d > 100) return false;
  switch (e->kind) {
    case NodeKind::CallExpr: {
      auto* c = e->as<CallExpr>();
      if (c->callKind == CallKind::Conversion || c->builtin == BuiltinId::Len || c->builtin == BuiltinId::Cap)
        return false;
      return true;
    }
    case NodeKind::UnaryExpr: return e->as<UnaryExpr>()->op == Tok::Arrow || hasCallOrRecv(e->as<UnaryExpr>()->x, d + 1);
    case NodeKind::ParenExpr: return hasCallOrRecv(e->as<ParenExpr>()->x, d + 1);
    case NodeKind::SelectorExpr: return hasCallOrRecv(e->as<SelectorExpr>()->x, d + 1);
    case NodeKind::IndexExpr:
      return hasCallOrRecv(e->as<IndexExpr>()->x, d + 1) ||
             (!e->as<IndexExpr>()->indices.empty() && hasCallOrRecv(e->as<IndexExpr>()->indices[0], d + 1));
    case NodeKind::StarExpr: return hasCallOrRecv(e->as<StarExpr>()->x, d + 1);
    case NodeKind::BinaryExpr: return hasCallOrRecv(e->as<BinaryExpr>()->x, d + 1) || hasCallOrRecv(e->as<BinaryExpr>()->y, d + 1);
    default: return false;
  }
}

}  // namespace

void Checker::call(CallExpr* e, Type* hint) {
  exprOrType(e->fun);
  Expr* f = e->fun;
  if (!f || f->mode == ExprMode::Invalid) {
    for (Expr* a : e->args) multiExpr(a);
    return;
  }
  if (f->mode == ExprMode::TypeExpr) {
    e->callKind = CallKind::Conversion;
    Type* T = f->type;
    if (e->args.size() != 1 || e->hasDots) {
      for (Expr* a : e->args) expr(a);
      if (e->args.empty()) error(e->rparen ? e->rparen : e->pos, "missing argument in conversion to " + msgTypeString(T, info));
      else if (e->hasDots) error(startPos(e->args[0]), "invalid use of ... in conversion to " + msgTypeString(T, info));
      else error(startPos(e->args[1]), "too many arguments in conversion to " + msgTypeString(T, info));
      return;
    }
    conversion(e, T);
    return;
  }
  if (f->mode == ExprMode::Builtin) {
    Ident* id = unparen(f)->as<Ident>();
    Object* o = id ? id->obj : nullptr;
    if (!o) if (auto* s = unparen(f)->as<SelectorExpr>()) o = s->sel->obj;
    auto* b = o ? o->as<BuiltinObj>() : nullptr;
    if (!b) return;
    e->callKind = CallKind::Builtin;
    e->builtin = b->id;
    builtinCall(e, b->id, hint);
    return;
  }
  if (f->mode == ExprMode::PackageName || f->mode == ExprMode::NoValue) {
    singleValue(f);
    for (Expr* a : e->args) multiExpr(a);
    return;
  }
  auto* sig = isValid(f->type) ? f->type->underlying()->as<SignatureType>() : nullptr;
  if (!sig) {
    for (Expr* a : e->args) multiExpr(a);
    if (isValid(f->type)) error(startPos(f), "invalid operation: cannot call non-function " + operandString(f));
    return;
  }
  auto* sel = unparen(f)->as<SelectorExpr>();
  e->callKind = sel && sel->selection &&
                        (sel->selection->kind == Selection::Kind::Method ||
                         sel->selection->kind == Selection::Kind::IfaceMethod)
                    ? CallKind::Method
                    : CallKind::Func;
  arguments(e, sig, e->args, exprString(f));
  if (sig->results.empty()) {
    e->mode = ExprMode::NoValue;
    e->type = nullptr;
  } else if (sig->results.size() == 1) {
    e->mode = ExprMode::Value;
    e->type = sig->results[0]->type;
  } else {
    auto* t = make<TupleType>();
    t->vars = sig->results;
    e->mode = ExprMode::Value;
    e->type = t;
  }
  if (e->mode == ExprMode::NoValue) e->type = nullptr;
}

void Checker::arguments(CallExpr* e, SignatureType* sig, const std::vector<Expr*>& args, const std::string& fname) {
  std::vector<Type*> types;
  std::vector<Expr*> exprs;  // null entries for tuple elements
  bool spread = false;
  if (args.size() == 1 && !e->hasDots) {
    multiExpr(args[0]);
    if (args[0]->mode == ExprMode::Invalid) return;
    if (auto* tup = args[0]->type ? args[0]->type->as<TupleType>() : nullptr) {
      spread = true;
      e->spreadsTuple = true;
      for (VarObj* v : tup->vars) {
        types.push_back(v->type);
        exprs.push_back(nullptr);
      }
    }
  }
  if (!spread) {
    bool bad = false;
    for (size_t i = 0; i < args.size(); i++) {
      Type* hint = nullptr;
      if (i < sig->params.size()) hint = sig->params[i]->type;
      if (sig->variadic && i + 1 >= sig->params.size() && !e->hasDots)
        hint = sig->params.back()->type->as<SliceType>() ? sig->params.back()->type->as<SliceType>()->elem : nullptr;
      // A single argument was already evaluated above (it might have been a tuple).
      if (!(args.size() == 1 && !e->hasDots)) expr(args[i], hint);
      bad |= args[i]->mode == ExprMode::Invalid;
      types.push_back(args[i]->type);
      exprs.push_back(args[i]);
    }
    if (bad) return;
  }
  size_t np = sig->params.size();
  size_t na = types.size();
  if (e->hasDots) {
    if (!sig->variadic) {
      error(startPos(args.back()), "cannot use ... in call to non-variadic " + fname);
      return;
    }
    if (spread) {
      error(startPos(args[0]), "cannot use ... with multi-valued expression");
      return;
    }
  }
  bool ok = e->hasDots ? na == np : (sig->variadic ? na + 1 >= np : na == np);
  if (!ok) {
    std::vector<VarObj*> want = sig->params;
    std::string have = typesSummary(types);
    bool tooMany = na > np;
    // gc: at the first extra argument, else at the last argument, else at the call.
    Pos p = tooMany && !spread ? startPos(exprs[np]) : !args.empty() ? startPos(args.back()) : startPos(e);
    error(p, std::string(tooMany ? "too many" : "not enough") + " arguments in call to " + fname + "\n\thave " + have +
                 "\n\twant " + tupleString(want, sig->variadic));
    return;
  }
  std::string ctx = "argument to " + fname;
  for (size_t i = 0; i < na; i++) {
    Type* pt;
    if (sig->variadic && i + 1 >= np) {
      pt = sig->params.back()->type;
      if (!e->hasDots) pt = pt->as<SliceType>() ? pt->as<SliceType>()->elem : pt;
    } else {
      pt = sig->params[i]->type;
    }
    if (exprs[i]) {
      assignment(exprs[i], pt, ctx);
    } else {
      BadExpr tmp(args[0]->pos);
      tmp.mode = ExprMode::Value;
      tmp.type = types[i];
      std::string reason;
      if (!assignableTo(&tmp, pt, &reason))
        error(startPos(args[0]), "cannot use " + exprString(args[0]) + " (value of type " + msgTypeString(types[i], info) +
                                     ") as " + msgTypeString(pt, info) + " value in " + ctx);
    }
  }
}

bool Checker::convertibleTo(Expr* x, Type* T) {
  if (assignableTo(x, T, nullptr)) return true;
  Type *V = x->type, *Vu = V->underlying(), *Tu = T->underlying();
  if (identical(Vu, Tu)) return true;  // (struct tags are part of identity here)
  auto *vp = V->as<PointerType>(), *tp = T->as<PointerType>();
  if (vp && tp && identical(vp->elem->underlying(), tp->elem->underlying())) return true;
  if ((isInteger(Vu) || isFloat(Vu)) && (isInteger(Tu) || isFloat(Tu))) return true;
  if (isComplex(Vu) && isComplex(Tu)) return true;
  auto bytesOrRunes = [](Type* t) {
    auto* s = t->as<SliceType>();
    if (!s) return false;
    BasicKind k = basicKindOf(s->elem);
    return k == BasicKind::Uint8 || k == BasicKind::Int32;
  };
  if (isString(Tu) && (isInteger(Vu) || bytesOrRunes(Vu))) return true;
  if (isString(Vu) && bytesOrRunes(Tu)) return true;
  bool vUnsafe = basicKindOf(Vu) == BasicKind::UnsafePointer, tUnsafe = basicKindOf(Tu) == BasicKind::UnsafePointer;
  if ((vUnsafe && (Tu->is<PointerType>() || basicKindOf(Tu) == BasicKind::Uintptr)) ||
      (tUnsafe && (Vu->is<PointerType>() || basicKindOf(Vu) == BasicKind::Uintptr)))
    return true;
  if (auto* s = Vu->as<SliceType>()) {
    if (auto* p = Tu->as<PointerType>())
      if (auto* a = p->elem->underlying()->as<ArrayType_>()) return identical(s->elem, a->elem);
  }
  return false;
}

void Checker::conversion(CallExpr* e, Type* T) {
  Expr* x = e->args[0];
  expr(x, T);
  if (x->mode == ExprMode::Invalid || !isValid(T)) return;
  bool constArg = x->mode == ExprMode::Constant;
  bool ok = false;
  Const* val = nullptr;
  if (constArg && isConstType(T)) {
    auto* b = T->underlying()->as<BasicType>();
    bool rok, trunc;
    val = representValue(static_cast<Const*>(x->cval), b, &rok, &trunc);
    if (rok) {
      ok = true;
    } else if (isInteger(x->type) && isString(b)) {
      auto* c = static_cast<Const*>(x->cval);
      int64_t r = 0xFFFD;
      if (c->re >= 0 && constBitLen(c) <= 21 && c->int64Bits() <= 0x10FFFF) r = static_cast<int64_t>(c->int64Bits());
      std::string err;
      std::string s;
      // Encode through the literal decoder's UTF-8 writer.
      Const* enc = constFromLiteral(Tok::String, "\"\\U" + [&] {
        char buf[16];
        snprintf(buf, sizeof buf, "%08llx", static_cast<unsigned long long>(r >= 0xD800 && r <= 0xDFFF ? 0xFFFD : r));
        return std::string(buf);
      }() + "\"", err);
      val = enc ? enc : makeString("\xEF\xBF\xBD");
      ok = true;
    } else if (isNumeric(x->type) && isNumeric(b) && !isInteger(x->type) && isInteger(b) && !trunc) {
      ok = false;
    }
  } else if (convertibleTo(x, T)) {
    ok = true;
    constArg = false;
  }
  if (!ok) {
    error(startPos(x), "cannot convert " + operandString(x) + " to type " + msgTypeString(T, info));
    return;
  }
  if (isUntyped(x->type)) {
    Type* final = T;
    bool isNil = basicKindOf(x->type) == BasicKind::UntypedNil;
    if (isInterface(T) || (x->mode == ExprMode::Constant && !isConstType(T)) || isNil) {
      final = isNil ? x->type : defaultOf(x->type);
    } else if (x->mode == ExprMode::Constant && isInteger(x->type) && isString(T)) {
      final = defaultOf(x->type);
    }
    updateExprType(x, final);
  }
  if (constArg) {
    setConst(e, T, val);
  } else {
    e->mode = ExprMode::Value;
    e->type = T;
  }
}

void Checker::builtinCall(CallExpr* e, BuiltinId id, Type* hint) {
  auto& args = e->args;
  std::string name = exprString(e->fun);
  auto nargs = [&](size_t lo, size_t hi) {
    if (args.size() < lo) {
      error(e->rparen ? e->rparen : e->pos, "not enough arguments for " + exprString(e) + " (expected " +
                                                std::to_string(lo) + ", found " + std::to_string(args.size()) + ")");
      for (Expr* a : args) expr(a);
      return false;
    }
    if (args.size() > hi) {
      for (Expr* a : args) expr(a);
      error(startPos(args[hi]), "too many arguments for " + exprString(e) + " (expected " + std::to_string(hi) +
                                    ", found " + std::to_string(args.size()) + ")");
      return false;
    }
    return true;
  };
  auto value = [&](Type* t) {
    e->mode = ExprMode::Value;
    e->type = t;
  };
  auto novalue = [&] {
    e->mode = ExprMode::NoValue;
    e->type = nullptr;
  };
  Type* intT = basicType(BasicKind::Int);
  if (e->hasDots && id != BuiltinId::Append) {
    error(startPos(e), "invalid operation: invalid use of ... with built-in " + name);
    for (Expr* a : args) expr(a);
    return;
  }
  switch (id) {
    case BuiltinId::Len: case BuiltinId::Cap: {
      if (!nargs(1, 1)) return;
      Expr* x = args[0];
      expr(x);
      if (x->mode == ExprMode::Invalid) return;
      Type* u = x->type->underlying();
      if (auto* p = u->as<PointerType>(); p && p->elem->underlying()->is<ArrayType_>()) u = p->elem->underlying();
      bool ok = false;
      if (isString(u) && id == BuiltinId::Len) {
        if (x->mode == ExprMode::Constant) {
          setConst(e, intT, makeInt(static_cast<int64_t>(static_cast<Const*>(x->cval)->s.size())));
          defaultType(x);
          return;
        }
        ok = true;
      } else if (auto* a = u->as<ArrayType_>()) {
        if (!hasCallOrRecv(x)) {
          setConst(e, intT, makeInt(a->len));
          return;
        }
        ok = true;
      } else if (u->is<SliceType>() || u->is<ChanType_>() || (u->is<MapType_>() && id == BuiltinId::Len)) {
        ok = true;
      }
      if (!ok) {
        error(startPos(x), "invalid argument: " + operandString(x) + " for " + name);
        return;
      }
      defaultType(x);
      value(intT);
      return;
    }
    case BuiltinId::Append: {
      if (args.empty()) {
        error(e->rparen ? e->rparen : e->pos, "not enough arguments for append() (expected 1, found 0)");
        return;
      }
      Expr* s = args[0];
      expr(s, hint);
      if (s->mode == ExprMode::Invalid) {
        for (size_t i = 1; i < args.size(); i++) expr(args[i]);
        return;
      }
      if (basicKindOf(s->type) == BasicKind::UntypedNil) {
        error(startPos(s), "first argument to append must be a typed slice; have untyped nil");
        return;
      }
      auto* st = s->type->underlying()->as<SliceType>();
      if (!st) {
        error(startPos(s), "invalid argument: " + operandString(s) + " (expected slice)");
        for (size_t i = 1; i < args.size(); i++) expr(args[i]);
        return;
      }
      if (e->hasDots) {
        if (args.size() != 2) {
          for (size_t i = 1; i < args.size(); i++) expr(args[i]);
          error(startPos(e), "can only use ... with final argument in list");
          return;
        }
        Expr* y = args[1];
        expr(y, s->type);
        if (y->mode == ExprMode::Invalid) return;
        if (basicKindOf(st->elem) == BasicKind::Uint8 && isString(y->type)) {
          defaultType(y);
        } else {
          assignment(y, s->type, "argument to append");
          if (y->mode == ExprMode::Invalid) return;
        }
      } else {
        for (size_t i = 1; i < args.size(); i++) {
          expr(args[i], st->elem);
          assignment(args[i], st->elem, "argument to append");
        }
      }
      value(s->type);
      return;
    }
    case BuiltinId::Copy: {
      if (!nargs(2, 2)) return;
      expr(args[0]);
      expr(args[1]);
      if (args[0]->mode == ExprMode::Invalid || args[1]->mode == ExprMode::Invalid) return;
      auto* dst = args[0]->type->underlying()->as<SliceType>();
      Type* su = args[1]->type->underlying();
      bool ok = dst && ((su->is<SliceType>() && identical(su->as<SliceType>()->elem, dst->elem)) ||
                        (isString(su) && basicKindOf(dst->elem) == BasicKind::Uint8));
      if (!ok) {
        error(startPos(e), "invalid argument: copy expects slice arguments; found " + operandString(args[0]) + " and " +
                               operandString(args[1]));
        return;
      }
      defaultType(args[1]);
      value(intT);
      return;
    }
    case BuiltinId::New: {
      if (!nargs(1, 1)) return;
      Type* t = typExpr(args[0]);
      if (!isValid(t)) return;
      value(newPointer(t));
      return;
    }
    case BuiltinId::Make: {
      if (args.empty()) {
        error(e->rparen ? e->rparen : e->pos, "not enough arguments for make() (expected 1, found 0)");
        return;
      }
      Type* t = typExpr(args[0]);
      if (!isValid(t)) {
        for (size_t i = 1; i < args.size(); i++) expr(args[i]);
        return;
      }
      Type* u = t->underlying();
      size_t min = 1;
      if (u->is<SliceType>()) min = 2;
      else if (!u->is<MapType_>() && !u->is<ChanType_>()) {
        for (size_t i = 1; i < args.size(); i++) expr(args[i]);
        error(startPos(args[0]), "invalid argument: cannot make " + exprString(args[0]) + "; type must be slice, map, or channel");
        return;
      }
      size_t max = u->is<SliceType>() ? 3 : 2;
      if (args.size() < min || args.size() > max) {
        for (size_t i = 1; i < args.size(); i++) expr(args[i]);
        error(startPos(e), "invalid operation: " + exprString(e) + " expects " + std::to_string(min) +
                               (max > min ? " or " + std::to_string(max) : "") + " arguments; found " +
                               std::to_string(args.size()));
        return;
      }
      int64_t sizes[2] = {-1, -1};
      bool ok = true;
      for (size_t i = 1; i < args.size(); i++) {
        Expr* a = args[i];
        expr(a);
        if (a->mode == ExprMode::Invalid) {
          ok = false;
          continue;
        }
        if (a->mode == ExprMode::Constant && isUntyped(a->type)) {
          auto* c = static_cast<Const*>(a->cval);
          if (c->isNumeric() && !c->isIntegral()) {
            error(startPos(a), operandString(a) + " truncated to int");
            ok = false;
            continue;
          }
          convertUntyped(a, intT);
          if (a->mode == ExprMode::Invalid) {
            ok = false;
            continue;
          }
        }
        if (!isInteger(a->type) && !(isFloat(a->type) && a->mode == ExprMode::Constant)) {
          error(startPos(a), "cannot convert " + operandString(a) + " to type int");
          ok = false;
          continue;
        }
        if (a->mode == ExprMode::Constant) {
          auto* c = static_cast<Const*>(a->cval);
          if (c->re < 0) {
            error(startPos(a), "invalid argument: index " + operandString(a) + " must not be negative");
            ok = false;
            continue;
          }
          sizes[i - 1] = constBitLen(c) > 62 ? INT64_MAX : static_cast<int64_t>(c->int64Bits());
        }
      }
      if (!ok) return;
      if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
        error(startPos(args[1]), "invalid argument: length and capacity swapped");
        return;
      }
      value(t);
      return;
    }
    case BuiltinId::Delete: {
      if (!nargs(2, 2)) return;
      expr(args[0]);
      expr(args[1]);
      if (args[0]->mode == ExprMode::Invalid || args[1]->mode == ExprMode::Invalid) return;
      auto* m = args[0]->type->underlying()->as<MapType_>();
      if (!m) {
        error(startPos(args[0]), "invalid argument: " + operandString(args[0]) + " is not a map");
        return;
      }
      assignment(args[1], m->key, "argument to delete");
      novalue();
      return;
    }
    case BuiltinId::Panic: {
      if (!nargs(1, 1)) return;
      expr(args[0]);
      assignment(args[0], kAnyType, "argument to panic");
      novalue();
      return;
    }
    case BuiltinId::Print: case BuiltinId::Println: {
      // Structs and arrays have no print form (gc reports it after type
      // checking, in its own words).
      auto printable = [&](const Type* t) {
        if (!t || !(t->underlying()->is<StructType_>() || t->underlying()->is<ArrayType_>())) return;
        error(e->lparen ? e->lparen : e->pos, "illegal types for operand: print\n\t" + msgTypeString(t, info));
      };
      // println(f()) prints all of f's results (gc accepts a multi-value
      // argument for the variadic builtins).
      if (args.size() == 1 && args[0]) {
        multiExpr(args[0]);
        if (args[0]->type && args[0]->type->is<TupleType>() && args[0]->mode != ExprMode::Invalid) {
          e->spreadsTuple = true;
          for (VarObj* v : args[0]->type->as<TupleType>()->vars) printable(v->type);
          novalue();
          return;
        }
      }
      for (Expr* a : args) {
        if (!a) continue;
        if (args.size() > 1) expr(a);  // a single argument was checked above
        if (a->mode == ExprMode::Invalid) continue;
        assignment(a, nullptr, "argument to built-in " + name);
        if (a->mode != ExprMode::Invalid) printable(a->type);
      }
      novalue();
      return;
    }
    case BuiltinId::Min: case BuiltinId::Max: {
      if (args.empty()) {
        error(e->rparen ? e->rparen : e->pos, "not enough arguments for " + exprString(e) + " (expected 1, found 0)");
        return;
      }
      for (Expr* a : args) expr(a, hint);
      for (Expr* a : args)
        if (a->mode == ExprMode::Invalid) return;
      // Find the common type: the first typed operand, else the widest untyped kind.
      Type* t = nullptr;
      for (Expr* a : args)
        if (isTyped(a->type)) {
          t = a->type;
          break;
        }
      if (!t) {
        t = args[0]->type;
        for (Expr* a : args)
          if (isNumeric(a->type) && isNumeric(t) && basicKindOf(a->type) > basicKindOf(t)) t = a->type;
      }
      for (Expr* a : args) {
        convertUntyped(a, t);
        if (a->mode == ExprMode::Invalid) return;
        if (!identical(a->type, t)) {
          error(startPos(a), "invalid argument: mismatched types " + msgTypeString(args[0]->type, info) + " (previous argument) and " +
                                 msgTypeString(a->type, info) + " (type of " + exprString(a) + ")");
          return;
        }
      }
      if (!isOrdered(t)) {
        error(startPos(args[0]), "invalid argument: " + operandString(args[0]) + " cannot be ordered");
        return;
      }
      bool allConst = true;
      for (Expr* a : args) allConst &= a->mode == ExprMode::Constant;
      if (allConst) {
        Const* best = static_cast<Const*>(args[0]->cval);
        for (Expr* a : args) {
          auto* c = static_cast<Const*>(a->cval);
          if (constCompare(id == BuiltinId::Min ? Tok::Lss : Tok::Gtr, c, best)) best = c;
        }
        setConst(e, t, best);
        return;
      }
      value(t);
      return;
    }
    case BuiltinId::Clear: {
      if (!nargs(1, 1)) return;
      expr(args[0]);
      if (args[0]->mode == ExprMode::Invalid) return;
      Type* u = args[0]->type->underlying();
      if (!u->is<MapType_>() && !u->is<SliceType>()) {
        error(startPos(args[0]), "invalid argument: " + operandString(args[0]) + " must be a map or slice");
        return;
      }
      novalue();
      return;
    }
    case BuiltinId::Close: {
      if (!nargs(1, 1)) return;
      expr(args[0]);
      if (args[0]->mode == ExprMode::Invalid) return;
      auto* c = args[0]->type->underlying()->as<ChanType_>();
      if (!c) {
        error(startPos(args[0]), "invalid operation: non-chan argument " + operandString(args[0]));
        return;
      }
      if (c->dir == ChanDir::Recv) {
        error(startPos(args[0]), "invalid operation: cannot close receive-only channel " + operandString(args[0]));
        return;
      }
      novalue();
      return;
    }
    case BuiltinId::Recover:
      if (!nargs(0, 0)) return;
      if (fn) fn->hasRecover = true;
      value(kAnyType);
      return;
    case BuiltinId::Complex: {
      if (!nargs(2, 2)) return;
      Expr *x = args[0], *y = args[1];
      expr(x);
      expr(y);
      if (x->mode == ExprMode::Invalid || y->mode == ExprMode::Invalid) return;
      if (isUntyped(x->type) && isTyped(y->type)) convertUntyped(x, y->type);
      else if (isUntyped(y->type) && isTyped(x->type)) convertUntyped(y, x->type);
      else if (isUntyped(x->type) && isUntyped(y->type)) {
        convertUntyped(x, basicType(BasicKind::UntypedFloat));
        convertUntyped(y, basicType(BasicKind::UntypedFloat));
      }
      if (x->mode == ExprMode::Invalid || y->mode == ExprMode::Invalid) return;
      if (!identical(x->type, y->type) || !isFloat(x->type)) {
        error(startPos(x), "invalid operation: complex(" + exprString(x) + ", " + exprString(y) + ") (mismatched types " +
                               msgTypeString(x->type, info) + " and " + msgTypeString(y->type, info) + ")");
        return;
      }
      BasicKind k = basicKindOf(x->type);
      Type* rt = k == BasicKind::Float32 ? basicType(BasicKind::Complex64)
                 : k == BasicKind::UntypedFloat ? basicType(BasicKind::UntypedComplex)
                                                : basicType(BasicKind::Complex128);
      if (x->mode == ExprMode::Constant && y->mode == ExprMode::Constant) {
        setConst(e, rt, makeComplex(static_cast<Const*>(x->cval)->re, static_cast<Const*>(y->cval)->re));
        return;
      }
      value(rt);
      return;
    }
    case BuiltinId::Real: case BuiltinId::Imag: {
      if (!nargs(1, 1)) return;
      Expr* x = args[0];
      expr(x);
      if (x->mode == ExprMode::Invalid) return;
      if (isUntyped(x->type) && x->mode == ExprMode::Constant) convertUntyped(x, basicType(BasicKind::UntypedComplex));
      if (!isComplex(x->type)) {
        error(startPos(x), "invalid argument: " + operandString(x) + " must be of complex type");
        return;
      }
      BasicKind k = basicKindOf(x->type);
      Type* rt = k == BasicKind::Complex64 ? basicType(BasicKind::Float32)
                 : k == BasicKind::UntypedComplex ? basicType(BasicKind::UntypedFloat)
                                                  : basicType(BasicKind::Float64);
      if (x->mode == ExprMode::Constant) {
        auto* c = static_cast<Const*>(constToKind(static_cast<Const*>(x->cval), ConstValue::Kind::Complex));
        setConst(e, rt, makeFloat(id == BuiltinId::Real ? c->re : c->im));
        return;
      }
      value(rt);
      return;
    }
    case BuiltinId::UnsafeSizeof: case BuiltinId::UnsafeAlignof: {
      if (!nargs(1, 1)) return;
      expr(args[0]);
      if (args[0]->mode == ExprMode::Invalid) return;
      assignment(args[0], nullptr, "argument to " + name);
      if (args[0]->mode == ExprMode::Invalid) return;
      int64_t v = id == BuiltinId::UnsafeSizeof ? sizeOf(args[0]->type) : alignOf(args[0]->type);
      setConst(e, basicType(BasicKind::Uintptr), makeInt(v));
      return;
    }
    case BuiltinId::UnsafeOffsetof: {
      if (!nargs(1, 1)) return;
      auto* sel = unparen(args[0]) ? unparen(args[0])->as<SelectorExpr>() : nullptr;
      expr(args[0]);
      if (args[0]->mode == ExprMode::Invalid) return;
      if (!sel || !sel->selection || sel->selection->kind != Selection::Kind::Field) {
        error(startPos(args[0]), "invalid argument: " + exprString(args[0]) + " is not a selector expression");
        return;
      }
      if (sel->selection->indirect) {
        error(startPos(args[0]), "invalid argument: field " + exprString(sel->sel) + " is embedded via a pointer in " +
                                     exprString(sel->x));
        return;
      }
      // Sum the offsets along the embedding path.
      Type* t = sel->x->type;
      int64_t off = 0;
      for (int i : sel->selection->path) {
        auto* st = t->underlying()->as<StructType_>();
        if (!st) break;
        layoutStruct(st);
        off += st->fields[i].offset;
        t = st->fields[i].var->type;
      }
      setConst(e, basicType(BasicKind::Uintptr), makeInt(off));
      return;
    }
    case BuiltinId::UnsafeAdd: {
      if (!nargs(2, 2)) return;
      expr(args[0]);
      expr(args[1]);
      if (args[0]->mode == ExprMode::Invalid || args[1]->mode == ExprMode::Invalid) return;
      assignment(args[0], basicType(BasicKind::UnsafePointer), "argument to unsafe.Add");
      convertUntyped(args[1], intT);
      value(basicType(BasicKind::UnsafePointer));
      return;
    }
    case BuiltinId::UnsafeSlice: case BuiltinId::UnsafeString: {
      if (!nargs(2, 2)) return;
      expr(args[0]);
      expr(args[1]);
      if (args[0]->mode == ExprMode::Invalid || args[1]->mode == ExprMode::Invalid) return;
      auto* p = args[0]->type->underlying()->as<PointerType>();
      if (!p) {
        error(startPos(args[0]), "invalid argument: " + operandString(args[0]) + " is not a pointer");
        return;
      }
      convertUntyped(args[1], intT);
      value(id == BuiltinId::UnsafeSlice ? newSlice(p->elem) : basicType(BasicKind::String));
      return;
    }
    case BuiltinId::UnsafeStringData: {
      if (!nargs(1, 1)) return;
      expr(args[0]);
      if (args[0]->mode == ExprMode::Invalid) return;
      assignment(args[0], basicType(BasicKind::String), "argument to unsafe.StringData");
      value(newPointer(basicType(BasicKind::Uint8)));
      return;
    }
    case BuiltinId::UnsafeSliceData: {
      if (!nargs(1, 1)) return;
      expr(args[0]);
      if (args[0]->mode == ExprMode::Invalid) return;
      auto* s = args[0]->type->underlying()->as<SliceType>();
      if (!s) {
        error(startPos(args[0]), "invalid argument: " + operandString(args[0]) + " is not a slice");
        return;
      }
      value(newPointer(s->elem));
      return;
    }
    default: return;
  }
}

}  // namespace goc
