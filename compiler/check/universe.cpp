// The universe scope (predeclared types, constants, nil, builtins) and the
// `unsafe` package.
#include "compiler/check/checker.h"

namespace goc {

TypeNameObj* kUniverseError = nullptr;
Type* kErrorType = nullptr;
Type* kAnyType = nullptr;
Type* kComparableType = nullptr;

namespace {

PackageInfo* gUnsafe = nullptr;

BasicType* gByte = new BasicType(BasicKind::Uint8, "byte");
BasicType* gRune = new BasicType(BasicKind::Int32, "rune");

void add(Scope* s, Object* o) { s->insert(o); }

}  // namespace

PackageInfo* unsafePackage() {
  if (gUnsafe) return gUnsafe;
  gUnsafe = new PackageInfo;
  gUnsafe->path = "unsafe";
  gUnsafe->name = "unsafe";
  gUnsafe->scope = new Scope(nullptr);
  auto* ptr = new TypeNameObj("Pointer");
  ptr->type = basicType(BasicKind::UnsafePointer);
  ptr->pkg = gUnsafe;
  add(gUnsafe->scope, ptr);
#define GOC_BUILTIN(Id, Name)                                            \
  if (BuiltinId::Id >= BuiltinId::UnsafeAdd) {                           \
    auto* b = new BuiltinObj(Name, BuiltinId::Id);                       \
    b->pkg = gUnsafe;                                                    \
    add(gUnsafe->scope, b);                                              \
  }
#include "compiler/syntax/builtins.def"
  return gUnsafe;
}

Scope* makeUniverse() {
  static Scope* universe = nullptr;
  if (universe) return universe;
  universe = new Scope(nullptr);
  for (int k = static_cast<int>(BasicKind::Bool); k <= static_cast<int>(BasicKind::String); k++) {
    BasicType* b = basicType(static_cast<BasicKind>(k));
    auto* tn = new TypeNameObj(std::string(b->name));
    tn->type = b;
    add(universe, tn);
  }
  auto alias = [&](const char* name, Type* t) {
    auto* tn = new TypeNameObj(name);
    tn->type = t;
    tn->isAlias = true;
    add(universe, tn);
  };
  alias("byte", gByte);
  alias("rune", gRune);

  // error: interface { Error() string }
  auto* errObj = new TypeNameObj("error");
  auto* errNamed = new NamedType;
  errNamed->obj = errObj;
  errObj->type = errNamed;
  auto* errIface = new InterfaceType_;
  auto* errMethod = new FuncObj("Error");
  auto* errSig = new SignatureType;
  auto* res = new VarObj("");
  res->type = basicType(BasicKind::String);
  errSig->results.push_back(res);
  auto* recv = new VarObj("");
  recv->type = errNamed;
  errSig->recv = recv;
  errMethod->type = errSig;
  errIface->explicitMethods.push_back(errMethod);
  errIface->allMethods.push_back(errMethod);
  errNamed->under = errIface;
  add(universe, errObj);
  kUniverseError = errObj;
  kErrorType = errNamed;

  kAnyType = new InterfaceType_;
  alias("any", kAnyType);

  auto* cmpObj = new TypeNameObj("comparable");
  auto* cmpNamed = new NamedType;
  cmpNamed->obj = cmpObj;
  cmpNamed->under = new InterfaceType_;
  cmpObj->type = cmpNamed;
  add(universe, cmpObj);
  kComparableType = cmpNamed;

  for (bool v : {true, false}) {
    auto* c = new ConstObj(v ? "true" : "false");
    c->type = basicType(BasicKind::UntypedBool);
    c->value = makeBool(v);
    add(universe, c);
  }
  auto* iota = new ConstObj("iota");
  iota->type = basicType(BasicKind::UntypedInt);
  iota->value = makeInt(int64_t{0});
  add(universe, iota);
  auto* nil = new NilObj;
  nil->type = basicType(BasicKind::UntypedNil);
  add(universe, nil);
#define GOC_BUILTIN(Id, Name) \
  if (BuiltinId::Id < BuiltinId::UnsafeAdd) add(universe, new BuiltinObj(Name, BuiltinId::Id));
#include "compiler/syntax/builtins.def"
  return universe;
}

}  // namespace goc
