// Untyped operands: implicit conversion to a context type, representability
// of constants, recording final types on whole untyped trees (go/types'
// updateExprType), and operand descriptions for diagnostics.
#include <cmath>

#include "compiler/check/checker.h"

namespace goc {

namespace {

bool isShiftOp(Tok op) { return op == Tok::Shl || op == Tok::Shr; }
bool isCmpOp(Tok op) {
  return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq;
}

bool hasNil(const Type* t) {
  const Type* u = t->underlying();
  if (auto* b = u->as<BasicType>()) return b->basic == BasicKind::UnsafePointer;
  return u->is<PointerType>() || u->is<SliceType>() || u->is<MapType_>() || u->is<ChanType_>() ||
         u->is<SignatureType>() || u->is<InterfaceType_>();
}

}  // namespace

Const* Checker::representValue(const Const* v, BasicType* t, bool* ok, bool* truncated) {
  using K = ConstValue::Kind;
  *ok = false;
  *truncated = false;
  BasicKind k = t->basic;
  if (k == BasicKind::Bool || k == BasicKind::UntypedBool) {
    *ok = v->k == K::Bool;
    return const_cast<Const*>(v);
  }
  if (k == BasicKind::String || k == BasicKind::UntypedString) {
    *ok = v->k == K::String;
    return const_cast<Const*>(v);
  }
  if (!v->isNumeric()) return const_cast<Const*>(v);
  if (isInteger(t)) {
    if (!v->isIntegral()) {
      *truncated = v->k != K::Complex || v->im == 0;
      return const_cast<Const*>(v);
    }
    mpz_class n = v->re.get_num();
    if (k != BasicKind::UntypedInt && k != BasicKind::UntypedRune) {
      int bits = static_cast<int>(sizeOf(t) * 8);
      mpz_class lo, hi;
      if (isUnsigned(t)) {
        lo = 0;
        hi = (mpz_class(1) << bits) - 1;
      } else {
        lo = -(mpz_class(1) << (bits - 1));
        hi = (mpz_class(1) << (bits - 1)) - 1;
      }
      if (n < lo || n > hi) return const_cast<Const*>(v);
    }
    *ok = true;
    return makeInt(n);
  }
  if (isFloat(t)) {
    if (v->k == K::Complex && v->im != 0) return const_cast<Const*>(v);
    if (k == BasicKind::UntypedFloat) {
      *ok = true;
      return makeFloat(v->re);
    }
    double d = k == BasicKind::Float32 ? static_cast<double>(roundToFloat(v->re)) : roundToDouble(v->re);
    if (std::isinf(d)) return const_cast<Const*>(v);
    *ok = true;
    return makeFloat(mpq_class(d));
  }
  if (isComplex(t)) {
    mpq_class im = v->k == K::Complex ? v->im : mpq_class(0);
    if (k == BasicKind::UntypedComplex) {
      *ok = true;
      return makeComplex(v->re, im);
    }
    bool f32 = k == BasicKind::Complex64;
    double r = f32 ? roundToFloat(v->re) : roundToDouble(v->re);
    double i = f32 ? roundToFloat(im) : roundToDouble(im);
    if (std::isinf(r) || std::isinf(i)) return const_cast<Const*>(v);
    *ok = true;
    return makeComplex(mpq_class(r), mpq_class(i));
  }
  return const_cast<Const*>(v);
}

// Implicit conversion of untyped e to target. Returns 0 on success with
// *newType set, else 1 truncated, 2 overflows, 3 other.
static int implicitType(Checker& c, Expr* e, Type* target, Type** newType) {
  *newType = e->type;
  if (!isUntyped(e->type) || !isValid(target)) return 0;
  if (isUntyped(target)) {
    // Both untyped: numeric kinds widen (int < rune < float < complex).
    if (isNumeric(e->type) && isNumeric(target)) {
      auto a = e->type->as<BasicType>()->basic, b = target->as<BasicType>()->basic;
      *newType = basicType(std::max(a, b));
      return 0;
    }
    return e->type->as<BasicType>()->basic == target->as<BasicType>()->basic ? 0 : 3;
  }
  Type* u = target->underlying();
  bool isNil = basicKindOf(e->type) == BasicKind::UntypedNil;
  if (auto* b = u->as<BasicType>()) {
    if (isNil) {
      if (b->basic != BasicKind::UnsafePointer) return 3;
      *newType = e->type;  // nil stays untyped nil
      return 0;
    }
    if (e->mode == ExprMode::Constant) {
      bool ok, trunc;
      c.representValue(static_cast<Const*>(e->cval), b, &ok, &trunc);
      if (!ok) {
        if (isNumeric(e->type) && isNumeric(b)) return trunc ? 1 : 2;
        return 3;
      }
    } else {
      // Non-constant untyped values: bools from comparisons, shifts.
      BasicKind k = basicKindOf(e->type);
      if (k == BasicKind::UntypedBool && !isBoolean(b)) return 3;
      if ((k == BasicKind::UntypedInt || k == BasicKind::UntypedRune) && !isNumeric(b)) return 3;
      if (k == BasicKind::UntypedString && !isString(b)) return 3;
    }
    *newType = target;
    return 0;
  }
  if (u->is<InterfaceType_>()) {
    if (isNil) return 0;
    // Untyped values get their default type when assigned to interfaces
    // (the assignability check then decides).
    *newType = defaultOf(e->type);
    return 0;
  }
  if (isNil && hasNil(target)) return 0;
  return 3;
}

void Checker::convertUntyped(Expr* e, Type* target) {
  if (!e || e->mode == ExprMode::Invalid || !isUntyped(e->type) || !isValid(target)) return;
  Type* nt;
  int code = implicitType(*this, e, target, &nt);
  if (code) {
    Type* t = target->underlying();
    std::string tn = msgTypeString(isUntyped(target) ? target : t, info);
    if (basicKindOf(e->type) == BasicKind::UntypedNil)
      error(startPos(e), "cannot convert nil to type " + msgTypeString(target, info));
    else if (code == 1)
      error(startPos(e), operandString(e) + " truncated to " + tn);
    else if (code == 2)
      error(startPos(e), operandString(e) + " overflows " + tn);
    else
      error(startPos(e), "cannot convert " + operandString(e) + " to type " + msgTypeString(target, info));
    invalidate(e);
    return;
  }
  if (nt != e->type) updateExprType(e, nt);
}

void Checker::defaultType(Expr* e) {
  if (!e || e->mode == ExprMode::Invalid || !isUntyped(e->type)) return;
  if (BasicType* d = defaultOf(e->type)) updateExprType(e, d);
}

void Checker::updateExprType(Expr* e, Type* t) {
  if (!e || !t || !isUntyped(e->type) || e->mode == ExprMode::Invalid) return;
  if (++depth > 1000) {
    --depth;
    return;
  }
  switch (e->kind) {
    case NodeKind::ParenExpr: updateExprType(e->as<ParenExpr>()->x, t); break;
    case NodeKind::UnaryExpr: {
      auto* u = e->as<UnaryExpr>();
      if (u->op != Tok::Arrow && u->op != Tok::And) updateExprType(u->x, t);
      break;
    }
    case NodeKind::BinaryExpr: {
      auto* b = e->as<BinaryExpr>();
      if (isCmpOp(b->op)) break;  // operands were typed on their own; result is bool
      if (isShiftOp(b->op)) {
        // The untyped left operand of a non-constant shift takes the
        // context's type, which must be an integer type.
        if (e->mode != ExprMode::Constant && !isUntyped(t) && !isInteger(t)) {
          error(startPos(b->x), "invalid operation: shifted operand " + exprString(b->x) + " (type " +
                               msgTypeString(t, info) + ") must be integer");
          --depth;
          invalidate(e);
          return;
        }
        updateExprType(b->x, t);
        break;
      }
      updateExprType(b->x, t);
      updateExprType(b->y, t);
      break;
    }
    case NodeKind::CallExpr:
      // min/max of untyped constants: the arguments follow the result.
      if (auto* c = e->as<CallExpr>(); c->builtin == BuiltinId::Min || c->builtin == BuiltinId::Max)
        for (Expr* a : c->args) updateExprType(a, t);
      break;
    default: break;
  }
  --depth;
  if (e->mode == ExprMode::Constant && e->cval) {
    Type* u = t->underlying();
    if (auto* b = u->as<BasicType>()) {
      bool ok, trunc;
      Const* v = representValue(static_cast<Const*>(e->cval), b, &ok, &trunc);
      if (ok) e->cval = v;
    }
  }
  e->type = t;
}

void Checker::finalizeUntyped(Expr* e) {
  if (e && e->mode != ExprMode::Invalid && e->mode != ExprMode::TypeExpr && isUntyped(e->type) &&
      basicKindOf(e->type) != BasicKind::UntypedNil)
    defaultType(e);
}

void Checker::overflowCheck(Expr* e) {
  if (e->mode != ExprMode::Constant || !e->cval) return;
  auto* c = static_cast<Const*>(e->cval);
  if (c->k == ConstValue::Kind::Unknown) return;
  if (isTyped(e->type)) {
    auto* b = e->type->underlying()->as<BasicType>();
    if (!b) return;
    bool ok, trunc;
    Const* v = representValue(c, b, &ok, &trunc);
    if (!ok) {
      // gc 1.19 (types2) describes the operand: "c + 1 (constant 256 of type byte) overflows byte".
      error(startPos(e), operandString(e) + " overflows " + msgTypeString(e->type, info));
      invalidate(e);
      return;
    }
    e->cval = v;
    return;
  }
  if (c->k == ConstValue::Kind::Int && constBitLen(c) > 512) {
    error(startPos(e), "constant overflow");
    invalidate(e);
  }
}

// ---------------------------------------------------------------------------
// Printing

std::string Checker::operandString(Expr* e) {
  std::string x = exprString(e);
  if (e->mode == ExprMode::Value && basicKindOf(e->type) == BasicKind::UntypedNil) return "nil";
  std::string out = x + " (";
  bool hasType = false;
  switch (e->mode) {
    case ExprMode::Invalid: case ExprMode::NoValue: case ExprMode::Builtin: case ExprMode::TypeExpr: break;
    default:
      if (e->type) {
        if (isUntyped(e->type)) out += std::string(e->type->as<BasicType>()->name) + " ";
        else hasType = true;
      }
  }
  static const char* modes[] = {"invalid operand", "no value", "built-in", "type", "constant", "variable",
                                "map index expression", "value", "comma, ok expression", "package"};
  out += modes[static_cast<int>(e->mode)];
  if (e->mode == ExprMode::Constant && e->cval) {
    std::string s = e->cval->toString();
    if (s != x) out += " " + s;
  }
  if (hasType && isValid(e->type)) out += " of type " + msgTypeString(e->type, info);
  return out + ")";
}

std::string Checker::exprString(Expr* e) {
  if (!e) return "";
  if (++depth > 200) {
    --depth;
    return "…";
  }
  std::string s;
  auto list = [&](const std::vector<Expr*>& es) {
    std::string r;
    for (size_t i = 0; i < es.size(); i++) r += (i ? ", " : "") + exprString(es[i]);
    return r;
  };
  auto fields = [&](const std::vector<Field*>& fs, const char* sep) {
    std::string r;
    for (size_t i = 0; i < fs.size(); i++) {
      if (i) r += sep;
      for (size_t j = 0; j < fs[i]->names.size(); j++) r += (j ? ", " : "") + std::string(fs[i]->names[j]->name);
      if (!fs[i]->names.empty()) r += " ";
      if (fs[i]->variadic) r += "...";
      r += exprString(fs[i]->typeExpr);
    }
    return r;
  };
  switch (e->kind) {
    case NodeKind::Ident: s = std::string(e->as<Ident>()->name); break;
    case NodeKind::BasicLit: s = std::string(e->as<BasicLit>()->value); break;
    case NodeKind::CompositeLit:
      s = exprString(e->as<CompositeLit>()->typeExpr) + (e->as<CompositeLit>()->elts.empty() ? "{}" : "{…}");
      break;
    case NodeKind::FuncLit: s = "func literal"; break;
    case NodeKind::ParenExpr: s = "(" + exprString(e->as<ParenExpr>()->x) + ")"; break;
    case NodeKind::SelectorExpr: s = exprString(e->as<SelectorExpr>()->x) + "." + exprString(e->as<SelectorExpr>()->sel); break;
    case NodeKind::IndexExpr: s = exprString(e->as<IndexExpr>()->x) + "[" + list(e->as<IndexExpr>()->indices) + "]"; break;
    case NodeKind::SliceExpr: {
      auto* x = e->as<SliceExpr>();
      s = exprString(x->x) + "[" + exprString(x->lo) + ":" + exprString(x->hi);
      if (x->slice3) s += ":" + exprString(x->max);
      s += "]";
      break;
    }
    case NodeKind::TypeAssertExpr: {
      auto* x = e->as<TypeAssertExpr>();
      s = exprString(x->x) + ".(" + (x->typeExpr ? exprString(x->typeExpr) : "type") + ")";
      break;
    }
    case NodeKind::CallExpr: {
      auto* c = e->as<CallExpr>();
      s = exprString(c->fun) + "(" + list(c->args) + (c->hasDots ? "..." : "") + ")";
      break;
    }
    case NodeKind::StarExpr: s = "*" + exprString(e->as<StarExpr>()->x); break;
    case NodeKind::UnaryExpr: s = std::string(tokSpelling(e->as<UnaryExpr>()->op)) + exprString(e->as<UnaryExpr>()->x); break;
    case NodeKind::BinaryExpr: {
      auto* b = e->as<BinaryExpr>();
      s = exprString(b->x) + " " + std::string(tokSpelling(b->op)) + " " + exprString(b->y);
      break;
    }
    case NodeKind::KeyValueExpr: s = exprString(e->as<KeyValueExpr>()->key) + ": " + exprString(e->as<KeyValueExpr>()->value); break;
    case NodeKind::ArrayType: {
      auto* a = e->as<ArrayType>();
      s = "[" + (a->len ? (a->len->is<Ellipsis>() ? std::string("...") : exprString(a->len)) : "") + "]" + exprString(a->elem);
      break;
    }
    case NodeKind::MapType: s = "map[" + exprString(e->as<MapType>()->key) + "]" + exprString(e->as<MapType>()->value); break;
    case NodeKind::ChanType: {
      auto* c = e->as<ChanType>();
      s = std::string(c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ") + exprString(c->value);
      break;
    }
    case NodeKind::FuncType: {
      auto* f = e->as<FuncType>();
      s = "func(" + fields(f->params, ", ") + ")";
      if (f->results.size() == 1 && f->results[0]->names.empty()) s += " " + exprString(f->results[0]->typeExpr);
      else if (!f->results.empty()) s += " (" + fields(f->results, ", ") + ")";
      break;
    }
    case NodeKind::StructType: s = "struct{" + fields(e->as<StructType>()->fields, "; ") + "}"; break;
    case NodeKind::InterfaceType: s = "interface{" + fields(e->as<InterfaceType>()->elems, "; ") + "}"; break;
    case NodeKind::Ellipsis: s = "..." + exprString(e->as<Ellipsis>()->elt); break;
    default: s = "BadExpr"; break;
  }
  --depth;
  return s;
}

}  // namespace goc

namespace goc {

// The leftmost position of an expression: types2 reports operand errors there.
Pos startPos(Expr* e) {
  for (int i = 0; e && i < 100; i++) {
    switch (e->kind) {
      case NodeKind::BinaryExpr: e = e->as<BinaryExpr>()->x; continue;
      case NodeKind::CallExpr: e = e->as<CallExpr>()->fun; continue;
      case NodeKind::IndexExpr: e = e->as<IndexExpr>()->x; continue;
      case NodeKind::SliceExpr: e = e->as<SliceExpr>()->x; continue;
      case NodeKind::SelectorExpr: e = e->as<SelectorExpr>()->x; continue;
      case NodeKind::TypeAssertExpr: e = e->as<TypeAssertExpr>()->x; continue;
      case NodeKind::KeyValueExpr: e = e->as<KeyValueExpr>()->key; continue;
      case NodeKind::CompositeLit:
        if (e->as<CompositeLit>()->typeExpr) { e = e->as<CompositeLit>()->typeExpr; continue; }
        return e->pos;
      default: return e->pos;
    }
  }
  return e ? e->pos : NoPos;
}

}  // namespace goc
