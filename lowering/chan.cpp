// Channels: make, send, receive, close, len/cap, range over a channel.
//
// Strategy: every channel operation is a call into the runtime with the
// value passed by address, as gc does: `ch <- v` stores v (converted to the
// element type) into an entry-block slot and calls runtime.chansend1(c,
// &slot); `<-ch` calls runtime.chanrecv1(c, &dst) and loads dst;
// `v, ok := <-ch` calls runtime.chanrecv2, whose Bool result is ok. The
// runtime copies elemsize bytes, so every element type (zero-size, pointers,
// large structs) takes the same path. len/cap load hchan.qcount (offset 0) /
// hchan.dataqsiz (offset 8) inline, 0 for a nil channel. `for v := range ch`
// is a loop around chanrecv2 that ends when it reports a closed channel.
// Directional conversions need no code (a channel is one pointer).
#include "lowering/lowerer.h"

namespace goc::lower {

static const Type* chanElem(const Type* t) { return t->underlying()->as<ChanType_>()->elem; }

llvm::Value* FuncLowerer::makeChan(const Type* t, llvm::Value* size) {
  if (!size) size = b.getInt64(0);
  return callRuntime(RtFunc::makechan, {m.typeDesc(t), size});
}

void FuncLowerer::closeChan(llvm::Value* c) { callRuntime(RtFunc::closechan, {c}); }

llvm::Value* FuncLowerer::chanLenCap(llvm::Value* c, bool isLen) {
  llvm::BasicBlock* from = b.GetInsertBlock();
  llvm::BasicBlock* load = newBlock(isLen ? "chanlen.load" : "chancap.load");
  llvm::BasicBlock* done = newBlock(isLen ? "chanlen.done" : "chancap.done");
  b.CreateCondBr(b.CreateIsNull(c), done, load);
  b.SetInsertPoint(load);
  // hchan: qcount at offset 0, dataqsiz at offset 8 (runtime/chan.h).
  llvm::Value* p = isLen ? c : b.CreateConstGEP1_64(b.getInt8Ty(), c, 8);
  llvm::Value* v = b.CreateLoad(m.i64(), p, isLen ? "qcount" : "dataqsiz");
  if (isLen) {
    // Read racily by other goroutines' operations: an atomic load says so.
    llvm::cast<llvm::LoadInst>(v)->setAtomic(llvm::AtomicOrdering::Monotonic);
    llvm::cast<llvm::LoadInst>(v)->setAlignment(llvm::Align(8));
  }
  b.CreateBr(done);
  b.SetInsertPoint(done);
  llvm::PHINode* phi = b.CreatePHI(m.i64(), 2, isLen ? "len" : "cap");
  phi->addIncoming(b.getInt64(0), from);
  phi->addIncoming(v, load);
  return phi;
}

void FuncLowerer::chanSend(llvm::Value* c, llvm::Value* v, const Type* from, const Type* chanType) {
  const Type* elem = chanElem(chanType);
  llvm::Value* slot = entryAlloca(elem, "send.val");
  b.CreateStore(assignConv(v, from, elem), slot);
  callRuntime(RtFunc::chansend1, {c, slot});
}

void FuncLowerer::sendStmt(SendStmt* s) {
  llvm::Value* c = expr(s->chan);
  llvm::Value* v = expr(s->value);
  setLoc(s->pos);
  chanSend(c, v, s->value->type, s->chan->type);
}

std::pair<llvm::Value*, llvm::Value*> FuncLowerer::chanRecv(UnaryExpr* e, bool commaOk) {
  const Type* ct = e->x->type;
  const Type* elem = chanElem(ct);
  llvm::Value* c = expr(e->x);
  setLoc(e->pos);
  llvm::Value* dst = entryAlloca(elem, "recv.val");
  if (!commaOk) {
    callRuntime(RtFunc::chanrecv1, {c, dst});
    return {load(elem, dst), nullptr};
  }
  llvm::Value* ok = callRuntime(RtFunc::chanrecv2, {c, dst});
  return {load(elem, dst), boolToI8(ok)};
}

void FuncLowerer::rangeChan(RangeStmt* s) {
  const Type* elem = chanElem(s->x->type);
  llvm::Value* c = expr(s->x);
  llvm::Value* dst = entryAlloca(elem, "range.val");
  llvm::BasicBlock* condBB = newBlock("rangechan.recv");
  llvm::BasicBlock* bodyBB = newBlock("rangechan.body");
  llvm::BasicBlock* endBB = newBlock("rangechan.end");
  b.CreateBr(condBB);
  b.SetInsertPoint(condBB);
  setLoc(s->rangePos);
  llvm::Value* ok = callRuntime(RtFunc::chanrecv2, {c, dst});
  b.CreateCondBr(ok, bodyBB, endBB);
  b.SetInsertPoint(bodyBB);
  // The one iteration variable of a channel range is the key position.
  Expr* var = s->key;
  auto* id = var ? var->as<Ident>() : nullptr;
  if (var && !(id && id->name == "_")) {
    llvm::Value* v = load(elem, dst);
    if (s->tok == Tok::Define) {
      auto* vo = static_cast<VarObj*>(id->obj);
      Addr a = declareLocal(vo);
      storeValue(vo->type, assignConv(v, elem, vo->type), a.ptr);
    } else {
      assignTo(var, v, elem);
    }
  }
  targets_[s] = Targets{endBB, condBB};
  breakables_.push_back(s);
  stmts(s->body->stmts);
  jump(condBB);
  breakables_.pop_back();
  b.SetInsertPoint(endBB);
}

}  // namespace goc::lower
