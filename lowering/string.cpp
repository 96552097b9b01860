// Strings: constants, construction, concatenation and indexing.
//
// Strategy: a Go string is the SSA pair {ptr, i64}. A string constant is a
// private, unnamed_addr byte array (no terminating NUL: Go strings carry
// their length) and the constant pair pointing at it; equal constants share
// one array. The empty string is {null, 0}, as gc's zero value. Concatenation
// calls runtime.concatstring2 for two operands and runtime.concatstrings with
// a stack array of {ptr,len} for more, as gc's walk does (gc has 2..5-ary
// variants; one n-ary entry is enough here). A chain a + b + c is one call:
// binaryExpr hands it to concatExpr, which flattens it (and passes a 32-byte
// stack buffer when the result does not escape, tmpBufOk). Runtime results
// come back as a literal {ptr, i64} struct and are rebuilt with makeString so
// that the value has exactly stringType(), whatever typemap chooses for it.
#include "lowering/lowerer.h"

namespace goc::lower {

llvm::Constant* ModuleLowerer::constString(std::string_view s) {
  std::string key(s);
  if (auto it = strings_.find(key); it != strings_.end()) return it->second;
  llvm::Constant* ptr;
  if (s.empty()) {
    ptr = llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0));
  } else {
    auto* data = llvm::ConstantDataArray::getString(ctx, key, /*AddNull=*/false);
    auto* gv = new llvm::GlobalVariable(*mod, data->getType(), /*isConstant=*/true,
                                        llvm::GlobalValue::PrivateLinkage, data, "str");
    gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    gv->setAlignment(llvm::Align(1));
    ptr = gv;
  }
  llvm::Constant* str = llvm::ConstantStruct::get(
      stringType(), {ptr, llvm::ConstantInt::get(i64(), s.size())});
  strings_.emplace(std::move(key), str);
  return str;
}

llvm::Value* FuncLowerer::makeString(llvm::Value* ptr, llvm::Value* len) {
  llvm::Value* s = llvm::UndefValue::get(m.stringType());
  s = b.CreateInsertValue(s, ptr, 0);
  return b.CreateInsertValue(s, len, 1, "str");
}

llvm::Value* FuncLowerer::concatStrings(llvm::ArrayRef<llvm::Value*> parts) {
  if (parts.empty()) return m.constString("");
  if (parts.size() == 1) return parts[0];
  llvm::Value* r;
  if (parts.size() == 2) {
    r = callRuntime(RtFunc::concatstring2,
                    {b.CreateExtractValue(parts[0], 0), b.CreateExtractValue(parts[0], 1),
                     b.CreateExtractValue(parts[1], 0), b.CreateExtractValue(parts[1], 1)});
  } else {
    auto* arrTy = llvm::ArrayType::get(m.stringType(), parts.size());
    llvm::AllocaInst* arr = entryAllocaLL(arrTy, "concat.parts");
    for (size_t i = 0; i < parts.size(); i++)
      b.CreateStore(parts[i], b.CreateConstInBoundsGEP2_32(arrTy, arr, 0, static_cast<unsigned>(i)));
    r = callRuntime(RtFunc::concatstrings,
                    {arr, llvm::ConstantInt::get(m.i64(), parts.size())});
  }
  return makeString(b.CreateExtractValue(r, 0), b.CreateExtractValue(r, 1));
}

static void concatOperands(Expr* e, std::vector<Expr*>& out) {
  auto* be = e->as<BinaryExpr>();
  if (be && be->op == Tok::Add && !be->cval && isString(be->type)) {
    concatOperands(be->x, out);
    concatOperands(be->y, out);
    return;
  }
  out.push_back(e);
}

llvm::Value* FuncLowerer::concatExpr(BinaryExpr* e) {
  std::vector<Expr*> ops;
  concatOperands(e, ops);
  std::vector<llvm::Value*> parts;
  for (Expr* x : ops) {
    if (x->cval && x->cval->stringVal().empty()) continue;  // "" adds nothing
    parts.push_back(expr(x));
  }
  if (parts.size() >= 2 && tmpBufOk(e) && tmpBufBytes_ + 32 <= 512) {
    tmpBufBytes_ += 32;
    llvm::AllocaInst* buf = entryAllocaLL(llvm::ArrayType::get(b.getInt8Ty(), 32), "tmpbuf");
    buf->setAlignment(llvm::Align(8));
    auto* arrTy = llvm::ArrayType::get(m.stringType(), parts.size());
    llvm::AllocaInst* arr = entryAllocaLL(arrTy, "concat.parts");
    for (size_t i = 0; i < parts.size(); i++)
      b.CreateStore(parts[i], b.CreateConstInBoundsGEP2_32(arrTy, arr, 0, static_cast<unsigned>(i)));
    llvm::Value* r = callRuntime(RtFunc::concatstringsbuf,
                                 {buf, arr, llvm::ConstantInt::get(m.i64(), parts.size())});
    return makeString(b.CreateExtractValue(r, 0), b.CreateExtractValue(r, 1));
  }
  return concatStrings(parts);
}

llvm::Value* FuncLowerer::stringIndex(llvm::Value* s, llvm::Value* idx) {
  boundsCheck(idx, b.CreateExtractValue(s, 1));
  llvm::Value* p = b.CreateInBoundsGEP(b.getInt8Ty(), b.CreateExtractValue(s, 0), idx);
  return b.CreateLoad(b.getInt8Ty(), p, "byte");
}

}  // namespace goc::lower
