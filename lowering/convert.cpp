// Conversions T(x), and boxing a value into an empty interface.
//
// Strategy: dispatch on the underlying types of source and target. Numeric
// conversions are single LLVM casts chosen by the source's signedness, except
// float -> integer: LLVM's fptosi/fptoui give poison out of range, while Go
// leaves the result implementation-defined and programs observe gc's amd64
// results. So those go through the x86 truncating-conversion intrinsics
// (cvttsd2si & co., which LLVM constant-folds with the hardware's semantics)
// in the same widths gc uses: to 8/16/32-bit types via a 32-bit convert, to
// uint32 via a 64-bit one, and to uint64 with gc's branch-free equivalent of
// its two-way split at 2^63. String conversions call the runtime
// (intstring, slicebytetostring, ...). Everything else (named <-> underlying,
// pointer <-> unsafe.Pointer, identical structs) keeps the bits; when the
// LLVM types differ anyway the value is reinterpreted through memory.
#include <llvm/IR/IntrinsicsX86.h>

#include "lowering/lowerer.h"

namespace goc::lower {
namespace {

BasicKind basicOf(const Type* t) {
  auto* bt = t->underlying()->as<BasicType>();
  return bt ? bt->basic : BasicKind::Invalid;
}

bool isByteOrRuneSlice(const Type* t, BasicKind elem) {
  auto* s = t->underlying()->as<SliceType>();
  return s && basicOf(s->elem) == elem;
}

}  // namespace

llvm::Value* FuncLowerer::intToI64(llvm::Value* v, const Type* t) {
  if (v->getType() == m.i64()) return v;
  return isUnsigned(t) ? b.CreateZExt(v, m.i64()) : b.CreateSExt(v, m.i64());
}

llvm::Value* FuncLowerer::ifaceData(llvm::Value* v, const Type* t) {
  if (ModuleLowerer::isDirectIface(t)) {
    // A pointer, or a struct/array wrapping exactly one pointer.
    while (!v->getType()->isPointerTy()) v = b.CreateExtractValue(v, 0);
    return v;
  }
  llvm::Value* p = heapAlloc(t);
  storeValue(t, v, p);
  return p;
}

llvm::Value* FuncLowerer::toEface(llvm::Value* v, const Type* t) {
  llvm::Value* r = llvm::UndefValue::get(m.ifaceType());
  r = b.CreateInsertValue(r, m.typeDesc(t), 0);
  return b.CreateInsertValue(r, ifaceData(v, t), 1);
}

llvm::Value* FuncLowerer::conversion(CallExpr* e) {
  if (e->cval) return constValue(e->cval, e->type);
  Expr* x = e->args[0];
  return convertValue(expr(x), x->type, e->type);
}

llvm::Value* FuncLowerer::convertValue(llvm::Value* v, const Type* from, const Type* to) {
  const Type* fu = from->underlying();
  const Type* tu = to->underlying();
  llvm::Type* toTy = m.llvmType(to);
  BasicKind fk = basicOf(from), tk = basicOf(to);

  if (fk == BasicKind::UntypedNil) return zeroValue(to);
  if (auto* it = tu->as<InterfaceType_>()) {
    if (fu->is<InterfaceType_>() || !it->isEmpty()) return assignConv(v, from, to);
    return toEface(v, from);
  }

  // Strings.
  if (tk == BasicKind::String) {
    if (isInteger(from)) {
      llvm::Value* r = callRuntime(RtFunc::intstring, {intToI64(v, from)});
      return makeString(b.CreateExtractValue(r, 0), b.CreateExtractValue(r, 1));
    }
    if (isByteOrRuneSlice(from, BasicKind::Uint8) || isByteOrRuneSlice(from, BasicKind::Int32)) {
      RtFunc f = isByteOrRuneSlice(from, BasicKind::Uint8) ? RtFunc::slicebytetostring
                                                           : RtFunc::slicerunetostring;
      llvm::Value* r = callRuntime(f, {b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)});
      return makeString(b.CreateExtractValue(r, 0), b.CreateExtractValue(r, 1));
    }
  }
  if (fk == BasicKind::String &&
      (isByteOrRuneSlice(to, BasicKind::Uint8) || isByteOrRuneSlice(to, BasicKind::Int32))) {
    RtFunc f = isByteOrRuneSlice(to, BasicKind::Uint8) ? RtFunc::stringtoslicebyte
                                                       : RtFunc::stringtoslicerune;
    llvm::Value* r = callRuntime(f, {b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)});
    return makeSlice(b.CreateExtractValue(r, 0), b.CreateExtractValue(r, 1),
                     b.CreateExtractValue(r, 2));
  }

  // Numbers.
  if (isInteger(from) && isInteger(to)) {
    return isUnsigned(from) ? b.CreateZExtOrTrunc(v, toTy) : b.CreateSExtOrTrunc(v, toTy);
  }
  if (isInteger(from) && isFloat(to)) {
    return isUnsigned(from) ? b.CreateUIToFP(v, toTy) : b.CreateSIToFP(v, toTy);
  }
  if (isFloat(from) && isFloat(to)) return b.CreateFPCast(v, toTy);
  if (isFloat(from) && isInteger(to)) {
    bool f32 = v->getType()->isFloatTy();
    auto cvt = [&](llvm::Value* x, bool wide) -> llvm::Value* {
      // The intrinsics take a vector and convert lane 0.
      llvm::Intrinsic::ID id =
          f32 ? (wide ? llvm::Intrinsic::x86_sse_cvttss2si64 : llvm::Intrinsic::x86_sse_cvttss2si)
              : (wide ? llvm::Intrinsic::x86_sse2_cvttsd2si64 : llvm::Intrinsic::x86_sse2_cvttsd2si);
      auto* vecTy = llvm::FixedVectorType::get(x->getType(), f32 ? 4 : 2);
      llvm::Value* vec = b.CreateInsertElement(llvm::PoisonValue::get(vecTy), x, uint64_t(0));
      return b.CreateIntrinsic(id, {}, {vec});
    };
    int64_t size = sizeOf(to);
    if (isUnsigned(to) && size == 8) {
      // gc: x < 2^63 ? cvt(x) : cvt(x - 2^63) | 1<<63.
      llvm::Value* cutoff = llvm::ConstantFP::get(v->getType(), 9223372036854775808.0);
      llvm::Value* lo = cvt(v, true);
      llvm::Value* hi = b.CreateOr(cvt(b.CreateFSub(v, cutoff), true), b.getInt64(1ull << 63));
      return b.CreateSelect(b.CreateFCmpOLT(v, cutoff), lo, hi);
    }
    bool wide = size == 8 || (isUnsigned(to) && size == 4);
    return b.CreateTrunc(cvt(v, wide), toTy);
  }
  if (isComplex(from) && isComplex(to)) {
    llvm::Type* partTy = toTy->getStructElementType(0);
    llvm::Value* r = llvm::UndefValue::get(toTy);
    r = b.CreateInsertValue(r, b.CreateFPCast(b.CreateExtractValue(v, 0), partTy), 0);
    return b.CreateInsertValue(r, b.CreateFPCast(b.CreateExtractValue(v, 1), partTy), 1);
  }

  // Pointers and uintptr.
  if (fk == BasicKind::Uintptr && tk == BasicKind::UnsafePointer) return b.CreateIntToPtr(v, toTy);
  if (fk == BasicKind::UnsafePointer && tk == BasicKind::Uintptr) return b.CreatePtrToInt(v, toTy);

  // Slice to array pointer (Go 1.17) or array (Go 1.20).
  if (fu->is<SliceType>()) {
    const ArrayType_* arr = nullptr;
    if (auto* p = tu->as<PointerType>()) arr = p->elem->underlying()->as<ArrayType_>();
    if (!arr) arr = tu->as<ArrayType_>();
    if (arr) {
      llvm::Value* n = b.getInt64(arr->len);
      llvm::Value* len = b.CreateExtractValue(v, 1);
      panicIf(b.CreateICmpUGT(n, len), RtFunc::panicSliceConvert, {n, len});
      llvm::Value* ptr = b.CreateExtractValue(v, 0);
      if (tu->is<ArrayType_>()) return load(to, ptr);
      // A nil slice converts to a nil pointer; an empty non-nil one keeps its pointer.
      return ptr;
    }
  }

  // Identity conversions: named <-> underlying, pointer <-> unsafe.Pointer, ...
  if (v->getType() == toTy) return v;
  llvm::AllocaInst* tmp = entryAllocaLL(v->getType(), "conv");
  tmp->setAlignment(llvm::Align(std::max<int64_t>(alignOf(from), 8)));
  b.CreateStore(v, tmp);
  return b.CreateLoad(toTy, tmp);
}

}  // namespace goc::lower
