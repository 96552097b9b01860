// Conversions T(x), and boxing a value into an empty interface.
//
// Strategy: dispatch on the underlying types of source and target. Numeric
// conversions are single LLVM casts chosen by the source's signedness, except
// float -> integer: LLVM's fptosi/fptoui give poison out of range, while Go
// leaves the result implementation-defined and programs observe gc's amd64
// results. So those go through the x86 truncating-conversion intrinsics
// (cvttsd2si & co., which LLVM constant-folds with the hardware's semantics)
// in the same widths gc uses: to 8/16/32-bit types via a 32-bit convert, to
// uint32 via a 64-bit one, and to uint64 with gc's branch-free equivalent of
// its two-way split at 2^63. String conversions call the runtime
// (intstring, slicebytetostring, ...); a conversion whose result provably
// stays in the function (tmpBufOk, below) passes a 32-element stack buffer
// the runtime uses when the result fits, as gc does for non-escaping
// conversions. Everything else (named <-> underlying,
// pointer <-> unsafe.Pointer, identical structs) keeps the bits; when the
// LLVM types differ anyway the value is reinterpreted through memory.
#include <llvm/IR/IntrinsicsX86.h>

#include <unordered_set>

#include "lowering/lowerer.h"

namespace goc::lower {
namespace {

BasicKind basicOf(const Type* t) {
  auto* bt = t->underlying()->as<BasicType>();
  return bt ? bt->basic : BasicKind::Invalid;
}

bool isByteOrRuneSlice(const Type* t, BasicKind elem) {
  auto* s = t->underlying()->as<SliceType>();
  return s && basicOf(s->elem) == elem;
}

// string <-> []byte / []rune: the conversions that copy.
bool isCopyingStringConv(const Type* from, const Type* to) {
  bool fs = basicOf(from) == BasicKind::String, ts = basicOf(to) == BasicKind::String;
  bool fb = isByteOrRuneSlice(from, BasicKind::Uint8) || isByteOrRuneSlice(from, BasicKind::Int32);
  bool tb = isByteOrRuneSlice(to, BasicKind::Uint8) || isByteOrRuneSlice(to, BasicKind::Int32);
  return (fs && tb) || (fb && ts);
}

// The escape analysis behind tmpBufOk. A site is a copying conversion or a
// string concatenation (concatExpr) assigned directly to a local variable v
// (`v := T(x)`, `v = a + b`, `var v = T(x)`); its result may live in a stack
// buffer of the frame when
//  - v is a local of this function of type string, []byte or []rune: not a
//    parameter or result, not captured by a closure, address never taken;
//  - every read of v copies or only looks: len/cap(v), v[i] (also as an
//    assignment target), range v, a copying conversion of v, v compared,
//    print/println(v), copy(.., v), append(.., v...), and `v = append(v, ..)`
//    (the same variable keeps the array). Anything else (assigned elsewhere,
//    passed, returned, sliced, &v[i], a concatenation operand (the runtime
//    may return it as the result), in a go/defer statement, ...) escapes;
//  - the site and v's declaration are in the same loop body (or both outside
//    loops), so that when the site runs again the variable instance holding
//    the buffer's previous contents is dead — gc's loop-depth rule;
//  - the function has no goto (which could re-run a site for the same
//    instance). Any statement or expression the walk does not know fails the
//    whole function (heap everywhere).
// The same walk finds the address-taken local arrays that may stay in the
// frame (stackArrays, FuncLowerer::arrayStaysOnStack): arrays of
// non-aggregate elements of at most 64 KiB, not loop variables, whose every
// use is an element read or write, len/cap/range of the array, or a slice of
// it consumed at once where `look` accepts a value (copying conversion, copy,
// append(x, a[:n]...), len, range, print). &a[i], a[i].M(), keeping or passing
// a slice, a go/defer use: the array escapes. No loop rule is needed: no
// address outlives the expression that made it, and each execution of the
// declaration zeroes the variable again.
class TmpBufAnalysis {
 public:
  explicit TmpBufAnalysis(FuncInfo* fn) : fn_(fn) {}

  void run(BlockStmt* body, std::unordered_map<const Expr*, bool>& out,
           std::unordered_set<const VarObj*>& stackArrays) {
    if (body) stmt(body);
    if (failed_) return;
    for (const Site& st : sites_) {
      const VarState& vs = vars_[st.v];
      if (vs.declared && !vs.escapes && vs.loop == st.loop) out[st.e] = true;
    }
    for (const auto& [v, vs] : vars_)
      if (vs.array && vs.declared && !vs.escapes) stackArrays.insert(v);
  }

 private:
  struct VarState {
    const Stmt* loop = nullptr;
    bool declared = false;
    bool escapes = false;
    bool array = false;  // an address-taken array (stackArrays), not a buffer site's target
  };
  struct Site {
    const Expr* e;
    const VarObj* v;
    const Stmt* loop;
  };
  FuncInfo* fn_;
  std::unordered_map<const VarObj*, VarState> vars_;
  std::vector<Site> sites_;
  const Stmt* loop_ = nullptr;  // innermost enclosing for/range
  bool delayed_ = false;        // inside a go/defer call: every read escapes
  bool inLoopInit_ = false;     // in a for statement's init (loop variables)
  bool failed_ = false;

  static Expr* unparen(Expr* e) {
    while (e && e->is<ParenExpr>()) e = static_cast<ParenExpr*>(e)->x;
    return e;
  }
  static VarObj* varOf(Expr* e) {
    e = unparen(e);
    auto* id = e ? e->as<Ident>() : nullptr;
    return id && id->obj ? id->obj->as<VarObj>() : nullptr;
  }
  static bool bufType(const Type* t) {
    return basicOf(t) == BasicKind::String || isByteOrRuneSlice(t, BasicKind::Uint8) ||
           isByteOrRuneSlice(t, BasicKind::Int32);
  }
  static bool isSite(Expr* e) {
    // A concatenation (concatExpr).
    if (auto* be = e->as<BinaryExpr>())
      return be->op == Tok::Add && !be->cval && basicOf(be->type) == BasicKind::String;
    auto* ce = e->as<CallExpr>();
    return ce && ce->callKind == CallKind::Conversion && !ce->cval && ce->args.size() == 1 &&
           isCopyingStringConv(ce->args[0]->type, ce->type);
  }

  // allowArray: false for loop variables (control.cpp gives address-taken
  // ones a per-iteration heap copy).
  void declare(Object* o, bool allowArray = true) {
    auto* v = o ? o->as<VarObj>() : nullptr;
    if (!v || v->owner != fn_ || v->isParam || v->isGlobal || v->isField || v->captured || !v->type)
      return;
    if (v->addressTaken) {
      // An array whose address is only taken by slices that are consumed at
      // once (look): its slices never outlive the expression.
      if (!allowArray || !stackableArray(v->type)) return;
      VarState& vs = vars_[v];
      vs.declared = true;
      vs.array = true;
      return;
    }
    if (!bufType(v->type)) return;
    VarState& vs = vars_[v];
    vs.declared = true;
    vs.loop = loop_;
  }
  static bool arrayType(const Type* t) { return t->underlying()->is<ArrayType_>(); }
  // An array of non-aggregate elements (so a[i][:], &a[i][j] and a[i].f
  // cannot take an address inside it unseen: every address of a part is
  // &a[i] or a[i].M(), both escapes) of at most 64 KiB (frames stay small
  // for segmented stacks).
  static bool stackableArray(const Type* t) {
    auto* a = t->underlying()->as<ArrayType_>();
    if (!a || sizeOf(t) > (64 << 10)) return false;
    const Type* e = a->elem->underlying();
    return !e->is<ArrayType_>() && !e->is<StructType_>();
  }
  void escape(VarObj* v) { vars_[v].escapes = true; }

  // e is read in a way that copies or only looks at it (a slice of a local
  // array included: what it shares with the array is not kept).
  void look(Expr* e) {
    if (!delayed_ && varOf(e)) return;
    auto* se = unparen(e) ? unparen(e)->as<SliceExpr>() : nullptr;
    if (!delayed_ && se && varOf(se->x) && varOf(se->x)->type && arrayType(varOf(se->x)->type)) {
      expr(se->lo);
      expr(se->hi);
      expr(se->max);
      return;
    }
    expr(e);
  }

  // e's value is used in a way the analysis does not follow.
  void expr(Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case NodeKind::Ident:
        if (auto* v = varOf(e)) escape(v);
        return;
      case NodeKind::BasicLit:
      case NodeKind::FuncLit:  // its own function; captured variables are excluded
      case NodeKind::ArrayType:
      case NodeKind::StructType:
      case NodeKind::FuncType:
      case NodeKind::InterfaceType:
      case NodeKind::MapType:
      case NodeKind::ChanType:
      case NodeKind::Ellipsis:
        return;
      case NodeKind::ParenExpr: expr(static_cast<ParenExpr*>(e)->x); return;
      case NodeKind::CompositeLit:
        for (Expr* x : static_cast<CompositeLit*>(e)->elts) expr(x);
        return;
      case NodeKind::KeyValueExpr: {
        auto* kv = static_cast<KeyValueExpr*>(e);
        expr(kv->key);
        expr(kv->value);
        return;
      }
      // x.f and &x may take the address of an element v[i] (a method with a
      // pointer receiver on a named byte type, &v[i]): v escapes.
      case NodeKind::SelectorExpr: addrOf(static_cast<SelectorExpr*>(e)->x); return;
      case NodeKind::IndexExpr: {
        auto* ie = static_cast<IndexExpr*>(e);
        indexBase(ie->x);
        for (Expr* x : ie->indices) expr(x);
        return;
      }
      case NodeKind::SliceExpr: {
        auto* se = static_cast<SliceExpr*>(e);
        expr(se->x);
        expr(se->lo);
        expr(se->hi);
        expr(se->max);
        return;
      }
      case NodeKind::TypeAssertExpr: expr(static_cast<TypeAssertExpr*>(e)->x); return;
      case NodeKind::StarExpr: expr(static_cast<StarExpr*>(e)->x); return;
      case NodeKind::UnaryExpr: addrOf(static_cast<UnaryExpr*>(e)->x); return;
      case NodeKind::BinaryExpr: {
        auto* be = static_cast<BinaryExpr*>(e);
        switch (be->op) {
          case Tok::Eql: case Tok::Neq: case Tok::Lss: case Tok::Leq: case Tok::Gtr: case Tok::Geq:
            look(be->x);
            look(be->y);
            return;
          default:
            expr(be->x);
            expr(be->y);
            return;
        }
      }
      case NodeKind::CallExpr: call(static_cast<CallExpr*>(e)); return;
      default: failed_ = true; return;
    }
  }

  // An operand whose address may be taken: v[i] lets v escape.
  void addrOf(Expr* x) {
    auto* ie = unparen(x) ? unparen(x)->as<IndexExpr>() : nullptr;
    if (ie && varOf(ie->x)) {
      escape(varOf(ie->x));
      for (Expr* i : ie->indices) expr(i);
      return;
    }
    expr(x);
  }

  // x in x[i]: a string, slice or array variable is only looked into.
  void indexBase(Expr* x) {
    VarObj* v = varOf(x);
    if (v && v->type && (bufType(v->type) || arrayType(v->type))) {
      if (delayed_) escape(v);
      return;
    }
    expr(x);
  }

  void call(CallExpr* ce) {
    if (ce->callKind == CallKind::Conversion) {
      if (ce->args.size() == 1 && isCopyingStringConv(ce->args[0]->type, ce->type)) look(ce->args[0]);
      else for (Expr* a : ce->args) expr(a);
      return;
    }
    if (ce->callKind == CallKind::Builtin) {
      switch (ce->builtin) {
        case BuiltinId::Len: case BuiltinId::Cap: case BuiltinId::Copy: case BuiltinId::Print:
        case BuiltinId::Println:
          for (Expr* a : ce->args) look(a);
          return;
        case BuiltinId::Append:
          for (size_t i = 0; i < ce->args.size(); i++) {
            if (i > 0 && i + 1 == ce->args.size() && ce->hasDots) look(ce->args[i]);
            else expr(ce->args[i]);
          }
          return;
        default:
          for (Expr* a : ce->args) expr(a);
          return;
      }
    }
    expr(ce->fun);
    for (Expr* a : ce->args) expr(a);
  }

  // lhs = ...: the target is written, not read.
  void target(Expr* lhs) {
    Expr* l = unparen(lhs);
    if (!l) return;
    if (l->is<Ident>()) return;
    if (auto* ie = l->as<IndexExpr>()) {
      indexBase(ie->x);
      for (Expr* x : ie->indices) expr(x);
      return;
    }
    expr(l);
  }

  // v = rhs (v: the target variable or null).
  void assign(VarObj* v, Expr* rhs) {
    Expr* r = unparen(rhs);
    if (v && !delayed_ && r && isSite(r)) {
      sites_.push_back({r, v, loop_});
      expr(r);  // operands: a conversion's only looked at, a concatenation's escape
      return;
    }
    auto* ce = r ? r->as<CallExpr>() : nullptr;
    if (v && ce && ce->callKind == CallKind::Builtin && ce->builtin == BuiltinId::Append &&
        !ce->args.empty() && varOf(ce->args[0]) == v) {
      // v = append(v, ...): v keeps its own array (or a new heap one).
      for (size_t i = 1; i < ce->args.size(); i++) {
        if (i + 1 == ce->args.size() && ce->hasDots) look(ce->args[i]);
        else expr(ce->args[i]);
      }
      return;
    }
    expr(rhs);
  }

  void stmts(const std::vector<Stmt*>& list) {
    for (Stmt* s : list) stmt(s);
  }

  void stmt(Stmt* s) {
    if (!s || failed_) return;
    switch (s->kind) {
      case NodeKind::EmptyStmt: return;
      case NodeKind::DeclStmt: {
        GenDecl* d = static_cast<DeclStmt*>(s)->decl;
        if (!d || d->tok != Tok::Var) return;
        for (Spec* sp : d->specs) {
          auto* vs = sp->as<ValueSpec>();
          if (!vs) continue;
          for (Ident* n : vs->names) declare(n->obj);
          if (vs->values.size() == vs->names.size()) {
            for (size_t i = 0; i < vs->names.size(); i++) assign(varOf(vs->names[i]), vs->values[i]);
          } else {
            for (Expr* x : vs->values) expr(x);
          }
        }
        return;
      }
      case NodeKind::LabeledStmt: stmt(static_cast<LabeledStmt*>(s)->stmt); return;
      case NodeKind::ExprStmt: expr(static_cast<ExprStmt*>(s)->x); return;
      case NodeKind::SendStmt: {
        auto* ss = static_cast<SendStmt*>(s);
        expr(ss->chan);
        expr(ss->value);
        return;
      }
      case NodeKind::IncDecStmt: expr(static_cast<IncDecStmt*>(s)->x); return;
      case NodeKind::AssignStmt: {
        auto* as = static_cast<AssignStmt*>(s);
        bool plain = as->op == Tok::Assign || as->op == Tok::Define;
        if (as->op == Tok::Define) {
          for (size_t i = 0; i < as->lhs.size(); i++) {
            if (i < as->newVars.size() && as->newVars[i]) {
              if (auto* id = unparen(as->lhs[i])->as<Ident>()) declare(id->obj, !inLoopInit_);
            }
          }
        }
        if (plain && as->lhs.size() == as->rhs.size()) {
          for (size_t i = 0; i < as->lhs.size(); i++) {
            target(as->lhs[i]);
            assign(varOf(as->lhs[i]), as->rhs[i]);
          }
          return;
        }
        for (Expr* l : as->lhs) {
          if (plain) target(l);
          else expr(l);  // x op= y reads x
        }
        for (Expr* r : as->rhs) expr(r);
        return;
      }
      case NodeKind::GoStmt:
      case NodeKind::DeferStmt: {
        CallExpr* c = s->is<GoStmt>() ? static_cast<GoStmt*>(s)->call : static_cast<DeferStmt*>(s)->call;
        bool saved = delayed_;
        delayed_ = true;
        expr(c);
        delayed_ = saved;
        return;
      }
      case NodeKind::ReturnStmt:
        for (Expr* x : static_cast<ReturnStmt*>(s)->results) expr(x);
        return;
      case NodeKind::BranchStmt:
        if (static_cast<BranchStmt*>(s)->tok == Tok::Goto) failed_ = true;
        return;
      case NodeKind::BlockStmt: stmts(static_cast<BlockStmt*>(s)->stmts); return;
      case NodeKind::IfStmt: {
        auto* is = static_cast<IfStmt*>(s);
        stmt(is->init);
        expr(is->cond);
        stmt(is->then);
        stmt(is->els);
        return;
      }
      case NodeKind::SwitchStmt: {
        auto* ss = static_cast<SwitchStmt*>(s);
        stmt(ss->init);
        expr(ss->tag);
        for (CaseClause* c : ss->clauses) {
          for (Expr* x : c->list) expr(x);
          stmts(c->body);
        }
        return;
      }
      case NodeKind::TypeSwitchStmt: {
        auto* ts = static_cast<TypeSwitchStmt*>(s);
        stmt(ts->init);
        if (ts->guard) expr(ts->guard->x);
        for (CaseClause* c : ts->clauses) stmts(c->body);
        return;
      }
      case NodeKind::SelectStmt:
        for (CommClause* c : static_cast<SelectStmt*>(s)->clauses) {
          stmt(c->comm);
          stmts(c->body);
        }
        return;
      case NodeKind::ForStmt: {
        auto* fs = static_cast<ForStmt*>(s);
        bool saved0 = inLoopInit_;
        inLoopInit_ = true;
        stmt(fs->init);
        inLoopInit_ = saved0;
        const Stmt* saved = loop_;
        loop_ = fs;
        expr(fs->cond);
        stmt(fs->post);
        stmt(fs->body);
        loop_ = saved;
        return;
      }
      case NodeKind::RangeStmt: {
        auto* rs = static_cast<RangeStmt*>(s);
        look(rs->x);
        const Stmt* saved = loop_;
        loop_ = rs;
        for (Expr* kv : {rs->key, rs->value}) {
          if (!kv) continue;
          if (rs->tok == Tok::Define) {
            if (auto* id = unparen(kv)->as<Ident>()) declare(id->obj, false);
          } else {
            target(kv);
          }
        }
        stmt(rs->body);
        loop_ = saved;
        return;
      }
      default: failed_ = true; return;
    }
  }
};

}  // namespace

void FuncLowerer::runTmpBufAnalysis() {
  if (tmpBufDone_) return;
  tmpBufDone_ = true;
  BlockStmt* body = fn->decl ? fn->decl->body : fn->lit ? fn->lit->body : nullptr;
  TmpBufAnalysis(fn).run(body, tmpBufSites_, stackArrays_);
}

bool FuncLowerer::tmpBufOk(const Expr* e) {
  runTmpBufAnalysis();
  return tmpBufSites_.count(e) != 0;
}

bool FuncLowerer::arrayStaysOnStack(const VarObj* v) {
  runTmpBufAnalysis();
  return stackArrays_.count(v) != 0;
}

llvm::Value* FuncLowerer::intToI64(llvm::Value* v, const Type* t) {
  if (v->getType() == m.i64()) return v;
  return isUnsigned(t) ? b.CreateZExt(v, m.i64()) : b.CreateSExt(v, m.i64());
}

llvm::Value* FuncLowerer::ifaceData(llvm::Value* v, const Type* t) {
  if (ModuleLowerer::isDirectIface(t)) {
    // A pointer, or a struct/array wrapping exactly one pointer.
    while (!v->getType()->isPointerTy()) v = b.CreateExtractValue(v, 0);
    return v;
  }
  llvm::Value* p = heapAlloc(t);
  storeValue(t, v, p);
  return p;
}

llvm::Value* FuncLowerer::toEface(llvm::Value* v, const Type* t) {
  llvm::Value* r = llvm::UndefValue::get(m.ifaceType());
  r = b.CreateInsertValue(r, m.typeDesc(t), 0);
  return b.CreateInsertValue(r, ifaceData(v, t), 1);
}

llvm::Value* FuncLowerer::conversion(CallExpr* e) {
  if (e->cval) return constValue(e->cval, e->type);
  Expr* x = e->args[0];
  // Stack buffers take at most 512 bytes of a frame (segmented stacks).
  const Type* from = x->type;
  const Type* to = e->type;
  if (isCopyingStringConv(from, to) && tmpBufOk(e)) {
    bool runes = isByteOrRuneSlice(to, BasicKind::Int32);
    unsigned bytes = runes ? 128 : 32;
    if (tmpBufBytes_ + bytes <= 512 && !isByteOrRuneSlice(from, BasicKind::Int32)) {
      tmpBufBytes_ += bytes;
      llvm::Value* v = expr(x);
      llvm::AllocaInst* buf =
          entryAllocaLL(llvm::ArrayType::get(runes ? b.getInt32Ty() : b.getInt8Ty(), 32), "tmpbuf");
      buf->setAlignment(llvm::Align(8));
      llvm::Value* p = b.CreateExtractValue(v, 0);
      llvm::Value* n = b.CreateExtractValue(v, 1);
      if (basicOf(to) == BasicKind::String) {
        llvm::Value* r = callRuntime(RtFunc::slicebytetostringbuf, {buf, p, n});
        return makeString(b.CreateExtractValue(r, 0), b.CreateExtractValue(r, 1));
      }
      llvm::Value* r = callRuntime(runes ? RtFunc::stringtoslicerunebuf : RtFunc::stringtoslicebytebuf,
                                   {buf, p, n});
      return makeSlice(b.CreateExtractValue(r, 0), b.CreateExtractValue(r, 1),
                       b.CreateExtractValue(r, 2));
    }
  }
  return convertValue(expr(x), from, to);
}

llvm::Value* FuncLowerer::convertValue(llvm::Value* v, const Type* from, const Type* to) {
  const Type* fu = from->underlying();
  const Type* tu = to->underlying();
  llvm::Type* toTy = m.llvmType(to);
  BasicKind fk = basicOf(from), tk = basicOf(to);

  if (fk == BasicKind::UntypedNil) return zeroValue(to);
  if (auto* it = tu->as<InterfaceType_>()) {
    if (fu->is<InterfaceType_>() || !it->isEmpty()) return assignConv(v, from, to);
    return toEface(v, from);
  }

  // Strings.
  if (tk == BasicKind::String) {
    if (isInteger(from)) {
      llvm::Value* r = callRuntime(RtFunc::intstring, {intToI64(v, from)});
      return makeString(b.CreateExtractValue(r, 0), b.CreateExtractValue(r, 1));
    }
    if (isByteOrRuneSlice(from, BasicKind::Uint8) || isByteOrRuneSlice(from, BasicKind::Int32)) {
      RtFunc f = isByteOrRuneSlice(from, BasicKind::Uint8) ? RtFunc::slicebytetostring
                                                           : RtFunc::slicerunetostring;
      llvm::Value* r = callRuntime(f, {b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)});
      return makeString(b.CreateExtractValue(r, 0), b.CreateExtractValue(r, 1));
    }
  }
  if (fk == BasicKind::String &&
      (isByteOrRuneSlice(to, BasicKind::Uint8) || isByteOrRuneSlice(to, BasicKind::Int32))) {
    RtFunc f = isByteOrRuneSlice(to, BasicKind::Uint8) ? RtFunc::stringtoslicebyte
                                                       : RtFunc::stringtoslicerune;
    llvm::Value* r = callRuntime(f, {b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)});
    return makeSlice(b.CreateExtractValue(r, 0), b.CreateExtractValue(r, 1),
                     b.CreateExtractValue(r, 2));
  }

  // Numbers.
  if (isInteger(from) && isInteger(to)) {
    return isUnsigned(from) ? b.CreateZExtOrTrunc(v, toTy) : b.CreateSExtOrTrunc(v, toTy);
  }
  if (isInteger(from) && isFloat(to)) {
    return isUnsigned(from) ? b.CreateUIToFP(v, toTy) : b.CreateSIToFP(v, toTy);
  }
  if (isFloat(from) && isFloat(to)) return b.CreateFPCast(v, toTy);
  if (isFloat(from) && isInteger(to)) {
    bool f32 = v->getType()->isFloatTy();
    auto cvt = [&](llvm::Value* x, bool wide) -> llvm::Value* {
      // The intrinsics take a vector and convert lane 0.
      llvm::Intrinsic::ID id =
          f32 ? (wide ? llvm::Intrinsic::x86_sse_cvttss2si64 : llvm::Intrinsic::x86_sse_cvttss2si)
              : (wide ? llvm::Intrinsic::x86_sse2_cvttsd2si64 : llvm::Intrinsic::x86_sse2_cvttsd2si);
      auto* vecTy = llvm::FixedVectorType::get(x->getType(), f32 ? 4 : 2);
      llvm::Value* vec = b.CreateInsertElement(llvm::PoisonValue::get(vecTy), x, uint64_t(0));
      return b.CreateIntrinsic(id, {}, {vec});
    };
    int64_t size = sizeOf(to);
    if (isUnsigned(to) && size == 8) {
      // gc: x < 2^63 ? cvt(x) : cvt(x - 2^63) | 1<<63.
      llvm::Value* cutoff = llvm::ConstantFP::get(v->getType(), 9223372036854775808.0);
      llvm::Value* lo = cvt(v, true);
      llvm::Value* hi = b.CreateOr(cvt(b.CreateFSub(v, cutoff), true), b.getInt64(1ull << 63));
      return b.CreateSelect(b.CreateFCmpOLT(v, cutoff), lo, hi);
    }
    bool wide = size == 8 || (isUnsigned(to) && size == 4);
    return b.CreateTrunc(cvt(v, wide), toTy);
  }
  if (isComplex(from) && isComplex(to)) {
    llvm::Type* partTy = toTy->getStructElementType(0);
    llvm::Value* r = llvm::UndefValue::get(toTy);
    r = b.CreateInsertValue(r, b.CreateFPCast(b.CreateExtractValue(v, 0), partTy), 0);
    return b.CreateInsertValue(r, b.CreateFPCast(b.CreateExtractValue(v, 1), partTy), 1);
  }

  // Pointers and uintptr.
  if (fk == BasicKind::Uintptr && tk == BasicKind::UnsafePointer) return b.CreateIntToPtr(v, toTy);
  if (fk == BasicKind::UnsafePointer && tk == BasicKind::Uintptr) return b.CreatePtrToInt(v, toTy);

  // Slice to array pointer (Go 1.17) or array (Go 1.20).
  if (fu->is<SliceType>()) {
    const ArrayType_* arr = nullptr;
    if (auto* p = tu->as<PointerType>()) arr = p->elem->underlying()->as<ArrayType_>();
    if (!arr) arr = tu->as<ArrayType_>();
    if (arr) {
      llvm::Value* n = b.getInt64(arr->len);
      llvm::Value* len = b.CreateExtractValue(v, 1);
      panicIf(b.CreateICmpUGT(n, len), RtFunc::panicSliceConvert, {n, len});
      llvm::Value* ptr = b.CreateExtractValue(v, 0);
      if (tu->is<ArrayType_>()) return load(to, ptr);
      // A nil slice converts to a nil pointer; an empty non-nil one keeps its pointer.
      return ptr;
    }
  }

  // Identity conversions: named <-> underlying, pointer <-> unsafe.Pointer, ...
  if (v->getType() == toTy) return v;
  llvm::AllocaInst* tmp = entryAllocaLL(v->getType(), "conv");
  tmp->setAlignment(llvm::Align(std::max<int64_t>(alignOf(from), 8)));
  b.CreateStore(v, tmp);
  return b.CreateLoad(toTy, tmp);
}

}  // namespace goc::lower
