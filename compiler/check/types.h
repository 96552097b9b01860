// Types, objects and the other results of type checking.
//
// compiler/check builds these while it checks a Program and records them on
// the syntax tree (Expr::type, Expr::cval, Ident::obj, ...). lowering/ reads
// them and never changes them.
//
// Invariants after a successful check (no diagnostics):
//  - identical types need not be the same Type object: compare with
//    identical(); Named types are unique per declaration;
//  - every value expression has mode != Invalid and a non-null, typed `type`
//    (untyped constants have been converted to their final type, their cval
//    represents the value in that type; untyped nil has type UntypedNil);
//  - every Ident that is used or declared has its obj (except `_`);
//  - Types are owned by a TypeStore that lives as long as the Program.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/syntax/ast.h"

namespace goc {

// ---------------------------------------------------------------------------
// Types

enum class TypeKind : uint8_t {
  Basic, Named, Pointer, Slice, Array, Map, Chan, Struct, Signature, Interface, Tuple,
};

enum class BasicKind : uint8_t {
  Invalid,
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  // untyped kinds (constants and nil)
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString,
  UntypedNil,
};

class Type {
 public:
  const TypeKind kind;
  explicit Type(TypeKind k) : kind(k) {}
  virtual ~Type() = default;
  template <class T> T* as() { return kind == T::Kind ? static_cast<T*>(this) : nullptr; }
  template <class T> const T* as() const { return kind == T::Kind ? static_cast<const T*>(this) : nullptr; }
  template <class T> bool is() const { return kind == T::Kind; }
  // The underlying type (itself for everything but Named).
  Type* underlying();
  const Type* underlying() const;
};

class BasicType : public Type {
 public:
  static constexpr TypeKind Kind = TypeKind::Basic;
  BasicKind basic;
  std::string_view name;  // "int", "untyped int", ...
  BasicType(BasicKind b, std::string_view n) : Type(Kind), basic(b), name(n) {}
};

class Object;
class FuncObj;
class TypeNameObj;

class NamedType : public Type {
 public:
  static constexpr TypeKind Kind = TypeKind::Named;
  TypeNameObj* obj = nullptr;        // the declaring type name
  Type* under = nullptr;             // underlying type (never Named)
  std::vector<FuncObj*> methods;     // declared methods, in source order
  bool notInHeap = false;            // //go:notinheap
  NamedType() : Type(Kind) {}
};

class PointerType : public Type {
 public:
  static constexpr TypeKind Kind = TypeKind::Pointer;
  Type* elem;
  explicit PointerType(Type* e) : Type(Kind), elem(e) {}
};

class SliceType : public Type {
 public:
  static constexpr TypeKind Kind = TypeKind::Slice;
  Type* elem;
  explicit SliceType(Type* e) : Type(Kind), elem(e) {}
};

class ArrayType_ : public Type {  // trailing underscore: ArrayType is the syntax node
 public:
  static constexpr TypeKind Kind = TypeKind::Array;
  Type* elem;
  int64_t len;
  ArrayType_(Type* e, int64_t n) : Type(Kind), elem(e), len(n) {}
};

class MapType_ : public Type {
 public:
  static constexpr TypeKind Kind = TypeKind::Map;
  Type* key;
  Type* elem;
  MapType_(Type* k, Type* e) : Type(Kind), key(k), elem(e) {}
};

class ChanType_ : public Type {
 public:
  static constexpr TypeKind Kind = TypeKind::Chan;
  ChanDir dir;
  Type* elem;
  ChanType_(ChanDir d, Type* e) : Type(Kind), dir(d), elem(e) {}
};

class VarObj;

struct StructField {
  VarObj* var;           // name, type, package (for unexported identity), isField
  bool embedded = false;
  std::string tag;       // unquoted tag text
  int64_t offset = -1;   // byte offset, computed by the checker's layout
};

class StructType_ : public Type {
 public:
  static constexpr TypeKind Kind = TypeKind::Struct;
  std::vector<StructField> fields;
  StructType_() : Type(Kind) {}
};

class TupleType : public Type {  // results of a multi-value call; parameter lists
 public:
  static constexpr TypeKind Kind = TypeKind::Tuple;
  std::vector<VarObj*> vars;
  TupleType() : Type(Kind) {}
};

class SignatureType : public Type {
 public:
  static constexpr TypeKind Kind = TypeKind::Signature;
  VarObj* recv = nullptr;             // receiver for methods, else null
  std::vector<VarObj*> params;        // a variadic last param has type []T
  std::vector<VarObj*> results;
  bool variadic = false;
  SignatureType() : Type(Kind) {}
};

class InterfaceType_ : public Type {
 public:
  static constexpr TypeKind Kind = TypeKind::Interface;
  std::vector<FuncObj*> explicitMethods;
  std::vector<Type*> embeddeds;
  // The complete method set (explicit + embedded), sorted by name as gc sorts
  // itab entries (exported names by name, then unexported by package path and name).
  std::vector<FuncObj*> allMethods;
  InterfaceType_() : Type(Kind) {}
  bool isEmpty() const { return allMethods.empty(); }
};

// ---------------------------------------------------------------------------
// Constants

// A constant value: exact for untyped constants, representable in its type
// for typed ones. The representation (GMP, APInt, ...) is the checker's
// business; lowering uses only the accessors below on typed constants.
struct ConstValue {
  enum class Kind : uint8_t { Unknown, Bool, String, Int, Float, Complex };
  virtual ~ConstValue() = default;
  virtual Kind kind() const = 0;
  virtual bool boolVal() const = 0;
  virtual std::string stringVal() const = 0;
  // Two's-complement bits of an integer constant, truncated to 64 bits.
  virtual uint64_t int64Bits() const = 0;
  // Nearest float64 (correctly rounded), also for Int constants.
  virtual double float64Val() const = 0;
  virtual float float32Val() const = 0;
  virtual double realVal() const = 0;  // complex parts (or the value itself)
  virtual double imagVal() const = 0;
  virtual std::string toString() const = 0;  // as gc prints it in diagnostics
};

// ---------------------------------------------------------------------------
// Objects (named language entities)

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, PkgName, Builtin, Label, Nil };

struct PackageInfo;

class Object {
 public:
  const ObjKind kind;
  std::string name;
  Type* type = nullptr;
  Pos pos = NoPos;
  PackageInfo* pkg = nullptr;  // null for universe objects
  Object(ObjKind k, std::string n) : kind(k), name(std::move(n)) {}
  virtual ~Object() = default;
  template <class T> T* as() { return kind == T::Kind ? static_cast<T*>(this) : nullptr; }
  template <class T> bool is() const { return kind == T::Kind; }
  bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
};

struct FuncInfo;

class VarObj : public Object {
 public:
  static constexpr ObjKind Kind = ObjKind::Var;
  bool isField = false;
  bool isParam = false;       // parameter or named/unnamed result
  bool isGlobal = false;      // package-level variable
  bool used = false;
  bool captured = false;      // referenced from a closure other than its declaring function
  bool addressTaken = false;  // &v, or a method with pointer receiver called on it
  FuncInfo* owner = nullptr;  // declaring function (null for globals and fields)
  explicit VarObj(std::string n) : Object(Kind, std::move(n)) {}
};

class ConstObj : public Object {
 public:
  static constexpr ObjKind Kind = ObjKind::Const;
  ConstValue* value = nullptr;
  explicit ConstObj(std::string n) : Object(Kind, std::move(n)) {}
};

class TypeNameObj : public Object {
 public:
  static constexpr ObjKind Kind = ObjKind::TypeName;
  bool isAlias = false;
  // Unique name of a defined type, for symbols: "pkgpath.T" at package
  // level, "pkgpath.Func.T·N" for a type declared in a function (N counts the
  // package's local types from 1, so that equal names in different scopes
  // differ). Empty for aliases and universe types.
  std::string linkName;
  explicit TypeNameObj(std::string n) : Object(Kind, std::move(n)) {}
};

class FuncObj : public Object {
 public:
  static constexpr ObjKind Kind = ObjKind::Func;
  FuncDecl* decl = nullptr;     // null for interface methods
  std::string linkName;         // the symbol: "pkg.Name", "pkg.T.M", "pkg.(*T).M",
                                // or a //go:linkname target
  bool ptrRecv = false;         // method with pointer receiver
  explicit FuncObj(std::string n) : Object(Kind, std::move(n)) {}
  SignatureType* sig() const { return static_cast<SignatureType*>(type); }
};

class PkgNameObj : public Object {
 public:
  static constexpr ObjKind Kind = ObjKind::PkgName;
  PackageInfo* imported = nullptr;
  bool used = false;
  explicit PkgNameObj(std::string n) : Object(Kind, std::move(n)) {}
};

class BuiltinObj : public Object {
 public:
  static constexpr ObjKind Kind = ObjKind::Builtin;
  BuiltinId id;
  BuiltinObj(std::string n, BuiltinId i) : Object(Kind, std::move(n)), id(i) {}
};

class LabelObj : public Object {
 public:
  static constexpr ObjKind Kind = ObjKind::Label;
  LabeledStmt* stmt = nullptr;
  bool used = false;
  explicit LabelObj(std::string n) : Object(Kind, std::move(n)) {}
};

class NilObj : public Object {
 public:
  static constexpr ObjKind Kind = ObjKind::Nil;
  NilObj() : Object(Kind, "nil") {}
};

// ---------------------------------------------------------------------------
// Selections (x.f where x is not a package name)

struct Selection {
  enum class Kind : uint8_t {
    Field,        // x.f: a struct field, possibly promoted
    Method,       // x.m: a method value or the callee of a method call
    MethodExpr,   // T.m or (*T).m: a method expression (function with receiver first)
    IfaceMethod,  // x.m where x's type is an interface
  };
  Kind kind;
  Object* obj = nullptr;     // VarObj (field) or FuncObj (method)
  Type* recvType = nullptr;  // type of x (for MethodExpr: the T in T.m)
  // Path of embedded field indices from x to the field or to the method's
  // receiver (later issue: embedding); the last index is the field itself for Field.
  std::vector<int> path;
  bool indirect = false;     // whether a pointer is dereferenced on the path
  // For Method: how x must be adjusted for the receiver: take its address
  // (auto &x for a pointer method on an addressable value) or load through it
  // (auto *p for a value method on a pointer).
  bool addrOfRecv = false;
  bool derefRecv = false;
};

// ---------------------------------------------------------------------------
// Per-function and per-package results

// One Go function body: a FuncDecl or a FuncLit.
struct FuncInfo {
  FuncDecl* decl = nullptr;          // exactly one of decl and lit is set
  FuncLit* lit = nullptr;
  FuncInfo* outer = nullptr;         // enclosing function for literals
  SignatureType* sig = nullptr;
  std::string linkName;              // symbol, e.g. "main.main", "main.f.func1"
  std::vector<VarObj*> params;       // receiver first (if any), then parameters
  std::vector<VarObj*> results;      // named or unnamed (unnamed get "" names)
  std::vector<VarObj*> captures;     // free variables (for literals), in order
  std::vector<FuncInfo*> literals;   // function literals directly inside
  uint32_t pragmas = PragmaNone;
  bool hasDefer = false;
  bool hasRecover = false;
};

// A package-level variable initialisation, in the order the spec requires.
struct VarInit {
  std::vector<VarObj*> lhs;  // one, or several for `var a, b = f()`
  Expr* rhs = nullptr;       // null: zero value only (nothing to do)
};

struct PackageInfo {
  Package* pkg = nullptr;
  std::string path;                 // import path
  std::string name;
  Scope* scope = nullptr;           // package scope
  std::vector<PackageInfo*> imports;
  std::vector<VarInit> varInits;    // in initialisation order
  std::vector<FuncInfo*> initFuncs; // user `init` functions, in source order
  std::vector<FuncInfo*> funcs;     // every function with a body (decls and literals)
  std::vector<VarObj*> globals;     // every package-level variable
  std::vector<NamedType*> namedTypes;
};


// ---------------------------------------------------------------------------
// Scopes (added by compiler/check): a block's names. Lookups walk `parent`.

class Scope {
 public:
  Scope* parent = nullptr;
  bool isFunc = false;            // the outermost scope of a function body
  std::vector<Object*> objects;   // in declaration order
  explicit Scope(Scope* p) : parent(p) {}
  Object* lookupLocal(std::string_view name) const {
    auto it = index_.find(name);
    return it == index_.end() ? nullptr : it->second;
  }
  // Adds obj; returns the object already declared under its name, if any.
  Object* insert(Object* obj) {
    auto [it, fresh] = index_.emplace(std::string_view(obj->name), obj);
    if (!fresh) return it->second;
    objects.push_back(obj);
    return nullptr;
  }
  Object* lookup(std::string_view name) const {
    for (const Scope* s = this; s; s = s->parent)
      if (Object* o = s->lookupLocal(name)) return o;
    return nullptr;
  }

 private:
  std::unordered_map<std::string_view, Object*> index_;  // keys point into Object::name
};

// ---------------------------------------------------------------------------
// Queries (implemented by compiler/check)

bool identical(const Type* a, const Type* b);
std::string typeString(const Type* t);  // gc's spelling: "[]int", "main.T", "func(int) string"
// A type's identity as a string, for symbol names (type descriptors, hash and
// equal functions): like typeString, but named types are spelled by their
// unique TypeNameObj::linkName ("main.main.T·1", "example.com/m/geom.Point")
// and unexported field and method names are qualified by their package path.
// Two types are identical iff their typeSymbols are equal.
std::string typeSymbol(const Type* t);
int64_t sizeOf(const Type* t);          // amd64 layout, as gc
int64_t alignOf(const Type* t);
bool isUntyped(const Type* t);
bool isInteger(const Type* t);
bool isUnsigned(const Type* t);
bool isFloat(const Type* t);
bool isComplex(const Type* t);
bool isString(const Type* t);
bool isBoolean(const Type* t);
bool hasPointers(const Type* t);
bool comparable(const Type* t);

// The predeclared types, for lowering's convenience.
BasicType* basicType(BasicKind k);

// Checks the program (packages in dependency order). Records results on the
// syntax tree and in Package::info. Returns false if any error was reported.
class TypeStore;
bool checkProgram(Program& prog, const SourceManager& sm, Diagnostics& diags);

}  // namespace goc
