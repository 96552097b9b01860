// Runtime type descriptors (runtime/abi/type.h) and map key hash/equal
// functions.
//
// Strategy: every Go type the program needs at run time gets one constant
// descriptor named `type:<type string>`, linkonce_odr so that separately
// compiled modules agree on one copy. The layout is the runtime's `Type`
// (48 bytes) and, for map types, `MapType` appended after it; both are
// spelled here as literal LLVM structs mirroring type.h field for field. The
// global is registered before its initializer is built, so recursive types
// (type P *P) terminate. Fields: size/align from the checker's layout;
// ptrdata is the prefix that may hold pointers, as gc computes it; hash is
// FNV-1a of the type string; tflag marks named types (4) and types whose
// equality is plain memory equality (8), as gc's tflag; kind is reflect.Kind,
// plus KindDirectIface (32) for pointer-shaped types, which an interface
// holds in its data word itself.
//
// Map key hashing: basic key kinds point straight at the runtime helpers
// (memhash64, strhash, f64hash, memequal64, ...), interface keys at
// nilinterhash/interhash (which hash the dynamic value, runtime/iface.cpp).
// The same equal functions fill every comparable type's Type.equal (null when
// uncomparable). Struct and array keys get
// generated swiftcc functions `hash:<T>` / `eq:<T>` with the same signature:
// one memhash/memequal call when the type is plain memory, else hashing each
// field with the previous hash as seed and comparing field by field.
#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {
namespace {

constexpr uint8_t kKindDirectIface = 32;
constexpr uint8_t kTflagNamed = 4;
constexpr uint8_t kTflagRegularMemory = 8;

uint8_t reflectKind(const Type* t) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Basic: {
      BasicKind k = u->as<BasicType>()->basic;
      if (k >= BasicKind::Bool && k <= BasicKind::Complex128) return static_cast<uint8_t>(k);
      if (k == BasicKind::String) return 24;
      if (k == BasicKind::UnsafePointer) return 26;
      return 0;
    }
    case TypeKind::Array: return 17;
    case TypeKind::Chan: return 18;
    case TypeKind::Signature: return 19;
    case TypeKind::Interface: return 20;
    case TypeKind::Map: return 21;
    case TypeKind::Pointer: return 22;
    case TypeKind::Slice: return 23;
    case TypeKind::Struct: return 25;
    default: return 0;
  }
}

int64_t ptrdata(const Type* t) {
  if (!hasPointers(t)) return 0;
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Interface: return 16;
    case TypeKind::Array: {
      auto* a = u->as<ArrayType_>();
      return (a->len - 1) * sizeOf(a->elem) + ptrdata(a->elem);
    }
    case TypeKind::Struct: {
      auto* st = u->as<StructType_>();
      sizeOf(st);  // lays the struct out
      int64_t r = 0;
      for (const StructField& f : st->fields)
        if (hasPointers(f.var->type)) r = f.offset + ptrdata(f.var->type);
      return r;
    }
    default: return 8;  // string, slice, pointer, map, chan, func, unsafe.Pointer
  }
}

// Whether == on t is plain memory equality (no floats, strings, interfaces,
// padding or blank fields).
bool regularMemory(const Type* t) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Basic: {
      BasicKind k = u->as<BasicType>()->basic;
      return (k >= BasicKind::Bool && k <= BasicKind::Uintptr) || k == BasicKind::UnsafePointer;
    }
    case TypeKind::Pointer:
    case TypeKind::Chan: return true;
    case TypeKind::Array: return regularMemory(u->as<ArrayType_>()->elem);
    case TypeKind::Struct: {
      auto* st = u->as<StructType_>();
      int64_t end = 0, size = sizeOf(st);
      for (const StructField& f : st->fields) {
        if (f.var->name == "_" || f.offset != end || !regularMemory(f.var->type)) return false;
        end += sizeOf(f.var->type);
      }
      return end == size;
    }
    default: return false;
  }
}

uint32_t fnv1a(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

}  // namespace

bool ModuleLowerer::isDirectIface(const Type* t) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Map:
    case TypeKind::Signature: return true;
    case TypeKind::Basic: return u->as<BasicType>()->basic == BasicKind::UnsafePointer;
    case TypeKind::Array: {
      auto* a = u->as<ArrayType_>();
      return a->len == 1 && isDirectIface(a->elem);
    }
    case TypeKind::Struct: {
      auto* st = u->as<StructType_>();
      return st->fields.size() == 1 && isDirectIface(st->fields[0].var->type);
    }
    default: return false;
  }
}

// Defined below: the hash/equal functions of a map key type.
static llvm::Constant* keyHashFn(ModuleLowerer& m, const Type* k);
static llvm::Constant* keyEqualFn(ModuleLowerer& m, const Type* k);

llvm::Constant* ModuleLowerer::typeDesc(const Type* t) {
  // Keyed and named by typeSymbol: local types of equal names stay apart.
  std::string ts = typeString(t);
  std::string sym = typeSymbol(t);
  if (auto it = typeDescs_.find(sym); it != typeDescs_.end()) return it->second;

  auto* ptr = llvm::PointerType::get(ctx, 0);
  auto* i8 = llvm::Type::getInt8Ty(ctx);
  auto* i16 = llvm::Type::getInt16Ty(ctx);
  auto* i32 = llvm::Type::getInt32Ty(ctx);
  auto* i64t = llvm::Type::getInt64Ty(ctx);
  // type.h's Type, field for field.
  auto* typeTy = typeBaseType();
  const Type* u = t->underlying();
  auto* mt = u->as<MapType_>();
  // type.h's MapType, or another kind-specific part (itab.cpp).
  llvm::StructType* descTy =
      mt ? llvm::StructType::get(ctx, {typeTy, ptr, ptr, ptr, ptr, i8, i8, i16, i32}) : descType(t);

  auto* gv = new llvm::GlobalVariable(*mod, descTy, /*isConstant=*/true,
                                      llvm::GlobalValue::LinkOnceODRLinkage, nullptr, "type:" + sym);
  gv->setAlignment(llvm::Align(8));
  typeDescs_[sym] = gv;

  const Type* elem = nullptr;
  switch (u->kind) {
    case TypeKind::Pointer: elem = u->as<PointerType>()->elem; break;
    case TypeKind::Slice: elem = u->as<SliceType>()->elem; break;
    case TypeKind::Array: elem = u->as<ArrayType_>()->elem; break;
    case TypeKind::Chan: elem = u->as<ChanType_>()->elem; break;
    case TypeKind::Map: elem = mt->elem; break;
    default: break;
  }
  uint8_t tflag = 0;
  if (t->is<NamedType>() || t->is<BasicType>()) tflag |= kTflagNamed;  // predeclared types are named
  if (regularMemory(t)) tflag |= kTflagRegularMemory;
  uint8_t kind = reflectKind(t);
  if (isDirectIface(t)) kind |= kKindDirectIface;
  int64_t align = alignOf(t);
  llvm::Constant* name = constString(ts);
  llvm::Constant* base = llvm::ConstantStruct::get(
      typeTy, {llvm::ConstantInt::get(i64t, sizeOf(t)), llvm::ConstantInt::get(i64t, ptrdata(t)),
               llvm::ConstantInt::get(i32, fnv1a(ts)), llvm::ConstantInt::get(i8, tflag),
               llvm::ConstantInt::get(i8, align), llvm::ConstantInt::get(i8, align),
               llvm::ConstantInt::get(i8, kind),
               elem ? typeDesc(elem) : llvm::ConstantPointerNull::get(ptr),
               name->getAggregateElement(0u), name->getAggregateElement(1u),
               comparable(t) ? keyEqualFn(*this, t) : llvm::ConstantPointerNull::get(ptr),
               uncommonDesc(t)});
  if (!mt) {
    gv->setInitializer(descInit(t, base));
    return gv;
  }
  auto clamp = [&](int64_t n) { return llvm::ConstantInt::get(i8, n > 255 ? 0 : n); };
  gv->setInitializer(llvm::ConstantStruct::get(
      descTy, {base, typeDesc(mt->key), typeDesc(mt->elem), keyHashFn(*this, mt->key),
               keyEqualFn(*this, mt->key), clamp(sizeOf(mt->key)), clamp(sizeOf(mt->elem)),
               llvm::ConstantInt::get(i16, 0), llvm::ConstantInt::get(i32, 0)}));
  return gv;
}

// ---------------------------------------------------------------------------
// Map key hash and equality functions

namespace {

// The signatures shared by runtime helpers and generated functions.
llvm::FunctionType* hashFnType(llvm::LLVMContext& c) {
  auto* p = llvm::PointerType::get(c, 0);
  auto* i64t = llvm::Type::getInt64Ty(c);
  return llvm::FunctionType::get(i64t, {p, p, i64t}, false);
}
llvm::FunctionType* equalFnType(llvm::LLVMContext& c) {
  auto* p = llvm::PointerType::get(c, 0);
  return llvm::FunctionType::get(llvm::Type::getInt1Ty(c), {p, p, p}, false);
}

// Declares a generated helper with the runtime helpers' ABI and an entry block.
llvm::Function* newHelper(ModuleLowerer& m, llvm::FunctionType* fty, const std::string& name,
                          bool retBool) {
  auto* f = llvm::Function::Create(fty, llvm::GlobalValue::LinkOnceODRLinkage, name, m.mod.get());
  f->setCallingConv(llvm::CallingConv::Swift);
  f->addParamAttr(0, llvm::Attribute::SwiftAsync);
  if (retBool) f->addRetAttr(llvm::Attribute::ZExt);
  f->addFnAttr("split-stack");
  f->setDoesNotThrow();
  llvm::BasicBlock::Create(m.ctx, "entry", f);
  return f;
}

llvm::CallInst* callHelper(llvm::IRBuilder<>& b, llvm::FunctionType* fty, llvm::Constant* fn,
                           llvm::ArrayRef<llvm::Value*> args) {
  llvm::CallInst* ci = b.CreateCall(fty, fn, args);
  ci->setCallingConv(llvm::CallingConv::Swift);
  return ci;
}

// The (byte offset, type) of each part hashed/compared separately.
std::vector<std::pair<int64_t, const Type*>> keyParts(const Type* k) {
  std::vector<std::pair<int64_t, const Type*>> parts;
  const Type* u = k->underlying();
  if (auto* st = u->as<StructType_>()) {
    sizeOf(st);
    for (const StructField& f : st->fields)
      if (f.var->name != "_") parts.push_back({f.offset, f.var->type});
  } else if (auto* a = u->as<ArrayType_>()) {
    int64_t es = sizeOf(a->elem);
    for (int64_t i = 0; i < a->len; i++) parts.push_back({i * es, a->elem});
  } else if (isComplex(u)) {
    const Type* part = basicType(sizeOf(u) == 8 ? BasicKind::Float32 : BasicKind::Float64);
    parts.push_back({0, part});
    parts.push_back({sizeOf(part), part});
  }
  return parts;
}

}  // namespace

static llvm::Constant* keyHashFn(ModuleLowerer& m, const Type* k) {
  const Type* u = k->underlying();
  if (auto* bt = u->as<BasicType>()) {
    switch (bt->basic) {
      case BasicKind::Float32: return m.runtimeFunc(RtFunc::f32hash);
      case BasicKind::Float64: return m.runtimeFunc(RtFunc::f64hash);
      case BasicKind::String: return m.runtimeFunc(RtFunc::strhash);
      default: break;
    }
  }
  if (auto* it = u->as<InterfaceType_>())
    return m.runtimeFunc(it->isEmpty() ? RtFunc::nilinterhash : RtFunc::interhash);
  if (!u->is<StructType_>() && !u->is<ArrayType_>() && !isComplex(u)) {
    switch (sizeOf(k)) {
      case 1: return m.runtimeFunc(RtFunc::memhash8);
      case 2: return m.runtimeFunc(RtFunc::memhash16);
      case 4: return m.runtimeFunc(RtFunc::memhash32);
      case 8: return m.runtimeFunc(RtFunc::memhash64);
      default: ice("no hash function for map key type " + typeString(k));
    }
  }
  llvm::FunctionType* fty = hashFnType(m.ctx);
  std::string name = "hash:" + typeSymbol(k);
  if (llvm::Function* f = m.mod->getFunction(name)) return f;
  llvm::Function* f = newHelper(m, fty, name, false);
  llvm::IRBuilder<> b(&f->getEntryBlock());
  llvm::Value* g = f->getArg(0);
  llvm::Value* p = f->getArg(1);
  llvm::Value* h = f->getArg(2);
  if (regularMemory(k)) {
    llvm::Function* memhash = m.runtimeFunc(RtFunc::memhash);
    h = callHelper(b, memhash->getFunctionType(), memhash, {g, p, h, b.getInt64(sizeOf(k))});
  } else {
    for (auto [off, pt] : keyParts(k)) {
      llvm::Value* fp = b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), p, off);
      h = callHelper(b, fty, keyHashFn(m, pt), {g, fp, h});
    }
  }
  b.CreateRet(h);
  return f;
}

static llvm::Constant* keyEqualFn(ModuleLowerer& m, const Type* k) {
  const Type* u = k->underlying();
  if (auto* bt = u->as<BasicType>()) {
    switch (bt->basic) {
      case BasicKind::Float32: return m.runtimeFunc(RtFunc::f32equal);
      case BasicKind::Float64: return m.runtimeFunc(RtFunc::f64equal);
      case BasicKind::String: return m.runtimeFunc(RtFunc::strequal);
      default: break;
    }
  }
  if (auto* it = u->as<InterfaceType_>())
    return m.runtimeFunc(it->isEmpty() ? RtFunc::nilinterequal : RtFunc::interequal);
  if (!u->is<StructType_>() && !u->is<ArrayType_>() && !isComplex(u)) {
    switch (sizeOf(k)) {
      case 1: return m.runtimeFunc(RtFunc::memequal8);
      case 2: return m.runtimeFunc(RtFunc::memequal16);
      case 4: return m.runtimeFunc(RtFunc::memequal32);
      case 8: return m.runtimeFunc(RtFunc::memequal64);
      default: ice("no equal function for map key type " + typeString(k));
    }
  }
  llvm::FunctionType* fty = equalFnType(m.ctx);
  std::string name = "eq:" + typeSymbol(k);
  if (llvm::Function* f = m.mod->getFunction(name)) return f;
  llvm::Function* f = newHelper(m, fty, name, true);
  llvm::IRBuilder<> b(&f->getEntryBlock());
  llvm::Value* g = f->getArg(0);
  llvm::Value* x = f->getArg(1);
  llvm::Value* y = f->getArg(2);
  if (regularMemory(k)) {
    llvm::Function* memeq = m.runtimeFunc(RtFunc::memequal);
    b.CreateRet(callHelper(b, memeq->getFunctionType(), memeq, {g, x, y, b.getInt64(sizeOf(k))}));
    return f;
  }
  // Short-circuit: the first unequal part returns false.
  llvm::BasicBlock* no = llvm::BasicBlock::Create(m.ctx, "ne", f);
  for (auto [off, pt] : keyParts(k)) {
    llvm::Value* px = b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), x, off);
    llvm::Value* py = b.CreateConstInBoundsGEP1_64(b.getInt8Ty(), y, off);
    llvm::Value* eq = callHelper(b, fty, keyEqualFn(m, pt), {g, px, py});
    llvm::BasicBlock* next = llvm::BasicBlock::Create(m.ctx, "next", f);
    b.CreateCondBr(eq, next, no);
    b.SetInsertPoint(next);
  }
  b.CreateRet(b.getTrue());
  b.SetInsertPoint(no);
  b.CreateRet(b.getFalse());
  return f;
}

}  // namespace goc::lower
