// The print and println builtins.
//
// Strategy: as gc's walkPrint, one statement is runtime.printlock, one
// runtime.printX call per argument chosen by the argument's underlying type,
// and runtime.printunlock, so that concurrent prints do not interleave.
// println puts runtime.printsp between arguments and runtime.printnl at the
// end. All arguments are evaluated before the lock is taken (the spec's
// order of evaluation; a panicking argument must not leave the lock held).
// Integers are widened to 64 bits by their signedness, float32 to float64;
// pointer-shaped values print as addresses. An untyped nil argument prints
// "nil".
#include "lowering/lowerer.h"

namespace goc::lower {

void FuncLowerer::printCall(CallExpr* e, bool newline) {
  std::vector<std::pair<llvm::Value*, const Type*>> args;
  if (e->spreadsTuple) {
    std::vector<llvm::Value*> vals = exprTuple(e->args[0]);
    auto* tup = e->args[0]->type->as<TupleType>();
    for (size_t i = 0; i < vals.size(); i++) args.push_back({vals[i], tup->vars[i]->type});
  } else {
    for (Expr* a : e->args) {
      const Type* u = a->type->underlying();
      auto* bt = u->as<BasicType>();
      bool isNil = bt && bt->basic == BasicKind::UntypedNil;
      args.push_back({isNil ? nullptr : expr(a), a->type});
    }
  }

  callRuntime(RtFunc::printlock, {});
  for (size_t i = 0; i < args.size(); i++) {
    if (newline && i > 0) callRuntime(RtFunc::printsp, {});
    auto [v, t] = args[i];
    const Type* u = t->underlying();
    switch (u->kind) {
      case TypeKind::Basic: {
        BasicKind k = u->as<BasicType>()->basic;
        switch (k) {
          case BasicKind::Bool:
          case BasicKind::UntypedBool:
            callRuntime(RtFunc::printbool, {i8ToCond(v)});
            break;
          case BasicKind::Int: case BasicKind::Int8: case BasicKind::Int16:
          case BasicKind::Int32: case BasicKind::Int64:
          case BasicKind::UntypedInt: case BasicKind::UntypedRune:
            callRuntime(RtFunc::printint, {b.CreateSExt(v, m.i64())});
            break;
          case BasicKind::Uint: case BasicKind::Uint8: case BasicKind::Uint16:
          case BasicKind::Uint32: case BasicKind::Uint64: case BasicKind::Uintptr:
            callRuntime(RtFunc::printuint, {b.CreateZExt(v, m.i64())});
            break;
          case BasicKind::Float32: case BasicKind::Float64: case BasicKind::UntypedFloat:
            callRuntime(RtFunc::printfloat, {b.CreateFPExt(v, b.getDoubleTy())});
            break;
          case BasicKind::Complex64: case BasicKind::Complex128: case BasicKind::UntypedComplex:
            callRuntime(RtFunc::printcomplex,
                        {b.CreateFPExt(b.CreateExtractValue(v, 0), b.getDoubleTy()),
                         b.CreateFPExt(b.CreateExtractValue(v, 1), b.getDoubleTy())});
            break;
          case BasicKind::String: case BasicKind::UntypedString:
            callRuntime(RtFunc::printstring, {b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)});
            break;
          case BasicKind::UnsafePointer:
            callRuntime(RtFunc::printpointer, {v});
            break;
          case BasicKind::UntypedNil: {
            llvm::Constant* s = m.constString("nil");
            callRuntime(RtFunc::printstring, {s->getAggregateElement(0u), s->getAggregateElement(1u)});
            break;
          }
          default:
            ice("print: unexpected basic type " + typeString(t));
        }
        break;
      }
      case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Signature:
        callRuntime(RtFunc::printpointer, {v});
        break;
      case TypeKind::Slice:
        callRuntime(RtFunc::printslice, {b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1),
                                         b.CreateExtractValue(v, 2)});
        break;
      case TypeKind::Interface:
        callRuntime(u->as<InterfaceType_>()->isEmpty() ? RtFunc::printeface : RtFunc::printiface,
                    {b.CreateExtractValue(v, 0), b.CreateExtractValue(v, 1)});
        break;
      default:
        ice("print: illegal argument type " + typeString(t));
    }
  }
  if (newline) callRuntime(RtFunc::printnl, {});
  callRuntime(RtFunc::printunlock, {});
}

}  // namespace goc::lower
