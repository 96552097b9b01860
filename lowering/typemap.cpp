// Go types -> LLVM types.
//
// Strategy: every Go type maps to one LLVM *memory* type, also used for SSA
// values (so bool is i8 everywhere, see lowerer.h). Structs become literal
// (unnamed) LLVM structs, so that two identical Go types, or a named type and
// its underlying type, get the same LLVM type and values convert for free.
// Layout must equal the checker's (sizeOf/alignOf/StructField::offset, gc's
// amd64 layout): we lay fields out in order, and wherever LLVM's natural
// placement of the next field falls short of the checker's offset we insert an
// explicit [n x i8] padding element; trailing bytes (gc pads a struct whose last
// field has size zero) become a final padding element. fieldIndex() maps a Go
// field index to its LLVM element index. Pointers, maps, chans and funcs are
// all the opaque `ptr`, so recursive types need no forward declarations.
#include <llvm/IR/DataLayout.h>

#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {

llvm::Type* ModuleLowerer::ptrType() { return llvm::PointerType::get(ctx, 0); }
llvm::Type* ModuleLowerer::i64() { return llvm::Type::getInt64Ty(ctx); }

llvm::StructType* ModuleLowerer::stringType() {
  return llvm::StructType::get(ctx, {ptrType(), i64()});
}
llvm::StructType* ModuleLowerer::sliceType() {
  return llvm::StructType::get(ctx, {ptrType(), i64(), i64()});
}
llvm::StructType* ModuleLowerer::ifaceType() {
  return llvm::StructType::get(ctx, {ptrType(), ptrType()});
}

static llvm::Type* basicLLVMType(llvm::LLVMContext& c, ModuleLowerer& m, BasicKind k) {
  switch (k) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool:
    case BasicKind::Int8:
    case BasicKind::Uint8: return llvm::Type::getInt8Ty(c);
    case BasicKind::Int16:
    case BasicKind::Uint16: return llvm::Type::getInt16Ty(c);
    case BasicKind::Int32:
    case BasicKind::Uint32:
    case BasicKind::UntypedRune: return llvm::Type::getInt32Ty(c);
    case BasicKind::Int:
    case BasicKind::Uint:
    case BasicKind::Int64:
    case BasicKind::Uint64:
    case BasicKind::Uintptr:
    case BasicKind::UntypedInt: return llvm::Type::getInt64Ty(c);
    case BasicKind::Float32: return llvm::Type::getFloatTy(c);
    case BasicKind::Float64:
    case BasicKind::UntypedFloat: return llvm::Type::getDoubleTy(c);
    case BasicKind::Complex64: {
      auto* f = llvm::Type::getFloatTy(c);
      return llvm::StructType::get(c, {f, f});
    }
    case BasicKind::Complex128:
    case BasicKind::UntypedComplex: {
      auto* d = llvm::Type::getDoubleTy(c);
      return llvm::StructType::get(c, {d, d});
    }
    case BasicKind::String:
    case BasicKind::UntypedString: return m.stringType();
    case BasicKind::UnsafePointer:
    case BasicKind::UntypedNil: return m.ptrType();
    case BasicKind::Invalid: break;
  }
  ice("lowering: no LLVM type for an invalid basic type");
}

llvm::Type* ModuleLowerer::llvmType(const Type* t) {
  if (!t) return llvm::Type::getVoidTy(ctx);
  if (auto it = types_.find(t); it != types_.end()) return it->second;
  llvm::Type* r = nullptr;
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKind::Basic: r = basicLLVMType(ctx, *this, u->as<BasicType>()->basic); break;
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature: r = ptrType(); break;
    case TypeKind::Slice: r = sliceType(); break;
    case TypeKind::Interface: r = ifaceType(); break;
    case TypeKind::Array: {
      auto* a = u->as<ArrayType_>();
      r = llvm::ArrayType::get(llvmType(a->elem), static_cast<uint64_t>(a->len));
      break;
    }
    case TypeKind::Tuple: {
      auto* tt = u->as<TupleType>();
      if (tt->vars.empty()) {
        r = llvm::Type::getVoidTy(ctx);
      } else if (tt->vars.size() == 1) {
        r = llvmType(tt->vars[0]->type);
      } else {
        std::vector<llvm::Type*> elems;
        for (VarObj* v : tt->vars) elems.push_back(llvmType(v->type));
        r = llvm::StructType::get(ctx, elems);
      }
      break;
    }
    case TypeKind::Struct: {
      auto* st = u->as<StructType_>();
      const llvm::DataLayout& dl = mod->getDataLayout();
      std::vector<llvm::Type*> elems;
      std::vector<unsigned> index;
      uint64_t off = 0;
      auto* i8 = llvm::Type::getInt8Ty(ctx);
      for (const StructField& f : st->fields) {
        llvm::Type* ft = llvmType(f.var->type);
        uint64_t natural = llvm::alignTo(off, dl.getABITypeAlign(ft));
        uint64_t want = f.offset >= 0 ? static_cast<uint64_t>(f.offset) : natural;
        if (want < natural) ice("lowering: struct field offset below its LLVM alignment: " + typeString(t));
        if (want > natural) {
          // Pad from the unaligned end so the padding bytes land exactly.
          elems.push_back(llvm::ArrayType::get(i8, want - off));
        }
        index.push_back(static_cast<unsigned>(elems.size()));
        elems.push_back(ft);
        off = want + dl.getTypeAllocSize(ft);
      }
      uint64_t size = static_cast<uint64_t>(sizeOf(u));
      auto* probe = llvm::StructType::get(ctx, elems);
      uint64_t llsize = dl.getTypeAllocSize(probe);
      if (size > llsize) {
        elems.push_back(llvm::ArrayType::get(i8, size - off));
        probe = llvm::StructType::get(ctx, elems);
        llsize = dl.getTypeAllocSize(probe);
      }
      if (llsize != size)
        ice("lowering: LLVM layout of " + typeString(t) + " has size " + std::to_string(llsize) +
            ", the checker says " + std::to_string(size));
      fieldIndex_[st] = std::move(index);
      r = probe;
      break;
    }
    case TypeKind::Named: break;
  }
  if (!r) ice("lowering: no LLVM type for " + typeString(t));
  types_[t] = r;
  return r;
}

unsigned ModuleLowerer::fieldIndex(const StructType_* st, size_t i) {
  auto it = fieldIndex_.find(st);
  if (it == fieldIndex_.end()) {
    llvmType(st);
    it = fieldIndex_.find(st);
  }
  return it->second.at(i);
}

const Type* ModuleLowerer::arrayOf(const Type* elem, int64_t n) {
  ownedTypes.push_back(std::make_unique<ArrayType_>(const_cast<Type*>(elem), n));
  return ownedTypes.back().get();
}

const Type* ModuleLowerer::closureType(const Type* captured) {
  auto st = std::make_unique<StructType_>();
  auto addField = [&](const char* name, const Type* t, int64_t off) {
    auto v = std::make_unique<VarObj>(name);
    v->type = const_cast<Type*>(t);
    v->isField = true;
    st->fields.push_back(StructField{v.get(), false, "", off});
    ownedObjects.push_back(std::move(v));
  };
  addField("F", basicType(BasicKind::UnsafePointer), 0);
  // Every Go type is at most 8-aligned, so the receiver copy starts at 8.
  addField("R", captured, 8);
  ownedTypes.push_back(std::move(st));
  return ownedTypes.back().get();
}

}  // namespace goc::lower
