// The checker's internal state, shared by the files of compiler/check.
//
// One Checker checks a whole Program, package by package. Expressions are
// their own operands: checking an Expr fills its mode/type/cval fields, and an
// erroneous expression gets mode Invalid, which every consumer tests before
// reporting anything more (no error cascades).
#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/check/check.h"
#include "compiler/check/constant.h"
#include "compiler/check/types.h"

namespace goc {

// A package-level object and what is needed to resolve it lazily.
struct DeclInfo {
  Object* obj = nullptr;
  Scope* fileScope = nullptr;
  Expr* typeExpr = nullptr;       // const/var: declared type (maybe inherited for consts)
  Expr* init = nullptr;           // const: its (maybe inherited) expression; var: its initializer
  std::vector<VarObj*> lhs;       // var a, b = f(): all variables sharing `init`
  int iota = 0;
  TypeSpec* tspec = nullptr;
  FuncDecl* fdecl = nullptr;
  int color = 0;                  // 0 white, 1 grey (being resolved), 2 black
  int order = 0;                  // source order in the package
  std::vector<Object*> deps;      // package-level vars and funcs referenced
  std::unordered_set<Object*> depSet;
};

// Result of a field or method lookup.
struct LookupResult {
  Object* obj = nullptr;    // VarObj field or FuncObj method
  std::vector<int> path;    // embedded field indices (plus the field itself for fields)
  bool indirect = false;    // a pointer was followed on the path (or x itself is a pointer)
  bool ambiguous = false;
  bool recvPtrOnPath = false;  // the value holding the method is reached through a pointer
  bool incomplete = false;     // not found, but an embedded type (or interface) had errors
};

// Expression context for untyped-constant error messages.
enum class Ctx { Assign, Arg, Return, Conversion, Other, Send, Range, CompositeLit, MapIndex };

class Checker {
 public:
  // Where a fallthrough may appear, as gc's stmtContext bits: set for one
  // statement of a switch clause and consumed by stmt(), so that statements
  // nested in it see none of it.
  struct FallCtx {
    bool ok = false;          // last statement of a non-final expression-switch clause
    bool finalCase = false;   // a statement of the final clause
    bool typeSwitch = false;  // a statement of a type-switch clause
  };

  Checker(Program& prog, const SourceManager& sm, Diagnostics& diags);
  bool run();

  // ---- diagnostics (resolve.cpp) ----
  void error(Pos pos, std::string msg);
  std::string posString(Pos p) const;

  // ---- allocation ----
  template <class T, class... A> T* make(A&&... a) { return new T(std::forward<A>(a)...); }

  // ---- packages (resolve.cpp) ----
  void checkPackage(Package* p);
  void collectObjects();
  void declareObj(Scope* s, Object* obj, Pos pos);
  void declarePkgObj(Object* obj, Pos pos);  // package-level const/var/type (not func)
  void resolveObj(Object* obj);  // lazy resolution of a package-level object
  void recordDep(Object* obj);
  void computeInitOrder();
  void checkUnusedImports();
  void collectMethods();

  // ---- declarations (decl.cpp) ----
  void constDecl(ConstObj* obj, Expr* typeExpr, Expr* init, int iota);
  void varDecl(const std::vector<VarObj*>& lhs, Expr* typeExpr, Expr* init, const std::vector<Expr*>& inits);
  void typeDecl(TypeNameObj* obj, TypeSpec* spec);
  void funcDecl(FuncObj* obj, FuncDecl* d);
  void funcBody(FuncInfo* fi, BlockStmt* body, Scope* fnScope);
  void localDecl(GenDecl* d);
  void checkMethodCollisions(NamedType* t);
  void validType(NamedType* t);

  // ---- type expressions (typexpr.cpp) ----
  Type* typExpr(Expr* e);  // returns the invalid type on error (after reporting)
  Type* typExprOrNull(Expr* e);
  void notAType(Expr* e);  // reports e (checked, not a type) where a type is required
  SignatureType* funcType(FuncType* ft, Field* recv, Scope* declScope, FuncInfo* fi);
  Type* structType(StructType* st);
  Type* interfaceType(InterfaceType* it);
  void completeInterface(InterfaceType_* it);
  int64_t arrayLength(Expr* e);

  // ---- expressions (expr.cpp) ----
  void rawExpr(Expr* e, Type* hint);
  void exprInternal(Expr* e, Type* hint);
  void expr(Expr* e, Type* hint = nullptr);        // single value, may stay untyped
  bool singleValue(Expr* e);  // reports a checked e that is not a single value; false if invalid
  void exprOrType(Expr* e);
  void multiExpr(Expr* e);                          // allows tuples (calls)
  void ident(Ident* id, bool wantType);
  void basicLit(BasicLit* lit);
  void compositeLit(CompositeLit* lit, Type* hint);
  void useElements(CompositeLit* lit, int d = 0);
  void useValue(Expr* e, int d = 0);
  void funcLit(FuncLit* lit);
  void selector(SelectorExpr* e);
  void indexExpr(IndexExpr* e);
  void sliceExpr(SliceExpr* e);
  void typeAssert(TypeAssertExpr* e);
  void unary(UnaryExpr* e);
  // xDone: lhs was checked already (iterative checking of long chains).
  void binary(Expr* e, Expr* lhs, Expr* rhs, Tok op, Pos opPos, bool xDone = false);
  void shift(Expr* e, Expr* x, Expr* y, Tok op);
  void comparison(Expr* e, Expr* x, Expr* y, Tok op, Pos opPos);
  std::string incomparableCause(Type* t);
  bool index(Expr* idx, int64_t max, int64_t* val, bool allowNeg = false);
  void invalidate(Expr* e) { e->mode = ExprMode::Invalid; }
  void setConst(Expr* e, Type* t, Const* v) { e->mode = ExprMode::Constant; e->type = t; e->cval = v; }

  // ---- untyped handling (untyped.cpp) ----
  // Converts untyped e to `target` (implicit conversion); reports and invalidates on failure.
  void convertUntyped(Expr* e, Type* target);
  void defaultType(Expr* e);  // untyped -> its default type (nil stays)
  void updateExprType(Expr* e, Type* t);
  bool representable(Expr* e, Type* t, Const** out, std::string* cause);
  Const* representValue(const Const* v, BasicType* t, bool* ok, bool* truncated);
  void overflowCheck(Expr* e);  // typed constant results must be representable
  void finalizeUntyped(Expr* e);  // safety net: any leftover untyped gets its default

  // ---- assignability (assign.cpp) ----
  bool assignableTo(Expr* x, Type* t, std::string* reason);
  void assignment(Expr* x, Type* t, const std::string& context);
  void assignVar(Expr* lhs, Expr* rhs);
  Type* lhsVar(Expr* lhs);
  void assignStmt(AssignStmt* s);
  void shortVarDecl(AssignStmt* s);
  void assignError(const std::vector<Expr*>& rhs, size_t nvars, size_t nvals, Pos pos, bool ret);
  void initVars(const std::vector<VarObj*>& lhs, const std::vector<Expr*>& rhs, Pos pos, bool isDecl);
  void returnStmt(ReturnStmt* s);
  // "(number, string)": operand types as gc lists them in have/want lines.
  std::string typesSummary(const std::vector<Type*>& types);

  // ---- calls (call.cpp) ----
  void call(CallExpr* e, Type* hint);
  void conversion(CallExpr* e, Type* t);
  bool convertibleTo(Expr* x, Type* t);
  void builtinCall(CallExpr* e, BuiltinId id, Type* hint);
  void arguments(CallExpr* e, SignatureType* sig, const std::vector<Expr*>& args, const std::string& fname);

  // ---- lookup (lookup.cpp) ----
  LookupResult lookupFieldOrMethod(Type* t, bool addressable, const std::string& name, PackageInfo* pkg);
  FuncObj* missingMethod(Type* t, InterfaceType_* it, bool* wrongType, bool* ptrRecv, FuncObj** have);
  bool implements(Type* t, Type* iface, std::string* reason);
  // Why t does not implement iface, as gc words it in parentheses:
  // "(missing method M)", "(method M has pointer receiver)", "(wrong type
  // for method M)\n\t\thave ...\n\t\twant ..."; empty if it does.
  std::string missingMethodCause(Type* t, Type* iface);
  std::vector<FuncObj*> methodsOf(NamedType* t);

  // ---- statements (stmt.cpp) ----
  void stmtList(const std::vector<Stmt*>& list);
  void stmt(Stmt* s);
  void openScope();
  void closeScope();
  void declareLocal(Object* obj, Ident* id);
  bool isTerminating(Stmt* s, const std::string& label);
  bool isTerminatingList(const std::vector<Stmt*>& list);
  void labels(BlockStmt* body);      // labels.cpp
  void gotoChecks(BlockStmt* body);  // labels.cpp
  void switchStmt(SwitchStmt* s);
  void typeSwitchStmt(TypeSwitchStmt* s);
  void rangeStmt(RangeStmt* s);
  void forStmt(ForStmt* s);
  void selectStmt(SelectStmt* s);
  void branchStmt(BranchStmt* s, FallCtx fall);

  // ---- operand printing (untyped.cpp) ----
  std::string operandString(Expr* e);
  std::string exprString(Expr* e);

  // ---- state ----
  Program& prog;
  const SourceManager& sm;
  Diagnostics& diags;
  Scope* universe = nullptr;
  Package* pkg = nullptr;
  PackageInfo* info = nullptr;
  PackageInfo* unsafePkg = nullptr;
  std::unordered_map<Object*, DeclInfo*> decls;  // package-level objects of the current package
  std::vector<DeclInfo*> declOrder;
  std::unordered_set<PackageInfo*> fakePkgs;     // imports that could not be resolved
  std::unordered_set<InterfaceType_*> incompleteIfaces;  // an embedded interface had errors
  // Checks that need complete types (map keys of types being declared); run
  // once the package's (or a local type group's) declarations are resolved.
  std::vector<std::function<void()>> laterChecks;
  void runLaterChecks() {
    for (size_t i = 0; i < laterChecks.size(); i++) laterChecks[i]();
    laterChecks.clear();
  }
  std::vector<FuncDecl*> funcDecls;              // bodies to check, in source order
  std::vector<std::pair<VarObj*, DeclInfo*>> varOrder;
  std::vector<std::vector<Object*>> resolvePath;  // grey objects, for cycle reports
  DeclInfo* curDecl = nullptr;
  Scope* scope = nullptr;
  Scope* fileScope = nullptr;

  // Function context.
  FuncInfo* fn = nullptr;
  FuncInfo* topFn = nullptr;   // enclosing top-level function (for literal naming)
  std::unordered_map<FuncInfo*, int> litCount;
  std::vector<VarObj*> locals;  // declared in the current top-level function, for "declared and not used"
  int localTypeCount = 0;      // types declared in functions so far (for TypeNameObj::linkName)
  int iotaVal = -1;            // current iota inside a const declaration, else -1
  int depth = 0;               // recursion guard
  bool inLhs = false;
  // Statement context.
  struct BranchCtx { Stmt* stmt; bool isLoop; bool isSwitch; Ident* label; };
  std::vector<BranchCtx> branchStack;
  std::unordered_map<std::string, LabelObj*> fnLabels;
  std::unordered_map<std::string, Stmt*> labelTargets;
  FallCtx nextFall;  // context of the next statement checked (see FallCtx)
  int errorsAtStart = 0;
};

// Universe and type helpers shared by the files (universe.cpp, types.cpp).
Scope* makeUniverse();
extern BasicType* const kInvalidType;
Type* newPointer(Type* e);
Type* newSlice(Type* e);
BasicType* defaultOf(Type* untyped);
bool isNumeric(const Type* t);
bool isOrdered(const Type* t);
bool isConstType(const Type* t);
bool isInterface(const Type* t);
bool isTyped(const Type* t);
bool isValid(const Type* t);
// t is invalid, a defined type whose declaration failed, or a pointer, slice,
// array, map or channel of one: a value of such a type is an invalid operand.
bool brokenType(const Type* t);
BasicKind basicKindOf(const Type* t);  // Invalid if not a basic type
void layoutStruct(StructType_* st);
std::string tupleString(const std::vector<VarObj*>& vars, bool variadic);
std::string signatureString(const SignatureType* s);
extern TypeNameObj* kUniverseError;  // the `error` type name
extern Type* kErrorType;
extern Type* kAnyType;
extern Type* kComparableType;
PackageInfo* unsafePackage();
std::string msgTypeString(const Type* t, PackageInfo* rel);
Pos startPos(Expr* e);
void markAddrTaken(Expr* x);

}  // namespace goc
