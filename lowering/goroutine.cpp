// Go statements: `go f(x, y)`.
//
// Strategy: everything the spec evaluates at the go statement — the function
// value (or the receiver of a method call) and the arguments, converted to
// the parameter types with variadic extras packed — is stored in a fresh heap
// object laid out as a Go struct:
//
//   struct { F unsafe.Pointer; [V func value]; A0 T0; A1 T1; ... }
//
// F is a per-statement wrapper `<fn>.gowrap<N>` (swiftcc void(g, ctx)) whose
// body loads the saved values from its closure context and makes the call,
// discarding any results. The object is thus an ordinary closure object, and
// the statement lowers to `runtime.newproc(obj)`; the runtime starts the new
// goroutine by calling F with ctx = obj (R13), exactly like a func value call.
// Parameters that abi.cpp passes by pointer are passed as pointers to the
// object's own field: the object belongs to the new goroutine alone.
//
// A static function or method (and a method expression) is called directly
// by the wrapper; a func value is saved as V and called through its code word
// with V as ctx. Interface method calls and builtins are not lowered yet
// (calls to them are not lowered elsewhere either).
#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {

namespace {

Expr* unparenGo(Expr* e) {
  while (auto* p = e->as<ParenExpr>()) e = p->x;
  return e;
}

// The call, taken apart: a direct callee or a func value, and the argument
// values (receiver first for methods) with their parameter types.
struct GoCall {
  llvm::Function* direct = nullptr;
  llvm::Value* fnval = nullptr;
  const SignatureType* sig = nullptr;
  std::vector<llvm::Value*> args;
  std::vector<const Type*> types;
};

}  // namespace

// Evaluates e's arguments and converts them to params (the parameter types
// after `first` values already in out), packing variadic extras as call.cpp does.
static void goArgs(FuncLowerer& f, CallExpr* e, const SignatureType* sig, GoCall& c) {
  std::vector<llvm::Value*> vals;
  std::vector<const Type*> vtypes;
  if (e->spreadsTuple && e->args.size() == 1) {
    vals = f.exprTuple(e->args[0]);
    for (VarObj* v : e->args[0]->type->as<TupleType>()->vars) vtypes.push_back(v->type);
  } else {
    for (Expr* x : e->args) {
      vals.push_back(f.expr(x));
      vtypes.push_back(x->type);
    }
  }
  size_t np = sig->params.size();
  bool pack = sig->variadic && !e->hasDots;
  size_t fixed = pack ? np - 1 : np;
  size_t ai = 0;
  // A method expression's receiver is its first argument.
  size_t skip = c.args.size() < c.types.size() ? 1 : 0;
  if (skip) {
    c.args.push_back(f.assignConv(vals[0], vtypes[0], c.types.back()));
    ai = 1;
  }
  for (size_t i = 0; i < fixed; i++, ai++) {
    if (ai >= vals.size()) ice(f.m.sm, e->pos, "lowering: too few arguments");
    const Type* pt = sig->params[i]->type;
    c.args.push_back(f.assignConv(vals[ai], vtypes[ai], pt));
    c.types.push_back(pt);
  }
  if (!pack) return;
  const Type* sliceT = sig->params[np - 1]->type;
  const Type* elem = sliceT->underlying()->as<SliceType>()->elem;
  size_t n = vals.size() - ai;
  c.types.push_back(sliceT);
  if (n == 0) {
    c.args.push_back(f.zeroValue(sliceT));
    return;
  }
  const Type* at = f.m.arrayOf(elem, static_cast<int64_t>(n));
  llvm::Value* arr = f.heapAlloc(at);
  llvm::Type* lt = f.m.llvmType(at);
  for (size_t k = 0; k < n; k++, ai++) {
    llvm::Value* p = f.b.CreateGEP(lt, arr, {f.b.getInt64(0), f.b.getInt64(k)});
    f.storeValue(elem, f.assignConv(vals[ai], vtypes[ai], elem), p);
  }
  llvm::Value* len = f.b.getInt64(static_cast<int64_t>(n));
  c.args.push_back(f.makeSlice(arr, len, len));
}

void FuncLowerer::goStmt(GoStmt* s) {
  setLoc(s->pos);
  CallExpr* e = s->call;
  if (e->callKind == CallKind::Builtin || e->callKind == CallKind::Conversion)
    ice(m.sm, s->pos, "lowering: go with a builtin call not supported yet");
  Expr* fun = unparenGo(e->fun);
  auto* se = fun->as<SelectorExpr>();
  const Selection* sel = se ? se->selection : nullptr;
  GoCall c;
  if (sel && sel->kind == Selection::Kind::IfaceMethod)
    ice(m.sm, s->pos, "lowering: go with an interface method call not supported yet");
  if (sel && sel->kind == Selection::Kind::Method) {
    auto* method = static_cast<FuncObj*>(sel->obj);
    c.sig = method->sig();
    c.direct = m.getFunction(method);
    c.args.push_back(recvArg(se->x, sel, method));
    c.types.push_back(c.sig->recv->type);
    goArgs(*this, e, c.sig, c);
  } else if (sel && sel->kind == Selection::Kind::MethodExpr) {
    auto* method = static_cast<FuncObj*>(sel->obj);
    c.sig = method->sig();
    bool recvIsPtr = sel->recvType->underlying()->is<PointerType>();
    c.direct = recvIsPtr == method->ptrRecv ? m.getFunction(method) : m.ptrMethodWrapper(method);
    // The receiver parameter's type; goArgs converts the first argument to it.
    c.types.push_back(recvIsPtr == method->ptrRecv ? method->sig()->recv->type : sel->recvType);
    goArgs(*this, e, c.sig, c);
  } else {
    Object* obj = nullptr;
    if (auto* id = fun->as<Ident>()) obj = id->obj;
    if (se && !sel) obj = se->sel->obj;
    if (auto* fo = obj ? obj->as<FuncObj>() : nullptr) {
      c.sig = fo->sig();
      c.direct = m.getFunction(fo);
    } else {
      c.sig = fun->type->underlying()->as<SignatureType>();
      if (!c.sig) ice(m.sm, s->pos, "lowering: go with a call of a non-function");
      c.fnval = expr(fun);
    }
    goArgs(*this, e, c.sig, c);
  }

  // The closure object's Go type: {F, [V], A0, A1, ...}.
  auto st = std::make_unique<StructType_>();
  auto addField = [&](std::string name, const Type* t) {
    auto v = std::make_unique<VarObj>(name);
    v->type = const_cast<Type*>(t);
    v->isField = true;
    st->fields.push_back(StructField{v.get(), false, "", -1});
    m.ownedObjects.push_back(std::move(v));
  };
  const Type* uptr = basicType(BasicKind::UnsafePointer);
  addField("F", uptr);
  if (c.fnval) addField("V", uptr);
  for (size_t i = 0; i < c.types.size(); i++) addField("A" + std::to_string(i), c.types[i]);
  auto* objT = st.get();
  m.ownedTypes.push_back(std::move(st));
  unsigned firstArg = c.fnval ? 2 : 1;

  // The wrapper: loads the saved values and makes the call.
  static unsigned counter = 0;
  std::string name = llfn->getName().str() + ".gowrap" + std::to_string(++counter);
  auto* wty = llvm::FunctionType::get(b.getVoidTy(), {m.ptrType(), m.ptrType()}, false);
  auto* w = llvm::Function::Create(wty, llvm::Function::InternalLinkage, name, m.mod.get());
  w->setCallingConv(llvm::CallingConv::Swift);
  w->addParamAttr(0, llvm::Attribute::SwiftAsync);
  w->addParamAttr(1, llvm::Attribute::SwiftSelf);
  w->addFnAttr("split-stack");
  w->addFnAttr(llvm::Attribute::NullPointerIsValid);
  w->setUWTableKind(llvm::UWTableKind::Async);
  {
    llvm::IRBuilder<> wb(llvm::BasicBlock::Create(m.ctx, "entry", w));
    llvm::Type* lt = m.llvmType(objT);
    llvm::Value* obj = w->getArg(1);
    auto field = [&](unsigned i) {
      return wb.CreateGEP(lt, obj, {wb.getInt32(0), wb.getInt32(m.fieldIndex(objT, i))});
    };
    llvm::Value* ctxArg = llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0));
    llvm::FunctionCallee callee;
    if (c.fnval) {
      ctxArg = wb.CreateLoad(m.ptrType(), field(1), "fnval");
      llvm::Value* code = wb.CreateLoad(m.ptrType(), ctxArg, "fn.code");
      callee = llvm::FunctionCallee(m.funcType(c.sig, false), code);
    } else {
      callee = c.direct;
    }
    std::vector<llvm::Value*> all{w->getArg(0), ctxArg};
    for (size_t i = 0; i < c.types.size(); i++) {
      llvm::Value* p = field(firstArg + static_cast<unsigned>(i));
      all.push_back(m.passByPointer(c.types[i]) ? p : wb.CreateLoad(m.llvmType(c.types[i]), p));
    }
    llvm::CallInst* ci = wb.CreateCall(callee, all);
    ci->setCallingConv(llvm::CallingConv::Swift);
    ci->addParamAttr(0, llvm::Attribute::SwiftAsync);
    ci->addParamAttr(1, llvm::Attribute::SwiftSelf);
    wb.CreateRetVoid();
  }

  // The closure object, filled at the go statement.
  llvm::Value* obj = heapAlloc(objT);
  obj->setName("go.closure");
  llvm::Type* lt = m.llvmType(objT);
  auto field = [&](unsigned i) {
    return b.CreateGEP(lt, obj, {b.getInt32(0), b.getInt32(m.fieldIndex(objT, i))});
  };
  storeValue(uptr, w, field(0));
  if (c.fnval) storeValue(uptr, c.fnval, field(1));
  for (size_t i = 0; i < c.types.size(); i++)
    storeValue(c.types[i], c.args[i], field(firstArg + static_cast<unsigned>(i)));
  callRuntime(RtFunc::newproc, {obj});
}

}  // namespace goc::lower
