// Expressions: names, constants, unary operators, selectors, index
// expressions, composite literals and function literals.
//
// Strategy: expr() returns an SSA value of llvmType(e->type); addr() returns
// the location of an addressable expression. A constant (mode Constant) is
// always folded from e->cval, whatever its syntax. Reads of fields and elements
// of addressable operands go through memory (GEP + load of just that part),
// reads of non-addressable aggregates use extractvalue. Field paths through
// embedded pointers dereference as they go. Every dereference (*p, p.f, p[i]
// of a pointer to array, the copy of a value receiver) is nil-checked first
// (check.cpp), as gc does: the access itself may be dead code after inlining,
// or never happen (&p.f). Functions carry null_pointer_is_valid (abi.cpp), so
// LLVM does not treat nil as undefined. Field addresses (after the nil check)
// and element addresses (after the bounds check) are `inbounds nuw` GEPs, and
// a slice or string indexed successfully has a non-nil data pointer
// (checkedElemAddr), so pointers derived from them are known non-nil and their
// own nil checks fold away. Composite
// literals are built in zeroed memory (a temporary for values, a heap object
// for &T{...} and slice backing arrays) so only the listed elements are
// stored (literal.cpp). A function literal becomes a heap closure object
// {code, cell pointers...} (layout: ModuleLowerer::closureVars), or a constant
// {code} when it captures nothing. Binary operators are in arith.cpp,
// literals in literal.cpp.
#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {

static Expr* unparen(Expr* e) {
  while (auto* p = e->as<ParenExpr>()) e = p->x;
  return e;
}

llvm::Value* FuncLowerer::zeroValue(const Type* t) {
  return llvm::Constant::getNullValue(m.llvmType(t));
}

llvm::Value* FuncLowerer::constValue(const ConstValue* c, const Type* t) {
  const Type* u = t->underlying();
  auto* bt = u->as<BasicType>();
  if (!bt) {
    if (c->kind() == ConstValue::Kind::Unknown) return zeroValue(t);
    ice("lowering: constant of non-basic type " + typeString(t));
  }
  llvm::Type* lt = m.llvmType(t);
  switch (bt->basic) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool: return llvm::ConstantInt::get(lt, c->boolVal() ? 1 : 0);
    case BasicKind::Float32: return llvm::ConstantFP::get(lt, c->float32Val());
    case BasicKind::Float64:
    case BasicKind::UntypedFloat: return llvm::ConstantFP::get(lt, c->float64Val());
    case BasicKind::Complex64:
    case BasicKind::Complex128:
    case BasicKind::UntypedComplex: {
      llvm::Type* et = llvm::cast<llvm::StructType>(lt)->getElementType(0);
      double re = c->realVal(), im = c->imagVal();
      if (et->isFloatTy()) re = static_cast<float>(re), im = static_cast<float>(im);
      return llvm::ConstantStruct::get(llvm::cast<llvm::StructType>(lt),
                                       {llvm::ConstantFP::get(et, re), llvm::ConstantFP::get(et, im)});
    }
    case BasicKind::String:
    case BasicKind::UntypedString: return m.constString(c->stringVal());
    case BasicKind::UntypedNil: return zeroValue(t);
    case BasicKind::UnsafePointer:
      return llvm::ConstantExpr::getIntToPtr(llvm::ConstantInt::get(m.i64(), c->int64Bits()), lt);
    default: break;
  }
  if (lt->isIntegerTy()) {
    unsigned bits = lt->getIntegerBitWidth();
    uint64_t v = c->int64Bits();
    if (bits < 64) v &= (uint64_t(1) << bits) - 1;
    return llvm::ConstantInt::get(lt, v);
  }
  ice("lowering: unhandled constant of type " + typeString(t));
}

llvm::Value* FuncLowerer::assignConv(llvm::Value* v, const Type* from, const Type* to) {
  if (!from || !to || from == to) return v;
  const Type* fu = from->underlying();
  const Type* tu = to->underlying();
  if (auto* bt = fu->as<BasicType>(); bt && bt->basic == BasicKind::UntypedNil) return zeroValue(to);
  if (tu->is<InterfaceType_>() && !identical(fu, tu)) return toIface(v, from, to);
  return v;
}

llvm::Value* FuncLowerer::toInt64(llvm::Value* v, const Type* t) {
  unsigned bits = v->getType()->getIntegerBitWidth();
  if (bits == 64) return v;
  return isUnsigned(t) ? b.CreateZExt(v, m.i64()) : b.CreateSExt(v, m.i64());
}

using Place = FuncLowerer::PathPlace;

// Follows Selection::path from x (embedded fields, then the field itself),
// dereferencing pointers on the way.
FuncLowerer::PathPlace FuncLowerer::selectPath(Expr* x, const std::vector<int>& path) {
  FuncLowerer& f = *this;
  Place p;
  if (x->type->underlying()->is<PointerType>() || x->mode != ExprMode::Variable) {
    p = Place{f.expr(x), x->type, false};
  } else {
    Addr a = f.addr(x);
    p = Place{a.ptr, x->type, true};
  }
  for (int idx : path) {
    if (auto* pt = p.t->underlying()->as<PointerType>()) {
      if (p.inMem) p.v = f.b.CreateLoad(f.m.ptrType(), p.v);
      p.t = pt->elem;
      p.inMem = true;
      f.nilCheck(p.v);  // also when the field is never loaded (&p.f, dead loads)
    }
    auto* st = p.t->underlying()->as<StructType_>();
    if (!st) ice("lowering: selector path through a non-struct " + typeString(p.t));
    unsigned li = f.m.fieldIndex(st, static_cast<size_t>(idx));
    if (p.inMem) {
      llvm::Type* lt = f.m.llvmType(p.t);
      p.v = f.inboundsGEP(lt, p.v, {f.b.getInt32(0), f.b.getInt32(li)});
    } else {
      p.v = f.b.CreateExtractValue(p.v, li);
    }
    p.t = st->fields[static_cast<size_t>(idx)].var->type;
  }
  return p;
}

namespace {

// The element address of x[i] for arrays (addressable), pointers to arrays
// and slices, with the bounds check.
Addr elemAddr(FuncLowerer& f, IndexExpr* e) {
  Expr* x = e->x;
  Expr* ie = e->indices[0];
  const Type* xu = x->type->underlying();
  auto& b = f.b;
  if (auto* st = xu->as<SliceType>()) {
    llvm::Value* s = f.expr(x);
    llvm::Value* i = f.toInt64(f.expr(ie), ie->type);
    f.boundsCheck(i, b.CreateExtractValue(s, 1));
    llvm::Value* p = f.checkedElemAddr(f.m.llvmType(st->elem), b.CreateExtractValue(s, 0), i);
    return Addr{p, st->elem};
  }
  llvm::Value* base;
  const ArrayType_* at;
  if (auto* pt = xu->as<PointerType>()) {
    base = f.expr(x);
    f.nilCheck(base);
    at = pt->elem->underlying()->as<ArrayType_>();
  } else {
    base = f.addr(x).ptr;
    at = xu->as<ArrayType_>();
  }
  if (!at) ice("lowering: index of " + typeString(x->type));
  llvm::Value* i = f.toInt64(f.expr(ie), ie->type);
  if (!ie->cval) f.boundsCheck(i, llvm::ConstantInt::get(f.m.i64(), static_cast<uint64_t>(at->len)));
  llvm::Value* p = f.inboundsGEP(f.m.llvmType(at), base, {b.getInt64(0), i});
  return Addr{p, at->elem};
}

}  // namespace

Addr FuncLowerer::addr(Expr* e) {
  e = unparen(e);
  switch (e->kind) {
    case NodeKind::Ident: {
      auto* id = static_cast<Ident*>(e);
      if (auto* v = id->obj ? id->obj->as<VarObj>() : nullptr) return varAddr(v);
      break;
    }
    case NodeKind::StarExpr: {
      llvm::Value* p = expr(static_cast<StarExpr*>(e)->x);
      nilCheck(p);
      return Addr{p, e->type};
    }
    case NodeKind::SelectorExpr: {
      auto* se = static_cast<SelectorExpr*>(e);
      if (!se->selection) {
        if (auto* v = se->sel->obj ? se->sel->obj->as<VarObj>() : nullptr) return varAddr(v);
        break;
      }
      if (se->selection->kind != Selection::Kind::Field) break;
      Place p = selectPath(se->x, se->selection->path);
      if (!p.inMem) break;
      return Addr{p.v, p.t};
    }
    case NodeKind::IndexExpr: {
      auto* ie = static_cast<IndexExpr*>(e);
      if (ie->x->type->underlying()->is<MapType_>()) return mapAssignAddr(ie);
      return elemAddr(*this, ie);
    }
    case NodeKind::CompositeLit: {
      auto* cl = static_cast<CompositeLit*>(e);
      llvm::Value* p = heapAlloc(e->type);
      initComposite(cl, p);
      return Addr{p, e->type};
    }
    default: break;
  }
  ice(m.sm, e->pos, "lowering: expression is not addressable");
}

// The value denoted by a name (an Ident, or the Sel of a qualified identifier).
static llvm::Value* objectValue(FuncLowerer& f, Object* obj, Expr* e) {
  if (!obj) ice(f.m.sm, e->pos, "lowering: unresolved name");
  switch (obj->kind) {
    case ObjKind::Var: {
      auto* v = static_cast<VarObj*>(obj);
      return f.load(v->type, f.varAddr(v).ptr);
    }
    case ObjKind::Func: return f.m.funcValue(static_cast<FuncObj*>(obj));
    case ObjKind::Const: return f.constValue(static_cast<ConstObj*>(obj)->value, e->type);
    case ObjKind::Nil: return f.zeroValue(e->type);
    default: break;
  }
  ice(f.m.sm, e->pos, "lowering: name " + obj->name + " is not a value");
}

llvm::Value* FuncLowerer::expr(Expr* e) {
  if (e->mode == ExprMode::Constant && e->cval) return constValue(e->cval, e->type);
  switch (e->kind) {
    case NodeKind::ParenExpr: return expr(static_cast<ParenExpr*>(e)->x);
    case NodeKind::Ident: return objectValue(*this, static_cast<Ident*>(e)->obj, e);
    case NodeKind::FuncLit: return funcLit(static_cast<FuncLit*>(e));
    case NodeKind::CompositeLit: return compositeLit(static_cast<CompositeLit*>(e));
    case NodeKind::CallExpr: {
      llvm::Value* v = call(static_cast<CallExpr*>(e));
      if (!v) ice(m.sm, e->pos, "lowering: call without result used as a value");
      return v;
    }
    case NodeKind::SliceExpr: return sliceExpr(static_cast<SliceExpr*>(e));
    case NodeKind::StarExpr: {
      llvm::Value* p = expr(static_cast<StarExpr*>(e)->x);
      nilCheck(p);  // the load may be dead (_ = *p)
      return load(e->type, p);
    }
    case NodeKind::SelectorExpr: {
      auto* se = static_cast<SelectorExpr*>(e);
      if (!se->selection) return objectValue(*this, se->sel->obj, e);
      switch (se->selection->kind) {
        case Selection::Kind::Field: {
          Place p = selectPath(se->x, se->selection->path);
          return p.inMem ? load(p.t, p.v) : p.v;
        }
        case Selection::Kind::Method: return methodValue(se);
        case Selection::Kind::MethodExpr: {
          auto* fo = static_cast<FuncObj*>(se->selection->obj);
          if (se->selection->recvType->underlying()->is<InterfaceType_>()) return ifaceMethodExpr(se);
          if (!se->selection->path.empty() || !fo->decl) return m.staticClosure(m.methodExprWrapper(se));
          bool recvIsPtr = se->selection->recvType->underlying()->is<PointerType>();
          if (recvIsPtr != fo->ptrRecv) return m.staticClosure(m.ptrMethodWrapper(fo));
          return m.funcValue(fo);
        }
        case Selection::Kind::IfaceMethod: return ifaceMethodValue(se);
      }
      ice(m.sm, e->pos, "lowering: unexpected selector");
    }
    case NodeKind::IndexExpr: {
      auto* ie = static_cast<IndexExpr*>(e);
      const Type* xu = ie->x->type->underlying();
      if (xu->is<MapType_>()) return mapIndex(ie);
      if (auto* bt = xu->as<BasicType>()) {
        (void)bt;
        llvm::Value* s = expr(ie->x);
        Expr* ix = ie->indices[0];
        llvm::Value* i = toInt64(expr(ix), ix->type);
        boundsCheck(i, b.CreateExtractValue(s, 1));
        llvm::Type* i8 = b.getInt8Ty();
        return b.CreateLoad(i8, checkedElemAddr(i8, b.CreateExtractValue(s, 0), i));
      }
      if (auto* at = xu->as<ArrayType_>(); at && ie->x->mode != ExprMode::Variable) {
        llvm::Value* arr = expr(ie->x);
        Expr* ix = ie->indices[0];
        if (ix->cval) return b.CreateExtractValue(arr, static_cast<unsigned>(ix->cval->int64Bits()));
        llvm::Value* tmp = entryAlloca(ie->x->type, "arr.tmp");
        b.CreateStore(arr, tmp);
        llvm::Value* i = toInt64(expr(ix), ix->type);
        boundsCheck(i, b.getInt64(static_cast<uint64_t>(at->len)));
        return load(at->elem, inboundsGEP(m.llvmType(at), tmp, {b.getInt64(0), i}));
      }
      Addr a = elemAddr(*this, ie);
      return load(a.type, a.ptr);
    }
    case NodeKind::UnaryExpr: {
      auto* ue = static_cast<UnaryExpr*>(e);
      switch (ue->op) {
        case Tok::Add: return expr(ue->x);
        case Tok::Sub: {
          llvm::Value* x = expr(ue->x);
          if (isFloat(e->type)) return b.CreateFNeg(x);
          if (isComplex(e->type)) {
            llvm::Value* re = b.CreateFNeg(b.CreateExtractValue(x, 0));
            llvm::Value* im = b.CreateFNeg(b.CreateExtractValue(x, 1));
            return b.CreateInsertValue(b.CreateInsertValue(x, re, 0), im, 1);
          }
          return b.CreateNeg(x);
        }
        case Tok::Xor: return b.CreateNot(expr(ue->x));
        case Tok::Not: return b.CreateXor(expr(ue->x), b.getInt8(1));
        case Tok::And: {
          Expr* x = unparen(ue->x);
          if (auto* cl = x->as<CompositeLit>()) {
            llvm::Value* p = heapAlloc(cl->type);
            initComposite(cl, p);
            return p;
          }
          return addr(x).ptr;
        }
        case Tok::Arrow: return chanRecv(ue, false).first;
        default: break;
      }
      ice(m.sm, e->pos, std::string("lowering: unary ") + std::string(tokSpelling(ue->op)) +
                            " not supported yet");
    }
    case NodeKind::BinaryExpr: {
      auto* be = static_cast<BinaryExpr*>(e);
      return binaryExpr(be);
    }
    case NodeKind::TypeAssertExpr: return typeAssert(static_cast<TypeAssertExpr*>(e), false).first;
    default: break;
  }
  ice(m.sm, e->pos, "lowering: unexpected expression");
}

std::vector<llvm::Value*> FuncLowerer::exprTuple(Expr* e) {
  e = unparen(e);
  if (auto* ie = e->as<IndexExpr>(); ie && ie->x->type->underlying()->is<MapType_>()) {
    auto [v, ok] = mapIndexCommaOk(ie);
    return {v, ok};
  }
  if (auto* ta = e->as<TypeAssertExpr>()) {
    auto [v, ok] = typeAssert(ta, true);
    return {v, ok};
  }
  if (auto* ue = e->as<UnaryExpr>(); ue && ue->op == Tok::Arrow) {
    auto [v, ok] = chanRecv(ue, true);
    return {v, ok};
  }
  if (auto* ce = e->as<CallExpr>()) {
    llvm::Value* r = call(ce);
    auto* st = r ? llvm::dyn_cast<llvm::StructType>(r->getType()) : nullptr;
    auto* tt = e->type ? e->type->as<TupleType>() : nullptr;
    if (!tt || !st) ice(m.sm, e->pos, "lowering: multi-value expression without a tuple type");
    std::vector<llvm::Value*> out;
    for (unsigned i = 0; i < tt->vars.size(); i++) out.push_back(b.CreateExtractValue(r, i));
    return out;
  }
  ice(m.sm, e->pos, "lowering: comma-ok form not supported yet");
}

}  // namespace goc::lower
