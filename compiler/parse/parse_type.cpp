// Types: type literals, qualified and instantiated names, struct fields,
// interface elements (methods, embedded types, unions and ~terms), and
// parameter lists (including type parameter lists).
#include "compiler/parse/parser_impl.h"

namespace goc::parse {

Expr* Parser::type() {
  Expr* t = typeOrNull();
  if (!t) {
    t = badExpr();
    syntaxError("expecting type");
    advance({Tok::Comma, Tok::Colon, Tok::Semicolon, Tok::RParen, Tok::RBrack, Tok::RBrace});
  }
  return t;
}

// Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" .  Null if no type starts here.
Expr* Parser::typeOrNull() {
  DepthGuard g(*this);
  if (!g.ok) return badExpr();
  Pos start = pos();
  switch (tok_.kind) {
    case Tok::Mul: {
      next();
      StarExpr* s = make<StarExpr>(start);
      s->x = type();
      return s;
    }
    case Tok::Arrow: {
      next();
      want(Tok::Chan);
      ChanType* c = make<ChanType>(start);
      c->dir = ChanDir::Recv;
      c->value = chanElem();
      return c;
    }
    case Tok::Func:
      next();
      return funcType(start, "function type");
    case Tok::LBrack:
      next();
      if (got(Tok::RBrack)) return sliceType(start);
      return arrayType(start, nullptr);
    case Tok::Chan: {
      next();
      ChanType* c = make<ChanType>(start);
      if (got(Tok::Arrow)) c->dir = ChanDir::Send;
      c->value = chanElem();
      return c;
    }
    case Tok::Map: {
      next();
      want(Tok::LBrack);
      MapType* m = make<MapType>(start);
      m->key = type();
      want(Tok::RBrack);
      m->value = type();
      return m;
    }
    case Tok::Struct:
      return structType();
    case Tok::Interface:
      return interfaceType();
    case Tok::Ident:
      return qualifiedName(nullptr);
    case Tok::LParen: {
      next();
      ParenExpr* p = make<ParenExpr>(start);
      p->x = type();
      want(Tok::RParen);
      return p;
    }
    default:
      return nullptr;
  }
}

// TypeName = identifier | PackageName "." identifier , optionally instantiated.
Expr* Parser::qualifiedName(Ident* n) {
  Expr* x;
  if (n) {
    x = n;
  } else if (tok_.kind == Tok::Ident) {
    x = name();
  } else {
    x = newName(pos(), "_");
    syntaxError("expecting name");
    advance({Tok::Period, Tok::Semicolon, Tok::RBrace});
  }
  if (tok_.kind == Tok::Period) {
    next();
    SelectorExpr* s = make<SelectorExpr>(x->pos);
    s->x = x;
    s->sel = name();
    x = s;
  }
  if (tok_.kind == Tok::LBrack) x = typeInstance(x);
  return x;
}

Expr* Parser::typeInstance(Expr* typ) {
  IndexExpr* x = make<IndexExpr>(typ->pos);
  want(Tok::LBrack);
  x->x = typ;
  if (tok_.kind == Tok::RBrack) {
    syntaxError("expecting type");
    x->indices.push_back(badExpr());
  } else {
    bool comma;
    x->indices = typeList(comma);
  }
  x->rbrack = pos();
  want(Tok::RBrack);
  return x;
}

// Signature with optional type parameters; `context` non-empty forbids them.
FuncType* Parser::funcType(Pos start, const char* context) {
  FuncType* t = make<FuncType>(start);
  if (tok_.kind == Tok::LBrack) {
    Pos lb = pos();
    next();
    if (*context) syntaxErrorAt(lb, std::string(context) + " must have no type parameters");
    if (tok_.kind == Tok::RBrack) {
      syntaxError("empty type parameter list");
      next();
    } else {
      t->typeParams = paramList(nullptr, nullptr, Tok::RBrack, true);
    }
  }
  want(Tok::LParen);
  t->params = paramList(nullptr, nullptr, Tok::RParen, false);
  t->results = funcResult();
  return t;
}

// "[" already consumed at pos; len is an already parsed length, if any.
Expr* Parser::arrayType(Pos start, Expr* len) {
  if (!len) {
    if (tok_.kind == Tok::Ellipsis) {
      len = make<Ellipsis>(pos());
      next();
    } else {
      xnest_++;
      len = expr();
      xnest_--;
    }
  }
  if (tok_.kind == Tok::Comma) {
    syntaxError("unexpected comma; expecting ]");
    next();
  }
  want(Tok::RBrack);
  ArrayType* a = make<ArrayType>(start);
  a->len = len;
  a->elem = type();
  return a;
}

Expr* Parser::sliceType(Pos start) {
  ArrayType* a = make<ArrayType>(start);
  a->elem = type();
  return a;
}

Expr* Parser::chanElem() {
  Expr* t = typeOrNull();
  if (!t) {
    t = badExpr();
    syntaxError("missing channel element type");
  }
  return t;
}

Field* Parser::makeField(Pos start, Expr* type) {
  Field* f = make<Field>(start);
  f->typeExpr = type ? type : badExpr();
  return f;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::structType() {
  StructType* st = make<StructType>(pos());
  want(Tok::Struct);
  want(Tok::LBrace);
  list("struct type", Tok::Semicolon, Tok::RBrace, [&] {
    fieldDecl(st);
    return false;
  });
  return st;
}

// FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] .
void Parser::fieldDecl(StructType* st) {
  Pos start = pos();
  switch (tok_.kind) {
    case Tok::Ident: {
      Ident* n = name();
      bool isLit = tok_.kind == Tok::Int || tok_.kind == Tok::Float || tok_.kind == Tok::Imag ||
                   tok_.kind == Tok::Char || tok_.kind == Tok::String;
      if (tok_.kind == Tok::Period || isLit || tok_.kind == Tok::Semicolon || tok_.kind == Tok::RBrace) {
        // Embedded type T or pkg.T.
        Field* f = makeField(start, qualifiedName(n));
        f->tag = oliteral();
        st->fields.push_back(f);
        return;
      }
      std::vector<Ident*> names = nameList(n);
      Expr* typ;
      if (names.size() == 1 && tok_.kind == Tok::LBrack) {
        typ = arrayOrTArgs();
        if (auto* ix = typ->as<IndexExpr>()) {
          // Embedded instantiated type T[A].
          ix->x = n;
          ix->pos = n->pos;
          Field* f = makeField(start, ix);
          f->tag = oliteral();
          st->fields.push_back(f);
          return;
        }
      } else {
        typ = type();
      }
      Field* f = makeField(start, typ);
      f->names = std::move(names);
      f->tag = oliteral();
      st->fields.push_back(f);
      return;
    }
    case Tok::Mul: {
      next();
      Expr* typ;
      if (tok_.kind == Tok::LParen) {
        syntaxError("cannot parenthesize embedded type");
        next();
        typ = qualifiedName(nullptr);
        got(Tok::RParen);
      } else {
        typ = qualifiedName(nullptr);
      }
      StarExpr* s = make<StarExpr>(start);
      s->x = typ;
      Field* f = makeField(start, s);
      f->tag = oliteral();
      st->fields.push_back(f);
      return;
    }
    case Tok::LParen: {
      syntaxError("cannot parenthesize embedded type");
      next();
      Expr* typ;
      if (tok_.kind == Tok::Mul) {
        StarExpr* s = make<StarExpr>(pos());
        next();
        s->x = qualifiedName(nullptr);
        typ = s;
      } else {
        typ = qualifiedName(nullptr);
      }
      got(Tok::RParen);
      Field* f = makeField(start, typ);
      f->tag = oliteral();
      st->fields.push_back(f);
      return;
    }
    default:
      syntaxError("expecting field name or embedded type");
      advance({Tok::Semicolon, Tok::RBrace});
  }
}

// After a name: "[" either starts an array/slice type or type arguments.
// Returns an ArrayType or an IndexExpr whose x the caller fills in.
Expr* Parser::arrayOrTArgs() {
  Pos start = pos();
  want(Tok::LBrack);
  if (got(Tok::RBrack)) return sliceType(start);
  bool comma;
  std::vector<Expr*> n = typeList(comma);
  Pos rbrack = pos();
  want(Tok::RBrack);
  if (!comma) {
    if (Expr* elem = typeOrNull()) {
      ArrayType* a = make<ArrayType>(start);
      a->len = n[0];
      a->elem = elem;
      return a;
    }
  }
  IndexExpr* ix = make<IndexExpr>(start);
  ix->x = make<BadExpr>(start);
  ix->indices = std::move(n);
  ix->rbrack = rbrack;
  return ix;
}

// InterfaceType = "interface" "{" { InterfaceElem ";" } "}" .
InterfaceType* Parser::interfaceType() {
  InterfaceType* it = make<InterfaceType>(pos());
  want(Tok::Interface);
  want(Tok::LBrace);
  list("interface type", Tok::Semicolon, Tok::RBrace, [&] {
    Field* f = nullptr;
    if (tok_.kind == Tok::Ident) f = methodDecl();
    if (!f || f->names.empty()) f = embeddedElem(f);
    it->elems.push_back(f);
    return false;
  });
  return it;
}

// MethodElem = MethodName Signature ; or an embedded (possibly instantiated) type name.
Field* Parser::methodDecl() {
  Pos start = pos();
  Ident* n = name();
  Field* f = make<Field>(start);
  const char* context = "interface method";
  switch (tok_.kind) {
    case Tok::LParen:
      f->names.push_back(n);
      f->typeExpr = funcType(n->pos, context);
      return f;
    case Tok::LBrack: {
      Pos lb = pos();
      next();
      if (tok_.kind == Tok::RBrack) {
        Pos rb = pos();
        next();
        if (tok_.kind == Tok::LParen) {
          errorAt(rb, "empty type parameter list");
          f->names.push_back(n);
          f->typeExpr = funcType(n->pos, context);
        } else {
          errorAt(rb, "empty type argument list");
          f->typeExpr = n;
        }
        return f;
      }
      std::vector<Field*> l = paramList(nullptr, nullptr, Tok::RBrack, false);
      if (l.empty()) {
        if (tok_.kind == Tok::LParen) {
          f->names.push_back(n);
          f->typeExpr = funcType(n->pos, context);
        } else {
          f->typeExpr = n;
        }
        return f;
      }
      if (!l[0]->names.empty()) {
        f->names.push_back(n);
        f->typeExpr = funcType(n->pos, context);
        errorAt(lb, "interface method must have no type parameters");
        return f;
      }
      IndexExpr* ix = make<IndexExpr>(n->pos);
      ix->x = n;
      for (Field* a : l) ix->indices.push_back(a->typeExpr);
      f->typeExpr = ix;
      return f;
    }
    default:
      f->typeExpr = qualifiedName(n);
      return f;
  }
}

// A union of terms: T1 | ~T2 | ...
Field* Parser::embeddedElem(Field* f) {
  if (!f) {
    f = make<Field>(pos());
    f->typeExpr = embeddedTerm();
  }
  while (tok_.kind == Tok::Or) {
    BinaryExpr* b = make<BinaryExpr>(pos());
    b->op = Tok::Or;
    next();
    b->x = f->typeExpr;
    b->y = embeddedTerm();
    f->typeExpr = b;
  }
  return f;
}

Expr* Parser::embeddedTerm() {
  if (tok_.kind == Tok::Tilde) {
    UnaryExpr* u = make<UnaryExpr>(pos());
    u->op = Tok::Tilde;
    next();
    u->x = type();
    return u;
  }
  Expr* t = typeOrNull();
  if (!t) {
    t = badExpr();
    syntaxError("expecting ~ term or type");
    advance({Tok::Or, Tok::Semicolon, Tok::RParen, Tok::RBrack, Tok::RBrace});
  }
  return t;
}

// Result = Parameters | Type .
std::vector<Field*> Parser::funcResult() {
  if (got(Tok::LParen)) return paramList(nullptr, nullptr, Tok::RParen, false);
  Pos start = pos();
  if (Expr* t = typeOrNull()) return {makeField(start, t)};
  return {};
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .  One name at a time, as
// gc does; paramList distributes types and groups names afterwards.
bool Parser::paramDecl(Ident* n, Tok follow, Param& par) {
  bool typeSetsOK = follow == Tok::RBrack;
  par.pos = n ? n->pos : pos();
  if (!n && typeSetsOK && tok_.kind == Tok::Tilde) {
    par.type = embeddedElem(nullptr)->typeExpr;
    return true;
  }
  auto unionRest = [&] {
    if (typeSetsOK && tok_.kind == Tok::Or) {
      Field* f = make<Field>(par.pos);
      f->typeExpr = par.type;
      par.type = embeddedElem(f)->typeExpr;
    }
  };
  if (tok_.kind == Tok::Ident || n) {
    if (!n) n = name();
    if (tok_.kind == Tok::LBrack) {
      Expr* t = arrayOrTArgs();
      if (auto* ix = t->as<IndexExpr>()) {
        ix->x = n;
        ix->pos = n->pos;
        par.type = ix;
      } else {
        par.name = n;
        par.type = t;
      }
      unionRest();
      return true;
    }
    if (tok_.kind == Tok::Period) {
      par.type = qualifiedName(n);
      unionRest();
      return true;
    }
    if (typeSetsOK && tok_.kind == Tok::Or) {
      par.type = n;
      unionRest();
      return true;
    }
    par.name = n;
  }
  if (tok_.kind == Tok::Ellipsis) {
    next();
    par.variadic = true;
    par.type = typeOrNull();
    if (!par.type) {
      par.type = badExpr();
      syntaxError("... is missing type");
    }
    return true;
  }
  if (typeSetsOK && tok_.kind == Tok::Tilde) {
    par.type = embeddedElem(nullptr)->typeExpr;
    return true;
  }
  par.type = typeOrNull();
  if (par.type) unionRest();
  if (par.name || par.type) return true;
  syntaxError("expecting " + std::string(follow == Tok::RParen ? ")" : "]"));
  advance({Tok::Comma, follow});
  return false;
}

// Parameters = "(" [ ParameterList [ "," ] ] ")" ; also type parameter lists
// (close = "]", requireNames). The opening token is already consumed; if name
// and typ are given, they are the first parameter, already parsed.
std::vector<Field*> Parser::paramList(Ident* n, Expr* typ, Tok close, bool requireNames) {
  std::vector<Param> ps;
  if (n && typ && tok_.kind == close) {
    next();
    Field* f = makeField(n->pos, typ);
    f->names.push_back(n);
    return {f};
  }
  int named = 0, typed = 0;
  Pos end = list("parameter list", Tok::Comma, close, [&] {
    Param par;
    bool ok;
    if (typ) {
      par.pos = n->pos;
      par.name = n;
      par.type = typ;
      ok = true;
    } else {
      ok = paramDecl(n, close, par);
    }
    n = nullptr;
    typ = nullptr;
    if (ok) {
      if (par.name && par.type) named++;
      if (par.type) typed++;
      ps.push_back(par);
    }
    return false;
  });
  if (ps.empty()) return {};

  if (named == 0 && !requireNames) {
    // All types: a lone name is a type name.
    for (Param& par : ps)
      if (par.name) {
        par.type = par.name;
        par.name = nullptr;
      }
  } else if (named != static_cast<int>(ps.size())) {
    // Some names lack a type: each takes the type to its right.
    Pos errPos = NoPos;
    Expr* t = nullptr;
    bool variadic = false;
    for (size_t i = ps.size(); i-- > 0;) {
      Param& par = ps[i];
      if (par.type) {
        t = par.type;
        variadic = par.variadic;
        if (!par.name) {
          errPos = par.type->pos;
          par.name = newName(errPos, "_");
        }
      } else if (t) {
        par.type = t;
        par.variadic = variadic;
      } else {
        errPos = par.name->pos;
        par.type = make<BadExpr>(errPos);
      }
    }
    if (errPos != NoPos) {
      std::string msg;
      if (requireNames) {
        if (named == typed) {
          errPos = end;
          msg = "missing type constraint";
        } else {
          msg = "type parameters must be named";
        }
      } else {
        msg = "mixed named and unnamed parameters";
      }
      syntaxErrorAt(errPos, msg);
    }
  }

  // Group consecutive names sharing one type expression, as in `a, b int`.
  std::vector<Field*> out;
  for (size_t i = 0; i < ps.size(); i++) {
    Param& par = ps[i];
    if (par.name && !out.empty() && i > 0 && ps[i - 1].name && ps[i - 1].type == par.type &&
        ps[i - 1].variadic == par.variadic) {
      out.back()->names.push_back(par.name);
      continue;
    }
    Field* f = makeField(par.pos, par.type);
    if (par.name) f->names.push_back(par.name);
    f->variadic = par.variadic;
    out.push_back(f);
  }
  return out;
}

}  // namespace goc::parse
