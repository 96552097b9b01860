// Package sync/atomic's functions as compiler intrinsics.
//
// Strategy: lib/go/sync/atomic declares AddT, LoadT, StoreT, SwapT and
// CompareAndSwapT (T in Int32, Int64, Uint32, Uint64, Uintptr, Pointer)
// without bodies, as gc's package does (its bodies are assembly). A direct
// call of one of them becomes one sequentially consistent LLVM atomic
// instruction: atomicrmw add/xchg, cmpxchg, or an atomic load/store, with
// the natural alignment of the operand. Add returns the new value, as Go's
// does (the instruction returns the old one). The typed values (atomic.Int32,
// ...) are ordinary Go methods over these functions, so they inline to the
// same instructions. Such a function used as a value (f := atomic.AddInt32)
// gets a linkonce_odr body made of the same instruction (atomicFuncValue).
#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {

bool isAtomicIntrinsic(const FuncObj* fo) {
  return fo->pkg && fo->pkg->path == "sync/atomic" && fo->decl && !fo->decl->body;
}

bool FuncLowerer::atomicCall(CallExpr* e, FuncObj* fo, llvm::Value*& result) {
  if (!isAtomicIntrinsic(fo)) return false;
  const SignatureType* sig = fo->sig();
  std::vector<llvm::Value*> args;
  for (size_t i = 0; i < e->args.size(); i++) {
    const Type* pt = sig->params[i]->type;
    args.push_back(assignConv(expr(e->args[i]), e->args[i]->type, pt));
  }
  setLoc(e->pos);
  result = atomicOp(fo, args, e->pos);
  return true;
}

llvm::Constant* ModuleLowerer::atomicFuncValue(FuncObj* fo) {
  llvm::Function* f = getFunction(fo);
  if (f->isDeclaration()) {
    auto info = std::make_unique<FuncInfo>();
    info->sig = fo->sig();
    info->linkName = fo->linkName;
    FuncInfo* fi = info.get();
    ownedFuncs.push_back(std::move(info));
    FuncLowerer t(*this, fi);  // the same llvm::Function, found by name
    std::vector<llvm::Value*> args;
    for (unsigned i = 2; i < f->arg_size(); i++) args.push_back(f->getArg(i));
    llvm::Value* r = t.atomicOp(fo, args, NoPos);
    if (r) t.b.CreateRet(r);
    else t.b.CreateRetVoid();
    f->setLinkage(llvm::GlobalValue::LinkOnceODRLinkage);
  }
  return staticClosure(f);
}

llvm::Value* FuncLowerer::atomicOp(FuncObj* fo, const std::vector<llvm::Value*>& args, Pos pos) {
  const std::string& name = fo->name;
  const SignatureType* sig = fo->sig();
  llvm::Value* result = nullptr;
  auto startsWith = [&](const char* p) { return name.rfind(p, 0) == 0; };
  auto seq = llvm::AtomicOrdering::SequentiallyConsistent;
  // The operand type: the second parameter's (Add/Store/Swap/CAS), else the result's.
  const Type* vt = sig->params.size() > 1 ? sig->params[1]->type : sig->results[0]->type;
  llvm::Type* lt = m.llvmType(vt);
  llvm::Align align(static_cast<uint64_t>(sizeOf(vt)));
  llvm::Value* addr = args[0];
  // A nil address faults in the instruction and becomes the usual nil panic.
  if (startsWith("CompareAndSwap")) {
    auto* cx = b.CreateAtomicCmpXchg(addr, args[1], args[2], align, seq, seq);
    result = boolToI8(b.CreateExtractValue(cx, 1));
  } else if (startsWith("Swap")) {
    result = b.CreateAtomicRMW(llvm::AtomicRMWInst::Xchg, addr, args[1], align, seq);
  } else if (startsWith("Add")) {
    llvm::Value* old = b.CreateAtomicRMW(llvm::AtomicRMWInst::Add, addr, args[1], align, seq);
    result = b.CreateAdd(old, args[1]);
  } else if (startsWith("Load")) {
    auto* ld = b.CreateLoad(lt, addr);
    ld->setAtomic(seq);
    ld->setAlignment(align);
    result = ld;
  } else if (startsWith("Store")) {
    auto* st = b.CreateStore(args[1], addr);
    st->setAtomic(seq);
    st->setAlignment(align);
  } else {
    ice(m.sm, pos, "lowering: unknown sync/atomic intrinsic " + name);
  }
  return result;
}

}  // namespace goc::lower
