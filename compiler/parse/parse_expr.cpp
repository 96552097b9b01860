// Expressions: binary/unary operators, operands, primary expressions,
// composite literals, and the lists built from them.
#include "compiler/parse/parser_impl.h"
#include "compiler/syntax/printer.h"

namespace goc::parse {

int binaryPrec(Tok t) {
  switch (t) {
    case Tok::LOr: return 1;
    case Tok::LAnd: return 2;
    case Tok::Eql: case Tok::Neq: case Tok::Lss: case Tok::Leq: case Tok::Gtr: case Tok::Geq:
      return 3;
    case Tok::Add: case Tok::Sub: case Tok::Or: case Tok::Xor:
      return 4;
    case Tok::Mul: case Tok::Quo: case Tok::Rem: case Tok::Shl: case Tok::Shr: case Tok::And:
    case Tok::AndNot:
      return 5;
    default:
      return 0;
  }
}

Expr* unparen(Expr* x) {
  while (auto* p = x->as<ParenExpr>()) x = p->x;
  return x;
}

Ident* Parser::newName(Pos pos, std::string_view text) {
  Ident* n = make<Ident>(pos);
  n->name = text;
  return n;
}

Ident* Parser::name() {
  if (tok_.kind == Tok::Ident) {
    Ident* n = newName(pos(), tok_.text);
    next();
    return n;
  }
  Ident* n = newName(pos(), "_");
  syntaxError("expecting name");
  advance();
  return n;
}

std::vector<Ident*> Parser::nameList(Ident* first) {
  std::vector<Ident*> l{first};
  while (got(Tok::Comma)) l.push_back(name());
  return l;
}

BasicLit* Parser::oliteral() {
  switch (tok_.kind) {
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String: {
      BasicLit* b = make<BasicLit>(pos());
      b->litKind = tok_.kind;
      b->value = tok_.text;
      next();
      return b;
    }
    default:
      return nullptr;
  }
}

Expr* Parser::expr() { return binaryExpr(nullptr, 0); }

std::vector<Expr*> Parser::exprList() {
  std::vector<Expr*> l{expr()};
  while (got(Tok::Comma)) l.push_back(expr());
  return l;
}

// Expression = UnaryExpr | Expression binary_op Expression .
Expr* Parser::binaryExpr(Expr* x, int prec) {
  if (!x) x = unaryExpr();
  // Long operator chains build deep (left-leaning) trees without deep
  // recursion here; bound them too, for the phases that walk the tree, but
  // far above real code (time/tzdata's table is a 6000-term concatenation).
  for (int chain = 0;; chain++) {
    int tprec = binaryPrec(tok_.kind);
    if (tprec <= prec) return x;
    if (chain > kMaxChain) {
      bail();
      return x;
    }
    BinaryExpr* b = make<BinaryExpr>(pos());
    b->op = tok_.kind;
    next();
    b->x = x;
    b->y = binaryExpr(nullptr, tprec);
    x = b;
  }
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::unaryExpr() {
  DepthGuard g(*this);
  if (!g.ok) return badExpr();
  Pos start = pos();
  switch (tok_.kind) {
    case Tok::Mul: {
      next();
      StarExpr* s = make<StarExpr>(start);
      s->x = unaryExpr();
      return s;
    }
    case Tok::Add: case Tok::Sub: case Tok::Not: case Tok::Xor: case Tok::Tilde: case Tok::And: {
      UnaryExpr* u = make<UnaryExpr>(start);
      u->op = tok_.kind;
      next();
      u->x = unaryExpr();
      // &(T{}) is &T{}: the parentheses were kept only to diagnose them.
      if (u->op == Tok::And) u->x = unparen(u->x);
      return u;
    }
    case Tok::Arrow: {
      next();
      // <-chan T is a channel type; <-x (even <-chan T(x)) a receive. Which
      // one is known only after the operand: re-associate <- with a channel type.
      Expr* x = unaryExpr();
      if (auto* c0 = x->as<ChanType>()) {
        ChanDir dir = ChanDir::Send;
        Expr* t = x;
        while (dir == ChanDir::Send) {
          auto* c = t->as<ChanType>();
          if (!c) break;
          dir = c->dir;
          if (dir == ChanDir::Recv) syntaxError("unexpected <-, expecting chan");
          c->dir = ChanDir::Recv;
          t = c->value;
        }
        if (dir == ChanDir::Send) syntaxError("unexpected " + exprString(t) + ", expecting chan");
        c0->pos = start;
        return x;
      }
      UnaryExpr* u = make<UnaryExpr>(start);
      u->op = Tok::Arrow;
      u->x = x;
      return u;
    }
    default:
      return pexpr(nullptr);
  }
}

// Operand = Literal | OperandName | MethodExpr | "(" Expression ")" .
Expr* Parser::operand() {
  Pos start = pos();
  switch (tok_.kind) {
    case Tok::Ident:
      return name();
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String:
      return oliteral();
    case Tok::LParen: {
      next();
      xnest_++;
      ParenExpr* px = make<ParenExpr>(start);
      px->x = expr();
      xnest_--;
      want(Tok::RParen);
      return px;
    }
    case Tok::Func: {
      next();
      FuncType* ft = funcType(start, "function type");
      if (tok_.kind == Tok::LBrace) {
        xnest_++;
        FuncLit* f = make<FuncLit>(start);
        f->sig = ft;
        f->body = funcBody();
        xnest_--;
        return f;
      }
      return ft;
    }
    case Tok::LBrack: case Tok::Chan: case Tok::Map: case Tok::Struct: case Tok::Interface:
      return type();
    default: {
      Expr* x = badExpr();
      syntaxError("expecting expression");
      advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
      return x;
    }
  }
}

// Reports whether x must be a value (it cannot be a type), for the
// composite-literal decision on `x[i] {`.
static bool isValue(Expr* x) {
  switch (x->kind) {
    case NodeKind::BasicLit: case NodeKind::CompositeLit: case NodeKind::FuncLit:
    case NodeKind::SliceExpr: case NodeKind::TypeAssertExpr: case NodeKind::CallExpr:
    case NodeKind::UnaryExpr: case NodeKind::BinaryExpr:
      return true;
    case NodeKind::ParenExpr: return isValue(x->as<ParenExpr>()->x);
    case NodeKind::IndexExpr: {
      auto* ix = x->as<IndexExpr>();
      if (isValue(ix->x)) return true;
      for (Expr* i : ix->indices)
        if (isValue(i)) return true;
      return false;
    }
    default: return false;
  }
}

// PrimaryExpr = Operand | Conversion | PrimaryExpr ( Selector | Index | Slice
//               | TypeAssertion | Arguments ) [ LiteralValue ] .
Expr* Parser::pexpr(Expr* x) {
  DepthGuard g(*this);
  if (!g.ok) return x ? x : badExpr();
  if (!x) x = operand();
  for (int chain = 0;; chain++) {
    if (chain > kMaxChain) {
      bail();
      return x;
    }
    switch (tok_.kind) {
      case Tok::Period: {
        next();
        if (tok_.kind == Tok::Ident) {
          SelectorExpr* s = make<SelectorExpr>(x->pos);
          s->x = x;
          s->sel = name();
          x = s;
        } else if (tok_.kind == Tok::LParen) {
          next();
          TypeAssertExpr* t = make<TypeAssertExpr>(x->pos);
          t->x = x;
          if (got(Tok::Type)) {
            guards_.push_back(t);
          } else {
            t->typeExpr = type();
          }
          want(Tok::RParen);
          x = t;
        } else {
          syntaxError("expecting name or (");
          advance({Tok::Semicolon, Tok::RParen});
        }
        break;
      }
      case Tok::LBrack: {
        next();
        if (tok_.kind == Tok::RBrack) {
          // Invalid empty index, slice or instance: accept but complain.
          syntaxError("expecting operand");
          IndexExpr* ix = make<IndexExpr>(x->pos);
          ix->x = x;
          ix->indices.push_back(badExpr());
          ix->rbrack = pos();
          next();
          x = ix;
          break;
        }
        Expr* i = nullptr;
        if (tok_.kind != Tok::Colon) {
          bool comma = false;
          std::vector<Expr*> l = typeList(comma);
          if (comma || tok_.kind == Tok::RBrack) {
            IndexExpr* ix = make<IndexExpr>(x->pos);
            ix->x = x;
            ix->indices = std::move(l);
            ix->rbrack = pos();
            want(Tok::RBrack);
            x = ix;
            break;
          }
          i = l[0];
        }
        // x[i:...
        if (!got(Tok::Colon)) {
          syntaxError("expecting comma, : or ]");
          advance({Tok::Comma, Tok::Colon, Tok::RBrack});
        }
        xnest_++;
        SliceExpr* s = make<SliceExpr>(x->pos);
        s->x = x;
        s->lo = i;
        if (tok_.kind != Tok::Colon && tok_.kind != Tok::RBrack) s->hi = expr();
        if (tok_.kind == Tok::Colon) {
          s->slice3 = true;
          if (!s->hi) {
            errorAt(pos(), "middle index required in 3-index slice");
            s->hi = badExpr();
          }
          next();
          if (tok_.kind != Tok::RBrack) {
            s->max = expr();
          } else {
            errorAt(pos(), "final index required in 3-index slice");
            s->max = badExpr();
          }
        }
        xnest_--;
        want(Tok::RBrack);
        x = s;
        break;
      }
      case Tok::LParen: {
        CallExpr* c = make<CallExpr>(x->pos);
        c->lparen = pos();
        next();
        c->fun = x;
        c->args = argList(c->hasDots, c->rparen);
        x = c;
        break;
      }
      case Tok::LBrace: {
        // Does `{` open a composite literal or a block? A bare type name
        // (possibly qualified or instantiated) starts one only outside control
        // clause headers; a type literal always does.
        Expr* t = unparen(x);
        bool complitOK = false;
        switch (t->kind) {
          case NodeKind::Ident: case NodeKind::SelectorExpr:
            complitOK = xnest_ >= 0;
            break;
          case NodeKind::IndexExpr:
            complitOK = xnest_ >= 0 && !isValue(t);
            break;
          case NodeKind::ArrayType: case NodeKind::StructType: case NodeKind::MapType:
            complitOK = true;
            break;
          default: break;
        }
        if (!complitOK) return x;
        if (t != x) syntaxError("cannot parenthesize type in composite literal");
        x = complitExpr(x);
        break;
      }
      default:
        return x;
    }
  }
}

// Element = Expression | LiteralValue .
Expr* Parser::bareComplitExpr() {
  DepthGuard g(*this);
  if (!g.ok) return badExpr();
  if (tok_.kind == Tok::LBrace) return complitExpr(nullptr);
  return expr();
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
CompositeLit* Parser::complitExpr(Expr* type) {
  CompositeLit* c = make<CompositeLit>(type ? type->pos : pos());
  c->typeExpr = type;
  c->lbrace = pos();
  xnest_++;
  want(Tok::LBrace);
  c->rbrace = list("composite literal", Tok::Comma, Tok::RBrace, [&] {
    Expr* e = bareComplitExpr();
    if (tok_.kind == Tok::Colon) {
      KeyValueExpr* kv = make<KeyValueExpr>(e->pos);
      next();
      kv->key = e;
      kv->value = bareComplitExpr();
      e = kv;
    }
    c->elts.push_back(e);
    return false;
  });
  xnest_--;
  return c;
}

// Arguments = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")" .
std::vector<Expr*> Parser::argList(bool& hasDots, Pos& rparen) {
  std::vector<Expr*> l;
  xnest_++;
  rparen = list("argument list", Tok::Comma, Tok::RParen, [&] {
    l.push_back(expr());
    hasDots = got(Tok::Ellipsis);
    return hasDots;
  });
  xnest_--;
  return l;
}

// A list of expressions in brackets: an index, or type arguments. After the
// first element, only types are accepted.
std::vector<Expr*> Parser::typeList(bool& comma) {
  comma = false;
  xnest_++;
  std::vector<Expr*> l{expr()};
  if (got(Tok::Comma)) {
    comma = true;
    while (Expr* t = typeOrNull()) {
      l.push_back(t);
      if (!got(Tok::Comma)) break;
    }
  }
  xnest_--;
  return l;
}

}  // namespace goc::parse
