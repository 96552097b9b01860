// The syntax tree: what compiler/parse produces and compiler/check annotates.
//
// Nodes are allocated in an Arena owned by the compilation and never freed
// while it runs, so nodes point at each other freely. The shape follows the Go
// spec's grammar closely (as go/ast does). Fields under "checker results" are
// empty after parsing and filled in by compiler/check; lowering reads only
// checked trees.
//
// Invariants after parsing:
//  - every node has a valid `pos` (its first token, or the operator for
//    binary expressions, as gc reports them);
//  - optional children are nullptr when absent, lists are empty vectors;
//  - a syntax error leaves a BadExpr/BadStmt in place and the parser goes on.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/diag/diag.h"
#include "compiler/lex/token.h"

namespace goc {

// Defined by compiler/check (types.h). Syntax only holds pointers to them.
class Type;
class Object;
class Scope;
struct ConstValue;
struct Selection;
struct PackageInfo;

// ---------------------------------------------------------------------------
// Arena

class Arena {
 public:
  template <class T, class... Args>
  T* make(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    nodes_.push_back(Holder{raw, [](void* q) { delete static_cast<T*>(q); }});
    p.release();
    return raw;
  }
  ~Arena() {
    for (auto it = nodes_.rbegin(); it != nodes_.rend(); ++it) it->del(it->ptr);
  }
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

 private:
  struct Holder {
    void* ptr;
    void (*del)(void*);
  };
  std::vector<Holder> nodes_;
};

// ---------------------------------------------------------------------------
// Node kinds (closed set)

enum class NodeKind : uint8_t {
  // Expressions
  BadExpr, Ident, BasicLit, CompositeLit, FuncLit, ParenExpr, SelectorExpr,
  IndexExpr, SliceExpr, TypeAssertExpr, CallExpr, StarExpr, UnaryExpr,
  BinaryExpr, KeyValueExpr,
  // Type expressions (also Exprs)
  ArrayType, StructType, FuncType, InterfaceType, MapType, ChanType, Ellipsis,
  // Statements
  BadStmt, DeclStmt, EmptyStmt, LabeledStmt, ExprStmt, SendStmt, IncDecStmt,
  AssignStmt, GoStmt, DeferStmt, ReturnStmt, BranchStmt, BlockStmt, IfStmt,
  CaseClause, SwitchStmt, TypeSwitchStmt, CommClause, SelectStmt, ForStmt,
  RangeStmt,
  // Declarations and specs
  ImportSpec, ValueSpec, TypeSpec, GenDecl, FuncDecl, Field,
};

struct Node {
  NodeKind kind;
  Pos pos;
  Node(NodeKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Node() = default;
  template <class T> T* as() { return kind == T::Kind ? static_cast<T*>(this) : nullptr; }
  template <class T> const T* as() const { return kind == T::Kind ? static_cast<const T*>(this) : nullptr; }
  template <class T> bool is() const { return kind == T::Kind; }
};

#define GOC_NODE(Name, Base)                              \
  static constexpr NodeKind Kind = NodeKind::Name;        \
  explicit Name(Pos p) : Base(NodeKind::Name, p) {}

// ---------------------------------------------------------------------------
// Expressions

// How the checker classified an expression (go/types' operand modes).
enum class ExprMode : uint8_t {
  Invalid,     // not yet checked, or erroneous
  NoValue,     // call of a function without results
  Builtin,     // a builtin function name (only valid as a call's Fun)
  TypeExpr,    // denotes a type
  Constant,    // compile-time constant (cval set)
  Variable,    // addressable value
  MapIndex,    // m[k]: assignable, not addressable
  Value,       // any other value
  CommaOk,     // value that may be used in a two-value assignment (m[k], x.(T), <-ch)
  PackageName, // an imported package's name (only valid before '.')
};

struct Expr : Node {
  using Node::Node;
  // ---- checker results ----
  ExprMode mode = ExprMode::Invalid;
  Type* type = nullptr;         // for TypeExpr: the type denoted; for values: the value's type
                                // (after untyped constants got their final type)
  ConstValue* cval = nullptr;   // for Constant mode: the value, already converted to `type`
};

struct BadExpr : Expr { GOC_NODE(BadExpr, Expr) };

struct Ident : Expr {
  GOC_NODE(Ident, Expr)
  std::string_view name;  // points into the source text
  // ---- checker results ----
  Object* obj = nullptr;  // what the name denotes (declaration or use); null for `_`
};

struct BasicLit : Expr {
  GOC_NODE(BasicLit, Expr)
  Tok litKind = Tok::Int;  // Int, Float, Imag, Char, String
  std::string_view value;  // source text of the literal (quotes included)
};

struct CompositeLit : Expr {
  GOC_NODE(CompositeLit, Expr)
  Expr* typeExpr = nullptr;  // may be null for elided types inside another literal
  std::vector<Expr*> elts;   // KeyValueExpr for keyed elements
  Pos lbrace = NoPos, rbrace = NoPos;
  // ---- checker results ----
  // `type` is the literal's type (also when typeExpr is elided; `[...]T` resolved).
};

struct FuncType;
struct BlockStmt;

struct FuncLit : Expr {
  GOC_NODE(FuncLit, Expr)
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;
  // ---- checker results ----
  std::vector<Object*> captures;  // free variables of enclosing functions, in first-use order
  struct FuncInfo* info = nullptr;
};

struct ParenExpr : Expr {
  GOC_NODE(ParenExpr, Expr)
  Expr* x = nullptr;
};

struct SelectorExpr : Expr {
  GOC_NODE(SelectorExpr, Expr)
  Expr* x = nullptr;
  Ident* sel = nullptr;
  // ---- checker results ----
  // For a qualified identifier (pkg.Name) `selection` is null and sel->obj is
  // the package member. Otherwise `selection` says what was selected.
  Selection* selection = nullptr;
};

// x[i] or, with several indices, an instantiation x[T1, T2] (generics: later).
struct IndexExpr : Expr {
  GOC_NODE(IndexExpr, Expr)
  Expr* x = nullptr;
  std::vector<Expr*> indices;  // usually one
  Pos rbrack = NoPos;
};

struct SliceExpr : Expr {
  GOC_NODE(SliceExpr, Expr)
  Expr* x = nullptr;
  Expr* lo = nullptr;
  Expr* hi = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
};

struct TypeAssertExpr : Expr {
  GOC_NODE(TypeAssertExpr, Expr)
  Expr* x = nullptr;
  Expr* typeExpr = nullptr;  // null for x.(type) in a type switch
};

// What kind of call the checker found.
enum class CallKind : uint8_t {
  Unknown,
  Conversion,  // T(x): fun is a type
  Builtin,     // len, append, ...: see `builtin`
  Func,        // call of a function value, function name, method value or method expression
  Method,      // x.m(...) where fun is a SelectorExpr selecting a method (static or interface)
};

enum class BuiltinId : uint8_t {
  None,
#define GOC_BUILTIN(Id, Name) Id,
#include "compiler/syntax/builtins.def"
};

struct CallExpr : Expr {
  GOC_NODE(CallExpr, Expr)
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool hasDots = false;  // f(xs...)
  Pos lparen = NoPos, rparen = NoPos;
  // ---- checker results ----
  CallKind callKind = CallKind::Unknown;
  BuiltinId builtin = BuiltinId::None;
  // For calls whose single argument is a multi-value call, f(g()): true.
  bool spreadsTuple = false;
};

struct StarExpr : Expr {  // *x: dereference or pointer type
  GOC_NODE(StarExpr, Expr)
  Expr* x = nullptr;
};

struct UnaryExpr : Expr {  // +x -x !x ^x &x <-x
  GOC_NODE(UnaryExpr, Expr)
  Tok op = Tok::Add;
  Expr* x = nullptr;
};

struct BinaryExpr : Expr {
  GOC_NODE(BinaryExpr, Expr)
  Tok op = Tok::Add;  // pos is the operator's position
  Expr* x = nullptr;
  Expr* y = nullptr;
};

struct KeyValueExpr : Expr {
  GOC_NODE(KeyValueExpr, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
};

// ---------------------------------------------------------------------------
// Type expressions

struct Field : Node {  // a struct field, parameter, result or interface element
  GOC_NODE(Field, Node)
  std::vector<Ident*> names;   // empty for anonymous params / embedded fields / interface embeds
  Expr* typeExpr = nullptr;    // for an interface method: its FuncType
  BasicLit* tag = nullptr;     // struct field tag
  bool variadic = false;       // last parameter declared ...T (typeExpr is the T)
};

struct ArrayType : Expr {  // [N]T, [...]T, []T
  GOC_NODE(ArrayType, Expr)
  Expr* len = nullptr;     // null for slices; an Ellipsis node for [...]T
  Expr* elem = nullptr;
};

struct StructType : Expr {
  GOC_NODE(StructType, Expr)
  std::vector<Field*> fields;
};

// Type parameters are parsed (typeParams) and rejected by the checker for now.
struct FuncType : Expr {
  GOC_NODE(FuncType, Expr)
  std::vector<Field*> typeParams;
  std::vector<Field*> params;
  std::vector<Field*> results;
};

struct InterfaceType : Expr {
  GOC_NODE(InterfaceType, Expr)
  // Methods have names (one) and a FuncType; embedded elements have no names
  // and a type expression (possibly a union/tilde BinaryExpr/UnaryExpr).
  std::vector<Field*> elems;
};

struct MapType : Expr {
  GOC_NODE(MapType, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct ChanType : Expr {
  GOC_NODE(ChanType, Expr)
  ChanDir dir = ChanDir::Both;
  Expr* value = nullptr;
};

struct Ellipsis : Expr {  // `...` in [...]T (elt null) or in a variadic param
  GOC_NODE(Ellipsis, Expr)
  Expr* elt = nullptr;
};

// ---------------------------------------------------------------------------
// Statements

struct Stmt : Node { using Node::Node; };

struct BadStmt : Stmt { GOC_NODE(BadStmt, Stmt) };

struct GenDecl;
struct DeclStmt : Stmt {
  GOC_NODE(DeclStmt, Stmt)
  GenDecl* decl = nullptr;  // const, type or var
};

struct EmptyStmt : Stmt { GOC_NODE(EmptyStmt, Stmt) };

struct LabeledStmt : Stmt {
  GOC_NODE(LabeledStmt, Stmt)
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
};

struct ExprStmt : Stmt {
  GOC_NODE(ExprStmt, Stmt)
  Expr* x = nullptr;
};

struct SendStmt : Stmt {
  GOC_NODE(SendStmt, Stmt)
  Expr* chan = nullptr;
  Expr* value = nullptr;
};

struct IncDecStmt : Stmt {
  GOC_NODE(IncDecStmt, Stmt)
  Expr* x = nullptr;
  Tok op = Tok::Inc;  // Inc or Dec
};

struct AssignStmt : Stmt {  // =, :=, op=
  GOC_NODE(AssignStmt, Stmt)
  std::vector<Expr*> lhs;
  Tok op = Tok::Assign;  // Assign, Define, or an op-assign token; pos is the operator's
  std::vector<Expr*> rhs;
  // ---- checker results ----
  // For `:=`: newVars[i] is true when lhs[i] declares a new variable.
  std::vector<bool> newVars;
};

struct GoStmt : Stmt {
  GOC_NODE(GoStmt, Stmt)
  CallExpr* call = nullptr;
};

struct DeferStmt : Stmt {
  GOC_NODE(DeferStmt, Stmt)
  CallExpr* call = nullptr;
};

struct ReturnStmt : Stmt {
  GOC_NODE(ReturnStmt, Stmt)
  std::vector<Expr*> results;
};

struct BranchStmt : Stmt {  // break, continue, goto, fallthrough
  GOC_NODE(BranchStmt, Stmt)
  Tok tok = Tok::Break;
  Ident* label = nullptr;
  // ---- checker results ----
  Stmt* target = nullptr;  // for break/continue: the for/switch/select statement;
                           // for goto: the LabeledStmt
};

struct BlockStmt : Stmt {
  GOC_NODE(BlockStmt, Stmt)
  std::vector<Stmt*> stmts;
  Pos rbrace = NoPos;
};

struct IfStmt : Stmt {
  GOC_NODE(IfStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* then = nullptr;
  Stmt* els = nullptr;  // IfStmt or BlockStmt
};

struct CaseClause : Stmt {  // case in an expression or type switch
  GOC_NODE(CaseClause, Stmt)
  std::vector<Expr*> list;  // empty: default
  std::vector<Stmt*> body;
  bool isDefault = false;
  Pos colon = NoPos;
  // ---- checker results ----
  Object* implicitVar = nullptr;  // type switch: the variable declared for this clause
};

struct SwitchStmt : Stmt {
  GOC_NODE(SwitchStmt, Stmt)
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // may be null (switch true)
  std::vector<CaseClause*> clauses;
  Pos rbrace = NoPos;
};

struct TypeSwitchStmt : Stmt {
  GOC_NODE(TypeSwitchStmt, Stmt)
  Stmt* init = nullptr;
  Ident* binding = nullptr;      // x in `switch x := y.(type)`, or null
  TypeAssertExpr* guard = nullptr;  // y.(type)
  std::vector<CaseClause*> clauses;
  Pos rbrace = NoPos;
};

struct CommClause : Stmt {  // case in a select
  GOC_NODE(CommClause, Stmt)
  Stmt* comm = nullptr;  // SendStmt, ExprStmt(<-c), AssignStmt(x := <-c); null: default
  std::vector<Stmt*> body;
  Pos colon = NoPos;
};

struct SelectStmt : Stmt {
  GOC_NODE(SelectStmt, Stmt)
  std::vector<CommClause*> clauses;
  Pos rbrace = NoPos;
};

struct ForStmt : Stmt {
  GOC_NODE(ForStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
  // ---- checker results ----
  // Variables declared by init (`i := 0`) that are captured by a closure in
  // the loop: Go 1.22 gives each iteration its own copy, so lowering must
  // copy them per iteration. Uncaptured loop variables need no copy.
  std::vector<Object*> perIterVars;
};

struct RangeStmt : Stmt {
  GOC_NODE(RangeStmt, Stmt)
  Expr* key = nullptr;    // may be null
  Expr* value = nullptr;  // may be null
  Tok tok = Tok::Illegal_;  // Define, Assign, or Illegal_ when there are no vars (`for range x`)
  Expr* x = nullptr;      // the range expression
  BlockStmt* body = nullptr;
  Pos rangePos = NoPos;
};

// ---------------------------------------------------------------------------
// Declarations

struct Spec : Node { using Node::Node; };

struct ImportSpec : Spec {
  GOC_NODE(ImportSpec, Spec)
  Ident* name = nullptr;     // local name, `.` or `_`, or null
  BasicLit* path = nullptr;  // the quoted path
  // ---- checker results ----
  Object* pkgName = nullptr;  // the PkgName object (null for `_` and `.`)
};

struct ValueSpec : Spec {  // in const and var declarations
  GOC_NODE(ValueSpec, Spec)
  std::vector<Ident*> names;
  Expr* typeExpr = nullptr;    // may be null
  std::vector<Expr*> values;   // for consts, the parser does NOT copy the previous
                               // spec's values: the checker handles implicit repetition
  int iota = 0;                // index of the spec in its const group
};

struct TypeSpec : Spec {
  GOC_NODE(TypeSpec, Spec)
  Ident* name = nullptr;
  std::vector<Field*> typeParams;  // generics: parsed, rejected by the checker for now
  bool alias = false;              // type A = B
  Expr* typeExpr = nullptr;
};

// Pragmas (//go:xxx comments right before a declaration).
enum PragmaFlags : uint32_t {
  PragmaNone = 0,
  PragmaNosplit = 1u << 0,
  PragmaNoinline = 1u << 1,
  PragmaNoescape = 1u << 2,
  PragmaSystemstack = 1u << 3,
  PragmaNowritebarrier = 1u << 4,
  PragmaNowritebarrierrec = 1u << 5,
  PragmaNotinheap = 1u << 6,
};

struct Decl : Node { using Node::Node; };

struct GenDecl : Decl {
  GOC_NODE(GenDecl, Decl)
  Tok tok = Tok::Var;  // Import, Const, Type, Var
  std::vector<Spec*> specs;
  uint32_t pragmas = PragmaNone;  // e.g. //go:notinheap before a type
};

struct FuncDecl : Decl {
  GOC_NODE(FuncDecl, Decl)
  Field* recv = nullptr;   // null for functions
  Ident* name = nullptr;
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;  // null for a declaration without body (linkname/asm)
  uint32_t pragmas = PragmaNone;
  std::string linkname;       // from //go:linkname name target (the target), else empty
  // ---- checker results ----
  Object* obj = nullptr;      // the Func object
  struct FuncInfo* info = nullptr;
};

// One source file.
struct File {
  const SourceFile* src = nullptr;
  Pos pos = NoPos;             // of the `package` keyword
  Ident* pkgName = nullptr;
  std::vector<ImportSpec*> imports;  // also present inside decls
  std::vector<Decl*> decls;
  // //go:linkname directives not attached to a function: (local, target)
  std::vector<std::pair<std::string, std::string>> linknames;
};

// One package of the program, as loaded by the driver.
struct Package {
  std::string path;               // import path ("main" for the main package)
  std::string name;               // package clause name
  std::string dir;
  std::vector<File*> files;
  std::vector<Package*> imports;  // direct imports, resolved by the driver
  // ---- checker results ----
  PackageInfo* info = nullptr;
};

// The whole program: packages in dependency order (imports before importers,
// the main package last).
struct Program {
  std::vector<Package*> packages;
  Package* mainPkg() const { return packages.empty() ? nullptr : packages.back(); }
};

#undef GOC_NODE

}  // namespace goc
