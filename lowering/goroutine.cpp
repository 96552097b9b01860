// Go statements: `go CALL`.
//
// Strategy: delayCall() (thunk.cpp, shared with `defer`) evaluates at the
// statement everything the spec evaluates there — the func value or method
// receiver and the arguments — into a closure object {F, operands...} whose
// F, `<fn>.gowrapN`, makes the call (any call kind, builtins included) and
// discards its results. The object is allocated on the heap with its Go
// type, since it belongs to the new goroutine, and the statement lowers to
// `runtime.newproc(obj)`: the runtime starts the goroutine by calling F with
// ctx = obj (R13), exactly like a func value call. `go f()` and `go fv()`
// without operands or results pass the func value itself; a nil one is
// gc's fatal error "go of nil func value" at the statement.
#include "compiler/diag/diag.h"
#include "lowering/lowerer.h"

namespace goc::lower {

void FuncLowerer::goStmt(GoStmt* s) {
  DelayedCall dc = delayCall(s->call, s->pos, "go", goThunks_);  // thunk.cpp
  setLoc(s->pos);
  llvm::Value* fv = dc.direct;
  if (fv && !llvm::isa<llvm::Constant>(fv)) {
    llvm::Constant* msg = m.constString("go of nil func value");
    panicIf(b.CreateIsNull(fv), RtFunc::throw_, {b.CreateExtractValue(msg, 0), b.CreateExtractValue(msg, 1)});
  }
  if (!fv) {
    fv = heapAlloc(dc.objT);
    fv->setName("go.closure");
    fillDelayed(dc, fv);
  }
  callRuntime(RtFunc::newproc, {fv});
}

}  // namespace goc::lower
