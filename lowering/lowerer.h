// Internal interface of lowering/: the module-level and function-level
// lowerers shared by the feature files (call, expr, stmt, string, map, ...).
//
// Conventions every feature file follows:
//  - A Go value in SSA has the LLVM type llvmType(T) — its memory type. In
//    particular `bool` is i8 (0 or 1) everywhere; comparisons produce i1 and
//    are widened at once with boolToI8(); branches use i8ToCond(). This keeps
//    aggregates (structs holding bools) uniform between memory and SSA.
//  - Strings are {ptr, i64}, slices {ptr, i64, i64}, interfaces {ptr, ptr},
//    func values ptr (closure object), as docs/ARCHITECTURE.md fixes.
//  - Every runtime call goes through callRuntime(RtFunc::x, ...), declared
//    from runtime/abi/runtime_func.def; no runtime symbol is spelled elsewhere.
//  - Every heap allocation goes through heapAlloc()/runtime.mallocgc with a
//    type descriptor; every store of a Go value into memory that may be the
//    heap goes through storeValue() (the future write-barrier point).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <llvm/IR/DIBuilder.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/ValueHandle.h>

#include "compiler/check/types.h"
#include "lowering/lower.h"

namespace goc::lower {

enum class RtFunc : unsigned {
#define GO_RUNTIME_FUNC(Id, Sym, Ret, Params) Id,
#include "runtime/abi/runtime_func.def"
  Count_
};

// An addressable Go location: a pointer and the Go type stored there.
struct Addr {
  llvm::Value* ptr = nullptr;
  const Type* type = nullptr;
};

class FuncLowerer;

// Whether fo is one of sync/atomic's body-less functions (atomic.cpp).
bool isAtomicIntrinsic(const FuncObj* fo);

// Synthetic syntax made by lowering (call copies for go/defer, bodies of
// method expression wrappers), lowered by the ordinary code; never freed
// while the program is compiled, like the arena-allocated tree (thunk.cpp).
std::vector<std::unique_ptr<Node>>& syntheticNodes();
template <class T> T* keepNode(T* n) {
  syntheticNodes().emplace_back(n);
  return n;
}
Selection* keepSelection(Selection* s);

// Program-wide state: the module, type mapping, declarations, descriptors.
class ModuleLowerer {
 public:
  ModuleLowerer(const Program& prog, const SourceManager& sm, llvm::LLVMContext& ctx,
                const LowerOptions& opts);
  std::unique_ptr<llvm::Module> run();

  const Program& prog;
  const SourceManager& sm;
  llvm::LLVMContext& ctx;
  LowerOptions opts;
  std::unique_ptr<llvm::Module> mod;
  std::unique_ptr<llvm::DIBuilder> di;  // null when debug info is off

  // ---- types (typemap.cpp) ----
  llvm::Type* llvmType(const Type* t);   // memory type; void for "no value"
  llvm::StructType* stringType();        // {ptr, i64}
  llvm::StructType* sliceType();         // {ptr, i64, i64}
  llvm::StructType* ifaceType();         // {ptr, ptr}
  llvm::Type* ptrType();
  llvm::Type* i64();

  // ---- ABI (abi.cpp) ----
  // The LLVM function type of a Go signature: swiftcc, (ptr swiftasync g,
  // ptr swiftself ctx, params...) -> results.
  llvm::FunctionType* funcType(const SignatureType* sig, bool withRecv);
  // Declares (or returns) the LLVM function for a Go function body or a
  // declared function/method, with the ABI attributes and "split-stack"
  // unless //go:nosplit.
  llvm::Function* getFunction(FuncInfo* fn);
  llvm::Function* getFunction(FuncObj* fn);
  // Creates `name` with the Go ABI (swiftcc; swiftasync g, swiftself ctx;
  // "split-stack" unless pragmas has //go:nosplit; noinline for
  // //go:noinline; null_pointer_is_valid; async unwind tables): the
  // declarations of Go functions and every synthetic wrapper (abi.cpp).
  llvm::Function* newGoFunction(llvm::FunctionType* fty, const std::string& name,
                                llvm::GlobalValue::LinkageTypes linkage = llvm::GlobalValue::LinkOnceODRLinkage,
                                uint32_t pragmas = 0);
  // A constant closure object {ptr @fn} for a top-level function used as a value.
  llvm::Constant* funcValue(FuncObj* fn);

  // ---- globals (module.cpp) ----
  llvm::GlobalVariable* getGlobal(VarObj* v);

  // ---- runtime (runtime_decls.cpp) ----
  llvm::Function* runtimeFunc(RtFunc f);

  // ---- type descriptors (typedesc.cpp) ----
  // A constant runtime Type descriptor (runtime/abi/type.h) for t; for a map
  // type, the MapType descriptor (with hasher/equal functions).
  llvm::Constant* typeDesc(const Type* t);
  // Whether an interface holds a value of type t directly in its data word
  // (pointer-shaped types, as gc's isdirectiface); the descriptor's kind
  // byte then carries KindDirectIface (32).
  static bool isDirectIface(const Type* t);

  // ---- helpers for several feature files ----
  llvm::Constant* constString(std::string_view s);  // a Go string constant {ptr,len}

  // ---- engineer C (core) additions ----
  // LLVM element index of Go field i of a struct (padding elements shift it) (typemap.cpp).
  unsigned fieldIndex(const StructType_* st, size_t i);
  // Synthetic Go types owned by lowering ([n]T backing arrays, closure objects) (typemap.cpp).
  const Type* arrayOf(const Type* elem, int64_t n);
  const Type* closureType(const Type* captured);  // struct{F unsafe.Pointer; R captured}
  // Whether a parameter of type t is passed as a pointer to a caller-owned copy (abi.cpp).
  bool passByPointer(const Type* t);
  // Closure-object layout of a function literal: every variable of an enclosing
  // function its body (or a nested literal's body) uses, in word order 1.. (function.cpp).
  const std::vector<VarObj*>& closureVars(FuncInfo* fn);
  // Wrapper `sym-fm` for a method value: receiver from the closure object (call.cpp).
  llvm::Function* methodValueWrapper(FuncObj* method);
  // Wrapper `pkg.(*T).M` for a value method M of T: loads *recv and calls
  // `pkg.T.M` (method expressions (*T).M; later the method sets of *T) (call.cpp).
  llvm::Function* ptrMethodWrapper(FuncObj* method);
  // The function of a method expression X.M whose method is promoted
  // (through embedded fields) or is an embedded interface's: its body is
  // the method call recv.M(args...) (call.cpp).
  llvm::Function* methodExprWrapper(SelectorExpr* e);
  // A constant closure object {ptr fn} for any LLVM function (abi.cpp).
  llvm::Constant* staticClosure(llvm::Function* fn);
  // The func value of a body-less sync/atomic function: its closure, with a
  // linkonce_odr body made of the intrinsic's instruction (atomic.cpp).
  llvm::Constant* atomicFuncValue(FuncObj* fn);
  // ---- interfaces (itab.cpp) ----
  // One method of a type's method set: the method, the embedded-field path
  // to its receiver, whether a pointer lies on the way (or the type is a
  // pointer), and for a method promoted from an embedded interface, that
  // interface and the method's index in it.
  struct MethodEntry {
    FuncObj* method = nullptr;
    std::vector<int> path;
    bool indirect = false;
    const InterfaceType_* iface = nullptr;
    int ifaceIndex = 0;
  };
  // The method set of t, sorted in gc's order (exported first, by name).
  const std::vector<MethodEntry>& methodSet(const Type* t);
  // The code an itab holds for method e of t (takes the data word as receiver).
  llvm::Function* ifaceFn(const Type* t, const MethodEntry& e);
  // The constant itab `go:itab.<t>,<iface>` for a static conversion.
  llvm::Constant* itab(const Type* t, const Type* iface);
  // The LLVM type of an itab entry for an interface method of signature sig:
  // swiftcc RET(g, ctx, ptr data, params...).
  llvm::FunctionType* ifaceMethodType(const SignatureType* sig);
  // The position of method m in it's itab (allMethods order).
  int ifaceMethodIndex(const InterfaceType_* it, const Object* m);
  // Descriptor pieces used by typeDesc (typedesc.cpp): type.h's Type, the
  // whole descriptor's LLVM type and initializer for kinds with a
  // kind-specific part (not maps), and the UncommonType (null if none).
  llvm::StructType* typeBaseType();
  llvm::StructType* descType(const Type* t);
  llvm::Constant* descInit(const Type* t, llvm::Constant* base);
  llvm::Constant* uncommonDesc(const Type* t);
  std::map<std::string, std::vector<MethodEntry>> methodSets_;

  // Debug info (module.cpp): null when opts.debugInfo is off.
  llvm::DIFile* diFile(Pos p);
  llvm::DICompileUnit* diCU = nullptr;
  std::vector<std::unique_ptr<Type>> ownedTypes;
  std::vector<std::unique_ptr<Object>> ownedObjects;
  std::vector<std::unique_ptr<FuncInfo>> ownedFuncs;  // synthetic bodies (package initialisers)
  std::unordered_map<const FuncInfo*, std::vector<VarObj*>> closureVars_;
  std::unordered_map<const StructType_*, std::vector<unsigned>> fieldIndex_;
  std::unordered_map<const Object*, llvm::Function*> wrappers_;
  std::map<std::string, llvm::DIFile*> diFiles_;

 private:
  std::unordered_map<const FuncInfo*, llvm::Function*> funcs_;
  std::unordered_map<const Object*, llvm::Function*> declFuncs_;
  std::unordered_map<const VarObj*, llvm::GlobalVariable*> globals_;
  std::vector<llvm::Function*> runtime_;
  std::map<std::string, llvm::Constant*> typeDescs_;  // by typeString
  std::map<std::string, llvm::Constant*> strings_;
  std::unordered_map<const Type*, llvm::Type*> types_;
  friend class FuncLowerer;
};

// One Go function body (FuncDecl or FuncLit) being lowered.
class FuncLowerer {
 public:
  FuncLowerer(ModuleLowerer& m, FuncInfo* fn);
  void run();  // emits the whole body

  ModuleLowerer& m;
  FuncInfo* fn;
  llvm::Function* llfn = nullptr;
  llvm::IRBuilder<> b;
  llvm::Value* g = nullptr;    // the current goroutine (swiftasync parameter)
  llvm::Value* ctx = nullptr;  // the closure context (swiftself parameter)

  // ---- expressions (expr.cpp) ----
  llvm::Value* expr(Expr* e);        // the value of e (llvmType(e->type))
  Addr addr(Expr* e);                // the address of an addressable e
  std::vector<llvm::Value*> exprTuple(Expr* e);  // multi-value call results
  llvm::Value* constValue(const ConstValue* c, const Type* t);
  llvm::Value* zeroValue(const Type* t);
  // Converts v (of type `from`) to type `to` for assignment: identity for
  // identical types, otherwise the implicit conversions (value -> interface).
  llvm::Value* assignConv(llvm::Value* v, const Type* from, const Type* to);

  // ---- variables (function.cpp) ----
  // Where a local variable lives (an alloca, or a heap cell when captured or
  // its address is taken; function.cpp has the exceptions).
  Addr varAddr(VarObj* v);
  Addr declareLocal(VarObj* v);  // allocates storage for a new local, zeroed

  // ---- memory ----
  llvm::Value* load(const Type* t, llvm::Value* ptr);
  void storeValue(const Type* t, llvm::Value* v, llvm::Value* ptr);  // the write-barrier point
  llvm::Value* heapAlloc(const Type* t);  // runtime.newobject(typeDesc(t))
  llvm::Value* entryAlloca(const Type* t, const char* name = "");  // in the entry block

  // ---- runtime calls (runtime_decls.cpp) ----
  llvm::Value* callRuntime(RtFunc f, llvm::ArrayRef<llvm::Value*> args);
  // Calls a never-returning runtime function and leaves the builder in a fresh
  // unreachable-terminated state (a new block for any following code).
  void callRuntimeNoReturn(RtFunc f, llvm::ArrayRef<llvm::Value*> args);

  // ---- bool helpers ----
  llvm::Value* boolToI8(llvm::Value* cond);  // i1 -> i8
  llvm::Value* i8ToCond(llvm::Value* v);     // i8 -> i1

  // ---- checks (check.cpp) ----
  // if !(idx < len) (unsigned compare) call panicIndex(idx, len).
  void boundsCheck(llvm::Value* idx, llvm::Value* len);
  void nilCheck(llvm::Value* ptr);  // faults (SIGSEGV at 0) when ptr is nil; check.cpp
  // unsafe.Slice/unsafe.String's run-time checks of (p, n); builtin.cpp
  void unsafeLenCheck(llvm::Value* p, llvm::Value* n, uint64_t elemSize, bool isSlice);
  // &data[idx] after a passed bounds check (idx < len): an inbounds nuw GEP,
  // with data known non-nil (len > 0). check.cpp
  llvm::Value* checkedElemAddr(llvm::Type* elem, llvm::Value* data, llvm::Value* idx);
  // The address of a field or constant/checked element inside a live object
  // (inbounds nuw, so a non-nil base gives a non-nil result). check.cpp
  llvm::Value* inboundsGEP(llvm::Type* t, llvm::Value* base, llvm::ArrayRef<llvm::Value*> idx);

  // ---- calls (call.cpp) ----
  llvm::Value* call(CallExpr* e);  // any call kind; returns the result (struct for tuples) or null

  // ---- builtins, conversions, print (builtin.cpp, convert.cpp, print.cpp) ----
  llvm::Value* builtinCall(CallExpr* e);   // CallKind::Builtin
  llvm::Value* conversion(CallExpr* e);    // CallKind::Conversion
  llvm::Value* convertValue(llvm::Value* v, const Type* from, const Type* to);

  // ---- strings and slices (string.cpp, slice.cpp) ----
  llvm::Value* concatStrings(llvm::ArrayRef<llvm::Value*> parts);
  llvm::Value* sliceExpr(SliceExpr* e);  // a[lo:hi:max] for arrays, pointers to arrays, slices, strings
  llvm::Value* makeString(llvm::Value* ptr, llvm::Value* len);
  llvm::Value* makeSlice(llvm::Value* ptr, llvm::Value* len, llvm::Value* cap);

  // ---- comparison (compare.cpp): ==, !=, <, <=, >, >= on any comparable/ordered type ----
  llvm::Value* compare(Tok op, llvm::Value* x, llvm::Value* y, const Type* t);  // -> i1

  // ---- interfaces (interface.cpp, typeswitch.cpp) ----
  // v (of type from) converted to the interface type to: boxing, itabs,
  // interface-to-interface conversion.
  llvm::Value* toIface(llvm::Value* v, const Type* from, const Type* to);
  // The dynamic type (*Type or null) of an interface value of type it.
  llvm::Value* ifaceTypeWord(llvm::Value* v, const Type* it);
  // x == y on interface values of type t (-> i1).
  llvm::Value* ifaceEqual(llvm::Value* x, llvm::Value* y, const Type* t);
  // x.M(args) where x's static type is an interface.
  llvm::Value* ifaceCall(CallExpr* e, llvm::Value* iface, const InterfaceType_* it, FuncObj* method);
  // i.M as a func value; I.M as a func value.
  llvm::Value* ifaceMethodValue(SelectorExpr* e);
  llvm::Value* ifaceMethodExpr(SelectorExpr* e);
  // x.(T): the value, and for the comma-ok form the i8 ok.
  std::pair<llvm::Value*, llvm::Value*> typeAssert(TypeAssertExpr* e, bool commaOk);
  // The value of an interface (type word tw, data word) as concrete type t.
  llvm::Value* unboxValue(llvm::Value* data, const Type* t);
  void typeSwitchStmt(TypeSwitchStmt* s);

  // ---- maps (map.cpp) ----
  llvm::Value* mapIndex(IndexExpr* e);                       // m[k] (value)
  std::pair<llvm::Value*, llvm::Value*> mapIndexCommaOk(IndexExpr* e);  // (value, i8 ok)
  Addr mapAssignAddr(IndexExpr* e);                          // slot for m[k] = v
  llvm::Value* mapLiteral(CompositeLit* e);
  // Iteration: an iterator object; key/elem pointers (null key: done).
  llvm::Value* mapIterStart(const Type* mapType, llvm::Value* m);
  std::pair<llvm::Value*, llvm::Value*> mapIterKeyElem(llvm::Value* it);
  void mapIterNext(llvm::Value* it);

  // ---- feature helpers (engineer D's files; see each file's header) ----
  // A Go integer of type t widened to i64 (sext for signed, zext for unsigned).
  llvm::Value* intToI64(llvm::Value* v, const Type* t);  // convert.cpp
  // s[i] for a string: bounds-checked byte load (i already i64).
  llvm::Value* stringIndex(llvm::Value* s, llvm::Value* idx);  // string.cpp
  // The data word of an interface holding v (of concrete type t): v itself
  // for pointer-shaped types (isDirectIface), else a heap copy.
  llvm::Value* ifaceData(llvm::Value* v, const Type* t);  // convert.cpp
  // v converted to interface{}: {typeDesc(t), data}.
  llvm::Value* toEface(llvm::Value* v, const Type* t);  // convert.cpp
  // print/println statements.
  void printCall(CallExpr* e, bool newline);  // print.cpp
  // The slot of m[key] for assignment, operands already evaluated (key of
  // the map's key type); lets the caller evaluate the RHS first as gc does.
  Addr mapAssignSlot(const Type* mapType, llvm::Value* m, llvm::Value* key);  // map.cpp
  // len(m) for a map value (nil -> 0).
  llvm::Value* mapLen(llvm::Value* m);  // map.cpp
  // An alloca of an LLVM type in the entry block.
  llvm::AllocaInst* entryAllocaLL(llvm::Type* t, const char* name = "");  // check.cpp
  // Branches to a cold block calling the never-returning runtime function f
  // when `fail` (i1) holds; continues in a fresh block otherwise.
  void panicIf(llvm::Value* fail, RtFunc f, llvm::ArrayRef<llvm::Value*> args);  // check.cpp

  // ---- control flow bookkeeping (stmt.cpp, control.cpp) ----
  llvm::BasicBlock* newBlock(const char* name);
  void setLoc(Pos p);  // debug location for following instructions
  // At the insert point: the value that is a when control came from block
  // ab and c when it came from cb (a two-way PHI of type t). control.cpp
  llvm::PHINode* join(llvm::Type* t, llvm::Value* a, llvm::BasicBlock* ab, llvm::Value* c,
                      llvm::BasicBlock* cb, const char* name = "");
  // Returns the results vals: ret void, the value, or the struct of them. stmt.cpp
  void emitRet(const std::vector<llvm::Value*>& vals);

  // ---- engineer C (core) additions ----
  // Statements (stmt.cpp, control.cpp).
  void stmt(Stmt* s);
  void stmts(const std::vector<Stmt*>& list);
  void assignStmt(AssignStmt* s);
  void returnStmt(ReturnStmt* s);
  void ifStmt(IfStmt* s);
  void forStmt(ForStmt* s);
  void rangeStmt(RangeStmt* s);
  void rangeLoop(RangeStmt* s);  // rangeStmt's body, inside loopDepth_
  void switchStmt(SwitchStmt* s);
  void branchStmt(BranchStmt* s);
  void declStmt(DeclStmt* s);
  void goStmt(GoStmt* s);  // goroutine.cpp
  // Whether the current block already ends in a terminator (code after it is dead).
  bool terminated();
  // Ends the current block with a branch to bb (unless terminated) and continues in `next`.
  void jump(llvm::BasicBlock* bb);
  // Stores v (of Go type `from`) into an assignable lhs expression (not `_`).
  void assignTo(Expr* lhs, llvm::Value* v, const Type* from);
  llvm::BasicBlock* labelBlock(LabeledStmt* l);
  struct Targets { llvm::BasicBlock* brk = nullptr; llvm::BasicBlock* cont = nullptr; };
  std::unordered_map<const Stmt*, Targets> targets_;
  std::unordered_map<const LabeledStmt*, llvm::BasicBlock*> labels_;
  llvm::BasicBlock* fallthroughTo_ = nullptr;  // next clause body inside a switch
  std::vector<const Stmt*> breakables_;  // enclosing for/range/switch, innermost last

  // Expressions (expr.cpp).
  // x op y with Go semantics; t is the operand type, yt the shift count's type.
  llvm::Value* binaryOp(Tok op, llvm::Value* x, llvm::Value* y, const Type* t, const Type* yt,
                        Expr* yExpr, Pos pos);
  llvm::Value* binaryExpr(BinaryExpr* e);  // arith.cpp
  // Follows an embedded-field path from x (dereferencing pointers on the way):
  // an address (inMem) or an SSA value, and its Go type (expr.cpp).
  struct PathPlace { llvm::Value* v; const Type* t; bool inMem; };
  PathPlace selectPath(Expr* x, const std::vector<int>& path);
  llvm::Value* compositeLit(CompositeLit* e);
  void initComposite(CompositeLit* e, llvm::Value* ptr);  // stores e's elements into zeroed memory
  llvm::Value* funcLit(FuncLit* e);
  llvm::Value* methodValue(SelectorExpr* e);
  llvm::Value* toInt64(llvm::Value* v, const Type* t);  // index/shift operand -> i64
  // The receiver argument for a method call or method value (call.cpp).
  llvm::Value* recvArg(Expr* x, const Selection* sel, FuncObj* method);
  // Calls an LLVM function of Go signature sig with Go-typed args (call.cpp).
  llvm::Value* emitCall(llvm::FunctionCallee callee, llvm::Value* ctxArg, const SignatureType* sig,
                        bool withRecv, std::vector<llvm::Value*> args);

  // Variables (function.cpp).
  struct Local {
    llvm::Value* ptr = nullptr;
    bool viaSlot = false;  // ptr is a slot holding the current cell (per-iteration loop vars)
  };
  std::unordered_map<const VarObj*, Local> locals_;
  // Replaces v's storage by a fresh heap cell holding a copy of its value (Go 1.22 loops).
  void freshCopy(VarObj* v);
  void makePerIteration(VarObj* v);  // moves v behind a slot so freshCopy can rebind it
  // Captured variables of this function that may live in its frame: every
  // literal capturing them is deferred where it appears (`defer func(){...}()`
  // in this function's body) and none nested in it captures them; body
  // variables only without goto (defer.cpp findFrameCaptured). declareLocal
  // puts them in an entry-block alloca when declared outside loops
  // (loopDepth_ 0) and not address-taken; frameCaptured_ lists those.
  void findFrameCaptured();
  std::unordered_set<const VarObj*> frameCandidates_;
  std::unordered_set<const VarObj*> frameCaptured_;
  int loopDepth_ = 0;  // enclosing for/range statements (their headers included)
  llvm::BasicBlock* entry_ = nullptr;
  llvm::Instruction* allocaPoint_ = nullptr;
  llvm::DISubprogram* sp_ = nullptr;
  llvm::Value* retPtr_ = nullptr;

  // ---- defer, panic, recover (defer.cpp) ----
  // Entry of every body (after results are declared): the recover token of a
  // function calling recover, the frame checkpoint of one with defers.
  void funcPrologue();
  // A return in a function with defers: stores the results and jumps to the
  // exit block; false (nothing emitted) in a function without defers.
  bool deferReturn(const std::vector<llvm::Value*>& vals);
  void deferEpilogue();  // emits the exit block (runs this frame's deferred calls)
  void deferStmt(DeferStmt* s);
  llvm::Value* recoverCall();  // recover(): an interface{}
  llvm::Value* gField(unsigned offset);  // &g->field at a byte offset (asm_offsets.h)
  // With defers: the Gobuf checkpoint if a deferred call may recover
  // (deferArmable_), else an address naming the frame (records' frame
  // field): the open block, or a byte `defer.id`.
  llvm::Value* deferFrame_ = nullptr;
  bool deferArmable_ = false;
  llvm::CallInst* deferFrameCall_ = nullptr;  // runtime.deferframe's call, if armable
  // An empty asm with a memory clobber taking p, before `at`: p escapes there.
  void escapeBefore(llvm::Instruction* at, llvm::Value* p);
  bool deferMayRecover(BlockStmt* body);
  uint64_t deferFlags(bool open, bool heap, uint8_t armable) const;  // a record's flags word
  llvm::BasicBlock* deferExit_ = nullptr;
  llvm::Value* recoverToken_ = nullptr;   // if the function calls recover
  // Open-coded defers (all outside loops and gotos, at most 8): one frame
  // block `defer.open` = {Defer record (deferBits in its flags), operands...}.
  struct OpenDefer {
    llvm::Function* thunk = nullptr;   // the call, on the operands at `offset`
    llvm::Function* fn = nullptr;      // or a static function, called with ctx = closure
    llvm::Constant* closure = nullptr; // null: ctx = the closure object at `offset`
    unsigned offset = 0;               // operands, or (neither above) the func value
  };
  llvm::AllocaInst* openFrame_ = nullptr;
  std::vector<OpenDefer> openDefers_;
  unsigned openSize_ = 0;
  llvm::StoreInst* openCodeStore_ = nullptr;  // the record's runner pointer, set at the exit
  llvm::StoreInst* openFlagsStore_ = nullptr; // its flags word, armable mask set at the exit
  uint8_t openArmMask_ = 0;                   // deferBits whose calls may recover
  bool openCodable(BlockStmt* body);
  void emitOpenCall(llvm::IRBuilder<>& ib, llvm::Value* gv, llvm::Value* base, const OpenDefer& d);
  // Tests deferBits (at base + DEFER_BITS) newest-first and makes each pending call,
  // clearing its bit first; with `one`, returns after the first call.
  void emitOpenRun(llvm::IRBuilder<>& ib, llvm::Function* f, llvm::Value* gv, llvm::Value* base, bool one);

  // ---- calls evaluated now and made later: go and defer (thunk.cpp) ----
  // Either `direct`, a func value making the whole call, or a closure object
  // of Go type objT = struct{F unsafe.Pointer; A0 T0; ...} whose F is `thunk`
  // (swiftcc void(g, ctx = the object)) and whose A fields hold `vals`.
  struct DelayedCall {
    llvm::Value* direct = nullptr;
    const StructType_* objT = nullptr;
    llvm::Function* thunk = nullptr;
    std::vector<llvm::Value*> vals;
  };
  // Evaluates ce's operands now; the thunk is named `<fn>.<kind>wrap<++counter>`.
  DelayedCall delayCall(CallExpr* ce, Pos pos, const char* kind, int& counter);
  // Stores the thunk and the operands into obj, memory of type dc.objT.
  void fillDelayed(const DelayedCall& dc, llvm::Value* obj);
  int deferThunks_ = 0;
  int goThunks_ = 0;

  // ---- channels, select, sync/atomic (chan.cpp, select.cpp, atomic.cpp) ----
  llvm::Value* makeChan(const Type* chanType, llvm::Value* size);  // size null: unbuffered
  void closeChan(llvm::Value* c);
  llvm::Value* chanLenCap(llvm::Value* c, bool isLen);  // i64; 0 for a nil channel
  // Sends v (of Go type from) on c, a channel of type chanType.
  void chanSend(llvm::Value* c, llvm::Value* v, const Type* from, const Type* chanType);
  void sendStmt(SendStmt* s);
  // <-x: (value, null), or with commaOk (value, i8 ok).
  std::pair<llvm::Value*, llvm::Value*> chanRecv(UnaryExpr* e, bool commaOk);
  void rangeChan(RangeStmt* s);
  void selectStmt(SelectStmt* s);
  struct SelectCase;
  void bindRecvCase(SelectCase& sc, llvm::Value* ok);
  // A call of a body-less sync/atomic function as an atomic instruction;
  // false if fo is not one (result: the call's value, null for Store).
  bool atomicCall(CallExpr* e, FuncObj* fo, llvm::Value*& result);
  // The instruction of intrinsic fo on its converted arguments (null for Store).
  llvm::Value* atomicOp(FuncObj* fo, const std::vector<llvm::Value*>& args, Pos pos);
  // A call of math.Sqrt/Abs/Copysign or a math/bits function as an LLVM
  // intrinsic on its converted arguments; null if linkName is not one
  // (intrinsic.cpp).
  llvm::Value* intrinsicCall(const std::string& linkName, const std::vector<llvm::Value*>& args);

  // ---- stack buffers for string conversions that do not escape (convert.cpp) ----
  // Whether conversion e (string <-> []byte/[]rune) may build its result in
  // a 32-element stack buffer (gc's tmpBuf): a conservative escape analysis
  // of the function body, run once per function on first use.
  bool tmpBufOk(const Expr* e);
  // An address-taken local array whose address only feeds slices consumed at
  // once (string(a[i:]), copy, append(x, a[:n]...), len, range, print): it
  // may live in the frame (function.cpp declareLocal). Same analysis.
  bool arrayStaysOnStack(const VarObj* v);
  void runTmpBufAnalysis();
  std::unordered_map<const Expr*, bool> tmpBufSites_;
  std::unordered_set<const VarObj*> stackArrays_;
  bool tmpBufDone_ = false;
  unsigned tmpBufBytes_ = 0;  // frame bytes given to such buffers so far
  // x + y on strings (string.cpp): the whole chain a + b + c ... in one
  // runtime call, in a stack buffer when tmpBufOk(e). binaryExpr's entry for
  // string concatenation.
  llvm::Value* concatExpr(BinaryExpr* e);
};

}  // namespace goc::lower
