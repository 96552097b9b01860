// Statements: simple statements, blocks, control clauses (with the
// composite-literal restriction in their headers), switches, selects.
#include <algorithm>

#include "compiler/parse/parser_impl.h"
#include "compiler/syntax/printer.h"

namespace goc::parse {

static bool isAssignOp(Tok t) {
  switch (t) {
    case Tok::AddAssign: case Tok::SubAssign: case Tok::MulAssign: case Tok::QuoAssign:
    case Tok::RemAssign: case Tok::AndAssign: case Tok::OrAssign: case Tok::XorAssign:
    case Tok::ShlAssign: case Tok::ShrAssign: case Tok::AndNotAssign:
      return true;
    default:
      return false;
  }
}

// SimpleStmt = ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
// With keyword == For, also a RangeClause (returned as a RangeStmt without body).
Stmt* Parser::simpleStmt(std::vector<Expr*> lhs, Tok keyword) {
  if (keyword == Tok::For && tok_.kind == Tok::Range) return rangeClause(pos(), {}, Tok::Illegal_);
  if (lhs.empty()) lhs = exprList();

  if (lhs.size() == 1 && tok_.kind != Tok::Assign && tok_.kind != Tok::Define) {
    Pos opPos = pos();
    Tok op = tok_.kind;
    if (isAssignOp(op)) {
      next();
      AssignStmt* a = make<AssignStmt>(opPos);
      a->op = op;
      a->lhs = std::move(lhs);
      a->rhs.push_back(expr());
      return a;
    }
    if (op == Tok::Inc || op == Tok::Dec) {
      next();
      IncDecStmt* s = make<IncDecStmt>(lhs[0]->pos);
      s->x = lhs[0];
      s->op = op;
      return s;
    }
    if (op == Tok::Arrow) {
      next();
      SendStmt* s = make<SendStmt>(lhs[0]->pos);
      s->chan = lhs[0];
      s->value = expr();
      return s;
    }
    ExprStmt* s = make<ExprStmt>(lhs[0]->pos);
    s->x = lhs[0];
    return s;
  }

  if (tok_.kind == Tok::Assign || tok_.kind == Tok::Define) {
    Pos opPos = pos();
    Tok op = tok_.kind;
    next();
    if (keyword == Tok::For && tok_.kind == Tok::Range) return rangeClause(opPos, std::move(lhs), op);
    AssignStmt* a = make<AssignStmt>(opPos);
    a->op = op;
    a->lhs = std::move(lhs);
    a->rhs = exprList();
    return a;
  }

  syntaxError("expecting := or = or comma");
  advance({Tok::Semicolon, Tok::RBrace});
  ExprStmt* s = make<ExprStmt>(lhs[0]->pos);
  s->x = lhs[0];
  return s;
}

// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
// The RangeStmt's pos is set to the `for` keyword by forStmt.
Stmt* Parser::rangeClause(Pos at, std::vector<Expr*> lhs, Tok op) {
  RangeStmt* r = make<RangeStmt>(at);
  r->rangePos = pos();
  next();  // range
  r->tok = op;
  if (lhs.size() >= 1) r->key = lhs[0];
  if (lhs.size() >= 2) r->value = lhs[1];
  if (lhs.size() > 2) errorAt(lhs[2]->pos, "range clause permits at most two iteration variables");
  r->x = expr();
  return r;
}

Stmt* Parser::labeledStmt(Ident* label) {
  LabeledStmt* s = make<LabeledStmt>(label->pos);
  s->label = label;
  Pos colon = pos();
  want(Tok::Colon);
  if (tok_.kind == Tok::RBrace) {
    // A label right before "}" labels an empty statement.
    s->stmt = make<EmptyStmt>(pos());
    return s;
  }
  s->stmt = stmtOrNull();
  if (s->stmt) return s;
  syntaxErrorAt(colon, "missing statement after label");
  s->stmt = make<EmptyStmt>(colon);
  return s;
}

BlockStmt* Parser::blockStmt(const char* context) {
  BlockStmt* b = make<BlockStmt>(pos());
  if (!got(Tok::LBrace)) {
    syntaxError(std::string("expecting { after ") + context);
    advance({Tok::Ident, Tok::RBrace});
    b->rbrace = pos();
    if (got(Tok::RBrace)) return b;
  }
  b->stmts = stmtList();
  b->rbrace = pos();
  want(Tok::RBrace);
  return b;
}

Stmt* Parser::declStmt() {
  Pos kw = pos();
  Tok t = tok_.kind;
  next();
  GenDecl* d;
  if (t == Tok::Var) d = group(t, [&](int) { return varSpec(); });
  else if (t == Tok::Const) d = group(t, [&](int iota) { return constSpec(iota); });
  else d = group(t, [&](int) { return typeSpec(); });
  d->pos = kw;
  DeclStmt* s = make<DeclStmt>(kw);
  s->decl = d;
  return s;
}

// go/defer: the operand must be a call, not parenthesized.
Stmt* Parser::callStmt() {
  Pos kw = pos();
  Tok t = tok_.kind;
  next();
  Expr* x = pexpr(nullptr);
  const char* what = t == Tok::Go ? "go" : "defer";
  if (Expr* u = unparen(x); u != x) {
    errorAt(x->pos, std::string("expression in ") + what + " must not be parenthesized");
    x = u;
  }
  CallExpr* call = x->as<CallExpr>();
  if (!call) {
    errorAt(x->pos, std::string("expression in ") + what + " must be function call");
    call = make<CallExpr>(x->pos);
    call->fun = x;
  }
  if (t == Tok::Go) {
    GoStmt* s = make<GoStmt>(kw);
    s->call = call;
    return s;
  }
  DeferStmt* s = make<DeferStmt>(kw);
  s->call = call;
  return s;
}

// The header of if/for/switch: [init ";"] cond [";" post]. Composite literals
// of bare type names are not allowed here (xnest_ = -1).
Parser::Header Parser::header(Tok keyword) {
  Header h;
  next();  // the keyword
  if (tok_.kind == Tok::LBrace) {
    if (keyword == Tok::If) {
      syntaxError("missing condition in if statement");
      h.missingIfCond = true;
    }
    return h;
  }
  int outer = xnest_;
  xnest_ = -1;
  if (tok_.kind != Tok::Semicolon) {
    if (got(Tok::Var))
      syntaxError(std::string("var declaration not allowed in ") + std::string(tokSpelling(keyword)) +
                  " initializer");
    h.init = simpleStmt({}, keyword);
    if (h.init->is<RangeStmt>()) {
      h.isRange = true;
      xnest_ = outer;
      return h;
    }
  }
  if (tok_.kind != Tok::LBrace) {
    if (tok_.kind == Tok::Semicolon) {
      h.semiPos = pos();
      h.semiLit = tok_.text;
      next();
    } else {
      want(Tok::LBrace);
      if (tok_.kind != Tok::LBrace) advance({Tok::LBrace, Tok::RBrace});
    }
    if (keyword == Tok::For) {
      if (tok_.kind != Tok::Semicolon) {
        if (tok_.kind == Tok::LBrace) {
          syntaxError("expecting for loop condition");
          xnest_ = outer;
          return h;
        }
        h.cond = simpleStmt({}, Tok::Illegal_);
      }
      want(Tok::Semicolon);
      if (tok_.kind != Tok::LBrace) {
        h.post = simpleStmt({}, Tok::Illegal_);
        if (auto* a = h.post->as<AssignStmt>(); a && a->op == Tok::Define)
          syntaxErrorAt(a->pos, "cannot declare in post statement of for loop");
      }
    } else if (tok_.kind != Tok::LBrace) {
      h.cond = simpleStmt({}, keyword);
    }
  } else {
    h.cond = h.init;
    h.init = nullptr;
  }
  xnest_ = outer;
  return h;
}

// Unpacks the header's condition statement into an expression.
Expr* Parser::headerCond(Header& h, Tok keyword) {
  if (!h.cond) {
    if (keyword == Tok::If && h.semiPos != NoPos) {
      if (h.semiLit == ";") syntaxErrorAt(h.semiPos, "missing condition in if statement");
      else
        syntaxErrorAt(h.semiPos, std::string("unexpected ") + (h.semiLit == "\n" ? "newline" : "EOF") +
                                     ", expecting { after if clause");
      return make<BadExpr>(h.semiPos);
    }
    if (keyword == Tok::If && h.missingIfCond) return badExpr();
    return nullptr;
  }
  if (auto* e = h.cond->as<ExprStmt>()) return e->x;
  std::string str;
  if (auto* a = h.cond->as<AssignStmt>(); a && a->op == Tok::Assign) {
    auto join = [](const std::vector<Expr*>& l) {
      std::string s;
      for (size_t i = 0; i < l.size(); i++) s += (i ? ", " : "") + exprString(l[i]);
      return s;
    };
    str = "assignment (" + join(a->lhs) + ") = (" + join(a->rhs) + ")";
  } else {
    str = stmtString(h.cond);
  }
  Pos at = h.cond->pos;
  if (auto* a = h.cond->as<AssignStmt>()) at = a->pos;
  else if (auto* s = h.cond->as<IncDecStmt>()) at = s->pos;
  syntaxErrorAt(at, "cannot use " + str + " as value");
  return make<BadExpr>(h.cond->pos);
}

Stmt* Parser::forStmt() {
  Pos kw = pos();
  Header h = header(Tok::For);
  if (h.isRange) {
    RangeStmt* r = h.init->as<RangeStmt>();
    r->pos = kw;
    r->body = blockStmt("for clause");
    return r;
  }
  ForStmt* s = make<ForStmt>(kw);
  s->init = h.init;
  s->cond = headerCond(h, Tok::For);
  s->post = h.post;
  s->body = blockStmt("for clause");
  return s;
}

Stmt* Parser::ifStmt() {
  DepthGuard g(*this);
  IfStmt* s = make<IfStmt>(pos());
  if (!g.ok) {
    s->cond = badExpr();
    s->then = make<BlockStmt>(pos());
    return s;
  }
  Header h = header(Tok::If);
  s->init = h.init;
  s->cond = headerCond(h, Tok::If);
  if (!s->cond) s->cond = badExpr();
  s->then = blockStmt("if clause");
  if (got(Tok::Else)) {
    if (tok_.kind == Tok::If) {
      s->els = ifStmt();
    } else if (tok_.kind == Tok::LBrace) {
      s->els = blockStmt("");
    } else {
      syntaxError("else must be followed by if or statement block");
      advance({Tok::Ident, Tok::RBrace});
    }
  }
  return s;
}

Stmt* Parser::switchStmt() {
  Pos kw = pos();
  Header h = header(Tok::Switch);
  // A type switch: [x :=] y.(type)
  TypeAssertExpr* guard = nullptr;
  Ident* binding = nullptr;
  if (h.cond) {
    if (auto* e = h.cond->as<ExprStmt>()) {
      if (auto* t = e->x->as<TypeAssertExpr>(); t && !t->typeExpr) guard = t;
    } else if (auto* a = h.cond->as<AssignStmt>();
               a && a->op == Tok::Define && a->lhs.size() == 1 && a->rhs.size() == 1) {
      auto* t = a->rhs[0]->as<TypeAssertExpr>();
      auto* id = a->lhs[0]->as<Ident>();
      if (t && !t->typeExpr && id) {
        guard = t;
        binding = id;
      }
    }
  }
  // gc reports a misplaced `x := y.(type)` init at x.
  if (auto* a = h.init ? h.init->as<AssignStmt>() : nullptr;
      a && a->op == Tok::Define && a->lhs.size() == 1 && a->rhs.size() == 1)
    if (auto* t = a->rhs[0]->as<TypeAssertExpr>(); t && !t->typeExpr)
      guardErrPos_.emplace_back(t, a->lhs[0]->pos);
  Stmt* result;
  std::vector<CaseClause*>* clauses;
  Pos* rbrace;
  if (guard) {
    usedGuards_.push_back(guard);
    TypeSwitchStmt* s = make<TypeSwitchStmt>(kw);
    s->init = h.init;
    s->binding = binding;
    s->guard = guard;
    result = s;
    clauses = &s->clauses;
    rbrace = &s->rbrace;
  } else {
    SwitchStmt* s = make<SwitchStmt>(kw);
    s->init = h.init;
    s->tag = headerCond(h, Tok::Switch);
    result = s;
    clauses = &s->clauses;
    rbrace = &s->rbrace;
  }
  if (!got(Tok::LBrace)) {
    syntaxError("missing { after switch clause");
    advance({Tok::Case, Tok::Default, Tok::RBrace});
  }
  while (tok_.kind != Tok::EOF_ && tok_.kind != Tok::RBrace) {
    size_t before = p_;
    clauses->push_back(caseClause());
    if (p_ == before) advance();
  }
  *rbrace = pos();
  want(Tok::RBrace);
  return result;
}

Stmt* Parser::selectStmt() {
  SelectStmt* s = make<SelectStmt>(pos());
  next();
  if (!got(Tok::LBrace)) {
    syntaxError("missing { after select clause");
    advance({Tok::Case, Tok::Default, Tok::RBrace});
  }
  while (tok_.kind != Tok::EOF_ && tok_.kind != Tok::RBrace) {
    size_t before = p_;
    s->clauses.push_back(commClause());
    if (p_ == before) advance();
  }
  s->rbrace = pos();
  want(Tok::RBrace);
  return s;
}

CaseClause* Parser::caseClause() {
  CaseClause* c = make<CaseClause>(pos());
  if (tok_.kind == Tok::Case) {
    next();
    c->list = exprList();
  } else if (tok_.kind == Tok::Default) {
    next();
    c->isDefault = true;
  } else {
    syntaxError("expecting case or default or }");
    advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmtList();
  return c;
}

CommClause* Parser::commClause() {
  CommClause* c = make<CommClause>(pos());
  if (tok_.kind == Tok::Case) {
    next();
    c->comm = simpleStmt({}, Tok::Illegal_);
  } else if (tok_.kind == Tok::Default) {
    next();
  } else {
    syntaxError("expecting case or default or }");
    advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmtList();
  return c;
}

// Statement; null when no statement starts here.
Stmt* Parser::stmtOrNull() {
  DepthGuard g(*this);
  if (!g.ok) return nullptr;
  if (tok_.kind == Tok::Ident) {
    std::vector<Expr*> lhs = exprList();
    if (lhs.size() == 1 && tok_.kind == Tok::Colon)
      if (auto* label = lhs[0]->as<Ident>()) return labeledStmt(label);
    return simpleStmt(std::move(lhs), Tok::Illegal_);
  }
  switch (tok_.kind) {
    case Tok::Var: case Tok::Const: case Tok::Type:
      return declStmt();
    case Tok::LBrace:
      return blockStmt("");
    case Tok::Add: case Tok::Sub: case Tok::Mul: case Tok::And: case Tok::Xor: case Tok::Not:
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String:
    case Tok::Func: case Tok::LParen: case Tok::LBrack: case Tok::Struct: case Tok::Map:
    case Tok::Chan: case Tok::Interface: case Tok::Arrow:
      return simpleStmt({}, Tok::Illegal_);
    case Tok::For: return forStmt();
    case Tok::Switch: return switchStmt();
    case Tok::Select: return selectStmt();
    case Tok::If: return ifStmt();
    case Tok::Fallthrough: {
      BranchStmt* s = make<BranchStmt>(pos());
      s->tok = Tok::Fallthrough;
      next();
      return s;
    }
    case Tok::Break: case Tok::Continue: {
      BranchStmt* s = make<BranchStmt>(pos());
      s->tok = tok_.kind;
      next();
      if (tok_.kind == Tok::Ident) s->label = name();
      return s;
    }
    case Tok::Go: case Tok::Defer:
      return callStmt();
    case Tok::Goto: {
      BranchStmt* s = make<BranchStmt>(pos());
      s->tok = Tok::Goto;
      next();
      s->label = name();
      return s;
    }
    case Tok::Return: {
      ReturnStmt* s = make<ReturnStmt>(pos());
      next();
      if (tok_.kind != Tok::Semicolon && tok_.kind != Tok::RBrace) s->results = exprList();
      return s;
    }
    case Tok::Semicolon:
      return make<EmptyStmt>(pos());
    default:
      return nullptr;
  }
}

// StatementList = { Statement ";" } .
std::vector<Stmt*> Parser::stmtList() {
  std::vector<Stmt*> l;
  while (tok_.kind != Tok::EOF_ && tok_.kind != Tok::RBrace && tok_.kind != Tok::Case &&
         tok_.kind != Tok::Default) {
    size_t before = p_;
    Stmt* s = stmtOrNull();
    if (!s) break;
    // Explicit empty statements (";") are dropped, as gc does.
    if (!s->is<EmptyStmt>() || tok_.kind != Tok::Semicolon) l.push_back(s);
    if (!got(Tok::Semicolon) && tok_.kind != Tok::RBrace) {
      syntaxError("at end of statement");
      advance({Tok::Semicolon, Tok::RBrace, Tok::Case, Tok::Default});
      got(Tok::Semicolon);
    }
    if (p_ == before) advance();
  }
  return l;
}

}  // namespace goc::parse
