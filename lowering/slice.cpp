// Slice expressions a[lo:hi] and a[lo:hi:max], and slice construction.
//
// Strategy: follow gc's ssagen `slice` exactly, since the panics are
// observable. The operand gives a base pointer, a length and a capacity:
// a slice its three words, a string its two (cap = len), an addressable array
// its address and a constant length, a pointer to an array the pointer
// (nil-checked first) and the constant length. Missing indices default to 0,
// len and cap. Checks run from the outside in, so each compares against a
// value already known to be non-negative: for three indices max <= cap
// (panicSlice3Alen for arrays and strings, panicSlice3Acap for slices), then
// hi <= max (panicSlice3B), then lo <= hi (panicSlice3C); for two indices
// hi <= cap (panicSliceAlen/Acap) when hi is given, then lo <= hi
// (panicSliceB). All compares are unsigned, so negative indices fail too.
// The result points at base + lo*elemsize, except that a result with zero
// capacity keeps the base pointer (gc masks the offset) so that it never
// points past the end of the underlying object.
#include "lowering/lowerer.h"

namespace goc::lower {

llvm::Value* FuncLowerer::makeSlice(llvm::Value* ptr, llvm::Value* len, llvm::Value* cap) {
  llvm::Value* s = llvm::UndefValue::get(m.sliceType());
  s = b.CreateInsertValue(s, ptr, 0);
  s = b.CreateInsertValue(s, len, 1);
  return b.CreateInsertValue(s, cap, 2, "slice");
}

llvm::Value* FuncLowerer::sliceExpr(SliceExpr* e) {
  const Type* xt = e->x->type->underlying();
  llvm::Value *ptr, *len, *cap;
  const Type* elem;
  bool isString = false, isSlice = false;
  if (auto* bt = xt->as<BasicType>()) {
    (void)bt;
    isString = true;
    llvm::Value* s = expr(e->x);
    ptr = b.CreateExtractValue(s, 0);
    len = cap = b.CreateExtractValue(s, 1);
    elem = basicType(BasicKind::Uint8);
  } else if (auto* st = xt->as<SliceType>()) {
    isSlice = true;
    llvm::Value* s = expr(e->x);
    ptr = b.CreateExtractValue(s, 0);
    len = b.CreateExtractValue(s, 1);
    cap = b.CreateExtractValue(s, 2);
    elem = st->elem;
  } else if (auto* pt = xt->as<PointerType>()) {
    auto* at = pt->elem->underlying()->as<ArrayType_>();
    ptr = expr(e->x);
    nilCheck(ptr);
    len = cap = b.getInt64(at->len);
    elem = at->elem;
  } else if (auto* at = xt->as<ArrayType_>()) {
    ptr = addr(e->x).ptr;
    len = cap = b.getInt64(at->len);
    elem = at->elem;
  } else {
    ice("slice of unexpected type " + typeString(e->x->type));
  }

  auto index = [&](Expr* ix) -> llvm::Value* { return ix ? intToI64(expr(ix), ix->type) : nullptr; };
  llvm::Value* lo = index(e->lo);
  llvm::Value* hi = index(e->hi);
  llvm::Value* max = index(e->max);

  auto check = [&](llvm::Value* x, llvm::Value* y, RtFunc f) {
    panicIf(b.CreateICmpUGT(x, y), f, {x, y});
  };
  if (e->slice3) {
    check(max, cap, isSlice ? RtFunc::panicSlice3Acap : RtFunc::panicSlice3Alen);
    check(hi, max, RtFunc::panicSlice3B);
    if (lo) check(lo, hi, RtFunc::panicSlice3C);
  } else {
    if (hi) {
      check(hi, cap, isSlice ? RtFunc::panicSliceAcap : RtFunc::panicSliceAlen);
    } else {
      hi = len;
    }
    if (lo) check(lo, hi, RtFunc::panicSliceB);
    max = cap;
  }

  llvm::Value* rlen = lo ? b.CreateSub(hi, lo) : hi;
  llvm::Value* rcap = isString ? rlen : (lo ? b.CreateSub(max, lo) : max);
  llvm::Value* rptr = ptr;
  if (lo && !(llvm::isa<llvm::ConstantInt>(lo) && llvm::cast<llvm::ConstantInt>(lo)->isZero())) {
    llvm::Value* delta = b.CreateMul(lo, b.getInt64(sizeOf(elem)));
    // mask(rcap) is 0 when rcap == 0 and all ones otherwise.
    llvm::Value* mask = b.CreateSExt(b.CreateICmpNE(rcap, b.getInt64(0)), m.i64());
    delta = b.CreateAnd(delta, mask);
    rptr = b.CreateGEP(b.getInt8Ty(), ptr, delta);
  }
  if (isString) return makeString(rptr, rlen);
  return makeSlice(rptr, rlen, rcap);
}

}  // namespace goc::lower
