// Calls that become LLVM intrinsics instead of calls: package math's Sqrt,
// Abs and Copysign, and package math/bits's counting, rotating, reversing and
// 64x64->128 multiplying functions. gc compiles the same functions to single
// instructions; through a call they would spill every live floating-point
// register (n-body's inner loop) and hide the operation from LLVM.
//
// Input: the callee's link name and its arguments, already converted to the
// parameter types. Output: the call's value in the callee's LLVM result type
// (a literal struct for two results), or null if the callee is not one of
// these. Each replacement computes exactly what the Go body in lib/go computes
// for every input (Len(0) = 0, TrailingZeros(0) = width, rotation counts
// taken modulo the width, negative ones rotating right), so a call through a
// func value, which still reaches the Go body, agrees with a direct call.
// Only operations the baseline x86-64 target has (or expands inline) are
// listed: floor/ceil/trunc without SSE4.1, and FMA, would become libm calls.
#include <llvm/IR/Intrinsics.h>

#include <string_view>

#include "lowering/lowerer.h"

namespace goc::lower {

namespace {

enum class Op { None, Sqrt, Abs, Copysign, Clz, Ctz, Popcount, Len, Rotl, Bswap, Bitrev, Mul };

struct Intrinsic {
  Op op = Op::None;
  unsigned width = 0;  // operand bits (0: a float64 operation)
};

// The intrinsic for link name `name`, from its package and a suffix giving
// the width ("" is uint: 64 bits on amd64).
Intrinsic lookup(std::string_view name) {
  if (name == "math.Sqrt" || name == "runtime.math_sqrt") return {Op::Sqrt, 0};
  if (name == "math.Abs") return {Op::Abs, 0};
  if (name == "math.Copysign") return {Op::Copysign, 0};
  constexpr std::string_view bitsPkg = "math/bits.";
  if (name.substr(0, bitsPkg.size()) != bitsPkg) return {};
  name.remove_prefix(bitsPkg.size());
  static const struct {
    std::string_view stem;
    Op op;
  } stems[] = {
      {"LeadingZeros", Op::Clz}, {"TrailingZeros", Op::Ctz}, {"OnesCount", Op::Popcount},
      {"Len", Op::Len},          {"RotateLeft", Op::Rotl},   {"ReverseBytes", Op::Bswap},
      {"Reverse", Op::Bitrev},   {"Mul", Op::Mul},
  };
  for (const auto& s : stems) {
    if (name.substr(0, s.stem.size()) != s.stem) continue;
    std::string_view w = name.substr(s.stem.size());
    unsigned width = w.empty() ? 64 : w == "8" ? 8 : w == "16" ? 16 : w == "32" ? 32 : w == "64" ? 64 : 0;
    if (width == 0) continue;  // a longer name with this stem
    if ((s.op == Op::Bswap && width == 8) || (s.op == Op::Mul && width < 32)) return {};
    return {s.op, width};
  }
  return {};
}

}  // namespace

llvm::Value* FuncLowerer::intrinsicCall(const std::string& linkName, const std::vector<llvm::Value*>& args) {
  Intrinsic in = lookup(linkName);
  if (in.op == Op::None) return nullptr;
  auto call = [&](llvm::Intrinsic::ID id, llvm::ArrayRef<llvm::Value*> ops) {
    return b.CreateIntrinsic(id, {ops[0]->getType()}, ops);
  };
  llvm::Type* i64 = b.getInt64Ty();
  llvm::Value* x = args.at(0);
  switch (in.op) {
    case Op::None:
      break;
    case Op::Sqrt:
      return call(llvm::Intrinsic::sqrt, {x});
    case Op::Abs:
      return call(llvm::Intrinsic::fabs, {x});
    case Op::Copysign:
      return call(llvm::Intrinsic::copysign, {x, args.at(1)});
    case Op::Clz:  // LeadingZeros(0) is the width: ctlz with a defined zero result
      return b.CreateZExt(call(llvm::Intrinsic::ctlz, {x, b.getFalse()}), i64);
    case Op::Ctz:
      return b.CreateZExt(call(llvm::Intrinsic::cttz, {x, b.getFalse()}), i64);
    case Op::Popcount:
      return b.CreateZExt(call(llvm::Intrinsic::ctpop, {x}), i64);
    case Op::Len:
      return b.CreateSub(llvm::ConstantInt::get(i64, in.width),
                         b.CreateZExt(call(llvm::Intrinsic::ctlz, {x, b.getFalse()}), i64));
    case Op::Rotl: {
      // fshl takes its count modulo the width; truncating the int k first
      // keeps k mod width (two's complement), so negative k rotates right.
      llvm::Value* k = b.CreateTrunc(args.at(1), x->getType());
      return call(llvm::Intrinsic::fshl, {x, x, k});
    }
    case Op::Bswap:
      return call(llvm::Intrinsic::bswap, {x});
    case Op::Bitrev:
      return call(llvm::Intrinsic::bitreverse, {x});
    case Op::Mul: {  // (hi, lo) of the double-width product
      llvm::Type* wide = b.getIntNTy(2 * in.width);
      llvm::Value* p = b.CreateMul(b.CreateZExt(x, wide), b.CreateZExt(args.at(1), wide));
      llvm::Value* hi = b.CreateTrunc(b.CreateLShr(p, in.width), x->getType());
      llvm::Value* lo = b.CreateTrunc(p, x->getType());
      llvm::Type* rt = llvm::StructType::get(m.ctx, {x->getType(), x->getType()});
      return b.CreateInsertValue(b.CreateInsertValue(llvm::PoisonValue::get(rt), hi, 0), lo, 1);
    }
  }
  return nullptr;
}

}  // namespace goc::lower
