// Type predicates, identity, spelling and amd64 layout (the queries of types.h).
#include <algorithm>

#include "compiler/check/checker.h"

namespace goc {

namespace {

BasicType* makeBasics() {
  static BasicType basics[] = {
      {BasicKind::Invalid, "invalid type"}, {BasicKind::Bool, "bool"},
      {BasicKind::Int, "int"}, {BasicKind::Int8, "int8"}, {BasicKind::Int16, "int16"},
      {BasicKind::Int32, "int32"}, {BasicKind::Int64, "int64"}, {BasicKind::Uint, "uint"},
      {BasicKind::Uint8, "uint8"}, {BasicKind::Uint16, "uint16"}, {BasicKind::Uint32, "uint32"},
      {BasicKind::Uint64, "uint64"}, {BasicKind::Uintptr, "uintptr"},
      {BasicKind::Float32, "float32"}, {BasicKind::Float64, "float64"},
      {BasicKind::Complex64, "complex64"}, {BasicKind::Complex128, "complex128"},
      {BasicKind::String, "string"}, {BasicKind::UnsafePointer, "unsafe.Pointer"},
      {BasicKind::UntypedBool, "untyped bool"}, {BasicKind::UntypedInt, "untyped int"},
      {BasicKind::UntypedRune, "untyped rune"}, {BasicKind::UntypedFloat, "untyped float"},
      {BasicKind::UntypedComplex, "untyped complex"}, {BasicKind::UntypedString, "untyped string"},
      {BasicKind::UntypedNil, "untyped nil"},
  };
  return basics;
}

BasicType* const kBasics = makeBasics();

const Type* under(const Type* t) { return t ? t->underlying() : nullptr; }

bool isBasicIn(const Type* t, BasicKind lo, BasicKind hi) {
  const Type* u = under(t);
  if (!u) return false;
  auto* b = u->as<BasicType>();
  return b && b->basic >= lo && b->basic <= hi;
}

BasicKind bk(const Type* t) {
  const Type* u = under(t);
  auto* b = u ? u->as<BasicType>() : nullptr;
  return b ? b->basic : BasicKind::Invalid;
}

}  // namespace

BasicType* const kInvalidType = &kBasics[0];

BasicType* basicType(BasicKind k) { return &kBasics[static_cast<int>(k)]; }

Type* Type::underlying() {
  if (auto* n = as<NamedType>()) return n->under ? n->under : kInvalidType;
  return this;
}
const Type* Type::underlying() const { return const_cast<Type*>(this)->underlying(); }

BasicKind basicKindOf(const Type* t) { return bk(t); }

bool isUntyped(const Type* t) {
  auto* b = t ? t->as<BasicType>() : nullptr;
  return b && b->basic >= BasicKind::UntypedBool;
}
bool isTyped(const Type* t) { return t && !isUntyped(t); }
bool isValid(const Type* t) { return t && t != kInvalidType; }
bool brokenType(const Type* t) {
  for (int i = 0; t && i < 100; i++) {
    if (auto* n = t->as<NamedType>()) return n->under == kInvalidType;
    if (auto* p = t->as<PointerType>()) t = p->elem;
    else if (auto* s = t->as<SliceType>()) t = s->elem;
    else if (auto* a = t->as<ArrayType_>()) t = a->elem;
    else if (auto* c = t->as<ChanType_>()) t = c->elem;
    else if (auto* m = t->as<MapType_>()) {
      if (brokenType(m->key)) return true;
      t = m->elem;
    } else return t == kInvalidType;
  }
  return false;
}
bool isInteger(const Type* t) {
  BasicKind k = bk(t);
  return (k >= BasicKind::Int && k <= BasicKind::Uintptr) || k == BasicKind::UntypedInt ||
         k == BasicKind::UntypedRune;
}
bool isUnsigned(const Type* t) { return isBasicIn(t, BasicKind::Uint, BasicKind::Uintptr); }
bool isFloat(const Type* t) {
  BasicKind k = bk(t);
  return k == BasicKind::Float32 || k == BasicKind::Float64 || k == BasicKind::UntypedFloat;
}
bool isComplex(const Type* t) {
  BasicKind k = bk(t);
  return k == BasicKind::Complex64 || k == BasicKind::Complex128 || k == BasicKind::UntypedComplex;
}
bool isNumeric(const Type* t) { return isInteger(t) || isFloat(t) || isComplex(t); }
bool isString(const Type* t) {
  BasicKind k = bk(t);
  return k == BasicKind::String || k == BasicKind::UntypedString;
}
bool isBoolean(const Type* t) {
  BasicKind k = bk(t);
  return k == BasicKind::Bool || k == BasicKind::UntypedBool;
}
bool isOrdered(const Type* t) { return isInteger(t) || isFloat(t) || isString(t); }
bool isConstType(const Type* t) {
  BasicKind k = bk(t);
  return k != BasicKind::Invalid && k != BasicKind::UnsafePointer && k != BasicKind::UntypedNil;
}
bool isInterface(const Type* t) { return t && under(t)->is<InterfaceType_>(); }

BasicType* defaultOf(Type* t) {
  switch (bk(t)) {
    case BasicKind::UntypedBool: return basicType(BasicKind::Bool);
    case BasicKind::UntypedInt: return basicType(BasicKind::Int);
    case BasicKind::UntypedRune: return basicType(BasicKind::Int32);
    case BasicKind::UntypedFloat: return basicType(BasicKind::Float64);
    case BasicKind::UntypedComplex: return basicType(BasicKind::Complex128);
    case BasicKind::UntypedString: return basicType(BasicKind::String);
    default: return nullptr;
  }
}

Type* newPointer(Type* e) { return new PointerType(e); }
Type* newSlice(Type* e) { return new SliceType(e); }

// ---------------------------------------------------------------------------
// Identity

namespace {

bool identicalVars(const std::vector<VarObj*>& a, const std::vector<VarObj*>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++)
    if (!identical(a[i]->type, b[i]->type)) return false;
  return true;
}

}  // namespace

bool identical(const Type* a, const Type* b) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Basic: return a->as<BasicType>()->basic == b->as<BasicType>()->basic;
    case TypeKind::Named: return false;  // unique per declaration
    case TypeKind::Pointer: return identical(a->as<PointerType>()->elem, b->as<PointerType>()->elem);
    case TypeKind::Slice: return identical(a->as<SliceType>()->elem, b->as<SliceType>()->elem);
    case TypeKind::Array:
      return a->as<ArrayType_>()->len == b->as<ArrayType_>()->len &&
             identical(a->as<ArrayType_>()->elem, b->as<ArrayType_>()->elem);
    case TypeKind::Map:
      return identical(a->as<MapType_>()->key, b->as<MapType_>()->key) &&
             identical(a->as<MapType_>()->elem, b->as<MapType_>()->elem);
    case TypeKind::Chan:
      return a->as<ChanType_>()->dir == b->as<ChanType_>()->dir &&
             identical(a->as<ChanType_>()->elem, b->as<ChanType_>()->elem);
    case TypeKind::Struct: {
      auto &fa = a->as<StructType_>()->fields, &fb = b->as<StructType_>()->fields;
      if (fa.size() != fb.size()) return false;
      for (size_t i = 0; i < fa.size(); i++) {
        if (fa[i].embedded != fb[i].embedded || fa[i].var->name != fb[i].var->name ||
            fa[i].tag != fb[i].tag || !identical(fa[i].var->type, fb[i].var->type))
          return false;
        // Unexported names from different packages differ.
        if (!fa[i].var->exported() && fa[i].var->pkg != fb[i].var->pkg) return false;
      }
      return true;
    }
    case TypeKind::Signature: {
      auto *sa = a->as<SignatureType>(), *sb = b->as<SignatureType>();
      return sa->variadic == sb->variadic && identicalVars(sa->params, sb->params) &&
             identicalVars(sa->results, sb->results);
    }
    case TypeKind::Interface: {
      auto *ia = a->as<InterfaceType_>(), *ib = b->as<InterfaceType_>();
      if (ia->allMethods.size() != ib->allMethods.size()) return false;
      for (size_t i = 0; i < ia->allMethods.size(); i++) {
        FuncObj *ma = ia->allMethods[i], *mb = ib->allMethods[i];
        if (ma->name != mb->name || !identical(ma->type, mb->type)) return false;
        if (!ma->exported() && ma->pkg != mb->pkg) return false;
      }
      return true;
    }
    case TypeKind::Tuple: return identicalVars(a->as<TupleType>()->vars, b->as<TupleType>()->vars);
  }
  return false;
}

bool comparable(const Type* t) {
  const Type* u = under(t);
  if (!u) return false;
  switch (u->kind) {
    case TypeKind::Basic: return u->as<BasicType>()->basic != BasicKind::UntypedNil;
    case TypeKind::Pointer: case TypeKind::Chan: case TypeKind::Interface: return true;
    case TypeKind::Struct:
      for (auto& f : u->as<StructType_>()->fields)
        if (!comparable(f.var->type)) return false;
      return true;
    case TypeKind::Array: return comparable(u->as<ArrayType_>()->elem);
    default: return false;
  }
}

bool hasPointers(const Type* t) {
  const Type* u = under(t);
  if (!u) return false;
  switch (u->kind) {
    case TypeKind::Basic: {
      BasicKind k = u->as<BasicType>()->basic;
      return k == BasicKind::String || k == BasicKind::UnsafePointer;
    }
    case TypeKind::Array: return u->as<ArrayType_>()->len > 0 && hasPointers(u->as<ArrayType_>()->elem);
    case TypeKind::Struct:
      for (auto& f : u->as<StructType_>()->fields)
        if (hasPointers(f.var->type)) return true;
      return false;
    default: return true;
  }
}

// ---------------------------------------------------------------------------
// Sizes (amd64, as gc)

int64_t alignOf(const Type* t) {
  const Type* u = under(t);
  if (!u) return 1;
  switch (u->kind) {
    case TypeKind::Basic:
      switch (u->as<BasicType>()->basic) {
        case BasicKind::Bool: case BasicKind::Int8: case BasicKind::Uint8: return 1;
        case BasicKind::Int16: case BasicKind::Uint16: return 2;
        case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Float32:
        case BasicKind::Complex64: return 4;
        default: return 8;
      }
    case TypeKind::Array: return alignOf(u->as<ArrayType_>()->elem);
    case TypeKind::Struct: {
      int64_t a = 1;
      for (auto& f : u->as<StructType_>()->fields) a = std::max(a, alignOf(f.var->type));
      return a;
    }
    default: return 8;
  }
}

void layoutStruct(StructType_* st) {
  int64_t off = 0;
  for (auto& f : st->fields) {
    int64_t a = alignOf(f.var->type);
    off = (off + a - 1) / a * a;
    f.offset = off;
    off += sizeOf(f.var->type);
  }
}

int64_t sizeOf(const Type* t) {
  const Type* u = under(t);
  if (!u) return 0;
  switch (u->kind) {
    case TypeKind::Basic:
      switch (u->as<BasicType>()->basic) {
        case BasicKind::Bool: case BasicKind::Int8: case BasicKind::Uint8: return 1;
        case BasicKind::Int16: case BasicKind::Uint16: return 2;
        case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Float32: return 4;
        case BasicKind::Complex128: case BasicKind::String: return 16;
        case BasicKind::Invalid: return 0;
        default: return 8;
      }
    case TypeKind::Slice: return 24;
    case TypeKind::Interface: return 16;
    case TypeKind::Array: {
      auto* a = u->as<ArrayType_>();
      return a->len <= 0 ? 0 : a->len * sizeOf(a->elem);
    }
    case TypeKind::Struct: {
      auto* st = const_cast<StructType_*>(u->as<StructType_>());
      if (st->fields.empty()) return 0;
      if (st->fields.back().offset < 0) layoutStruct(st);
      int64_t end = st->fields.back().offset + sizeOf(st->fields.back().var->type);
      // gc pads a trailing zero-size field so &s.last does not point past the object.
      if (sizeOf(st->fields.back().var->type) == 0 && end > 0) end++;
      int64_t a = alignOf(st);
      return (end + a - 1) / a * a;
    }
    case TypeKind::Tuple: {
      int64_t off = 0;
      for (VarObj* v : u->as<TupleType>()->vars) {
        int64_t a = alignOf(v->type);
        off = (off + a - 1) / a * a + sizeOf(v->type);
      }
      return off;
    }
    default: return 8;
  }
}

// ---------------------------------------------------------------------------
// Spelling. `msg` selects types2's spelling for diagnostics (package-relative,
// "struct{a int}", "interface{}"); otherwise reflect's spelling as the runtime
// prints it ("main.T", "struct { a int }", "interface {}").

namespace {

PackageInfo* gRelPkg = nullptr;  // package whose names print unqualified (messages only)
// typeSymbol(): reflect's spelling, but named types by their unique linkName
// and unexported field and method names qualified by their package path.
bool gSymbol = false;

std::string symbolName(const Object* o) {
  if (gSymbol && !o->exported() && o->pkg && o->name != "_") return o->pkg->path + "." + o->name;
  return o->name;
}

void writeType(std::string& out, const Type* t, bool msg, int depth);

void writeVars(std::string& out, const std::vector<VarObj*>& vars, bool variadic, bool msg, int depth,
               bool names) {
  out += "(";
  for (size_t i = 0; i < vars.size(); i++) {
    if (i) out += ", ";
    if (names && !vars[i]->name.empty()) out += vars[i]->name + " ";
    if (variadic && i + 1 == vars.size()) {
      out += "...";
      auto* s = vars[i]->type ? vars[i]->type->as<SliceType>() : nullptr;
      writeType(out, s ? s->elem : vars[i]->type, msg, depth + 1);
    } else {
      writeType(out, vars[i]->type, msg, depth + 1);
    }
  }
  out += ")";
}

void writeSig(std::string& out, const SignatureType* s, bool msg, int depth) {
  bool names = msg;
  writeVars(out, s->params, s->variadic, msg, depth, names);
  if (s->results.empty()) return;
  out += " ";
  if (s->results.size() == 1 && (!names || s->results[0]->name.empty())) {
    writeType(out, s->results[0]->type, msg, depth + 1);
    return;
  }
  writeVars(out, s->results, false, msg, depth, names);
}

void writeType(std::string& out, const Type* t, bool msg, int depth) {
  if (!t) {
    out += "<nil>";
    return;
  }
  if (depth > 50) {
    out += "...";
    return;
  }
  switch (t->kind) {
    case TypeKind::Basic: {
      auto* b = t->as<BasicType>();
      // reflect spells byte and rune by their kind.
      out += msg ? std::string(b->name) : std::string(basicType(b->basic)->name);
      return;
    }
    case TypeKind::Named: {
      auto* n = t->as<NamedType>();
      if (!n->obj) {
        out += "?";
        return;
      }
      if (gSymbol) {
        out += !n->obj->linkName.empty() ? n->obj->linkName
               : n->obj->pkg             ? n->obj->pkg->path + "." + n->obj->name
                                         : n->obj->name;
        return;
      }
      if (n->obj->pkg && !(msg && n->obj->pkg == gRelPkg)) out += n->obj->pkg->name + ".";
      out += n->obj->name;
      return;
    }
    case TypeKind::Pointer: out += "*"; writeType(out, t->as<PointerType>()->elem, msg, depth + 1); return;
    case TypeKind::Slice: out += "[]"; writeType(out, t->as<SliceType>()->elem, msg, depth + 1); return;
    case TypeKind::Array:
      out += "[" + std::to_string(t->as<ArrayType_>()->len) + "]";
      writeType(out, t->as<ArrayType_>()->elem, msg, depth + 1);
      return;
    case TypeKind::Map:
      out += "map[";
      writeType(out, t->as<MapType_>()->key, msg, depth + 1);
      out += "]";
      writeType(out, t->as<MapType_>()->elem, msg, depth + 1);
      return;
    case TypeKind::Chan: {
      auto* c = t->as<ChanType_>();
      out += c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ";
      // chan (<-chan T) needs parentheses.
      auto* ec = c->elem ? c->elem->as<ChanType_>() : nullptr;
      bool paren = c->dir == ChanDir::Both && ec && ec->dir == ChanDir::Recv;
      if (paren) out += "(";
      writeType(out, c->elem, msg, depth + 1);
      if (paren) out += ")";
      return;
    }
    case TypeKind::Struct: {
      auto* s = t->as<StructType_>();
      out += msg ? "struct{" : "struct {";
      for (size_t i = 0; i < s->fields.size(); i++) {
        out += i ? "; " : (msg ? "" : " ");
        const StructField& f = s->fields[i];
        if (!f.embedded) out += symbolName(f.var) + " ";
        writeType(out, f.var->type, msg, depth + 1);
        if (!f.tag.empty()) out += " " + goQuote(f.tag);
      }
      out += (msg || s->fields.empty()) ? "}" : " }";
      return;
    }
    case TypeKind::Signature: out += "func"; writeSig(out, t->as<SignatureType>(), msg, depth); return;
    case TypeKind::Interface: {
      auto* it = t->as<InterfaceType_>();
      // types2 says "any" for the predeclared alias itself, "interface{}" for a literal.
      if (msg && t == kAnyType) {
        out += "any";
        return;
      }
      out += msg ? "interface{" : "interface {";
      const auto& ms = it->allMethods;
      for (size_t i = 0; i < ms.size(); i++) {
        out += i ? "; " : (msg ? "" : " ");
        out += symbolName(ms[i]);
        if (auto* s = ms[i]->type ? ms[i]->type->as<SignatureType>() : nullptr) writeSig(out, s, msg, depth + 1);
      }
      out += (msg || ms.empty()) ? "}" : " }";
      return;
    }
    case TypeKind::Tuple: writeVars(out, t->as<TupleType>()->vars, false, msg, depth, false); return;
  }
}

}  // namespace

std::string typeString(const Type* t) {
  std::string out;
  writeType(out, t, false, 0);
  return out;
}

std::string typeSymbol(const Type* t) {
  gSymbol = true;
  std::string out;
  writeType(out, t, false, 0);
  gSymbol = false;
  return out;
}

// Diagnostic spelling, relative to package `rel`.
std::string msgTypeString(const Type* t, PackageInfo* rel) {
  gRelPkg = rel;
  std::string out;
  writeType(out, t, true, 0);
  return out;
}

std::string signatureString(const SignatureType* s) {
  std::string out;
  writeSig(out, s, true, 0);
  return out;
}

std::string tupleString(const std::vector<VarObj*>& vars, bool variadic) {
  std::string out;
  writeVars(out, vars, variadic, true, 0, false);
  return out;
}

}  // namespace goc
