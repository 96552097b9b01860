// Calls: static functions, methods, method expressions, func values.
//
// Strategy: the callee is resolved as statically as the checker's results
// allow. A named function or a method call with a statically known method is a
// direct call with a null closure context; a method's receiver, adjusted along
// the Selection (embedded-field path, auto & for pointer methods on addressable
// values, auto * for value methods on pointers), is passed as the first
// argument. Anything else is a func value: a pointer to a closure object whose
// word 0 is the code pointer; the object itself is passed as %ctx (swiftself).
// A nil func value faults on that load and becomes the nil-dereference panic.
//
// Arguments are evaluated left to right after the callee, converted to the
// parameter types (assignConv), and variadic extras are packed into a new
// slice (nil when there are none). f(g()) spreads g's results over the
// parameters. Parameters that abi.cpp passes by pointer get a fresh copy in
// the caller's frame. The result is the LLVM return value: a single value, or
// a struct for several results that exprTuple() takes apart.
//
// Interface method calls (ifaceCall) load the code from the itab's fun[] and
// make one indirect call with the data word as the receiver.
//
// Method values use a wrapper `sym-fm` whose body loads the bound receiver
// from the closure object and forwards its own arguments unchanged (their LLVM
// form is already the method's). A method expression of a promoted method
// (or of an embedded interface's) is a wrapper `go:mexpr.<T>.<M>` whose body
// is the method call recv.M(args...), lowered like any other.
#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {

static Expr* unparen(Expr* e) {
  while (auto* p = e->as<ParenExpr>()) e = p->x;
  return e;
}

llvm::Value* FuncLowerer::recvArg(Expr* x, const Selection* sel, FuncObj* method) {
  PathPlace p = selectPath(x, sel->path);
  const Type* recvT = method->sig()->recv->type;
  bool havePtr = p.t->underlying()->is<PointerType>();
  if (method->ptrRecv) {
    if (havePtr) return p.inMem ? b.CreateLoad(m.ptrType(), p.v) : p.v;
    if (!p.inMem) ice(m.sm, x->pos, "lowering: pointer method on a non-addressable receiver");
    return p.v;
  }
  if (havePtr) {
    // The copy may be dead once the method is inlined; gc panics here anyway.
    llvm::Value* ptr = p.inMem ? b.CreateLoad(m.ptrType(), p.v) : p.v;
    nilCheck(ptr);
    return load(recvT, ptr);
  }
  return p.inMem ? load(p.t, p.v) : p.v;
}

// Appends the parameter values of args (of Go types types) to a call's
// operands: by value, or as a pointer to a caller-owned copy for the types
// ModuleLowerer::passByPointer chooses (abi.cpp).
static void appendArgs(FuncLowerer& f, std::vector<llvm::Value*>& all, llvm::ArrayRef<const Type*> types,
                       llvm::ArrayRef<llvm::Value*> args) {
  for (size_t i = 0; i < args.size(); i++) {
    if (f.m.passByPointer(types[i])) {
      llvm::Value* copy = f.entryAlloca(types[i], "arg.copy");
      f.storeValue(types[i], args[i], copy);
      all.push_back(copy);
    } else {
      all.push_back(args[i]);
    }
  }
}

llvm::Value* FuncLowerer::emitCall(llvm::FunctionCallee callee, llvm::Value* ctxArg,
                                   const SignatureType* sig, bool withRecv,
                                   std::vector<llvm::Value*> args) {
  std::vector<const Type*> ptypes;
  if (withRecv && sig->recv) ptypes.push_back(sig->recv->type);
  for (VarObj* p : sig->params) ptypes.push_back(p->type);
  if (ptypes.size() != args.size()) ice("lowering: call with a wrong argument count");
  std::vector<llvm::Value*> all{g, ctxArg ? ctxArg : llvm::ConstantPointerNull::get(
                                                        llvm::PointerType::get(m.ctx, 0))};
  appendArgs(*this, all, ptypes, args);
  llvm::CallInst* ci = b.CreateCall(callee, all);
  ci->setCallingConv(llvm::CallingConv::Swift);
  // An indirect call only has the call site's attributes: without these, %g
  // and %ctx would travel in ordinary argument registers instead of R14/R13.
  ci->addParamAttr(0, llvm::Attribute::SwiftAsync);
  ci->addParamAttr(1, llvm::Attribute::SwiftSelf);
  if (ci->getType()->isVoidTy()) return nullptr;
  return ci;
}

namespace {

// The Go-typed argument values of a call, before conversion to parameters.
struct ArgList {
  std::vector<llvm::Value*> vals;
  std::vector<const Type*> types;
};

ArgList evalArgs(FuncLowerer& f, CallExpr* e) {
  ArgList a;
  if (e->spreadsTuple && e->args.size() == 1) {
    a.vals = f.exprTuple(e->args[0]);
    auto* tt = e->args[0]->type->as<TupleType>();
    for (VarObj* v : tt->vars) a.types.push_back(v->type);
    return a;
  }
  for (Expr* x : e->args) {
    a.vals.push_back(f.expr(x));
    a.types.push_back(x->type);
  }
  return a;
}

// Converts the arguments to the parameter types `params` (the receiver, if
// any, already first), packing variadic extras into a slice.
std::vector<llvm::Value*> bindArgs(FuncLowerer& f, CallExpr* e, const SignatureType* sig,
                                   std::vector<const Type*> params, ArgList a, size_t first) {
  std::vector<llvm::Value*> out;
  size_t np = params.size();
  bool pack = sig->variadic && !e->hasDots;
  size_t fixed = pack ? np - 1 : np;
  size_t ai = first;
  for (size_t i = 0; i < fixed; i++, ai++) {
    if (ai >= a.vals.size()) ice(f.m.sm, e->pos, "lowering: too few arguments");
    out.push_back(f.assignConv(a.vals[ai], a.types[ai], params[i]));
  }
  if (!pack) return out;
  const Type* sliceT = params[np - 1];
  const Type* elem = sliceT->underlying()->as<SliceType>()->elem;
  size_t n = a.vals.size() - ai;
  if (n == 0) {
    out.push_back(f.zeroValue(sliceT));
    return out;
  }
  const Type* at = f.m.arrayOf(elem, static_cast<int64_t>(n));
  llvm::Value* arr = f.heapAlloc(at);
  llvm::Type* lt = f.m.llvmType(at);
  for (size_t k = 0; k < n; k++, ai++) {
    llvm::Value* p = f.b.CreateGEP(lt, arr, {f.b.getInt64(0), f.b.getInt64(k)});
    f.storeValue(elem, f.assignConv(a.vals[ai], a.types[ai], elem), p);
  }
  llvm::Value* len = f.b.getInt64(n);
  out.push_back(f.makeSlice(arr, len, len));
  return out;
}

std::vector<const Type*> paramTypes(const SignatureType* sig) {
  std::vector<const Type*> ps;
  for (VarObj* p : sig->params) ps.push_back(p->type);
  return ps;
}

}  // namespace

llvm::Value* FuncLowerer::call(CallExpr* e) {
  setLoc(e->pos);
  if (e->callKind == CallKind::Conversion) return conversion(e);
  if (e->callKind == CallKind::Builtin) return builtinCall(e);
  Expr* fun = unparen(e->fun);

  auto* se = fun->as<SelectorExpr>();
  const Selection* sel = se ? se->selection : nullptr;
  if (sel && (sel->kind == Selection::Kind::IfaceMethod ||
              (sel->kind == Selection::Kind::Method && !static_cast<FuncObj*>(sel->obj)->decl))) {
    // Through an interface value (possibly an embedded field's).
    PathPlace p = selectPath(se->x, sel->path);
    llvm::Value* iv = p.inMem ? load(p.t, p.v) : p.v;
    return ifaceCall(e, iv, p.t->underlying()->as<InterfaceType_>(), static_cast<FuncObj*>(sel->obj));
  }
  if (sel && sel->kind == Selection::Kind::Method) {
    auto* method = static_cast<FuncObj*>(sel->obj);
    llvm::Value* recv = recvArg(se->x, sel, method);
    std::vector<llvm::Value*> args =
        bindArgs(*this, e, method->sig(), paramTypes(method->sig()), evalArgs(*this, e), 0);
    args.insert(args.begin(), recv);
    return emitCall(m.getFunction(method), nullptr, method->sig(), true, std::move(args));
  }
  // A method expression T.M or (*T).M of a method declared on T; others
  // (promoted, interface) are func values made by expr().
  if (sel && sel->kind == Selection::Kind::MethodExpr && !sel->recvType->underlying()->is<InterfaceType_>() &&
      sel->path.empty() && static_cast<FuncObj*>(sel->obj)->decl) {
    auto* method = static_cast<FuncObj*>(sel->obj);
    bool recvIsPtr = sel->recvType->underlying()->is<PointerType>();
    std::vector<const Type*> ps = paramTypes(method->sig());
    ps.insert(ps.begin(), method->sig()->recv->type);
    if (recvIsPtr == method->ptrRecv) {
      std::vector<llvm::Value*> args = bindArgs(*this, e, method->sig(), ps, evalArgs(*this, e), 0);
      return emitCall(m.getFunction(method), nullptr, method->sig(), true, std::move(args));
    }
    // (*T).M of a value method: the receiver argument is a *T.
    ps[0] = sel->recvType;
    std::vector<llvm::Value*> args = bindArgs(*this, e, method->sig(), ps, evalArgs(*this, e), 0);
    llvm::Function* w = m.ptrMethodWrapper(method);
    llvm::Value* recvPtr = args[0];
    args.erase(args.begin());
    std::vector<llvm::Value*> all{g, llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0)),
                                  recvPtr};
    appendArgs(*this, all, llvm::ArrayRef<const Type*>(ps).drop_front(), args);
    llvm::CallInst* ci = b.CreateCall(w, all);
    ci->setCallingConv(llvm::CallingConv::Swift);
    return ci->getType()->isVoidTy() ? nullptr : ci;
  }
  // A function named directly (f or pkg.F).
  Object* obj = nullptr;
  if (auto* id = fun->as<Ident>()) obj = id->obj;
  if (se && !sel) obj = se->sel->obj;
  if (auto* fo = obj ? obj->as<FuncObj>() : nullptr) {
    if (llvm::Value* r; atomicCall(e, fo, r)) return r;  // sync/atomic intrinsics (atomic.cpp)
    std::vector<llvm::Value*> args =
        bindArgs(*this, e, fo->sig(), paramTypes(fo->sig()), evalArgs(*this, e), 0);
    if (llvm::Value* r = intrinsicCall(fo->linkName, args)) return r;  // intrinsic.cpp
    return emitCall(m.getFunction(fo), nullptr, fo->sig(), false, std::move(args));
  }
  // A func value.
  auto* sig = fun->type->underlying()->as<SignatureType>();
  if (!sig) ice(m.sm, e->pos, "lowering: call of a non-function");
  llvm::Value* fv = expr(fun);
  std::vector<llvm::Value*> args = bindArgs(*this, e, sig, paramTypes(sig), evalArgs(*this, e), 0);
  llvm::Value* code = b.CreateLoad(m.ptrType(), fv, "fn.code");
  llvm::FunctionCallee callee(m.funcType(sig, false), code);
  return emitCall(callee, fv, sig, false, std::move(args));
}

llvm::Value* FuncLowerer::ifaceCall(CallExpr* e, llvm::Value* iv, const InterfaceType_* it, FuncObj* method) {
  const SignatureType* sig = method->sig();
  int idx = m.ifaceMethodIndex(it, method);
  std::vector<llvm::Value*> args = bindArgs(*this, e, sig, paramTypes(sig), evalArgs(*this, e), 0);
  setLoc(e->pos);
  // One load from the itab (fun[idx] at ItabFunOffset = 24), one indirect call.
  llvm::Value* tab = b.CreateExtractValue(iv, 0, "itab");
  llvm::Value* fn = b.CreateLoad(m.ptrType(), b.CreateConstGEP1_64(m.ptrType(), tab, 3 + idx), "ifn");
  std::vector<llvm::Value*> all{g, llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0)),
                                b.CreateExtractValue(iv, 1, "data")};
  appendArgs(*this, all, paramTypes(sig), args);
  llvm::CallInst* ci = b.CreateCall(m.ifaceMethodType(sig), fn, all);
  ci->setCallingConv(llvm::CallingConv::Swift);
  ci->addParamAttr(0, llvm::Attribute::SwiftAsync);
  ci->addParamAttr(1, llvm::Attribute::SwiftSelf);
  return ci->getType()->isVoidTy() ? nullptr : ci;
}

llvm::Function* ModuleLowerer::methodValueWrapper(FuncObj* method) {
  if (auto it = wrappers_.find(method); it != wrappers_.end()) return it->second;
  llvm::Function* target = getFunction(method);
  const SignatureType* sig = method->sig();
  std::string name = method->linkName + "-fm";
  llvm::Function* w = mod->getFunction(name);
  if (!w) {
    w = newGoFunction(funcType(sig, false), name);
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx, "entry", w));
    const Type* recvT = sig->recv->type;
    const Type* objT = closureType(recvT);
    llvm::Value* rp = b.CreateGEP(llvmType(objT), w->getArg(1),
                                  {b.getInt32(0), b.getInt32(fieldIndex(objT->as<StructType_>(), 1))});
    llvm::Value* recv = b.CreateLoad(llvmType(recvT), rp, "recv");
    if (passByPointer(recvT)) {
      // The callee owns (and may modify) its copy; the bound receiver must stay intact.
      llvm::IRBuilder<> eb(&w->getEntryBlock(), w->getEntryBlock().begin());
      llvm::Value* copy = eb.CreateAlloca(llvmType(recvT));
      b.CreateStore(recv, copy);
      recv = copy;
    }
    std::vector<llvm::Value*> args{w->getArg(0),
                                   llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0)), recv};
    for (unsigned i = 2; i < w->arg_size(); i++) args.push_back(w->getArg(i));
    llvm::CallInst* ci = b.CreateCall(target, args);
    ci->setCallingConv(llvm::CallingConv::Swift);
    if (ci->getType()->isVoidTy()) b.CreateRetVoid();
    else b.CreateRet(ci);
  }
  wrappers_[method] = w;
  return w;
}

llvm::Function* ModuleLowerer::methodExprWrapper(SelectorExpr* e) {
  const Selection* sel = e->selection;
  auto* method = static_cast<FuncObj*>(sel->obj);
  std::string name = "go:mexpr." + typeSymbol(sel->recvType) + "." +
                     (method->pkg ? method->pkg->path + "." : std::string()) + method->name;
  if (llvm::Function* f = mod->getFunction(name)) return f;
  // The method expression's signature: the receiver, then the method's parameters.
  auto* sig = e->type->underlying()->as<SignatureType>();
  auto info = std::make_unique<FuncInfo>();
  info->sig = const_cast<SignatureType*>(sig);
  info->linkName = name;
  FuncInfo* fi = info.get();
  ownedFuncs.push_back(std::move(info));
  FuncLowerer t(*this, fi);
  t.llfn->setLinkage(llvm::GlobalValue::LinkOnceODRLinkage);
  std::vector<Expr*> params;
  for (size_t i = 0; i < sig->params.size(); i++) {
    auto* v = new VarObj("p" + std::to_string(i));
    ownedObjects.emplace_back(v);
    v->type = sig->params[i]->type;
    v->isParam = true;
    v->owner = fi;
    llvm::Value* a = t.llfn->getArg(static_cast<unsigned>(i + 2));
    if (passByPointer(v->type)) {
      // The caller's copy belongs to this call.
      t.locals_[v] = FuncLowerer::Local{a, false};
    } else {
      t.storeValue(v->type, a, t.declareLocal(v).ptr);
    }
    auto* id = keepNode(new Ident(e->pos));
    id->name = v->name;
    id->mode = ExprMode::Variable;
    id->type = v->type;
    id->obj = v;
    params.push_back(id);
  }
  // recv.M(args...), with the method expression's embedding path.
  auto* sel2 = keepSelection(new Selection(*sel));
  sel2->kind = Selection::Kind::Method;
  auto* se = keepNode(new SelectorExpr(*e));
  se->x = params[0];
  se->selection = sel2;
  se->mode = ExprMode::Value;
  se->type = method->type;
  auto* ce = keepNode(new CallExpr(e->pos));
  ce->fun = se;
  ce->args.assign(params.begin() + 1, params.end());
  ce->hasDots = sig->variadic;
  ce->callKind = CallKind::Method;
  llvm::Value* r = t.call(ce);
  if (r) t.b.CreateRet(r);
  else t.b.CreateRetVoid();
  return t.llfn;
}

llvm::Function* ModuleLowerer::ptrMethodWrapper(FuncObj* method) {
  const SignatureType* sig = method->sig();
  const Type* recvT = sig->recv->type;
  auto* named = recvT->as<NamedType>();
  if (!named) ice("lowering: value method on an unnamed receiver type");
  // gc's name `pkg.(*T).M`; T's link name keeps local types apart.
  std::string pkg = named->obj->pkg ? named->obj->pkg->path : std::string("main");
  std::string tn = named->obj->name;
  const std::string& ln = named->obj->linkName;
  if (ln.size() > pkg.size() + 1 && ln.compare(0, pkg.size() + 1, pkg + ".") == 0) tn = ln.substr(pkg.size() + 1);
  std::string name = pkg + ".(*" + tn + ")." + method->name;
  if (llvm::Function* w = mod->getFunction(name)) return w;
  llvm::Function* target = getFunction(method);
  // Same parameters as the method, except the receiver is a pointer.
  std::vector<llvm::Type*> params(target->getFunctionType()->param_begin(),
                                  target->getFunctionType()->param_end());
  params[2] = ptrType();
  auto* fty = llvm::FunctionType::get(target->getReturnType(), params, false);
  llvm::Function* w = newGoFunction(fty, name);
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx, "entry", w));
  // A nil receiver faults on this load (gc reports it through panicwrap).
  llvm::Value* recv = w->getArg(2);
  if (passByPointer(recvT)) {
    // The method owns its copy of a large receiver.
    llvm::IRBuilder<> eb(&w->getEntryBlock(), w->getEntryBlock().begin());
    llvm::Value* copy = eb.CreateAlloca(llvmType(recvT));
    b.CreateStore(b.CreateLoad(llvmType(recvT), recv), copy);
    recv = copy;
  } else {
    recv = b.CreateLoad(llvmType(recvT), recv, "recv");
  }
  std::vector<llvm::Value*> args{w->getArg(0), w->getArg(1), recv};
  for (unsigned i = 3; i < w->arg_size(); i++) args.push_back(w->getArg(i));
  llvm::CallInst* ci = b.CreateCall(target, args);
  ci->setCallingConv(llvm::CallingConv::Swift);
  if (ci->getType()->isVoidTy()) b.CreateRetVoid();
  else b.CreateRet(ci);
  return w;
}

}  // namespace goc::lower
