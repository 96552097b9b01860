// Interfaces: boxing, conversions between interfaces, method calls, method
// values and expressions, equality, type assertions.
//
// Strategy: an interface value is {type word, data word}. The type word is
// the dynamic type's *Type for interface{} and an *Itab for the others
// (runtime/abi/type.h); the data word holds pointer-shaped values
// (isDirectIface) themselves and points to a heap copy of anything else
// (ifaceData, convert.cpp). A conversion the compiler sees from a concrete
// type to a non-empty interface uses a constant itab (itab.cpp); a conversion
// between interfaces takes the dynamic type from the source (Itab::type for
// non-empty sources, a branch for nil) and asks runtime.getitab, which caches.
// A method call loads fun[i] from the itab (i = the method's index in
// allMethods) and makes one indirect call with the data word as receiver; a
// nil interface faults on that load and becomes the nil-dereference panic.
// Equality compares dynamic types (a nil check and one load for itabs, since
// two itabs of one pair may differ) and, when they agree and are non-nil,
// calls runtime.efaceeq, which panics for uncomparable types. Assertions to
// a concrete type compare the type word with the descriptor's address;
// assertions to an interface call runtime.assertE2I(2). Type switches are in
// typeswitch.cpp.
#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {

static const InterfaceType_* ifaceOf(const Type* t) { return t->underlying()->as<InterfaceType_>(); }

static llvm::Value* makeIface(FuncLowerer& f, llvm::Value* w0, llvm::Value* w1) {
  llvm::Value* r = llvm::UndefValue::get(f.m.ifaceType());
  r = f.b.CreateInsertValue(r, w0, 0);
  return f.b.CreateInsertValue(r, w1, 1);
}

llvm::Value* FuncLowerer::ifaceTypeWord(llvm::Value* v, const Type* t) {
  llvm::Value* w0 = b.CreateExtractValue(v, 0);
  if (ifaceOf(t)->isEmpty()) return w0;
  // Itab::type, or null for a nil interface.
  llvm::BasicBlock* from = b.GetInsertBlock();
  llvm::BasicBlock* load = newBlock("itab.type");
  llvm::BasicBlock* done = newBlock("itab.type.done");
  b.CreateCondBr(b.CreateIsNull(w0), done, load);
  b.SetInsertPoint(load);
  llvm::Value* ty = b.CreateLoad(m.ptrType(), b.CreateConstGEP1_64(b.getInt8Ty(), w0, 8), "dyntype");
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode* phi = b.CreatePHI(m.ptrType(), 2, "typeword");
  phi->addIncoming(llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0)), from);
  phi->addIncoming(ty, load);
  return phi;
}

llvm::Value* FuncLowerer::toIface(llvm::Value* v, const Type* from, const Type* to) {
  const InterfaceType_* it = ifaceOf(to);
  if (!ifaceOf(from)) {
    if (it->isEmpty()) return toEface(v, from);
    return makeIface(*this, m.itab(from, to), ifaceData(v, from));
  }
  if (identical(from->underlying(), to->underlying())) return v;
  llvm::Value* tw = ifaceTypeWord(v, from);
  llvm::Value* data = b.CreateExtractValue(v, 1);
  if (it->isEmpty()) return makeIface(*this, tw, data);
  llvm::BasicBlock* pre = b.GetInsertBlock();
  llvm::BasicBlock* look = newBlock("conv.itab");
  llvm::BasicBlock* done = newBlock("conv.done");
  b.CreateCondBr(b.CreateIsNull(tw), done, look);
  b.SetInsertPoint(look);
  llvm::Value* tab = callRuntime(RtFunc::getitab, {m.typeDesc(to), tw, b.getFalse()});
  llvm::BasicBlock* lookEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode* phi = b.CreatePHI(m.ptrType(), 2, "itab");
  phi->addIncoming(llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0)), pre);
  phi->addIncoming(tab, lookEnd);
  return makeIface(*this, phi, data);
}

llvm::Value* FuncLowerer::ifaceEqual(llvm::Value* x, llvm::Value* y, const Type* t) {
  llvm::Value* tx = ifaceTypeWord(x, t);
  llvm::Value* ty = ifaceTypeWord(y, t);
  llvm::BasicBlock* pre = b.GetInsertBlock();
  llvm::BasicBlock* nonNil = newBlock("ifaceeq.check");
  llvm::BasicBlock* call = newBlock("ifaceeq.call");
  llvm::BasicBlock* done = newBlock("ifaceeq.done");
  b.CreateCondBr(b.CreateICmpEQ(tx, ty), nonNil, done);
  b.SetInsertPoint(nonNil);
  b.CreateCondBr(b.CreateIsNull(tx), done, call);
  b.SetInsertPoint(call);
  llvm::Value* r = callRuntime(RtFunc::efaceeq, {tx, b.CreateExtractValue(x, 1), b.CreateExtractValue(y, 1)});
  llvm::BasicBlock* callEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode* phi = b.CreatePHI(b.getInt1Ty(), 3, "ifaceeq");
  phi->addIncoming(b.getFalse(), pre);
  phi->addIncoming(b.getTrue(), nonNil);
  phi->addIncoming(r, callEnd);
  return phi;
}

llvm::Value* FuncLowerer::unboxValue(llvm::Value* data, const Type* t) {
  if (!ModuleLowerer::isDirectIface(t)) return load(t, data);
  llvm::Type* lt = m.llvmType(t);
  if (lt->isPointerTy()) return data;
  // A struct or array wrapping one pointer: same bits in memory.
  llvm::AllocaInst* tmp = entryAllocaLL(lt, "unbox");
  b.CreateStore(data, tmp);
  return b.CreateLoad(lt, tmp);
}

std::pair<llvm::Value*, llvm::Value*> FuncLowerer::typeAssert(TypeAssertExpr* e, bool commaOk) {
  const Type* xt = e->x->type;
  const Type* T = e->type;
  llvm::Value* x = expr(e->x);
  setLoc(e->pos);
  llvm::Value* tw = ifaceTypeWord(x, xt);
  llvm::Value* data = b.CreateExtractValue(x, 1);
  llvm::Value* nullp = llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0));
  if (const InterfaceType_* it = ifaceOf(T)) {
    if (it->isEmpty()) {
      llvm::Value* ok = b.CreateIsNotNull(tw);
      if (!commaOk) panicIf(b.CreateNot(ok), RtFunc::panicnildottype, {m.typeDesc(T)});
      return {makeIface(*this, tw, data), boolToI8(ok)};
    }
    if (!commaOk) return {makeIface(*this, callRuntime(RtFunc::assertE2I, {m.typeDesc(T), tw}), data), nullptr};
    llvm::Value* tab = callRuntime(RtFunc::assertE2I2, {m.typeDesc(T), tw});
    llvm::Value* ok = b.CreateIsNotNull(tab);
    return {makeIface(*this, tab, b.CreateSelect(ok, data, nullp)), boolToI8(ok)};
  }
  llvm::Value* ok = b.CreateICmpEQ(tw, m.typeDesc(T));
  if (!commaOk) {
    panicIf(b.CreateNot(ok), RtFunc::panicdottypeE, {tw, m.typeDesc(T), m.typeDesc(xt)});
    return {unboxValue(data, T), nullptr};
  }
  llvm::BasicBlock* pre = b.GetInsertBlock();
  llvm::BasicBlock* yes = newBlock("assert.ok");
  llvm::BasicBlock* done = newBlock("assert.done");
  b.CreateCondBr(ok, yes, done);
  b.SetInsertPoint(yes);
  llvm::Value* v = unboxValue(data, T);
  llvm::BasicBlock* yesEnd = b.GetInsertBlock();
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode* phi = b.CreatePHI(v->getType(), 2, "assert.val");
  phi->addIncoming(zeroValue(T), pre);
  phi->addIncoming(v, yesEnd);
  return {phi, boolToI8(ok)};
}

// The body of a dispatching wrapper: calls method idx of the interface value
// iv with the wrapper's arguments from `first` on.
static void dispatch(ModuleLowerer& m, llvm::IRBuilder<>& b, llvm::Function* w, llvm::Value* iv,
                     const SignatureType* sig, int idx, unsigned first) {
  llvm::Value* tab = b.CreateExtractValue(iv, 0);
  llvm::Value* fn = b.CreateLoad(m.ptrType(), b.CreateConstGEP1_64(m.ptrType(), tab, 3 + idx), "fn");
  std::vector<llvm::Value*> args{w->getArg(0), llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0)),
                                 b.CreateExtractValue(iv, 1)};
  for (unsigned i = first; i < w->arg_size(); i++) args.push_back(w->getArg(i));
  llvm::CallInst* ci = b.CreateCall(m.ifaceMethodType(sig), fn, args);
  ci->setCallingConv(llvm::CallingConv::Swift);
  ci->addParamAttr(0, llvm::Attribute::SwiftAsync);
  ci->addParamAttr(1, llvm::Attribute::SwiftSelf);
  if (ci->getType()->isVoidTy()) b.CreateRetVoid();
  else b.CreateRet(ci);
}

llvm::Value* FuncLowerer::ifaceMethodValue(SelectorExpr* e) {
  auto* method = static_cast<FuncObj*>(e->selection->obj);
  PathPlace p = selectPath(e->x, e->selection->path);
  llvm::Value* iv = p.inMem ? load(p.t, p.v) : p.v;
  const Type* it = p.t;
  // gc evaluates i.M eagerly: a nil interface panics here.
  nilCheck(b.CreateExtractValue(iv, 0));
  int idx = m.ifaceMethodIndex(ifaceOf(it), method);
  std::string name = typeSymbol(it) + "." + method->name + "-fm";
  llvm::Function* w = m.mod->getFunction(name);
  if (!w) {
    w = m.newGoFunction(m.funcType(method->sig(), false), name);
    llvm::IRBuilder<> wb(llvm::BasicBlock::Create(m.ctx, "entry", w));
    const Type* objT = m.closureType(it);
    llvm::Value* rp = wb.CreateGEP(m.llvmType(objT), w->getArg(1),
                                   {wb.getInt32(0), wb.getInt32(m.fieldIndex(objT->as<StructType_>(), 1))});
    dispatch(m, wb, w, wb.CreateLoad(m.ifaceType(), rp), method->sig(), idx, 2);
  }
  const Type* objT = m.closureType(it);
  llvm::Value* obj = heapAlloc(objT);
  storeValue(basicType(BasicKind::UnsafePointer), w, obj);
  llvm::Value* rp = b.CreateGEP(m.llvmType(objT), obj, {b.getInt32(0), b.getInt32(m.fieldIndex(objT->as<StructType_>(), 1))});
  storeValue(it, iv, rp);
  return obj;
}

llvm::Value* FuncLowerer::ifaceMethodExpr(SelectorExpr* e) {
  auto* method = static_cast<FuncObj*>(e->selection->obj);
  const Type* it = e->selection->recvType;
  int idx = m.ifaceMethodIndex(ifaceOf(it), method);
  std::string name = typeSymbol(it) + "." + method->name;
  llvm::Function* w = m.mod->getFunction(name);
  if (!w) {
    // e->type is func(I, params...) results.
    w = m.newGoFunction(m.funcType(e->type->underlying()->as<SignatureType>(), false), name);
    llvm::IRBuilder<> wb(llvm::BasicBlock::Create(m.ctx, "entry", w));
    dispatch(m, wb, w, w->getArg(2), method->sig(), idx, 3);
  }
  return m.staticClosure(w);
}

}  // namespace goc::lower
