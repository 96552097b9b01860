// Comparison operators on every comparable and ordered type.
//
// Strategy: compare() receives two SSA values of the same Go type and returns
// an i1. Scalars map to one icmp/fcmp (floats use ordered predicates, except
// != which is "unordered or not equal", so NaN != NaN). Strings compare
// lengths first and call runtime.memequal only when they agree; ordering
// calls runtime.cmpstring. Structs and arrays compare field by field
// (skipping blank fields) and element by element, short-circuiting at the
// first difference as gc does; long arrays are compared in a loop over a
// stack copy instead of being unrolled. Slices, maps and funcs may only be
// compared with nil, which the caller passes as a zero value, so comparing
// their pointer word suffices. Interfaces compare their dynamic types, then
// the values with the type's equal function (ifaceEqual, interface.cpp).
#include "lowering/lowerer.h"

namespace goc::lower {
namespace {

// Arrays longer than this compare in a loop.
constexpr int64_t kUnrollLimit = 8;

bool isBlankField(const StructField& f) { return f.var->name == "_"; }

}  // namespace

llvm::Value* FuncLowerer::compare(Tok op, llvm::Value* x, llvm::Value* y, const Type* t) {
  const Type* u = t->underlying();
  bool eqOp = op == Tok::Eql || op == Tok::Neq;

  // Composite equality: compute ==, negate for !=.
  if (u->is<StructType_>() || u->is<ArrayType_>() ||
      (isString(u) && eqOp) || (isComplex(u))) {
    if (!eqOp) ice("ordered comparison of " + typeString(t));
    llvm::Value* eq = nullptr;
    if (isComplex(u)) {
      eq = b.CreateAnd(b.CreateFCmpOEQ(b.CreateExtractValue(x, 0), b.CreateExtractValue(y, 0)),
                       b.CreateFCmpOEQ(b.CreateExtractValue(x, 1), b.CreateExtractValue(y, 1)));
    } else {
      // Short-circuit chain: each part either jumps to `done` with false or
      // falls through to the next; the last part's result flows into the phi.
      llvm::BasicBlock* done = newBlock("cmp.done");
      std::vector<std::pair<llvm::BasicBlock*, llvm::Value*>> incoming;
      auto part = [&](llvm::Value* partEq) {
        llvm::BasicBlock* next = newBlock("cmp.next");
        incoming.push_back({b.GetInsertBlock(), b.getFalse()});
        b.CreateCondBr(partEq, next, done);
        b.SetInsertPoint(next);
      };
      if (isString(u)) {
        llvm::Value* lx = b.CreateExtractValue(x, 1);
        part(b.CreateICmpEQ(lx, b.CreateExtractValue(y, 1)));
        llvm::Value* r = callRuntime(RtFunc::memequal,
                                     {b.CreateExtractValue(x, 0), b.CreateExtractValue(y, 0), lx});
        part(r);
      } else if (auto* st = u->as<StructType_>()) {
        sizeOf(st);  // makes sure the checker laid the struct out
        for (size_t i = 0; i < st->fields.size(); i++) {
          const StructField& f = st->fields[i];
          if (isBlankField(f)) continue;
          unsigned li = m.fieldIndex(st, i);
          part(compare(Tok::Eql, b.CreateExtractValue(x, li), b.CreateExtractValue(y, li), f.var->type));
        }
      } else {
        auto* at = u->as<ArrayType_>();
        if (at->len <= kUnrollLimit) {
          for (int64_t i = 0; i < at->len; i++) {
            unsigned li = static_cast<unsigned>(i);
            part(compare(Tok::Eql, b.CreateExtractValue(x, li), b.CreateExtractValue(y, li), at->elem));
          }
        } else {
          llvm::Type* aty = m.llvmType(t);
          llvm::Type* ety = m.llvmType(at->elem);
          llvm::AllocaInst* px = entryAllocaLL(aty, "cmp.x");
          llvm::AllocaInst* py = entryAllocaLL(aty, "cmp.y");
          b.CreateStore(x, px);
          b.CreateStore(y, py);
          llvm::BasicBlock* pre = b.GetInsertBlock();
          llvm::BasicBlock* loop = newBlock("cmp.loop");
          b.CreateBr(loop);
          b.SetInsertPoint(loop);
          llvm::PHINode* i = b.CreatePHI(m.i64(), 2, "i");
          i->addIncoming(b.getInt64(0), pre);
          llvm::Value* ex = b.CreateLoad(ety, b.CreateGEP(aty, px, {b.getInt64(0), i}));
          llvm::Value* ey = b.CreateLoad(ety, b.CreateGEP(aty, py, {b.getInt64(0), i}));
          part(compare(Tok::Eql, ex, ey, at->elem));
          llvm::Value* inext = b.CreateAdd(i, b.getInt64(1));
          i->addIncoming(inext, b.GetInsertBlock());
          llvm::BasicBlock* after = newBlock("cmp.after");
          b.CreateCondBr(b.CreateICmpULT(inext, b.getInt64(at->len)), loop, after);
          b.SetInsertPoint(after);
        }
      }
      incoming.push_back({b.GetInsertBlock(), b.getTrue()});
      b.CreateBr(done);
      b.SetInsertPoint(done);
      llvm::PHINode* phi = b.CreatePHI(b.getInt1Ty(), incoming.size(), "eq");
      for (auto& [bb, v] : incoming) phi->addIncoming(v, bb);
      eq = phi;
    }
    return op == Tok::Eql ? eq : b.CreateNot(eq);
  }

  if (isString(u)) {
    llvm::Value* c = callRuntime(RtFunc::cmpstring,
                                 {b.CreateExtractValue(x, 0), b.CreateExtractValue(x, 1),
                                  b.CreateExtractValue(y, 0), b.CreateExtractValue(y, 1)});
    x = c;
    y = b.getInt64(0);
    u = basicType(BasicKind::Int);
  }

  if (isFloat(u)) {
    switch (op) {
      case Tok::Eql: return b.CreateFCmpOEQ(x, y);
      case Tok::Neq: return b.CreateFCmpUNE(x, y);
      case Tok::Lss: return b.CreateFCmpOLT(x, y);
      case Tok::Leq: return b.CreateFCmpOLE(x, y);
      case Tok::Gtr: return b.CreateFCmpOGT(x, y);
      case Tok::Geq: return b.CreateFCmpOGE(x, y);
      default: break;
    }
    ice("bad float comparison operator");
  }

  if (u->is<SliceType>()) {
    x = b.CreateExtractValue(x, 0);
    y = b.CreateExtractValue(y, 0);
  }
  if (u->is<InterfaceType_>()) {
    llvm::Value* eq = ifaceEqual(x, y, t);  // interface.cpp
    return op == Tok::Eql ? eq : b.CreateNot(eq);
  }

  bool uns = isUnsigned(u);
  switch (op) {
    case Tok::Eql: return b.CreateICmpEQ(x, y);
    case Tok::Neq: return b.CreateICmpNE(x, y);
    case Tok::Lss: return uns ? b.CreateICmpULT(x, y) : b.CreateICmpSLT(x, y);
    case Tok::Leq: return uns ? b.CreateICmpULE(x, y) : b.CreateICmpSLE(x, y);
    case Tok::Gtr: return uns ? b.CreateICmpUGT(x, y) : b.CreateICmpSGT(x, y);
    case Tok::Geq: return uns ? b.CreateICmpUGE(x, y) : b.CreateICmpSGE(x, y);
    default: break;
  }
  ice("bad comparison operator");
}

}  // namespace goc::lower
