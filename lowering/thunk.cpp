// Calls evaluated now and made later: the operands of `go CALL` and
// `defer CALL`.
//
// Strategy: the operands the spec evaluates at the statement — the func
// value, or the method receiver (after the embedded-field path, the implicit
// & or *, and for an interface a nil check, as gc does), and the non-constant
// arguments (f(g()) spreads g's results) — are evaluated by delayCall() and
// stored in a closure object of Go type
//
//   struct { F unsafe.Pointer; A0 T0; A1 T1; ... }
//
// F is the thunk `<fn>.gowrapN` / `<fn>.deferwrapN`, swiftcc void(g, ctx =
// the object): CALL itself, lowered by call() on a copy of the call whose
// operands are synthetic variables bound to the fields. Every kind of call
// (function, method, interface method, method value and expression, func
// value, variadic, builtin) thus goes through the code of an ordinary call,
// argument conversions and variadic packing included, and the results are
// discarded. `f()` and `fv()` without operands or results need no thunk: the
// func value itself is the closure (a call with results may need a hidden
// result pointer, which a void(g, ctx) call does not pass).
//
// Who owns the object differs: defer.cpp places it after its Defer record (in
// the frame or the heap), goroutine.cpp allocates it and hands it to
// runtime.newproc.
#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {

namespace {

Expr* unparen(Expr* e) {
  while (auto* p = e->as<ParenExpr>()) e = p->x;
  return e;
}

}  // namespace

std::vector<std::unique_ptr<Node>>& syntheticNodes() {
  static std::vector<std::unique_ptr<Node>> nodes;
  return nodes;
}

Selection* keepSelection(Selection* s) {
  static std::vector<std::unique_ptr<Selection>> sels;
  sels.emplace_back(s);
  return s;
}

FuncLowerer::DelayedCall FuncLowerer::delayCall(CallExpr* ce, Pos pos, const char* kind, int& counter) {
  setLoc(pos);
  DelayedCall dc;
  // The operands evaluated now, and where the copy of the call refers to them.
  std::vector<const Type*> types;
  std::vector<Expr**> slots;
  auto* copy = keepNode(new CallExpr(*ce));
  auto add = [&](llvm::Value* v, const Type* t, Expr** slot) {
    dc.vals.push_back(v);
    types.push_back(t);
    slots.push_back(slot);
  };
  auto operand = [&](Expr* e, Expr** slot) {
    if (e->cval || e->mode == ExprMode::TypeExpr) return;
    if (auto* bt = e->type ? e->type->underlying()->as<BasicType>() : nullptr;
        bt && bt->basic == BasicKind::UntypedNil)
      return;
    add(expr(e), e->type, slot);
  };
  // Without operands, the callee may be the closure itself: a function, or
  // the func value (the one operand).
  const SignatureType* directSig = nullptr;
  FuncObj* directFn = nullptr;
  Expr* fun = unparen(ce->fun);
  if (ce->callKind != CallKind::Builtin) {
    auto* se = fun->as<SelectorExpr>();
    const Selection* sel = se ? se->selection : nullptr;
    Object* obj = nullptr;
    if (auto* id = fun->as<Ident>()) obj = id->obj;
    if (se && !sel) obj = se->sel->obj;
    if (sel && (sel->kind == Selection::Kind::Method || sel->kind == Selection::Kind::IfaceMethod)) {
      // The receiver is evaluated now: a copy of the selector reads it
      // from a synthetic variable, with the embedding path already followed.
      auto* se2 = keepNode(new SelectorExpr(*se));
      auto* sel2 = keepSelection(new Selection(*sel));
      se2->selection = sel2;
      sel2->path.clear();
      sel2->indirect = sel2->addrOfRecv = sel2->derefRecv = false;
      auto* method = static_cast<FuncObj*>(sel->obj);
      if (sel->kind == Selection::Kind::Method && method->decl) {
        add(recvArg(se->x, sel, method), method->sig()->recv->type, &se2->x);
      } else {
        // An interface's method (possibly promoted through embedded fields):
        // a nil interface panics here, not when the call is made.
        PathPlace p = selectPath(se->x, sel->path);
        llvm::Value* iv = p.inMem ? load(p.t, p.v) : p.v;
        nilCheck(b.CreateExtractValue(iv, 0));
        add(iv, p.t, &se2->x);
      }
      copy->fun = se2;
    } else if (auto* fo = obj ? obj->as<FuncObj>() : nullptr) {
      if (ce->args.empty()) {
        directSig = fo->sig();
        directFn = fo;
      }
    } else if (!(sel && sel->kind == Selection::Kind::MethodExpr)) {
      operand(fun, &copy->fun);
      if (ce->args.empty()) directSig = fun->type->underlying()->as<SignatureType>();
    }
  }
  if (ce->spreadsTuple && ce->args.size() == 1) {
    std::vector<llvm::Value*> vals = exprTuple(ce->args[0]);
    auto* tt = ce->args[0]->type->as<TupleType>();
    copy->args.assign(vals.size(), nullptr);
    copy->spreadsTuple = false;
    for (size_t i = 0; i < vals.size(); i++) add(vals[i], tt->vars[i]->type, &copy->args[i]);
  } else {
    for (size_t i = 0; i < ce->args.size(); i++) operand(ce->args[i], &copy->args[i]);
  }
  if (directSig && directSig->results.empty()) {
    dc.direct = directFn ? m.funcValue(directFn) : dc.vals.at(0);
    dc.vals.clear();
    return dc;
  }

  // The closure object's Go type.
  auto st = std::make_unique<StructType_>();
  auto addField = [&](std::string name, const Type* t) {
    auto v = std::make_unique<VarObj>(std::move(name));
    v->type = const_cast<Type*>(t);
    v->isField = true;
    st->fields.push_back(StructField{v.get(), false, "", -1});
    m.ownedObjects.push_back(std::move(v));
  };
  addField("F", basicType(BasicKind::UnsafePointer));
  for (size_t i = 0; i < types.size(); i++) addField("A" + std::to_string(i), types[i]);
  dc.objT = st.get();
  m.ownedTypes.push_back(std::move(st));

  // The thunk: the copy of the call, its operands read from the object.
  auto* sig = new SignatureType();
  m.ownedTypes.emplace_back(sig);
  auto info = std::make_unique<FuncInfo>();
  info->sig = sig;
  info->linkName = fn->linkName + "." + kind + "wrap" + std::to_string(++counter);
  FuncInfo* fi = info.get();
  m.ownedFuncs.push_back(std::move(info));
  FuncLowerer t(m, fi);
  if (t.sp_) {
    LineCol lc = m.sm.lineCol(pos);
    llvm::DIFile* file = m.diFile(pos);
    auto* sty = m.di->createSubroutineType(m.di->getOrCreateTypeArray({}));
    t.sp_ = m.di->createFunction(file, fi->linkName, fi->linkName, file, lc.line, sty, lc.line,
                                 llvm::DINode::FlagArtificial, llvm::DISubprogram::SPFlagDefinition);
    t.llfn->setSubprogram(t.sp_);
    t.setLoc(pos);
  }
  llvm::Type* lt = m.llvmType(dc.objT);
  for (size_t i = 0; i < types.size(); i++) {
    auto* v = new VarObj(std::string(kind) + ".arg" + std::to_string(i));
    m.ownedObjects.emplace_back(v);
    v->type = const_cast<Type*>(types[i]);
    v->owner = fi;
    auto* id = keepNode(new Ident(pos));
    id->name = v->name;
    id->mode = ExprMode::Variable;
    id->type = v->type;
    id->obj = v;
    *slots[i] = id;
    t.locals_[v] = Local{t.b.CreateStructGEP(lt, t.ctx, m.fieldIndex(dc.objT, i + 1)), false};
  }
  t.call(copy);
  if (!t.terminated()) t.b.CreateRetVoid();
  dc.thunk = t.llfn;
  return dc;
}

void FuncLowerer::fillDelayed(const DelayedCall& dc, llvm::Value* obj) {
  llvm::Type* lt = m.llvmType(dc.objT);
  b.CreateStore(dc.thunk, b.CreateStructGEP(lt, obj, m.fieldIndex(dc.objT, 0)));
  for (size_t i = 0; i < dc.vals.size(); i++) {
    const Type* t = dc.objT->fields[i + 1].var->type;
    storeValue(t, dc.vals[i], b.CreateStructGEP(lt, obj, m.fieldIndex(dc.objT, i + 1)));
  }
}

}  // namespace goc::lower
