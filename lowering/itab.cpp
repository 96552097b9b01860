// Method sets, method tables, itabs and the kind-specific parts of type
// descriptors (runtime/abi/type.h).
//
// Strategy: a type's method set is computed here, from the checker's types,
// the way gc computes it: breadth first through embedded fields, a name
// decided at the shallowest depth where it occurs (a field or two candidates
// at that depth hide it), pointer-receiver methods only when the type is a
// pointer or an embedded pointer lies on the path. Each entry gets the code an
// itab holds (`ifn`), which receives the interface's data word:
//  - a method of *T on *T, or a value method of a pointer-shaped T: the
//    method itself (the data word is the receiver);
//  - a value method of T on T or *T: the wrapper `pkg.(*T).M`, which loads
//    the value (call.cpp's ptrMethodWrapper);
//  - a promoted method: a wrapper named after the outer type
//    (`pkg.(*S).M`, or `go:wrap.<type>.M` for unnamed types) that follows the
//    embedded path from the data word and calls the method, or dispatches
//    through an embedded interface.
// Itabs for conversions the compiler sees are constants
// `go:itab.<concrete>,<iface>` (linkonce_odr), whose fun[] lists those
// functions in the interface's method order (InterfaceType_::allMethods,
// gc's sorted order). Method tables (UncommonType) are sorted the same way,
// so the runtime's getitab matches names, package paths and method type
// descriptors (unique per type) to build the other itabs.
//
// Descriptor tails: arrays carry their length, chans their direction, funcs
// their parameter and result types, interfaces their method list, structs
// their fields (name, type, offset, tag, embedded) — what reflection-style
// walking (fmt) needs.
#include <algorithm>
#include <set>

#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {
namespace {

uint32_t fnv1a(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

std::string pkgPathOf(const Object* o) { return o && o->pkg ? o->pkg->path : std::string(); }

// The identity of a method name: exported names stand alone, unexported ones
// belong to their package.
std::string methodKey(const Object* m) {
  return m->exported() ? m->name : pkgPathOf(m) + "." + m->name;
}

// gc's order (types.Sym.Less): exported first, then by name, then by package.
bool methodLess(const Object* a, const Object* b) {
  if (a->exported() != b->exported()) return a->exported();
  if (a->name != b->name) return a->name < b->name;
  return pkgPathOf(a) < pkgPathOf(b);
}

}  // namespace

llvm::FunctionType* ModuleLowerer::ifaceMethodType(const SignatureType* sig) {
  llvm::FunctionType* ft = funcType(sig, false);
  std::vector<llvm::Type*> params(ft->param_begin(), ft->param_end());
  params.insert(params.begin() + 2, ptrType());
  return llvm::FunctionType::get(ft->getReturnType(), params, false);
}

int ModuleLowerer::ifaceMethodIndex(const InterfaceType_* it, const Object* method) {
  std::string key = methodKey(method);
  for (size_t i = 0; i < it->allMethods.size(); i++)
    if (methodKey(it->allMethods[i]) == key) return static_cast<int>(i);
  ice("lowering: method " + method->name + " not in interface " + typeString(it));
}

const std::vector<ModuleLowerer::MethodEntry>& ModuleLowerer::methodSet(const Type* T) {
  std::string sym = typeSymbol(T);
  if (auto it = methodSets_.find(sym); it != methodSets_.end()) return it->second;
  std::vector<MethodEntry>& out = methodSets_[sym];
  const Type* base = T;
  bool isPtr = false;
  if (auto* p = T->as<PointerType>()) {
    base = p->elem;
    isPtr = true;
  } else if (T->is<NamedType>() && T->underlying()->is<PointerType>()) {
    return out;  // a named pointer type has no methods
  }
  if (base->underlying()->is<InterfaceType_>()) return out;

  struct Step {
    const Type* t;
    std::vector<int> path;
    bool indirect;
  };
  struct Cand {
    int count = 0;
    bool isMethod = false;
    MethodEntry e;
  };
  std::set<std::string> decided;
  std::set<const NamedType*> seen;
  std::vector<Step> cur{{base, {}, isPtr}};
  for (int depth = 0; !cur.empty() && depth < 32; depth++) {
    std::map<std::string, Cand> cands;
    std::vector<Step> next;
    auto add = [&](const std::string& key, bool isMethod, MethodEntry e) {
      Cand& c = cands[key];
      if (c.count++ == 0) {
        c.isMethod = isMethod;
        c.e = std::move(e);
      }
    };
    for (const Step& s : cur) {
      const Type* t = s.t;
      if (auto* n = t->as<NamedType>()) {
        if (!seen.insert(n).second) continue;
        for (FuncObj* m : n->methods) add(methodKey(m), true, MethodEntry{m, s.path, s.indirect, nullptr, 0});
        t = n->under;
      }
      if (auto* st = t->as<StructType_>()) {
        for (size_t i = 0; i < st->fields.size(); i++) {
          const StructField& f = st->fields[i];
          add(methodKey(f.var), false, MethodEntry{});
          if (!f.embedded) continue;
          const Type* ft = f.var->type;
          bool p = false;
          if (auto* pt = ft->as<PointerType>()) {
            ft = pt->elem;
            p = true;
          }
          Step ns{ft, s.path, s.indirect || p};
          ns.path.push_back(static_cast<int>(i));
          next.push_back(std::move(ns));
        }
      } else if (auto* it = t->as<InterfaceType_>(); it && depth > 0) {
        for (size_t i = 0; i < it->allMethods.size(); i++)
          add(methodKey(it->allMethods[i]), true,
              MethodEntry{it->allMethods[i], s.path, s.indirect, it, static_cast<int>(i)});
      }
    }
    for (auto& [key, c] : cands) {
      if (!decided.insert(key).second) continue;
      if (c.count != 1 || !c.isMethod) continue;
      if (c.e.method->ptrRecv && !c.e.indirect) continue;
      out.push_back(c.e);
    }
    cur = std::move(next);
  }
  std::sort(out.begin(), out.end(),
            [](const MethodEntry& a, const MethodEntry& b) { return methodLess(a.method, b.method); });
  return out;
}

// The symbol of a wrapper for method m of type T taking the data word.
static std::string wrapperName(const Type* T, const FuncObj* m) {
  const Type* base = T;
  bool ptr = false;
  if (auto* p = T->as<PointerType>()) base = p->elem, ptr = true;
  else if (!ModuleLowerer::isDirectIface(T)) ptr = true;
  if (auto* n = base->as<NamedType>(); n && n->obj && !n->obj->linkName.empty()) {
    const std::string& ln = n->obj->linkName;
    std::string pkg = n->obj->pkg ? n->obj->pkg->path : "";
    std::string rest = ln.size() > pkg.size() && ln.compare(0, pkg.size(), pkg) == 0 ? ln.substr(pkg.size() + 1) : ln;
    std::string mname = m->exported() ? m->name : m->name;
    return pkg + (ptr ? ".(*" + rest + ")." : "." + rest + ".") + mname;
  }
  return "go:wrap." + std::string(ptr ? "*" : "") + typeSymbol(base) + "." + m->name;
}

llvm::Function* ModuleLowerer::ifaceFn(const Type* T, const MethodEntry& e) {
  FuncObj* m = e.method;
  bool tPtr = T->is<PointerType>();
  bool direct = isDirectIface(T);
  if (e.path.empty() && !e.iface) {
    if (tPtr && m->ptrRecv) return getFunction(m);
    if (!direct || tPtr) return ptrMethodWrapper(m);
    if (llvmType(T)->isPointerTy()) return getFunction(m);
  }
  std::string name = wrapperName(T, m);
  if (llvm::Function* f = mod->getFunction(name)) return f;
  llvm::Function* w = newGoFunction(ifaceMethodType(m->sig()), name);
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx, "entry", w));
  // The address of a value of type X.
  llvm::Value* addr = w->getArg(2);
  const Type* X = T;
  if (tPtr) {
    X = T->as<PointerType>()->elem;
  } else if (direct) {
    llvm::IRBuilder<> eb(&w->getEntryBlock(), w->getEntryBlock().begin());
    llvm::Value* tmp = eb.CreateAlloca(llvmType(T));
    b.CreateStore(w->getArg(2), tmp);
    addr = tmp;
  }
  for (int idx : e.path) {
    auto* st = X->underlying()->as<StructType_>();
    if (!st) ice("lowering: embedded path through " + typeString(X));
    addr = b.CreateGEP(llvmType(X), addr, {b.getInt32(0), b.getInt32(fieldIndex(st, static_cast<size_t>(idx)))});
    X = st->fields[static_cast<size_t>(idx)].var->type;
    if (auto* p = X->as<PointerType>()) {
      addr = b.CreateLoad(ptrType(), addr);
      X = p->elem;
    }
  }
  std::vector<llvm::Value*> args{w->getArg(0), llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0))};
  llvm::FunctionCallee callee;
  if (e.iface) {
    // Dispatch through the embedded interface value.
    llvm::Value* iv = b.CreateLoad(ifaceType(), addr);
    llvm::Value* tab = b.CreateExtractValue(iv, 0);
    llvm::Value* slot = b.CreateConstGEP1_64(ptrType(), tab, 3 + e.ifaceIndex);
    callee = llvm::FunctionCallee(ifaceMethodType(m->sig()), b.CreateLoad(ptrType(), slot));
    args.push_back(b.CreateExtractValue(iv, 1));
  } else {
    const Type* recvT = m->sig()->recv->type;
    callee = getFunction(m);
    if (m->ptrRecv) {
      args.push_back(addr);
    } else if (passByPointer(recvT)) {
      llvm::IRBuilder<> eb(&w->getEntryBlock(), w->getEntryBlock().begin());
      llvm::Value* copy = eb.CreateAlloca(llvmType(recvT));
      b.CreateStore(b.CreateLoad(llvmType(recvT), addr), copy);
      args.push_back(copy);
    } else {
      args.push_back(b.CreateLoad(llvmType(recvT), addr));
    }
  }
  for (unsigned i = 3; i < w->arg_size(); i++) args.push_back(w->getArg(i));
  llvm::CallInst* ci = b.CreateCall(callee, args);
  ci->setCallingConv(llvm::CallingConv::Swift);
  ci->addParamAttr(0, llvm::Attribute::SwiftAsync);
  ci->addParamAttr(1, llvm::Attribute::SwiftSelf);
  if (ci->getType()->isVoidTy()) b.CreateRetVoid();
  else b.CreateRet(ci);
  return w;
}

llvm::Constant* ModuleLowerer::itab(const Type* T, const Type* I) {
  std::string name = "go:itab." + typeSymbol(T) + "," + typeSymbol(I);
  if (auto* gv = mod->getNamedGlobal(name)) return gv;
  auto* it = I->underlying()->as<InterfaceType_>();
  const std::vector<MethodEntry>& ms = methodSet(T);
  std::vector<llvm::Constant*> funs;
  for (FuncObj* im : it->allMethods) {
    std::string key = methodKey(im);
    const MethodEntry* found = nullptr;
    for (const MethodEntry& e : ms)
      if (methodKey(e.method) == key) found = &e;
    if (!found) ice("lowering: " + typeString(T) + " does not implement " + typeString(I) + " (missing " + im->name + ")");
    funs.push_back(ifaceFn(T, *found));
  }
  auto* arrTy = llvm::ArrayType::get(ptrType(), funs.size());
  auto* i32 = llvm::Type::getInt32Ty(ctx);
  auto* init = llvm::ConstantStruct::getAnon(
      ctx, {typeDesc(I), typeDesc(T), llvm::ConstantInt::get(i32, fnv1a(typeString(T))),
            llvm::ConstantInt::get(i32, 0), llvm::ConstantArray::get(arrTy, funs)});
  auto* gv = new llvm::GlobalVariable(*mod, init->getType(), true, llvm::GlobalValue::LinkOnceODRLinkage,
                                      init, name);
  gv->setAlignment(llvm::Align(8));
  return gv;
}

// ---------------------------------------------------------------------------
// Descriptors

llvm::StructType* ModuleLowerer::typeBaseType() {
  auto* ptr = ptrType();
  auto* i8 = llvm::Type::getInt8Ty(ctx);
  auto* i32 = llvm::Type::getInt32Ty(ctx);
  return llvm::StructType::get(ctx, {i64(), i64(), i32, i8, i8, i8, i8, ptr, ptr, i64(), ptr, ptr});
}

llvm::StructType* ModuleLowerer::descType(const Type* t) {
  llvm::StructType* base = typeBaseType();
  auto* ptr = ptrType();
  auto* i8 = llvm::Type::getInt8Ty(ctx);
  auto* i16 = llvm::Type::getInt16Ty(ctx);
  switch (t->underlying()->kind) {
    case TypeKind::Array: return llvm::StructType::get(ctx, {base, ptr, i64()});
    case TypeKind::Chan: return llvm::StructType::get(ctx, {base, i64()});
    case TypeKind::Signature:
      return llvm::StructType::get(ctx, {base, ptr, i16, i16, i8, llvm::ArrayType::get(i8, 3)});
    case TypeKind::Interface:
    case TypeKind::Struct: return llvm::StructType::get(ctx, {base, stringType(), ptr, i64()});
    default: return base;
  }
}

// A private constant array global.
static llvm::Constant* constArray(ModuleLowerer& m, const std::string& name, llvm::Type* elemTy,
                                  const std::vector<llvm::Constant*>& elems) {
  if (elems.empty()) return llvm::ConstantPointerNull::get(llvm::PointerType::get(m.ctx, 0));
  if (auto* gv = m.mod->getNamedGlobal(name)) return gv;
  auto* at = llvm::ArrayType::get(elemTy, elems.size());
  auto* gv = new llvm::GlobalVariable(*m.mod, at, true, llvm::GlobalValue::LinkOnceODRLinkage,
                                      llvm::ConstantArray::get(at, elems), name);
  gv->setAlignment(llvm::Align(8));
  return gv;
}

llvm::Constant* ModuleLowerer::descInit(const Type* t, llvm::Constant* base) {
  const Type* u = t->underlying();
  llvm::StructType* ty = descType(t);
  auto* i8 = llvm::Type::getInt8Ty(ctx);
  auto* i16 = llvm::Type::getInt16Ty(ctx);
  std::string sym = typeSymbol(t);
  switch (u->kind) {
    case TypeKind::Array:
      return llvm::ConstantStruct::get(
          ty, {base, llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0)),
               llvm::ConstantInt::get(i64(), static_cast<uint64_t>(u->as<ArrayType_>()->len))});
    case TypeKind::Chan: {
      ChanDir d = u->as<ChanType_>()->dir;
      int dir = d == ChanDir::Recv ? 1 : d == ChanDir::Send ? 2 : 3;
      return llvm::ConstantStruct::get(ty, {base, llvm::ConstantInt::get(i64(), dir)});
    }
    case TypeKind::Signature: {
      auto* sig = u->as<SignatureType>();
      std::vector<llvm::Constant*> ps;
      for (VarObj* p : sig->params) ps.push_back(typeDesc(p->type));
      for (VarObj* r : sig->results) ps.push_back(typeDesc(r->type));
      return llvm::ConstantStruct::get(
          ty, {base, constArray(*this, "go:params." + sym, ptrType(), ps),
               llvm::ConstantInt::get(i16, sig->params.size()), llvm::ConstantInt::get(i16, sig->results.size()),
               llvm::ConstantInt::get(i8, sig->variadic ? 1 : 0),
               llvm::Constant::getNullValue(llvm::ArrayType::get(i8, 3))});
    }
    case TypeKind::Interface: {
      auto* it = u->as<InterfaceType_>();
      auto* imTy = llvm::StructType::get(ctx, {stringType(), stringType(), ptrType()});
      std::vector<llvm::Constant*> ms;
      std::string pkg;
      if (auto* n = t->as<NamedType>(); n && n->obj) pkg = pkgPathOf(n->obj);
      for (FuncObj* m : it->allMethods) {
        std::string mp = m->exported() ? "" : pkgPathOf(m);
        if (pkg.empty()) pkg = mp;
        ms.push_back(llvm::ConstantStruct::get(imTy, {constString(m->name), constString(mp), typeDesc(m->sig())}));
      }
      return llvm::ConstantStruct::get(
          ty, {base, constString(pkg), constArray(*this, "go:imethods." + sym, imTy, ms),
               llvm::ConstantInt::get(i64(), ms.size())});
    }
    case TypeKind::Struct: {
      auto* st = u->as<StructType_>();
      sizeOf(st);
      auto* fTy = llvm::StructType::get(
          ctx, {stringType(), ptrType(), i64(), stringType(), i8, i8, llvm::ArrayType::get(i8, 6)});
      std::vector<llvm::Constant*> fs;
      std::string pkg;
      for (const StructField& f : st->fields) {
        if (!f.var->exported() && pkg.empty()) pkg = pkgPathOf(f.var);
        fs.push_back(llvm::ConstantStruct::get(
            fTy, {constString(f.var->name), typeDesc(f.var->type),
                  llvm::ConstantInt::get(i64(), static_cast<uint64_t>(f.offset)), constString(f.tag),
                  llvm::ConstantInt::get(i8, f.embedded ? 1 : 0),
                  llvm::ConstantInt::get(i8, f.var->exported() ? 1 : 0),
                  llvm::Constant::getNullValue(llvm::ArrayType::get(i8, 6))}));
      }
      return llvm::ConstantStruct::get(
          ty, {base, constString(pkg), constArray(*this, "go:fields." + sym, fTy, fs),
               llvm::ConstantInt::get(i64(), fs.size())});
    }
    default: return base;
  }
}

llvm::Constant* ModuleLowerer::uncommonDesc(const Type* t) {
  const Type* named = t;
  if (auto* p = t->as<PointerType>()) named = p->elem;
  auto* n = named->as<NamedType>();
  const std::vector<MethodEntry>& ms = methodSet(t);
  if (!n && ms.empty()) return llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0));
  std::string sym = typeSymbol(t);
  std::string name = "go:uncommon." + sym;
  if (auto* gv = mod->getNamedGlobal(name)) return gv;
  auto* i32 = llvm::Type::getInt32Ty(ctx);
  auto* mTy = llvm::StructType::get(ctx, {stringType(), stringType(), ptrType(), ptrType(), ptrType()});
  auto* uTy = llvm::StructType::get(ctx, {stringType(), ptrType(), i32, i32});
  // Registered first: the method types may lead back to t.
  auto* gv = new llvm::GlobalVariable(*mod, uTy, true, llvm::GlobalValue::LinkOnceODRLinkage, nullptr, name);
  gv->setAlignment(llvm::Align(8));
  std::vector<llvm::Constant*> entries;
  uint32_t xcount = 0;
  for (const MethodEntry& e : ms) {
    FuncObj* m = e.method;
    if (m->exported()) xcount++;
    llvm::Constant* ifn = ifaceFn(t, e);
    bool plain = e.path.empty() && !e.iface && (t->is<PointerType>() == m->ptrRecv);
    llvm::Constant* tfn = plain ? static_cast<llvm::Constant*>(getFunction(m))
                                : llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx, 0));
    entries.push_back(llvm::ConstantStruct::get(
        mTy, {constString(m->name), constString(m->exported() ? "" : pkgPathOf(m)), typeDesc(m->sig()), ifn, tfn}));
  }
  std::string pkg = n && n->obj ? pkgPathOf(n->obj) : "";
  gv->setInitializer(llvm::ConstantStruct::get(
      uTy, {constString(pkg), constArray(*this, "go:methods." + sym, mTy, entries),
            llvm::ConstantInt::get(i32, entries.size()), llvm::ConstantInt::get(i32, xcount)}));
  return gv;
}

}  // namespace goc::lower
