// Composite literals, function literals and method values: the expressions
// that build a new object.
//
// Strategy: a struct or array literal is built in zeroed memory — a temporary
// (an entry-block alloca, which SROA turns back into SSA) for a value, the
// heap object itself for &T{...} — and only the listed elements are stored.
// Nested literals of the same type are initialised in place. A slice literal
// allocates its backing array [n]T on the heap (n = highest index + 1) and
// yields {ptr, n, n}; map literals go to mapLiteral() (map.cpp). &[]T{...}
// and &map[K]V{...} store that value in the new object.
//
// Closure objects: a function literal that captures nothing is the constant
// {code}; otherwise a heap [1+n]unsafe.Pointer holding the code pointer and
// the addresses of the captured variables' heap cells (frame allocas for the
// variables only deferred literals capture, function.cpp), in closureVars
// order. A method value x.M is a heap struct{F unsafe.Pointer; R T} holding
// the wrapper `M-fm` (call.cpp) and a copy of the receiver taken when the
// value is made.
#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {

// The element index of a keyed array/slice element, or the running index.
static int64_t eltIndex(Expr* elt, int64_t next) {
  if (auto* kv = elt->as<KeyValueExpr>()) {
    if (!kv->key->cval) ice("lowering: array literal key is not constant");
    return static_cast<int64_t>(kv->key->cval->int64Bits());
  }
  return next;
}

static Expr* eltValue(Expr* elt) {
  if (auto* kv = elt->as<KeyValueExpr>()) return kv->value;
  return elt;
}

// Stores the value of literal element v into p, a zeroed location of type t.
static void storeElement(FuncLowerer& f, Expr* v, const Type* t, llvm::Value* p) {
  if (auto* cl = v->as<CompositeLit>()) {
    const Type* ct = cl->type;
    if (identical(ct, t) && (t->underlying()->is<StructType_>() || t->underlying()->is<ArrayType_>())) {
      f.initComposite(cl, p);
      return;
    }
    // An elided &T in a literal of pointers: {...} stands for &T{...}.
    if (auto* pt = t->underlying()->as<PointerType>(); pt && !ct->underlying()->is<PointerType>()) {
      llvm::Value* obj = f.heapAlloc(ct);
      f.initComposite(cl, obj);
      f.storeValue(t, obj, p);
      return;
    }
  }
  f.storeValue(t, f.assignConv(f.expr(v), v->type, t), p);
}

// A slice literal of slice type sl: a new backing array [n]T, n the highest
// index + 1.
static llvm::Value* sliceLiteral(FuncLowerer& f, CompositeLit* e, const SliceType* sl) {
  int64_t n = 0, next = 0;
  for (Expr* elt : e->elts) {
    next = eltIndex(elt, next) + 1;
    n = std::max(n, next);
  }
  const Type* at = f.m.arrayOf(sl->elem, n);
  llvm::Value* obj = f.heapAlloc(at);
  llvm::Type* lt = f.m.llvmType(at);
  next = 0;
  for (Expr* elt : e->elts) {
    int64_t idx = eltIndex(elt, next);
    llvm::Value* ep = f.b.CreateGEP(lt, obj, {f.b.getInt64(0), f.b.getInt64(static_cast<uint64_t>(idx))});
    storeElement(f, eltValue(elt), sl->elem, ep);
    next = idx + 1;
  }
  llvm::Value* len = f.b.getInt64(static_cast<uint64_t>(n));
  return f.makeSlice(obj, len, len);
}

void FuncLowerer::initComposite(CompositeLit* e, llvm::Value* ptr) {
  const Type* t = e->type;
  if (auto* pt = t->underlying()->as<PointerType>()) t = pt->elem;
  const Type* u = t->underlying();
  // &[]T{...}, &map[K]V{...} (or elided in a literal of pointers): the
  // literal's value is stored in the new object.
  if (auto* sl = u->as<SliceType>()) return storeValue(t, sliceLiteral(*this, e, sl), ptr);
  if (u->is<MapType_>()) return storeValue(t, mapLiteral(e), ptr);
  llvm::Type* lt = m.llvmType(t);
  if (auto* st = u->as<StructType_>()) {
    for (size_t i = 0; i < e->elts.size(); i++) {
      size_t fi = i;
      Expr* v = e->elts[i];
      if (auto* kv = v->as<KeyValueExpr>()) {
        auto* key = kv->key->as<Ident>();
        fi = st->fields.size();
        for (size_t j = 0; j < st->fields.size() && key; j++)
          if (st->fields[j].var->name == key->name) fi = j;
        if (fi == st->fields.size()) ice(m.sm, kv->pos, "lowering: unknown field in literal");
        v = kv->value;
      }
      llvm::Value* fp = b.CreateGEP(lt, ptr, {b.getInt32(0), b.getInt32(m.fieldIndex(st, fi))});
      storeElement(*this, v, st->fields[fi].var->type, fp);
    }
    return;
  }
  if (auto* at = u->as<ArrayType_>()) {
    int64_t next = 0;
    for (Expr* elt : e->elts) {
      int64_t idx = eltIndex(elt, next);
      llvm::Value* ep = b.CreateGEP(lt, ptr, {b.getInt64(0), b.getInt64(static_cast<uint64_t>(idx))});
      storeElement(*this, eltValue(elt), at->elem, ep);
      next = idx + 1;
    }
    return;
  }
  ice(m.sm, e->pos, "lowering: composite literal of type " + typeString(t) + " in memory");
}

llvm::Value* FuncLowerer::compositeLit(CompositeLit* e) {
  const Type* u = e->type->underlying();
  if (u->is<MapType_>()) return mapLiteral(e);
  if (auto* pt = u->as<PointerType>()) {
    llvm::Value* obj = heapAlloc(pt->elem);
    initComposite(e, obj);
    return obj;
  }
  if (auto* sl = u->as<SliceType>()) return sliceLiteral(*this, e, sl);
  llvm::Value* tmp = entryAlloca(e->type, "lit");
  b.CreateStore(zeroValue(e->type), tmp);
  initComposite(e, tmp);
  return load(e->type, tmp);
}

llvm::Value* FuncLowerer::funcLit(FuncLit* e) {
  FuncInfo* info = e->info;
  if (!info) ice(m.sm, e->pos, "lowering: function literal without FuncInfo");
  llvm::Function* code = m.getFunction(info);
  const std::vector<VarObj*>& vars = m.closureVars(info);
  if (vars.empty()) return m.staticClosure(code);
  const Type* objT = m.arrayOf(basicType(BasicKind::UnsafePointer), static_cast<int64_t>(vars.size() + 1));
  llvm::Value* obj = heapAlloc(objT);
  obj->setName("closure");
  storeValue(basicType(BasicKind::UnsafePointer), code, obj);
  for (size_t i = 0; i < vars.size(); i++) {
    llvm::Value* cell = varAddr(vars[i]).ptr;
    if (llvm::isa<llvm::AllocaInst>(cell) && !frameCaptured_.count(vars[i]))
      ice(m.sm, vars[i]->pos, "lowering: captured variable " + vars[i]->name + " is not marked captured");
    storeValue(basicType(BasicKind::UnsafePointer), cell,
               b.CreateConstGEP1_64(m.ptrType(), obj, i + 1));
  }
  return obj;
}

llvm::Value* FuncLowerer::methodValue(SelectorExpr* e) {
  auto* method = static_cast<FuncObj*>(e->selection->obj);
  if (!method->decl) return ifaceMethodValue(e);  // promoted from an embedded interface
  llvm::Value* recv = recvArg(e->x, e->selection, method);
  const Type* recvT = method->sig()->recv->type;
  const Type* objT = m.closureType(recvT);
  llvm::Value* obj = heapAlloc(objT);
  obj->setName("methodvalue");
  llvm::Type* lt = m.llvmType(objT);
  storeValue(basicType(BasicKind::UnsafePointer), m.methodValueWrapper(method), obj);
  llvm::Value* rp = b.CreateGEP(lt, obj, {b.getInt32(0), b.getInt32(m.fieldIndex(objT->as<StructType_>(), 1))});
  storeValue(recvT, recv, rp);
  return obj;
}

}  // namespace goc::lower
