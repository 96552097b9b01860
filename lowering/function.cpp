// One function body: prologue, variables, memory helpers, epilogue.
//
// Strategy: the constructor opens the entry block and binds %g and %ctx; run()
// moves parameters into variables, zeroes the results, makes the captured
// variables of a function literal reachable, lowers the body and closes the
// function with an implicit return. Every Go variable lives in memory and the
// optimiser's mem2reg lifts the ones that stay in registers:
//  - a plain local is an alloca in the entry block (zeroed where it is
//    declared, since a declaration inside a loop makes a new zero variable);
//  - a local that is captured by a closure or whose address is taken lives in
//    a heap cell from runtime.newobject, allocated where it is declared, so
//    each execution of the declaration gets its own variable; except a
//    variable (parameters and results included) captured only by literals
//    deferred where they appear (`defer func(){...}()`), not address-taken
//    and declared outside loops (and, for body variables, in a function
//    without goto): it is an entry-block alloca, since those calls all run
//    before the frame is popped (defer.cpp findFrameCaptured);
//  - inside a function literal, a captured variable is reached through the
//    closure object: word 0 is the code pointer and word i+1 points at the
//    cell of closureVars(fn)[i];
//  - a Go 1.22 per-iteration loop variable sits behind a slot holding the
//    current cell, so each iteration can rebind it to a fresh copy.
// A large parameter (passByPointer) arrives as a pointer to the caller's copy,
// which is used as the variable itself unless it must live on the heap.
#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {

static Pos funcPos(const FuncInfo* fn) {
  if (fn->decl) return fn->decl->pos;
  if (fn->lit) return fn->lit->pos;
  return NoPos;
}

FuncLowerer::FuncLowerer(ModuleLowerer& m, FuncInfo* fn) : m(m), fn(fn), b(m.ctx) {
  llfn = m.getFunction(fn);
  entry_ = llvm::BasicBlock::Create(m.ctx, "entry", llfn);
  b.SetInsertPoint(entry_);
  g = llfn->getArg(0);
  ctx = llfn->getArg(1);
  g->setName("g");
  ctx->setName("ctx");
  if (m.di) {
    Pos p = funcPos(fn);
    llvm::DIFile* file = p != NoPos ? m.diFile(p) : m.diCU->getFile();
    unsigned line = p != NoPos ? m.sm.lineCol(p).line : 0;
    auto* sty = m.di->createSubroutineType(m.di->getOrCreateTypeArray({}));
    std::string name = fn->linkName;
    if (auto dot = name.rfind('.'); dot != std::string::npos && fn->decl && !fn->decl->recv)
      name = name.substr(dot + 1);
    sp_ = m.di->createFunction(file, name, fn->linkName, file, line, sty, line,
                               llvm::DINode::FlagPrototyped, llvm::DISubprogram::SPFlagDefinition);
    llfn->setSubprogram(sp_);
    // Calls need a location in a function with debug info, even synthetic ones.
    b.SetCurrentDebugLocation(llvm::DILocation::get(m.ctx, line, 0, sp_));
    setLoc(p);
  }
}

void FuncLowerer::run() {
  // //go:systemstack: the function must run on g0 (runtime.checksystemstack throws otherwise).
  if (fn->pragmas & PragmaSystemstack) callRuntime(RtFunc::checksystemstack, {});
  findFrameCaptured();  // defer.cpp: captured variables that may stay in the frame
  // Parameters (receiver first) arrive after %g and %ctx.
  unsigned argNo = 2;
  for (VarObj* p : fn->params) {
    llvm::Value* a = llfn->getArg(argNo++);
    if (!p->name.empty()) a->setName(p->name);
    if (p->name.empty() || p->name == "_") continue;
    if (m.passByPointer(p->type) && !p->captured && !p->addressTaken) {
      locals_[p] = Local{a, false};
      continue;
    }
    if (m.passByPointer(p->type)) a = load(p->type, a);
    Addr ad = declareLocal(p);
    storeValue(p->type, a, ad.ptr);
  }
  for (VarObj* r : fn->results) declareLocal(r);
  funcPrologue();  // defer.cpp: recover token, frame checkpoint
  if (fn->lit) {
    const std::vector<VarObj*>& vars = m.closureVars(fn);
    for (size_t i = 0; i < vars.size(); i++) {
      llvm::Value* slot = b.CreateConstGEP1_64(m.ptrType(), ctx, i + 1);
      locals_[vars[i]] = Local{b.CreateLoad(m.ptrType(), slot, vars[i]->name + ".cell"), false};
    }
  }
  BlockStmt* body = fn->decl ? fn->decl->body : fn->lit ? fn->lit->body : nullptr;
  if (body) stmts(body->stmts);
  deferEpilogue();
  if (terminated()) return;
  if (body) setLoc(body->rbrace);
  if (deferReturn({})) {
    // Without results only: the exit block runs the deferred calls.
  } else if (fn->results.empty()) {
    b.CreateRetVoid();
  } else {
    // Only reachable without a return statement when the end is dead code
    // (the checker rejects a missing return); keep the verifier happy.
    b.CreateUnreachable();
  }
}

const std::vector<VarObj*>& ModuleLowerer::closureVars(FuncInfo* fn) {
  if (auto it = closureVars_.find(fn); it != closureVars_.end()) return it->second;
  // A nested literal may use a variable of a function further out; this
  // literal must then carry it too, so that it can build the inner closure.
  std::vector<VarObj*> vars = fn->captures;
  for (FuncInfo* lit : fn->literals) {
    for (VarObj* v : closureVars(lit)) {
      if (v->owner == fn) continue;
      if (std::find(vars.begin(), vars.end(), v) == vars.end()) vars.push_back(v);
    }
  }
  return closureVars_[fn] = std::move(vars);
}

Addr FuncLowerer::varAddr(VarObj* v) {
  if (v->isGlobal) return Addr{m.getGlobal(v), v->type};
  auto it = locals_.find(v);
  if (it == locals_.end())
    ice(m.sm, v->pos, "lowering: variable " + v->name + " has no storage in " + fn->linkName);
  if (it->second.viaSlot) return Addr{b.CreateLoad(m.ptrType(), it->second.ptr), v->type};
  return Addr{it->second.ptr, v->type};
}

Addr FuncLowerer::declareLocal(VarObj* v) {
  llvm::Value* p;
  bool stack = !v->addressTaken || arrayStaysOnStack(v);
  bool inFrame = v->captured ? stack && loopDepth_ == 0 && frameCandidates_.count(v) : stack;
  if (!inFrame) {
    p = heapAlloc(v->type);
    if (!v->name.empty()) p->setName(v->name);
  } else {
    p = entryAlloca(v->type, v->name.c_str());
    if (v->captured) {
      frameCaptured_.insert(v);
      // A frame that a recovery resumes reads it after deferframe returns 1
      // (the deferred calls run at the exit): in memory from the entry on.
      // Parameters and results are declared before funcPrologue, which
      // makes them escape itself.
      if (deferFrameCall_) escapeBefore(deferFrameCall_, p);
    }
    storeValue(v->type, zeroValue(v->type), p);
  }
  locals_[v] = Local{p, false};
  return Addr{p, v->type};
}

void FuncLowerer::makePerIteration(VarObj* v) {
  Addr cur = varAddr(v);
  llvm::Value* slot = entryAlloca(basicType(BasicKind::UnsafePointer), (v->name + ".slot").c_str());
  b.CreateStore(cur.ptr, slot);
  locals_[v] = Local{slot, true};
}

void FuncLowerer::freshCopy(VarObj* v) {
  auto it = locals_.find(v);
  if (it == locals_.end() || !it->second.viaSlot) ice("lowering: freshCopy of a variable without slot");
  Addr cur = varAddr(v);
  llvm::Value* cell = heapAlloc(v->type);
  storeValue(v->type, load(v->type, cur.ptr), cell);
  b.CreateStore(cell, it->second.ptr);
}

llvm::Value* FuncLowerer::entryAlloca(const Type* t, const char* name) {
  llvm::IRBuilder<> tmp(entry_, entry_->getFirstInsertionPt());
  auto* a = tmp.CreateAlloca(m.llvmType(t), nullptr, name);
  a->setAlignment(llvm::Align(static_cast<uint64_t>(std::max<int64_t>(alignOf(t), 1))));
  return a;
}

llvm::Value* FuncLowerer::load(const Type* t, llvm::Value* ptr) {
  return b.CreateLoad(m.llvmType(t), ptr);
}

void FuncLowerer::storeValue(const Type* t, llvm::Value* v, llvm::Value* ptr) {
  (void)t;  // the write barrier will need the type's pointer map
  // A large zero aggregate as one memset: LLVM splits an aggregate store
  // into one store per element, which for a 16 KiB array takes seconds.
  if (auto* c = llvm::dyn_cast<llvm::Constant>(v); c && c->isNullValue() && v->getType()->isAggregateType()) {
    uint64_t size = m.mod->getDataLayout().getTypeAllocSize(v->getType());
    if (size > 64) {
      b.CreateMemSet(ptr, b.getInt8(0), size, llvm::MaybeAlign());
      return;
    }
  }
  b.CreateStore(v, ptr);
}

llvm::Value* FuncLowerer::heapAlloc(const Type* t) {
  return callRuntime(RtFunc::newobject, {m.typeDesc(t)});
}

llvm::Value* FuncLowerer::boolToI8(llvm::Value* cond) {
  return b.CreateZExt(cond, llvm::Type::getInt8Ty(m.ctx));
}

llvm::Value* FuncLowerer::i8ToCond(llvm::Value* v) {
  return b.CreateICmpNE(v, llvm::ConstantInt::get(v->getType(), 0));
}

llvm::BasicBlock* FuncLowerer::newBlock(const char* name) {
  return llvm::BasicBlock::Create(m.ctx, name, llfn);
}

void FuncLowerer::setLoc(Pos p) {
  if (!sp_ || p == NoPos) return;
  LineCol lc = m.sm.lineCol(p);
  b.SetCurrentDebugLocation(llvm::DILocation::get(m.ctx, lc.line, lc.col, sp_));
}

}  // namespace goc::lower
