// Parser entry points, token handling, syntax errors and pragmas.
// See parser_impl.h for the structure and parse_*.cpp for the grammar.
#include <algorithm>

#include "compiler/parse/parser_impl.h"
#include "compiler/syntax/printer.h"

namespace goc {

namespace parse {

Parser::Parser(Arena& arena, const SourceFile& file, Diagnostics& diags)
    : arena_(arena), src_(file), diags_(diags) {
  size_t before = diags.errorCount();
  lx_ = lexFile(file, diags);
  lexErrors_ = diags.errorCount();
  hadError_ = lexErrors_ > before;
  if (lx_.tokens.empty() || lx_.tokens.back().kind != Tok::EOF_)
    lx_.tokens.push_back(Token{Tok::EOF_, file.base + static_cast<Pos>(file.text.size()), ""});
  tok_ = lx_.tokens[0];
}

void Parser::next() {
  if (p_ + 1 < lx_.tokens.size()) p_++;
  tok_ = lx_.tokens[p_];
}

bool Parser::got(Tok t) {
  if (tok_.kind == t) {
    next();
    return true;
  }
  return false;
}

static std::string tokstring(Tok t) {
  switch (t) {
    case Tok::Comma: return "comma";
    case Tok::Semicolon: return "semicolon or newline";
    default: return std::string(tokSpelling(t));
  }
}

void Parser::want(Tok t) {
  if (!got(t)) {
    syntaxError("expecting " + tokstring(t));
    advance();
  }
}

// Like got(Assign), but also accepts ":=" (with an error) for better recovery.
bool Parser::gotAssign() {
  if (tok_.kind == Tok::Define) {
    syntaxError("expecting =");
    next();
    return true;
  }
  return got(Tok::Assign);
}

uint32_t Parser::lineOf(Pos pos) const {
  if (pos < src_.base) return 0;
  uint32_t off = pos - src_.base;
  auto it = std::upper_bound(src_.lineStarts.begin(), src_.lineStarts.end(), off);
  return static_cast<uint32_t>(it - src_.lineStarts.begin());
}

void Parser::errorAt(Pos pos, const std::string& msg) {
  hadError_ = true;
  diags_.error(pos, msg);
}

// The current token as gc names it in "unexpected ..." messages.
std::string Parser::tokDesc() const {
  switch (tok_.kind) {
    case Tok::Ident: return std::string(tok_.text);
    case Tok::Semicolon:
      if (tok_.text == "\n") return "newline";
      if (tok_.text == "EOF") return "EOF";
      return "semicolon";
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String:
      return "literal " + std::string(tok_.text);
    default: return tokstring(tok_.kind);
  }
}

void Parser::syntaxErrorAt(Pos pos, const std::string& msg) {
  if (tok_.kind == Tok::EOF_ && hadError_) return;  // avoid meaningless follow-up errors
  // gc reports at most one syntax error per line.
  uint32_t line = lineOf(pos);
  if (line == lastErrLine_ && line != 0) return;
  lastErrLine_ = line;
  std::string m;
  if (msg.empty()) {
  } else if (msg.rfind("in ", 0) == 0 || msg.rfind("at ", 0) == 0 || msg.rfind("after ", 0) == 0) {
    m = " " + msg;
  } else if (msg.rfind("expecting ", 0) == 0) {
    m = ", " + msg;
  } else {
    errorAt(pos, "syntax error: " + msg);
    return;
  }
  errorAt(pos, "syntax error: unexpected " + tokDesc() + m);
}

// Statement keywords: good synchronization points inside function bodies.
static bool inStopset(Tok t) {
  switch (t) {
    case Tok::Break: case Tok::Const: case Tok::Continue: case Tok::Defer:
    case Tok::Fallthrough: case Tok::For: case Tok::Go: case Tok::Goto: case Tok::If:
    case Tok::Return: case Tok::Select: case Tok::Switch: case Tok::Type: case Tok::Var:
      return true;
    default:
      return false;
  }
}

// Skips tokens up to one in `follow` (or a statement keyword inside a
// function). With an empty follow list, skips exactly one token.
void Parser::advance(std::initializer_list<Tok> follow) {
  if (follow.size() == 0) {
    if (tok_.kind != Tok::EOF_) next();
    return;
  }
  for (;;) {
    if (tok_.kind == Tok::EOF_) return;
    if (fnest_ > 0 && inStopset(tok_.kind)) return;
    for (Tok t : follow)
      if (tok_.kind == t) return;
    next();
  }
}

bool Parser::enter() {
  depth_++;
  if (bailed_) return false;
  uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (depth_ > kMaxDepth || (stackBase_ > here && stackBase_ - here > kStackBudget)) {
    bail();
    return false;
  }
  return true;
}

// Gives up on the rest of the file: reports once and jumps to EOF, which
// every production treats as the end of its input.
void Parser::bail() {
  if (!bailed_) {
    lastErrLine_ = 0;
    errorAt(pos(), "syntax error: nesting too deep");
  }
  bailed_ = true;
  p_ = lx_.tokens.size() - 1;
  tok_ = lx_.tokens[p_];
}

static uint32_t pragmaFlag(std::string_view name) {
  if (name == "go:nosplit") return PragmaNosplit;
  if (name == "go:noinline") return PragmaNoinline;
  if (name == "go:noescape") return PragmaNoescape;
  if (name == "go:systemstack") return PragmaSystemstack;
  if (name == "go:nowritebarrier") return PragmaNowritebarrier;
  if (name == "go:nowritebarrierrec") return PragmaNowritebarrierrec;
  if (name == "go:notinheap") return PragmaNotinheap;
  return PragmaNone;
}

static std::vector<std::string_view> fields(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) i++;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') j++;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// A directive that precedes no declaration: only linknames are kept.
void Parser::orphanDirective(const Directive& d) {
  auto f = fields(d.text);
  if (!f.empty() && f[0] == "go:linkname" && f.size() >= 2)
    file_->linknames.emplace_back(std::string(f[1]), f.size() >= 3 ? std::string(f[2]) : "");
}

// Takes the directives before position `before`: those after `after` (the
// comment block right before a declaration) are returned for applyDirectives,
// earlier ones are orphans.
std::vector<Directive> Parser::takeDirectives(Pos before, Pos after) {
  std::vector<Directive> attached;
  auto& ds = lx_.directives;
  for (; dirIdx_ < ds.size() && ds[dirIdx_].pos < before; dirIdx_++) {
    if (ds[dirIdx_].pos < after) orphanDirective(ds[dirIdx_]);
    else attached.push_back(ds[dirIdx_]);
  }
  return attached;
}

void Parser::applyDirectives(const std::vector<Directive>& ds, uint32_t* pragmas, FuncDecl* fn) {
  for (const Directive& d : ds) {
    auto f = fields(d.text);
    if (f.empty()) continue;
    if (f[0] == "go:linkname") {
      if (fn && f.size() >= 2 && fn->name && f[1] == fn->name->name)
        fn->linkname = f.size() >= 3 ? std::string(f[2]) : "";
      else
        orphanDirective(d);
      continue;
    }
    if (pragmas) *pragmas |= pragmaFlag(f[0]);
  }
}

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
File* Parser::parseFile(bool headerOnly) {
  stackBase_ = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  File* f = arena_.make<File>();
  file_ = f;
  f->src = &src_;
  f->pos = pos();
  if (!got(Tok::Package)) {
    syntaxError("package statement must be first");
    f->pkgName = newName(pos(), "_");
    return f;
  }
  f->pkgName = name();
  want(Tok::Semicolon);
  // As gc: don't bother if the package clause is broken. (Lexer errors
  // further down the file do not count: gc would not have seen them yet.)
  if (diags_.errorCount() > lexErrors_) return f;

  while (tok_.kind == Tok::Import) {
    Pos kw = pos();
    next();
    GenDecl* d = group(Tok::Import, [&](int) { return importSpec(); });
    d->pos = kw;
    for (Spec* s : d->specs)
      if (auto* is = s->as<ImportSpec>()) f->imports.push_back(is);
    f->decls.push_back(d);
    want(Tok::Semicolon);
  }
  if (headerOnly) return f;

  topLevelDecls();

  // Directives after the last declaration, and `.(type)` outside switches.
  takeDirectives(~Pos(0), ~Pos(0));
  for (TypeAssertExpr* g : guards_)
    if (std::find(usedGuards_.begin(), usedGuards_.end(), g) == usedGuards_.end()) {
      Pos at = g->pos;
      for (auto& [guard, p] : guardErrPos_)
        if (guard == g) at = p;
      errorAt(at, "invalid AST: use of .(type) outside type switch");
    }
  return f;
}

}  // namespace parse

File* parseFile(Arena& arena, const SourceFile& file, Diagnostics& diags) {
  return parse::Parser(arena, file, diags).parseFile(false);
}

File* parseHeader(Arena& arena, const SourceFile& file, Diagnostics& diags) {
  return parse::Parser(arena, file, diags).parseFile(true);
}

}  // namespace goc
