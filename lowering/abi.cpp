// The Go calling convention in LLVM terms (docs/ARCHITECTURE.md).
//
// Strategy: every Go function is
//   swiftcc RET @sym(ptr swiftasync %g, ptr swiftself %ctx, PARAMS...)
// where %g is the running goroutine (R14) and %ctx the closure object (R13,
// null for plain functions and methods). A method's receiver is its first
// parameter, so a method and its method expression `(T).m` share one LLVM
// type. Results: none -> void, one -> its type, several -> a literal struct
// (LLVM returns up to four integer registers and demotes larger results to an
// sret pointer itself).
//
// Parameters are passed by value in their memory type, except structs and
// arrays larger than 32 bytes: those are passed as a pointer to a copy owned
// by the caller. The callee may use that copy as the parameter's storage and
// write to it; the caller never reads it again. This keeps large values out of
// long register/stack argument lists and lets the callee skip a copy.
//
// Every function not marked //go:nosplit gets "split-stack" (segmented stacks,
// see DESIGN.md), and every Go function gets null_pointer_is_valid: a nil
// dereference must fault at run time (-> runtime.sigpanic), so the optimiser
// may not treat loads through null as undefined behaviour.
#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {

bool ModuleLowerer::passByPointer(const Type* t) {
  const Type* u = t->underlying();
  if (!u->is<StructType_>() && !u->is<ArrayType_>()) return false;
  return sizeOf(t) > 32;
}

llvm::FunctionType* ModuleLowerer::funcType(const SignatureType* sig, bool withRecv) {
  std::vector<llvm::Type*> params{ptrType(), ptrType()};
  auto addParam = [&](const Type* t) {
    params.push_back(passByPointer(t) ? ptrType() : llvmType(t));
  };
  if (withRecv && sig->recv) addParam(sig->recv->type);
  for (VarObj* p : sig->params) addParam(p->type);
  llvm::Type* ret;
  if (sig->results.empty()) {
    ret = llvm::Type::getVoidTy(ctx);
  } else if (sig->results.size() == 1) {
    ret = llvmType(sig->results[0]->type);
  } else {
    std::vector<llvm::Type*> elems;
    for (VarObj* r : sig->results) elems.push_back(llvmType(r->type));
    ret = llvm::StructType::get(ctx, elems);
  }
  return llvm::FunctionType::get(ret, params, false);
}

llvm::Function* ModuleLowerer::newGoFunction(llvm::FunctionType* fty, const std::string& name,
                                             llvm::GlobalValue::LinkageTypes linkage, uint32_t pragmas) {
  auto* f = llvm::Function::Create(fty, linkage, name, mod.get());
  f->setCallingConv(llvm::CallingConv::Swift);
  f->addParamAttr(0, llvm::Attribute::SwiftAsync);
  f->addParamAttr(1, llvm::Attribute::SwiftSelf);
  if (!(pragmas & PragmaNosplit)) f->addFnAttr("split-stack");
  if (pragmas & PragmaNoinline) f->addFnAttr(llvm::Attribute::NoInline);
  f->addFnAttr(llvm::Attribute::NullPointerIsValid);
  f->setUWTableKind(llvm::UWTableKind::Async);
  return f;
}

// Declares `name` with the Go ABI attributes (or returns the existing one).
static llvm::Function* declareGoFunc(ModuleLowerer& m, const std::string& name,
                                     llvm::FunctionType* fty, uint32_t pragmas) {
  if (llvm::Function* f = m.mod->getFunction(name)) {
    if (f->getFunctionType() != fty)
      ice("lowering: function " + name + " declared with two different LLVM types");
    return f;
  }
  return m.newGoFunction(fty, name, llvm::Function::ExternalLinkage, pragmas);
}

llvm::Function* ModuleLowerer::getFunction(FuncInfo* fn) {
  if (auto it = funcs_.find(fn); it != funcs_.end()) return it->second;
  llvm::Function* f =
      declareGoFunc(*this, fn->linkName, funcType(fn->sig, fn->sig->recv != nullptr), fn->pragmas);
  funcs_[fn] = f;
  return f;
}

llvm::Function* ModuleLowerer::getFunction(FuncObj* fn) {
  if (fn->decl && fn->decl->info) return getFunction(fn->decl->info);
  if (auto it = declFuncs_.find(fn); it != declFuncs_.end()) return it->second;
  uint32_t pragmas = fn->decl ? fn->decl->pragmas : PragmaNone;
  llvm::Function* f =
      declareGoFunc(*this, fn->linkName, funcType(fn->sig(), fn->sig()->recv != nullptr), pragmas);
  declFuncs_[fn] = f;
  return f;
}

llvm::Constant* ModuleLowerer::staticClosure(llvm::Function* fn) {
  // gc's name for the closure object of a top-level function is "sym·f".
  std::string name = fn->getName().str() + "\xC2\xB7" "f";
  if (auto* gv = mod->getNamedGlobal(name)) return gv;
  auto* init = llvm::ConstantStruct::getAnon(ctx, {fn});
  auto* gv = new llvm::GlobalVariable(*mod, init->getType(), true,
                                      llvm::GlobalValue::LinkOnceODRLinkage, init, name);
  gv->setAlignment(llvm::Align(8));
  return gv;
}

llvm::Constant* ModuleLowerer::funcValue(FuncObj* fn) {
  if (isAtomicIntrinsic(fn)) return atomicFuncValue(fn);  // atomic.cpp
  return staticClosure(getFunction(fn));
}

}  // namespace goc::lower
