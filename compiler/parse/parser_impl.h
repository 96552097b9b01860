// Shared state of the recursive-descent parser, internal to compiler/parse.
//
// The parser follows the structure of gc's (cmd/compile/internal/syntax) so
// that its syntax errors have gc's wording and positions: `syntaxError` builds
// "syntax error: unexpected <tok>, expecting ..." from the current token, at
// most one syntax error is reported per line, and `advance` skips to a follow
// token (or, inside a function, a statement keyword) to recover.
//
// Termination: every loop either consumes a token or stops at EOF, and the
// loops over lists force one token of progress if an iteration consumed none.
// Recursion is bounded: past kMaxDepth nested constructs (or kStackBudget
// bytes of stack) the parser reports
// one error and jumps to EOF, which unwinds every production.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "compiler/lex/lex.h"
#include "compiler/parse/parse.h"
#include "compiler/syntax/ast.h"

namespace goc::parse {

class Parser {
 public:
  Parser(Arena& arena, const SourceFile& file, Diagnostics& diags);
  File* parseFile(bool headerOnly);

 private:
  friend struct DepthGuard;
  static constexpr int kMaxDepth = 5000;
  static constexpr int kMaxChain = 100000;  // operators/selectors/calls in one chain
  // A safety net behind kMaxDepth for builds with large frames (sanitizers):
  // the parser never uses more than this much of its thread's stack.
  static constexpr uintptr_t kStackBudget = 3u << 20;
  uintptr_t stackBase_ = 0;

  Arena& arena_;
  const SourceFile& src_;
  Diagnostics& diags_;
  LexResult lx_;
  size_t p_ = 0;  // index of the current token
  Token tok_;
  // Composite literal nesting: -1 in control clause headers (where `T{` starts
  // a block, not a literal), >= 0 elsewhere.
  int xnest_ = 0;
  int fnest_ = 0;  // function nesting: statement keywords are sync points inside
  int depth_ = 0;
  bool bailed_ = false;
  bool hadError_ = false;
  size_t lexErrors_ = 0;  // diags_.errorCount() after lexing
  uint32_t lastErrLine_ = 0;
  File* file_ = nullptr;
  size_t dirIdx_ = 0;  // next unconsumed directive
  // `.(type)` guards, and those a type switch accepted.
  std::vector<TypeAssertExpr*> guards_;
  std::vector<TypeAssertExpr*> usedGuards_;
  std::vector<std::pair<TypeAssertExpr*, Pos>> guardErrPos_;

  template <class T>
  T* make(Pos pos) { return arena_.make<T>(pos); }

  // ---- tokens and errors (parser.cpp) ----
  void next();
  bool got(Tok t);
  void want(Tok t);
  bool gotAssign();
  Pos pos() const { return tok_.pos; }
  uint32_t lineOf(Pos pos) const;
  void errorAt(Pos pos, const std::string& msg);
  void syntaxErrorAt(Pos pos, const std::string& msg);
  void syntaxError(const std::string& msg) { syntaxErrorAt(pos(), msg); }
  void advance(std::initializer_list<Tok> follow = {});
  std::string tokDesc() const;
  bool enter();  // depth check; false once bailed
  void bail();

  // ---- pragmas (parser.cpp) ----
  std::vector<Directive> takeDirectives(Pos before, Pos after);
  void applyDirectives(const std::vector<Directive>& ds, uint32_t* pragmas, FuncDecl* fn);
  void orphanDirective(const Directive& d);

  // ---- declarations (parse_decl.cpp) ----
  void topLevelDecls();
  template <class F>
  GenDecl* group(Tok keyword, F spec);
  Spec* importSpec();
  Spec* constSpec(int iota);
  Spec* typeSpec();
  Spec* varSpec();
  FuncDecl* funcDeclOrNull(Pos funcPos);
  BlockStmt* funcBody();

  // ---- expressions (parse_expr.cpp) ----
  Expr* expr();
  Expr* binaryExpr(Expr* x, int prec);
  Expr* unaryExpr();
  Expr* operand();
  Expr* pexpr(Expr* x);
  Expr* bareComplitExpr();
  CompositeLit* complitExpr(Expr* type);
  std::vector<Expr*> exprList();
  std::vector<Expr*> argList(bool& hasDots, Pos& rparen);
  std::vector<Expr*> typeList(bool& comma);
  Ident* name();
  Ident* newName(Pos pos, std::string_view text);
  std::vector<Ident*> nameList(Ident* first);
  BasicLit* oliteral();
  BadExpr* badExpr() { return make<BadExpr>(pos()); }
  template <class F>
  Pos list(const char* context, Tok sep, Tok close, F f);

  // ---- types (parse_type.cpp) ----
  Expr* type();
  Expr* typeOrNull();
  Expr* qualifiedName(Ident* name);
  Expr* typeInstance(Expr* typ);
  FuncType* funcType(Pos pos, const char* context);
  Expr* arrayType(Pos pos, Expr* len);
  Expr* sliceType(Pos pos);
  Expr* chanElem();
  StructType* structType();
  void fieldDecl(StructType* st);
  Expr* arrayOrTArgs();
  InterfaceType* interfaceType();
  Field* methodDecl();
  Field* embeddedElem(Field* f);
  Expr* embeddedTerm();
  std::vector<Field*> funcResult();
  struct Param {
    Pos pos = NoPos;
    Ident* name = nullptr;
    Expr* type = nullptr;
    bool variadic = false;
  };
  bool paramDecl(Ident* name, Tok follow, Param& out);
  std::vector<Field*> paramList(Ident* name, Expr* typ, Tok close, bool requireNames);
  Field* makeField(Pos pos, Expr* type);

  // ---- statements (parse_stmt.cpp) ----
  Stmt* stmtOrNull();
  std::vector<Stmt*> stmtList();
  BlockStmt* blockStmt(const char* context);
  Stmt* simpleStmt(std::vector<Expr*> lhs, Tok keyword);
  Stmt* rangeClause(Pos forPos, std::vector<Expr*> lhs, Tok op);
  Stmt* labeledStmt(Ident* label);
  Stmt* declStmt();
  Stmt* callStmt();
  Stmt* forStmt();
  Stmt* ifStmt();
  Stmt* switchStmt();
  Stmt* selectStmt();
  CaseClause* caseClause();
  CommClause* commClause();
  struct Header {
    Stmt* init = nullptr;
    Stmt* cond = nullptr;  // the condition / tag as parsed, before unpacking
    Stmt* post = nullptr;
    Pos semiPos = NoPos;
    std::string_view semiLit;
    bool isRange = false;
    bool missingIfCond = false;
  };
  Header header(Tok keyword);
  Expr* headerCond(Header& h, Tok keyword);
};

// Counts one level of syntactic nesting for the lifetime of a production.
struct DepthGuard {
  Parser& p;
  bool ok;
  explicit DepthGuard(Parser& parser) : p(parser), ok(parser.enter()) {}
  ~DepthGuard() { p.depth_--; }
};

// list = [ f { sep f } [sep] ] close .  Returns the position of `close`.
template <class F>
inline Pos Parser::list(const char* context, Tok sep, Tok close, F f) {
  bool done = false;
  while (tok_.kind != Tok::EOF_ && tok_.kind != close && !done) {
    size_t before = p_;
    done = f();
    if (!got(sep) && tok_.kind != close) {
      syntaxError(std::string("in ") + context + "; possibly missing " +
                  (sep == Tok::Comma ? "comma" : "semicolon or newline") + " or " +
                  std::string(tokSpelling(close)));
      advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
      if (tok_.kind != close) return pos();
    }
    if (p_ == before) advance();  // guarantee progress
  }
  Pos closePos = pos();
  want(close);
  return closePos;
}

// appendGroup(f) = f | "(" { f ";" } ")" .
template <class F>
inline GenDecl* Parser::group(Tok keyword, F spec) {
  GenDecl* d = make<GenDecl>(pos());
  d->tok = keyword;
  if (tok_.kind == Tok::LParen) {
    next();
    int iota = 0;
    list("grouped declaration", Tok::Semicolon, Tok::RParen, [&] {
      // Pragmas before a spec inside the group belong to the declaration.
      if (p_ > 0) applyDirectives(takeDirectives(pos(), lx_.tokens[p_ - 1].pos + 1), &d->pragmas, nullptr);
      if (Spec* s = spec(iota)) d->specs.push_back(s);
      iota++;
      return false;
    });
  } else if (Spec* s = spec(0)) {
    d->specs.push_back(s);
  }
  return d;
}

// Precedence of a binary operator token, 0 if it is not one.
int binaryPrec(Tok t);
Expr* unparen(Expr* x);


}  // namespace goc::parse
