// Declarations: the top-level loop, import/const/type/var specs, functions.
#include "compiler/parse/parser_impl.h"

namespace goc::parse {

// ImportSpec = [ "." | PackageName ] ImportPath .
Spec* Parser::importSpec() {
  ImportSpec* s = make<ImportSpec>(pos());
  if (tok_.kind == Tok::Ident) {
    s->name = name();
  } else if (tok_.kind == Tok::Period) {
    s->name = newName(pos(), ".");
    next();
  }
  s->path = oliteral();
  if (!s->path) {
    syntaxError("missing import path");
    advance({Tok::Semicolon, Tok::RParen});
    s->path = make<BasicLit>(s->pos);
    s->path->litKind = Tok::String;
    s->path->value = "\"\"";
    return s;
  }
  if (s->path->litKind != Tok::String) syntaxError("import path must be a string");
  return s;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
Spec* Parser::constSpec(int iota) {
  ValueSpec* s = make<ValueSpec>(pos());
  s->iota = iota;
  s->names = nameList(name());
  if (tok_.kind != Tok::EOF_ && tok_.kind != Tok::Semicolon && tok_.kind != Tok::RParen) {
    s->typeExpr = typeOrNull();
    if (gotAssign()) s->values = exprList();
  }
  return s;
}

// Reports whether x is certainly a type element (not also a value expression).
static bool isTypeElem(Expr* x) {
  switch (x->kind) {
    case NodeKind::ArrayType: case NodeKind::StructType: case NodeKind::FuncType:
    case NodeKind::InterfaceType: case NodeKind::MapType: case NodeKind::ChanType:
      return true;
    case NodeKind::BinaryExpr: {
      auto* b = x->as<BinaryExpr>();
      return isTypeElem(b->x) || isTypeElem(b->y);
    }
    case NodeKind::UnaryExpr: {
      auto* u = x->as<UnaryExpr>();
      return u->op == Tok::Tilde || isTypeElem(u->x);
    }
    case NodeKind::StarExpr: return isTypeElem(x->as<StarExpr>()->x);
    case NodeKind::ParenExpr: return isTypeElem(x->as<ParenExpr>()->x);
    default: return false;
  }
}

// Splits x into (name, type) when it can be read as the start of a type
// parameter list `name type` (see gc's extractName): P *T, P []E, P(E), P *E|F.
static std::pair<Ident*, Expr*> extractName(Arena& arena, Expr* x, bool force) {
  switch (x->kind) {
    case NodeKind::Ident: return {x->as<Ident>(), nullptr};
    case NodeKind::BinaryExpr: {
      auto* b = x->as<BinaryExpr>();
      if (b->op == Tok::Mul) {
        if (auto* n = b->x->as<Ident>(); n && (force || isTypeElem(b->y))) {
          StarExpr* s = arena.make<StarExpr>(b->pos);
          s->x = b->y;
          return {n, s};
        }
      } else if (b->op == Tok::Or) {
        auto [n, lhs] = extractName(arena, b->x, force || isTypeElem(b->y));
        if (n && lhs) {
          BinaryExpr* o = arena.make<BinaryExpr>(b->pos);
          o->op = Tok::Or;
          o->x = lhs;
          o->y = b->y;
          return {n, o};
        }
      }
      break;
    }
    case NodeKind::CallExpr: {
      auto* c = x->as<CallExpr>();
      if (auto* n = c->fun->as<Ident>())
        if (c->args.size() == 1 && !c->hasDots && (force || isTypeElem(c->args[0])))
          return {n, c->args[0]};
      break;
    }
    default: break;
  }
  return {nullptr, x};
}

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
Spec* Parser::typeSpec() {
  TypeSpec* s = make<TypeSpec>(pos());
  s->name = name();
  if (tok_.kind == Tok::LBrack) {
    // An array/slice type or a type parameter list.
    Pos lbrack = pos();
    next();
    if (tok_.kind == Tok::Ident) {
      Expr* x = name();
      if (tok_.kind != Tok::LBrack) {
        xnest_++;
        x = binaryExpr(pexpr(x), 0);
        xnest_--;
      }
      auto [pname, ptype] = extractName(arena_, x, tok_.kind == Tok::Comma);
      if (pname && (ptype || tok_.kind != Tok::RBrack)) {
        s->typeParams = paramList(pname, ptype, Tok::RBrack, true);
        s->alias = gotAssign();
        s->typeExpr = typeOrNull();
      } else {
        s->typeExpr = arrayType(lbrack, x);
      }
    } else if (tok_.kind == Tok::RBrack) {
      next();
      s->typeExpr = sliceType(lbrack);
    } else {
      s->typeExpr = arrayType(lbrack, nullptr);
    }
  } else {
    s->alias = gotAssign();
    s->typeExpr = typeOrNull();
  }
  if (!s->typeExpr) {
    s->typeExpr = badExpr();
    syntaxError("in type declaration");
    advance({Tok::Semicolon, Tok::RParen});
  }
  return s;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
Spec* Parser::varSpec() {
  ValueSpec* s = make<ValueSpec>(pos());
  s->names = nameList(name());
  if (gotAssign()) {
    s->values = exprList();
  } else {
    s->typeExpr = type();
    if (gotAssign()) s->values = exprList();
  }
  return s;
}

// FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
// MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
FuncDecl* Parser::funcDeclOrNull(Pos funcPos) {
  FuncDecl* f = make<FuncDecl>(funcPos);
  if (tok_.kind == Tok::LParen) {
    next();
    std::vector<Field*> rcvr = paramList(nullptr, nullptr, Tok::RParen, false);
    Pos rpos = pos();  // gc reports receiver count errors after the list
    size_t n = 0;
    for (Field* r : rcvr) n += r->names.empty() ? 1 : r->names.size();
    if (n == 0) {
      errorAt(rpos, "method has no receiver");
    } else {
      if (n > 1) errorAt(rpos, "method has multiple receivers");
      f->recv = rcvr[0];
      if (f->recv->names.size() > 1) f->recv->names.resize(1);
    }
  }
  if (tok_.kind != Tok::Ident) {
    syntaxError("expecting name or (");
    advance({Tok::LBrace, Tok::Semicolon});
    return nullptr;
  }
  f->name = name();
  f->sig = funcType(funcPos, f->recv ? "method" : "");
  if (tok_.kind == Tok::LBrace) f->body = funcBody();
  return f;
}

BlockStmt* Parser::funcBody() {
  fnest_++;
  int outer = xnest_;
  xnest_ = 0;
  BlockStmt* b = blockStmt("");
  xnest_ = outer;
  fnest_--;
  return b;
}

void Parser::topLevelDecls() {
  while (tok_.kind != Tok::EOF_) {
    size_t start = p_;
    Pos kw = pos();
    Pos prev = p_ > 0 ? lx_.tokens[p_ - 1].pos + 1 : 0;
    // Directives right before the keyword belong to this declaration; take
    // them now, before nested declarations in a body can claim them.
    std::vector<Directive> ds;
    if (tok_.kind == Tok::Const || tok_.kind == Tok::Type || tok_.kind == Tok::Var || tok_.kind == Tok::Func)
      ds = takeDirectives(kw, prev);
    switch (tok_.kind) {
      case Tok::Const: case Tok::Type: case Tok::Var: {
        Tok t = tok_.kind;
        next();
        GenDecl* d;
        if (t == Tok::Const) d = group(t, [&](int iota) { return constSpec(iota); });
        else if (t == Tok::Type) d = group(t, [&](int) { return typeSpec(); });
        else d = group(t, [&](int) { return varSpec(); });
        d->pos = kw;
        applyDirectives(ds, &d->pragmas, nullptr);
        file_->decls.push_back(d);
        break;
      }
      case Tok::Func: {
        next();
        if (FuncDecl* d = funcDeclOrNull(kw)) {
          applyDirectives(ds, &d->pragmas, d);
          file_->decls.push_back(d);
        } else {
          applyDirectives(ds, nullptr, nullptr);
        }
        break;
      }
      default: {
        FuncDecl* last = file_->decls.empty() ? nullptr : file_->decls.back()->as<FuncDecl>();
        if (tok_.kind == Tok::LBrace && last && !last->body)
          syntaxError("unexpected semicolon or newline before {");
        else
          syntaxError("non-declaration statement outside function body");
        advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
        if (p_ == start) advance();
        continue;
      }
    }
    if (tok_.kind != Tok::EOF_ && !got(Tok::Semicolon)) {
      syntaxError("after top level declaration");
      advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
    }
    if (p_ == start) advance();
  }
}

}  // namespace goc::parse
