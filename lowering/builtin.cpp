// Calls of the predeclared functions and of package unsafe's functions.
//
// Strategy: each builtin is open-coded the way gc's walk phase does it, with
// the runtime only for allocation and the heavy cases: len/cap read the
// value's words (a map's count is the first word of its hmap), append checks
// the capacity inline and calls runtime.growslice only when the new length
// does not fit, then stores the new elements itself; copy is one memmove of
// min(len) elements; make calls makeslice/makemap; min/max compare pairwise
// left to right (floats through llvm.minimum/maximum, whose NaN and signed
// zero rules are Go's); panic boxes its argument into an interface{} and
// calls runtime.gopanic. Calls the checker folded to constants (len of an
// array, unsafe.Sizeof, ...) are emitted from their value. print and println
// live in print.cpp.
#include <llvm/IR/MDBuilder.h>

#include <llvm/IR/Intrinsics.h>

#include "lowering/lowerer.h"

namespace goc::lower {

// unsafe.Slice(p, n) / unsafe.String(p, n), as gc: a negative length, or one
// whose bytes overflow or run past the end of the address space from p, is
// out of range; a nil p needs length 0 (the spec's rule, which also keeps "a
// slice or string with len > 0 has a non-nil data pointer", check.cpp, for
// zero-size elements).
void FuncLowerer::unsafeLenCheck(llvm::Value* p, llvm::Value* n, uint64_t elemSize, bool isSlice) {
  RtFunc lenErr = isSlice ? RtFunc::panicunsafeslicelen : RtFunc::panicunsafestringlen;
  panicIf(b.CreateICmpSLT(n, b.getInt64(0)), lenErr, {});
  panicIf(b.CreateAnd(b.CreateIsNull(p), b.CreateICmpNE(n, b.getInt64(0))),
          isSlice ? RtFunc::panicunsafeslicenilptr : RtFunc::panicunsafestringnilptr, {});
  llvm::Value* mul =
      b.CreateIntrinsic(llvm::Intrinsic::umul_with_overflow, {b.getInt64Ty()}, {n, b.getInt64(elemSize)});
  llvm::Value* room = b.CreateNeg(b.CreatePtrToInt(p, b.getInt64Ty()));
  panicIf(b.CreateOr(b.CreateExtractValue(mul, 1), b.CreateICmpUGT(b.CreateExtractValue(mul, 0), room)), lenErr,
          {});
}
namespace {

bool isIntegerOrFloat(const Type* t) { return isInteger(t) || isFloat(t); }

}  // namespace

llvm::Value* FuncLowerer::builtinCall(CallExpr* e) {
  if (e->cval) return constValue(e->cval, e->type);
  auto argType = [&](size_t i) { return e->args[i]->type->underlying(); };
  auto arrayLenOf = [&](const Type* u) -> const ArrayType_* {
    if (auto* a = u->as<ArrayType_>()) return a;
    if (auto* p = u->as<PointerType>()) return p->elem->underlying()->as<ArrayType_>();
    return nullptr;
  };

  switch (e->builtin) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      bool isLen = e->builtin == BuiltinId::Len;
      const Type* u = argType(0);
      llvm::Value* v = expr(e->args[0]);
      if (auto* a = arrayLenOf(u)) return b.getInt64(a->len);
      if (u->is<SliceType>()) return b.CreateExtractValue(v, isLen ? 1 : 2);
      if (isString(u)) return b.CreateExtractValue(v, 1);
      if (u->is<MapType_>()) return mapLen(v);
      if (u->is<ChanType_>()) return chanLenCap(v, isLen);  // chan.cpp
      ice("len/cap of " + typeString(e->args[0]->type) + " not supported yet");
    }

    case BuiltinId::Append: {
      const Type* st = e->args[0]->type;
      const Type* elem = st->underlying()->as<SliceType>()->elem;
      llvm::Value* s = expr(e->args[0]);
      if (e->args.size() == 1) return s;
      if (auto* nb = e->args[1]->type->as<BasicType>(); nb && nb->basic == BasicKind::UntypedNil)
        return s;  // append(s, nil...)
      // Evaluate every argument before touching the slice.
      std::vector<llvm::Value*> vals;
      llvm::Value* spread = nullptr;  // the xs of append(s, xs...): ptr, len
      llvm::Value* spreadLen = nullptr;
      llvm::Value* added;
      if (e->hasDots) {
        spread = expr(e->args[1]);
        spreadLen = b.CreateExtractValue(spread, 1);
        added = spreadLen;
      } else {
        for (size_t i = 1; i < e->args.size(); i++)
          vals.push_back(assignConv(expr(e->args[i]), e->args[i]->type, elem));
        added = b.getInt64(vals.size());
      }
      llvm::Value* ptr = b.CreateExtractValue(s, 0);
      llvm::Value* len = b.CreateExtractValue(s, 1);
      llvm::Value* cap = b.CreateExtractValue(s, 2);
      llvm::Value* newLen = b.CreateAdd(len, added, "newlen");
      llvm::BasicBlock* from = b.GetInsertBlock();
      llvm::BasicBlock* grow = newBlock("append.grow");
      llvm::BasicBlock* done = newBlock("append.store");
      llvm::MDBuilder md(m.ctx);
      b.CreateCondBr(b.CreateICmpUGT(newLen, cap), grow, done, md.createBranchWeights(1, 100));
      b.SetInsertPoint(grow);
      llvm::Value* g3 = callRuntime(RtFunc::growslice, {ptr, len, cap, newLen, m.typeDesc(elem)});
      llvm::Value* gptr = b.CreateExtractValue(g3, 0);
      llvm::Value* gcap = b.CreateExtractValue(g3, 2);
      llvm::BasicBlock* growEnd = b.GetInsertBlock();
      b.CreateBr(done);
      b.SetInsertPoint(done);
      llvm::PHINode* nptr = join(m.ptrType(), ptr, from, gptr, growEnd, "ptr");
      llvm::PHINode* ncap = join(m.i64(), cap, from, gcap, growEnd, "cap");
      int64_t esize = sizeOf(elem);
      llvm::Type* elemTy = m.llvmType(elem);
      if (spread) {
        llvm::Value* dst = b.CreateGEP(b.getInt8Ty(), nptr, b.CreateMul(len, b.getInt64(esize)));
        // llvm.memmove: a direct libc call (or inline moves), not the
        // runtime's Go-ABI wrapper.
        b.CreateMemMove(dst, llvm::MaybeAlign(), b.CreateExtractValue(spread, 0), llvm::MaybeAlign(),
                        b.CreateMul(spreadLen, b.getInt64(esize)));
      } else {
        for (size_t i = 0; i < vals.size(); i++) {
          llvm::Value* idx = b.CreateAdd(len, b.getInt64(i));
          storeValue(elem, vals[i], b.CreateGEP(elemTy, nptr, idx));
        }
      }
      return makeSlice(nptr, newLen, ncap);
    }

    case BuiltinId::Copy: {
      const Type* elem = argType(0)->as<SliceType>()->elem;
      llvm::Value* dst = expr(e->args[0]);
      llvm::Value* src = expr(e->args[1]);
      llvm::Value* dlen = b.CreateExtractValue(dst, 1);
      llvm::Value* slen = b.CreateExtractValue(src, 1);
      llvm::Value* n = b.CreateSelect(b.CreateICmpSLT(slen, dlen), slen, dlen, "n");
      b.CreateMemMove(b.CreateExtractValue(dst, 0), llvm::MaybeAlign(), b.CreateExtractValue(src, 0),
                      llvm::MaybeAlign(), b.CreateMul(n, b.getInt64(sizeOf(elem))));
      return n;
    }

    case BuiltinId::New:
      return heapAlloc(e->args[0]->type);

    case BuiltinId::Make: {
      const Type* t = e->args[0]->type;
      const Type* u = t->underlying();
      auto intArg = [&](size_t i) { return intToI64(expr(e->args[i]), e->args[i]->type); };
      if (auto* st = u->as<SliceType>()) {
        llvm::Value* len = intArg(1);
        llvm::Value* cap = e->args.size() > 2 ? intArg(2) : len;
        llvm::Value* p = callRuntime(RtFunc::makeslice, {m.typeDesc(st->elem), len, cap});
        return makeSlice(p, len, cap);
      }
      if (u->is<MapType_>()) {
        llvm::Value* hint = e->args.size() > 1 ? intArg(1) : b.getInt64(0);
        return callRuntime(RtFunc::makemap, {m.typeDesc(t), hint});
      }
      if (u->is<ChanType_>()) return makeChan(t, e->args.size() > 1 ? intArg(1) : nullptr);  // chan.cpp
      ice("make(" + typeString(t) + ") not supported yet");
    }

    case BuiltinId::Min:
    case BuiltinId::Max: {
      bool isMin = e->builtin == BuiltinId::Min;
      const Type* t = e->type;
      llvm::Value* r = expr(e->args[0]);
      for (size_t i = 1; i < e->args.size(); i++) {
        llvm::Value* y = expr(e->args[i]);
        if (isFloat(t)) {
          r = b.CreateBinaryIntrinsic(isMin ? llvm::Intrinsic::minimum : llvm::Intrinsic::maximum, r, y);
        } else if (isString(t)) {
          llvm::Value* c = callRuntime(RtFunc::cmpstring,
                                       {b.CreateExtractValue(y, 0), b.CreateExtractValue(y, 1),
                                        b.CreateExtractValue(r, 0), b.CreateExtractValue(r, 1)});
          // y replaces r only when strictly better, so ties keep the first.
          llvm::Value* better = isMin ? b.CreateICmpSLT(c, b.getInt64(0)) : b.CreateICmpSGT(c, b.getInt64(0));
          r = b.CreateSelect(better, y, r);
        } else if (isIntegerOrFloat(t)) {
          bool u = isUnsigned(t);
          llvm::Value* better = isMin ? (u ? b.CreateICmpULT(y, r) : b.CreateICmpSLT(y, r))
                                      : (u ? b.CreateICmpUGT(y, r) : b.CreateICmpSGT(y, r));
          r = b.CreateSelect(better, y, r);
        } else {
          ice("min/max of " + typeString(t));
        }
      }
      return r;
    }

    case BuiltinId::Clear: {
      const Type* t = e->args[0]->type;
      llvm::Value* v = expr(e->args[0]);
      if (auto* st = t->underlying()->as<SliceType>()) {
        llvm::Value* n = b.CreateMul(b.CreateExtractValue(v, 1), b.getInt64(sizeOf(st->elem)));
        callRuntime(RtFunc::memclr, {b.CreateExtractValue(v, 0), n});
      } else {
        callRuntime(RtFunc::mapclear, {m.typeDesc(t), v});
      }
      return nullptr;
    }

    case BuiltinId::Delete: {
      const Type* mt = e->args[0]->type;
      const Type* kt = mt->underlying()->as<MapType_>()->key;
      llvm::Value* mv = expr(e->args[0]);
      llvm::Value* k = assignConv(expr(e->args[1]), e->args[1]->type, kt);
      llvm::AllocaInst* kp = entryAllocaLL(m.llvmType(kt), "key");
      b.CreateStore(k, kp);
      callRuntime(RtFunc::mapdelete, {m.typeDesc(mt), mv, kp});
      return nullptr;
    }

    case BuiltinId::Panic: {
      Expr* a = e->args[0];
      const Type* u = a->type->underlying();
      llvm::Value *typ, *data;
      auto* bt = u->as<BasicType>();
      if (bt && bt->basic == BasicKind::UntypedNil) {
        typ = data = llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0));
      } else if (auto* it = u->as<InterfaceType_>()) {
        llvm::Value* v = expr(a);
        typ = b.CreateExtractValue(v, 0);
        data = b.CreateExtractValue(v, 1);
        if (!it->isEmpty()) {
          // The dynamic type is the itab's (Itab.type, after Itab.inter); nil stays nil.
          llvm::Value* isNil = b.CreateIsNull(typ);
          llvm::Value* safe = b.CreateSelect(isNil, m.typeDesc(basicType(BasicKind::Int)), typ);
          llvm::Value* dyn = b.CreateLoad(m.ptrType(), b.CreateConstGEP1_64(m.ptrType(), safe, 1));
          typ = b.CreateSelect(isNil, llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0)), dyn);
        }
      } else {
        llvm::Value* v = expr(a);
        typ = m.typeDesc(a->type);
        data = ifaceData(v, a->type);
      }
      callRuntimeNoReturn(RtFunc::gopanic, {typ, data});
      return nullptr;
    }

    case BuiltinId::Print:
    case BuiltinId::Println:
      printCall(e, e->builtin == BuiltinId::Println);
      return nullptr;

    case BuiltinId::Complex: {
      llvm::Value* re = expr(e->args[0]);
      llvm::Value* im = expr(e->args[1]);
      llvm::Value* r = llvm::UndefValue::get(m.llvmType(e->type));
      r = b.CreateInsertValue(r, re, 0);
      return b.CreateInsertValue(r, im, 1);
    }
    case BuiltinId::Real:
    case BuiltinId::Imag:
      return b.CreateExtractValue(expr(e->args[0]), e->builtin == BuiltinId::Real ? 0 : 1);

    case BuiltinId::Recover:
      return recoverCall();  // defer.cpp

    case BuiltinId::UnsafeAdd: {
      llvm::Value* p = expr(e->args[0]);
      llvm::Value* n = intToI64(expr(e->args[1]), e->args[1]->type);
      return b.CreateGEP(b.getInt8Ty(), p, n);
    }
    case BuiltinId::UnsafeSlice:
    case BuiltinId::UnsafeString: {
      llvm::Value* p = expr(e->args[0]);
      llvm::Value* n = intToI64(expr(e->args[1]), e->args[1]->type);
      bool isSlice = e->builtin == BuiltinId::UnsafeSlice;
      const Type* elem = e->args[0]->type->underlying()->as<PointerType>()->elem;
      unsafeLenCheck(p, n, uint64_t(sizeOf(elem)), isSlice);
      return isSlice ? makeSlice(p, n, n) : makeString(p, n);
    }
    case BuiltinId::UnsafeStringData:
    case BuiltinId::UnsafeSliceData:
      return b.CreateExtractValue(expr(e->args[0]), 0);

    case BuiltinId::UnsafeSizeof:
    case BuiltinId::UnsafeAlignof:
    case BuiltinId::UnsafeOffsetof:
      ice("unsafe.Sizeof/Alignof/Offsetof must be constant-folded by the checker");

    case BuiltinId::Close:
      closeChan(expr(e->args[0]));  // chan.cpp
      return nullptr;
    case BuiltinId::None:
      break;
  }
  ice("unknown builtin call");
}

}  // namespace goc::lower
