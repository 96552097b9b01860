// Binary operators with Go's semantics.
//
// Strategy: integer +, -, *, &, |, ^, &^ are the plain LLVM instructions (Go
// integers wrap around, and LLVM's add/sub/mul without nsw/nuw flags wrap).
// The operations LLVM leaves undefined where Go defines them get explicit code:
//  - x / 0 and x % 0 call runtime.panicdivide (skipped for a constant divisor);
//    signed MinInt / -1 must not trap (x86 idiv would), so a divisor of -1 is
//    replaced by 1 and the result fixed up: x / -1 = -x, x % -1 = 0;
//  - shifts by a count >= the width give 0 (or all sign bits for signed >>),
//    so the count is clamped with a select; a negative signed count calls
//    runtime.panicshift; counts of any integer type are widened to i64 first.
// Comparisons delegate to compare() (compare.cpp) after giving both operands
// the same type (nil becomes the other side's zero value); && and ||
// short-circuit through a phi. Strings concatenate through concatStrings().
#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {

static bool isNilType(const Type* t) {
  auto* bt = t ? t->underlying()->as<BasicType>() : nullptr;
  return bt && bt->basic == BasicKind::UntypedNil;
}

static bool isComparison(Tok op) {
  return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr ||
         op == Tok::Geq;
}

llvm::Value* FuncLowerer::binaryExpr(BinaryExpr* e) {
  if (e->op == Tok::LAnd || e->op == Tok::LOr) {
    llvm::Value* x = expr(e->x);
    llvm::BasicBlock* from = b.GetInsertBlock();
    llvm::BasicBlock* rhs = newBlock(e->op == Tok::LAnd ? "and.rhs" : "or.rhs");
    llvm::BasicBlock* end = newBlock(e->op == Tok::LAnd ? "and.end" : "or.end");
    if (e->op == Tok::LAnd) b.CreateCondBr(i8ToCond(x), rhs, end);
    else b.CreateCondBr(i8ToCond(x), end, rhs);
    b.SetInsertPoint(rhs);
    llvm::Value* y = expr(e->y);
    llvm::BasicBlock* yEnd = b.GetInsertBlock();
    b.CreateBr(end);
    b.SetInsertPoint(end);
    llvm::PHINode* phi = b.CreatePHI(b.getInt8Ty(), 2);
    phi->addIncoming(b.getInt8(e->op == Tok::LAnd ? 0 : 1), from);
    phi->addIncoming(y, yEnd);
    return phi;
  }
  if (isComparison(e->op)) {
    const Type* xt = e->x->type;
    const Type* yt = e->y->type;
    const Type* ct = isNilType(xt) ? yt : xt;
    // Mixed interface/concrete comparisons compare as the interface type.
    if (!isNilType(yt) && !isNilType(xt) && yt->underlying()->is<InterfaceType_>() &&
        !xt->underlying()->is<InterfaceType_>())
      ct = yt;
    llvm::Value* x = isNilType(xt) ? zeroValue(ct) : assignConv(expr(e->x), xt, ct);
    llvm::Value* y = isNilType(yt) ? zeroValue(ct) : assignConv(expr(e->y), yt, ct);
    return boolToI8(compare(e->op, x, y, ct));
  }
  if (e->op == Tok::Add && isString(e->type)) return concatExpr(e);  // string.cpp: one call per chain
  llvm::Value* x = expr(e->x);
  llvm::Value* y = expr(e->y);
  return binaryOp(e->op, x, y, e->type, e->y->type, e->y, e->pos);
}

static llvm::Value* complexOp(FuncLowerer& f, Tok op, llvm::Value* x, llvm::Value* y) {
  auto& b = f.b;
  llvm::Value* a = b.CreateExtractValue(x, 0);
  llvm::Value* bi = b.CreateExtractValue(x, 1);
  llvm::Value* c = b.CreateExtractValue(y, 0);
  llvm::Value* d = b.CreateExtractValue(y, 1);
  llvm::Value *re, *im;
  switch (op) {
    case Tok::Add: re = b.CreateFAdd(a, c); im = b.CreateFAdd(bi, d); break;
    case Tok::Sub: re = b.CreateFSub(a, c); im = b.CreateFSub(bi, d); break;
    case Tok::Mul:
      re = b.CreateFSub(b.CreateFMul(a, c), b.CreateFMul(bi, d));
      im = b.CreateFAdd(b.CreateFMul(a, d), b.CreateFMul(bi, c));
      break;
    case Tok::Quo: {
      // runtime.complex128div (Smith's algorithm with C99's inf/NaN fix-ups,
      // as gc); complex64 divides in float64 and rounds back, as gc does.
      llvm::Type* partTy = a->getType();
      auto wide = [&](llvm::Value* v) { return b.CreateFPExt(v, b.getDoubleTy()); };
      if (partTy->isFloatTy()) a = wide(a), bi = wide(bi), c = wide(c), d = wide(d);
      llvm::Value* r = f.callRuntime(RtFunc::complex128div, {a, bi, c, d});
      re = b.CreateExtractValue(r, 0);
      im = b.CreateExtractValue(r, 1);
      if (partTy->isFloatTy()) re = b.CreateFPTrunc(re, partTy), im = b.CreateFPTrunc(im, partTy);
      break;
    }
    default: ice("lowering: bad complex operator");
  }
  return b.CreateInsertValue(b.CreateInsertValue(x, re, 0), im, 1);
}

static llvm::Value* shiftOp(FuncLowerer& f, Tok op, llvm::Value* x, llvm::Value* y, const Type* t,
                            const Type* yt, Expr* yExpr) {
  auto& b = f.b;
  auto* xty = llvm::cast<llvm::IntegerType>(x->getType());
  unsigned w = xty->getBitWidth();
  bool signedX = !isUnsigned(t);
  if (yExpr && yExpr->cval) {
    uint64_t c = yExpr->cval->int64Bits();
    if (c >= w) {
      if (op == Tok::Shr && signedX) return b.CreateAShr(x, w - 1);
      return llvm::ConstantInt::get(xty, 0);
    }
    if (op == Tok::Shl) return b.CreateShl(x, c);
    return signedX ? b.CreateAShr(x, c) : b.CreateLShr(x, c);
  }
  if (!isUnsigned(yt))
    f.panicIf(b.CreateICmpSLT(y, llvm::ConstantInt::get(y->getType(), 0)), RtFunc::panicshift, {});
  llvm::Value* y64 = y->getType()->getIntegerBitWidth() < 64 ? b.CreateZExt(y, f.m.i64()) : y;
  llvm::Value* big = b.CreateICmpUGE(y64, b.getInt64(w));
  if (op == Tok::Shr && signedX) {
    llvm::Value* amt = b.CreateSelect(big, b.getInt64(w - 1), y64);
    return b.CreateAShr(x, b.CreateTrunc(amt, xty));
  }
  llvm::Value* amt = b.CreateTrunc(b.CreateSelect(big, b.getInt64(0), y64), xty);
  llvm::Value* r = op == Tok::Shl ? b.CreateShl(x, amt) : b.CreateLShr(x, amt);
  return b.CreateSelect(big, llvm::ConstantInt::get(xty, 0), r);
}

static llvm::Value* divOp(FuncLowerer& f, Tok op, llvm::Value* x, llvm::Value* y, const Type* t,
                          Expr* yExpr) {
  auto& b = f.b;
  llvm::Type* ty = x->getType();
  bool constY = yExpr && yExpr->cval;
  if (!constY) f.panicIf(b.CreateICmpEQ(y, llvm::ConstantInt::get(ty, 0)), RtFunc::panicdivide, {});
  if (isUnsigned(t)) return op == Tok::Quo ? b.CreateUDiv(x, y) : b.CreateURem(x, y);
  if (constY) {
    if (llvm::cast<llvm::ConstantInt>(y)->isMinusOne())
      return op == Tok::Quo ? b.CreateNeg(x) : llvm::ConstantInt::get(ty, 0);
    return op == Tok::Quo ? b.CreateSDiv(x, y) : b.CreateSRem(x, y);
  }
  llvm::Value* minus1 = b.CreateICmpEQ(y, llvm::ConstantInt::getSigned(ty, -1));
  llvm::Value* safeY = b.CreateSelect(minus1, llvm::ConstantInt::get(ty, 1), y);
  if (op == Tok::Quo) return b.CreateSelect(minus1, b.CreateNeg(x), b.CreateSDiv(x, safeY));
  return b.CreateSelect(minus1, llvm::ConstantInt::get(ty, 0), b.CreateSRem(x, safeY));
}

llvm::Value* FuncLowerer::binaryOp(Tok op, llvm::Value* x, llvm::Value* y, const Type* t,
                                   const Type* yt, Expr* yExpr, Pos pos) {
  if (isString(t)) {
    if (op == Tok::Add) return concatStrings({x, y});
    ice(m.sm, pos, "lowering: bad string operator");
  }
  if (isComplex(t)) return complexOp(*this, op, x, y);
  if (isFloat(t)) {
    switch (op) {
      case Tok::Add: return b.CreateFAdd(x, y);
      case Tok::Sub: return b.CreateFSub(x, y);
      case Tok::Mul: return b.CreateFMul(x, y);
      case Tok::Quo: return b.CreateFDiv(x, y);
      default: ice(m.sm, pos, "lowering: bad float operator");
    }
  }
  switch (op) {
    case Tok::Add: return b.CreateAdd(x, y);
    case Tok::Sub: return b.CreateSub(x, y);
    case Tok::Mul: return b.CreateMul(x, y);
    case Tok::And: return b.CreateAnd(x, y);
    case Tok::Or: return b.CreateOr(x, y);
    case Tok::Xor: return b.CreateXor(x, y);
    case Tok::AndNot: return b.CreateAnd(x, b.CreateNot(y));
    case Tok::Quo:
    case Tok::Rem: return divOp(*this, op, x, y, t, yExpr);
    case Tok::Shl:
    case Tok::Shr: return shiftOp(*this, op, x, y, t, yt, yExpr);
    default: break;
  }
  ice(m.sm, pos, std::string("lowering: binary ") + std::string(tokSpelling(op)) + " not supported");
}

}  // namespace goc::lower
