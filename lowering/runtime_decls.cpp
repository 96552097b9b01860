// Declarations of the runtime entry points, generated from the one table
// runtime/abi/runtime_func.def, and the helpers that call them.
//
// Strategy: each row becomes `swiftcc RET @"runtime.x"(ptr swiftasync, ...)`
// the first time it is used. Bool parameters and results are i1 zeroext (what
// clang emits for a C++ bool under swiftcall); callers pass Go's i8 bools
// through i8ToCond/boolToI8. Several results are an LLVM struct of scalars.
#include "lowering/lowerer.h"

namespace goc::lower {
namespace {

enum class K { Void, Ptr, I64, I32, I16, I8, Bool, F64, F32 };

struct RtSig {
  const char* sym;
  std::vector<K> ret;  // empty: void
  std::vector<K> params;
  bool noreturn;
};

// Turns the table's spelling into RtSig rows.
#define Void K::Void
#define Ptr K::Ptr
#define I64 K::I64
#define I32 K::I32
#define I16 K::I16
#define I8 K::I8
#define Bool K::Bool
#define F64 K::F64
#define F32 K::F32
#define Ret2(A, B) A, B
#define Ret3(A, B, C) A, B, C
#define GOC_UNPAREN(...) __VA_ARGS__
const RtSig kSigs[] = {
#define GO_RUNTIME_FUNC(Id, Sym, Ret, Params) {Sym, {Ret}, {GOC_UNPAREN Params}, false},
#define GO_RUNTIME_FUNC_NORETURN(Id, Sym, Ret, Params) {Sym, {Ret}, {GOC_UNPAREN Params}, true},
#include "runtime/abi/runtime_func.def"
};
#undef Void
#undef Ptr
#undef I64
#undef I32
#undef I16
#undef I8
#undef Bool
#undef F64
#undef F32
#undef Ret2
#undef Ret3
#undef GOC_UNPAREN

static_assert(sizeof(kSigs) / sizeof(kSigs[0]) == static_cast<size_t>(RtFunc::Count_));

llvm::Type* kindType(llvm::LLVMContext& c, K k) {
  switch (k) {
    case K::Void: return llvm::Type::getVoidTy(c);
    case K::Ptr: return llvm::PointerType::get(c, 0);
    case K::I64: return llvm::Type::getInt64Ty(c);
    case K::I32: return llvm::Type::getInt32Ty(c);
    case K::I16: return llvm::Type::getInt16Ty(c);
    case K::I8: return llvm::Type::getInt8Ty(c);
    case K::Bool: return llvm::Type::getInt1Ty(c);
    case K::F64: return llvm::Type::getDoubleTy(c);
    case K::F32: return llvm::Type::getFloatTy(c);
  }
  return nullptr;
}

}  // namespace

llvm::Function* ModuleLowerer::runtimeFunc(RtFunc f) {
  auto idx = static_cast<size_t>(f);
  if (runtime_.empty()) runtime_.resize(static_cast<size_t>(RtFunc::Count_), nullptr);
  if (runtime_[idx]) return runtime_[idx];
  const RtSig& s = kSigs[idx];
  std::vector<llvm::Type*> params{llvm::PointerType::get(ctx, 0)};  // g
  for (K k : s.params) params.push_back(kindType(ctx, k));
  llvm::Type* ret;
  if (s.ret.size() == 1) {
    ret = kindType(ctx, s.ret[0]);
  } else {
    std::vector<llvm::Type*> elems;
    for (K k : s.ret) elems.push_back(kindType(ctx, k));
    ret = llvm::StructType::get(ctx, elems);
  }
  auto* fty = llvm::FunctionType::get(ret, params, false);
  auto* fn = llvm::Function::Create(fty, llvm::Function::ExternalLinkage, s.sym, mod.get());
  fn->setCallingConv(llvm::CallingConv::Swift);
  fn->addParamAttr(0, llvm::Attribute::SwiftAsync);
  for (size_t i = 0; i < s.params.size(); i++)
    if (s.params[i] == K::Bool) fn->addParamAttr(static_cast<unsigned>(i + 1), llvm::Attribute::ZExt);
  if (s.ret.size() == 1 && s.ret[0] == K::Bool) fn->addRetAttr(llvm::Attribute::ZExt);
  if (s.noreturn) {
    fn->setDoesNotReturn();
    // Each panic site keeps its own call (and line): tail merging would give
    // a merged call line 0 in tracebacks.
    fn->addFnAttr(llvm::Attribute::NoMerge);
  }
  fn->setDoesNotThrow();
  runtime_[idx] = fn;
  return fn;
}

llvm::Value* FuncLowerer::callRuntime(RtFunc f, llvm::ArrayRef<llvm::Value*> args) {
  llvm::Function* fn = m.runtimeFunc(f);
  std::vector<llvm::Value*> all{g};
  all.insert(all.end(), args.begin(), args.end());
  llvm::CallInst* ci = b.CreateCall(fn, all);
  ci->setCallingConv(llvm::CallingConv::Swift);
  return ci;
}

void FuncLowerer::callRuntimeNoReturn(RtFunc f, llvm::ArrayRef<llvm::Value*> args) {
  auto* ci = llvm::cast<llvm::CallInst>(callRuntime(f, args));
  ci->setDoesNotReturn();
  b.CreateUnreachable();
  // Code after a panic (e.g. the rest of an expression) still needs a block.
  b.SetInsertPoint(newBlock("after.panic"));
}

}  // namespace goc::lower
