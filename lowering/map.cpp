// Map operations: index, comma-ok index, assignment slot, literals, len and
// iteration.
//
// Strategy: maps are runtime.hmap pointers and every operation is a call of
// the runtime's map API with the map type's descriptor (typeDesc gives the
// MapType with key/elem types and hash/equal functions). The key is converted
// to the map's key type; keys of a fast kind (8- and 4-byte integers and
// pointers, strings: fastKey) go by value to the _fast64/_fast32/_faststr
// entry points, the others by address through a stack slot in the entry
// block. mapaccess1/2 return a pointer to the element (or
// to a zero value) that is loaded at once, since a later map write may move
// it; mapassign returns the slot to store into. len(m) reads hmap.count, the
// first word (type.h's HmapCountOffset), after a nil check. Range loops use a
// MapIter (type.h) allocated in the entry block and zeroed before each
// mapiterinit, as the runtime requires.
#include "lowering/lowerer.h"

namespace goc::lower {
namespace {

constexpr uint64_t kMapIterSize = 80;  // runtime/abi/type.h MapIterSize
constexpr uint64_t kMapIterElemOffset = 8;

const MapType_* mapTypeOf(const Type* t) { return t->underlying()->as<MapType_>(); }

// The runtime's fast path for a key type, as the runtime picks it from the
// hash function typedesc.cpp gives the key (memhash64 / memhash32 / strhash):
// 8- and 4-byte integers, pointers and channels, and strings. Floats,
// complex numbers, interfaces, structs and arrays use the generic entry points.
enum class FastKey { None, K64, K32, Str };

FastKey fastKey(ModuleLowerer& m, const Type* kt) {
  const Type* u = kt->underlying();
  if (auto* bt = u->as<BasicType>(); bt && bt->basic == BasicKind::String) return FastKey::Str;
  if (u->is<StructType_>() || u->is<ArrayType_>() || u->is<InterfaceType_>()) return FastKey::None;
  llvm::Type* lt = m.llvmType(kt);
  if (lt->isIntegerTy(64) || lt->isPointerTy()) return FastKey::K64;
  if (lt->isIntegerTy(32)) return FastKey::K32;
  return FastKey::None;
}

// The entry point of op (0 access1, 1 access2, 2 assign) for a fast key kind.
RtFunc fastFunc(FastKey k, int op) {
  static const RtFunc table[3][3] = {
      {RtFunc::mapaccess1_fast64, RtFunc::mapaccess2_fast64, RtFunc::mapassign_fast64},
      {RtFunc::mapaccess1_fast32, RtFunc::mapaccess2_fast32, RtFunc::mapassign_fast32},
      {RtFunc::mapaccess1_faststr, RtFunc::mapaccess2_faststr, RtFunc::mapassign_faststr},
  };
  return table[int(k) - 1][op];
}

}  // namespace

// Calls map operation op (0 mapaccess1, 1 mapaccess2, 2 mapassign) with key
// kv (already of the key type): by value for a fast key kind, else through
// a stack slot.
static llvm::Value* mapCall(FuncLowerer& f, int op, const Type* mapType, llvm::Value* mv,
                            llvm::Value* kv) {
  static const RtFunc generic[3] = {RtFunc::mapaccess1, RtFunc::mapaccess2, RtFunc::mapassign};
  const Type* kt = mapTypeOf(mapType)->key;
  llvm::Value* desc = f.m.typeDesc(mapType);
  FastKey fk = fastKey(f.m, kt);
  switch (fk) {
    case FastKey::None: break;
    case FastKey::K64:
      if (kv->getType()->isPointerTy()) kv = f.b.CreatePtrToInt(kv, f.m.i64());
      return f.callRuntime(fastFunc(fk, op), {desc, mv, kv});
    case FastKey::K32:
      return f.callRuntime(fastFunc(fk, op), {desc, mv, kv});
    case FastKey::Str:
      return f.callRuntime(fastFunc(fk, op),
                           {desc, mv, f.b.CreateExtractValue(kv, 0), f.b.CreateExtractValue(kv, 1)});
  }
  llvm::AllocaInst* slot = f.entryAllocaLL(f.m.llvmType(kt), "key");
  f.b.CreateStore(kv, slot);
  return f.callRuntime(generic[op], {desc, mv, slot});
}

// Evaluates e's map and key operands: (map type, map value, key value).
static std::tuple<const Type*, llvm::Value*, llvm::Value*> mapOperands(FuncLowerer& f, IndexExpr* e) {
  const Type* mt = e->x->type;
  llvm::Value* m = f.expr(e->x);
  Expr* k = e->indices[0];
  const Type* kt = mapTypeOf(mt)->key;
  llvm::Value* kv = f.assignConv(f.expr(k), k->type, kt);
  return {mt, m, kv};
}

llvm::Value* FuncLowerer::mapIndex(IndexExpr* e) {
  auto [mt, mv, key] = mapOperands(*this, e);
  llvm::Value* p = mapCall(*this, 0, mt, mv, key);
  return load(mapTypeOf(mt)->elem, p);
}

std::pair<llvm::Value*, llvm::Value*> FuncLowerer::mapIndexCommaOk(IndexExpr* e) {
  auto [mt, mv, key] = mapOperands(*this, e);
  llvm::Value* r = mapCall(*this, 1, mt, mv, key);
  llvm::Value* v = load(mapTypeOf(mt)->elem, b.CreateExtractValue(r, 0));
  return {v, boolToI8(b.CreateExtractValue(r, 1))};
}

Addr FuncLowerer::mapAssignAddr(IndexExpr* e) {
  auto [mt, mv, key] = mapOperands(*this, e);
  llvm::Value* p = mapCall(*this, 2, mt, mv, key);
  return {p, mapTypeOf(mt)->elem};
}

Addr FuncLowerer::mapAssignSlot(const Type* mapType, llvm::Value* mv, llvm::Value* key) {
  llvm::Value* p = mapCall(*this, 2, mapType, mv, key);
  return {p, mapTypeOf(mapType)->elem};
}

llvm::Value* FuncLowerer::mapLiteral(CompositeLit* e) {
  const Type* t = e->type;
  // An elided &M{...} in a literal of pointers has type *M.
  if (auto* pt = t->underlying()->as<PointerType>()) t = pt->elem;
  const MapType_* mt = mapTypeOf(t);
  llvm::Value* mv = callRuntime(RtFunc::makemap, {m.typeDesc(t), b.getInt64(e->elts.size())});
  for (Expr* elt : e->elts) {
    auto* kv = elt->as<KeyValueExpr>();
    if (!kv) ice("map literal element without a key");
    llvm::Value* k = assignConv(expr(kv->key), kv->key->type, mt->key);
    llvm::Value* v = assignConv(expr(kv->value), kv->value->type, mt->elem);
    Addr slot = mapAssignSlot(t, mv, k);
    storeValue(mt->elem, v, slot.ptr);
  }
  return mv;
}

llvm::Value* FuncLowerer::mapLen(llvm::Value* mv) {
  llvm::BasicBlock* from = b.GetInsertBlock();
  llvm::BasicBlock* nonNil = newBlock("maplen.load");
  llvm::BasicBlock* done = newBlock("maplen.done");
  b.CreateCondBr(b.CreateIsNull(mv), done, nonNil);
  b.SetInsertPoint(nonNil);
  llvm::Value* count = b.CreateLoad(m.i64(), mv, "count");
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode* len = b.CreatePHI(m.i64(), 2, "maplen");
  len->addIncoming(b.getInt64(0), from);
  len->addIncoming(count, nonNil);
  return len;
}

llvm::Value* FuncLowerer::mapIterStart(const Type* mapType, llvm::Value* mv) {
  auto* itTy = llvm::ArrayType::get(m.i64(), kMapIterSize / 8);
  llvm::AllocaInst* it = entryAllocaLL(itTy, "mapiter");
  b.CreateMemSet(it, b.getInt8(0), kMapIterSize, llvm::Align(8));
  callRuntime(RtFunc::mapiterinit, {m.typeDesc(mapType), mv, it});
  return it;
}

std::pair<llvm::Value*, llvm::Value*> FuncLowerer::mapIterKeyElem(llvm::Value* it) {
  llvm::Value* key = b.CreateLoad(m.ptrType(), it, "iter.key");
  llvm::Value* elem = b.CreateLoad(
      m.ptrType(), b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), it, kMapIterElemOffset), "iter.elem");
  return {key, elem};
}

void FuncLowerer::mapIterNext(llvm::Value* it) { callRuntime(RtFunc::mapiternext, {it}); }

}  // namespace goc::lower
