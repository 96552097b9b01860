// The --dump=syntax text form: one node per line, indented two spaces per
// level, as `[role: ]Kind line:col [key fields]`. Deterministic (no
// addresses), so tests can match it line by line.
#include <string>

#include "compiler/parse/parse.h"

namespace goc {

namespace {

class Dumper {
 public:
  explicit Dumper(const SourceManager& sm) : sm_(sm) {}
  std::string out;

  void file(const File& f) {
    head(0, "", "File", f.pos, f.pkgName ? std::string(f.pkgName->name) : "");
    for (const Decl* d : f.decls) walk(1, "", d);
    for (const auto& [local, target] : f.linknames) {
      out += "  linkname " + local + " " + target + "\n";
    }
  }

 private:
  const SourceManager& sm_;

  void head(int depth, const char* role, const char* kind, Pos pos, const std::string& extra) {
    out.append(static_cast<size_t>(depth) * 2, ' ');
    if (*role) {
      out += role;
      out += ": ";
    }
    out += kind;
    LineCol lc = sm_.lineCol(pos);
    out += " " + std::to_string(lc.line) + ":" + std::to_string(lc.col);
    if (!extra.empty()) out += " " + extra;
    out += "\n";
  }

  static std::string pragmas(uint32_t p) {
    static const char* names[] = {"nosplit", "noinline", "noescape", "systemstack",
                                  "nowritebarrier", "nowritebarrierrec", "notinheap"};
    std::string s;
    for (int i = 0; i < 7; i++)
      if (p & (1u << i)) s += std::string(s.empty() ? "pragmas=" : ",") + names[i];
    return s;
  }

  template <class T>
  void nodes(int depth, const char* role, const std::vector<T*>& l) {
    for (const T* n : l) kids_.push_back({depth, role, n});
  }
  void node(int depth, const char* role, const Node* n) {
    if (n) kids_.push_back({depth, role, n});
  }

  struct Item {
    int depth;
    const char* role;
    const Node* n;
  };
  std::vector<Item> kids_;

  // Pre-order walk with an explicit stack: trees from pathological inputs can
  // be thousands of levels deep.
  void walk(int depth, const char* role, const Node* root) {
    std::vector<Item> stack{{depth, role, root}};
    while (!stack.empty()) {
      Item it = stack.back();
      stack.pop_back();
      kids_.clear();
      visit(it.depth, it.role, it.n);
      stack.insert(stack.end(), kids_.rbegin(), kids_.rend());
    }
  }

  void fields(int depth, const char* role, const std::vector<Field*>& l) {
    for (const Field* f : l) kids_.push_back({depth, role, f});
  }

  static std::string join(const char* sep, std::initializer_list<std::string> parts) {
    std::string s;
    for (const std::string& p : parts)
      if (!p.empty()) s += (s.empty() ? "" : sep) + p;
    return s;
  }

  void visit(int depth, const char* role, const Node* n) {
    int d = depth + 1;
    switch (n->kind) {
      case NodeKind::BadExpr: head(depth, role, "BadExpr", n->pos, ""); return;
      case NodeKind::Ident: head(depth, role, "Ident", n->pos, std::string(n->as<Ident>()->name)); return;
      case NodeKind::BasicLit: {
        auto* b = n->as<BasicLit>();
        static const char* kinds[] = {"Int", "Float", "Imag", "Char", "String"};
        int k = static_cast<int>(b->litKind) - static_cast<int>(Tok::Int);
        head(depth, role, "BasicLit", n->pos,
             std::string(k >= 0 && k < 5 ? kinds[k] : "?") + " " + std::string(b->value));
        return;
      }
      case NodeKind::CompositeLit: {
        auto* c = n->as<CompositeLit>();
        head(depth, role, "CompositeLit", n->pos, "");
        node(d, "type", c->typeExpr);
        nodes(d, "elt", c->elts);
        return;
      }
      case NodeKind::FuncLit: {
        auto* f = n->as<FuncLit>();
        head(depth, role, "FuncLit", n->pos, "");
        node(d, "sig", f->sig);
        node(d, "body", f->body);
        return;
      }
      case NodeKind::ParenExpr:
        head(depth, role, "ParenExpr", n->pos, "");
        node(d, "x", n->as<ParenExpr>()->x);
        return;
      case NodeKind::SelectorExpr: {
        auto* s = n->as<SelectorExpr>();
        head(depth, role, "SelectorExpr", n->pos, "sel=" + std::string(s->sel->name));
        node(d, "x", s->x);
        return;
      }
      case NodeKind::IndexExpr: {
        auto* x = n->as<IndexExpr>();
        head(depth, role, "IndexExpr", n->pos, "");
        node(d, "x", x->x);
        nodes(d, "index", x->indices);
        return;
      }
      case NodeKind::SliceExpr: {
        auto* s = n->as<SliceExpr>();
        head(depth, role, "SliceExpr", n->pos, s->slice3 ? "slice3" : "");
        node(d, "x", s->x);
        node(d, "lo", s->lo);
        node(d, "hi", s->hi);
        node(d, "max", s->max);
        return;
      }
      case NodeKind::TypeAssertExpr: {
        auto* t = n->as<TypeAssertExpr>();
        head(depth, role, "TypeAssertExpr", n->pos, t->typeExpr ? "" : "(type)");
        node(d, "x", t->x);
        node(d, "type", t->typeExpr);
        return;
      }
      case NodeKind::CallExpr: {
        auto* c = n->as<CallExpr>();
        head(depth, role, "CallExpr", n->pos, c->hasDots ? "dots" : "");
        node(d, "fun", c->fun);
        nodes(d, "arg", c->args);
        return;
      }
      case NodeKind::StarExpr:
        head(depth, role, "StarExpr", n->pos, "");
        node(d, "x", n->as<StarExpr>()->x);
        return;
      case NodeKind::UnaryExpr:
        head(depth, role, "UnaryExpr", n->pos, std::string(tokSpelling(n->as<UnaryExpr>()->op)));
        node(d, "x", n->as<UnaryExpr>()->x);
        return;
      case NodeKind::BinaryExpr: {
        auto* b = n->as<BinaryExpr>();
        head(depth, role, "BinaryExpr", n->pos, std::string(tokSpelling(b->op)));
        node(d, "x", b->x);
        node(d, "y", b->y);
        return;
      }
      case NodeKind::KeyValueExpr:
        head(depth, role, "KeyValueExpr", n->pos, "");
        node(d, "key", n->as<KeyValueExpr>()->key);
        node(d, "value", n->as<KeyValueExpr>()->value);
        return;
      case NodeKind::ArrayType: {
        auto* a = n->as<ArrayType>();
        head(depth, role, "ArrayType", n->pos, a->len ? "" : "slice");
        node(d, "len", a->len);
        node(d, "elem", a->elem);
        return;
      }
      case NodeKind::StructType:
        head(depth, role, "StructType", n->pos, "");
        fields(d, "field", n->as<StructType>()->fields);
        return;
      case NodeKind::FuncType: {
        auto* f = n->as<FuncType>();
        head(depth, role, "FuncType", n->pos, "");
        fields(d, "tparam", f->typeParams);
        fields(d, "param", f->params);
        fields(d, "result", f->results);
        return;
      }
      case NodeKind::InterfaceType:
        head(depth, role, "InterfaceType", n->pos, "");
        fields(d, "elem", n->as<InterfaceType>()->elems);
        return;
      case NodeKind::MapType:
        head(depth, role, "MapType", n->pos, "");
        node(d, "key", n->as<MapType>()->key);
        node(d, "value", n->as<MapType>()->value);
        return;
      case NodeKind::ChanType: {
        auto* c = n->as<ChanType>();
        head(depth, role, "ChanType", n->pos,
             c->dir == ChanDir::Send ? "send" : c->dir == ChanDir::Recv ? "recv" : "both");
        node(d, "value", c->value);
        return;
      }
      case NodeKind::Ellipsis:
        head(depth, role, "Ellipsis", n->pos, "");
        node(d, "elt", n->as<Ellipsis>()->elt);
        return;
      case NodeKind::BadStmt: head(depth, role, "BadStmt", n->pos, ""); return;
      case NodeKind::DeclStmt:
        head(depth, role, "DeclStmt", n->pos, "");
        node(d, "", n->as<DeclStmt>()->decl);
        return;
      case NodeKind::EmptyStmt: head(depth, role, "EmptyStmt", n->pos, ""); return;
      case NodeKind::LabeledStmt: {
        auto* l = n->as<LabeledStmt>();
        head(depth, role, "LabeledStmt", n->pos, std::string(l->label->name));
        node(d, "stmt", l->stmt);
        return;
      }
      case NodeKind::ExprStmt:
        head(depth, role, "ExprStmt", n->pos, "");
        node(d, "x", n->as<ExprStmt>()->x);
        return;
      case NodeKind::SendStmt:
        head(depth, role, "SendStmt", n->pos, "");
        node(d, "chan", n->as<SendStmt>()->chan);
        node(d, "value", n->as<SendStmt>()->value);
        return;
      case NodeKind::IncDecStmt:
        head(depth, role, "IncDecStmt", n->pos, std::string(tokSpelling(n->as<IncDecStmt>()->op)));
        node(d, "x", n->as<IncDecStmt>()->x);
        return;
      case NodeKind::AssignStmt: {
        auto* a = n->as<AssignStmt>();
        head(depth, role, "AssignStmt", n->pos, std::string(tokSpelling(a->op)));
        nodes(d, "lhs", a->lhs);
        nodes(d, "rhs", a->rhs);
        return;
      }
      case NodeKind::GoStmt:
        head(depth, role, "GoStmt", n->pos, "");
        node(d, "call", n->as<GoStmt>()->call);
        return;
      case NodeKind::DeferStmt:
        head(depth, role, "DeferStmt", n->pos, "");
        node(d, "call", n->as<DeferStmt>()->call);
        return;
      case NodeKind::ReturnStmt:
        head(depth, role, "ReturnStmt", n->pos, "");
        nodes(d, "result", n->as<ReturnStmt>()->results);
        return;
      case NodeKind::BranchStmt: {
        auto* b = n->as<BranchStmt>();
        head(depth, role, "BranchStmt", n->pos,
             join(" ", {std::string(tokSpelling(b->tok)), b->label ? std::string(b->label->name) : ""}));
        return;
      }
      case NodeKind::BlockStmt:
        head(depth, role, "BlockStmt", n->pos, "");
        nodes(d, "", n->as<BlockStmt>()->stmts);
        return;
      case NodeKind::IfStmt: {
        auto* s = n->as<IfStmt>();
        head(depth, role, "IfStmt", n->pos, "");
        node(d, "init", s->init);
        node(d, "cond", s->cond);
        node(d, "then", s->then);
        node(d, "else", s->els);
        return;
      }
      case NodeKind::CaseClause: {
        auto* c = n->as<CaseClause>();
        head(depth, role, "CaseClause", n->pos, c->isDefault ? "default" : "");
        nodes(d, "case", c->list);
        nodes(d, "", c->body);
        return;
      }
      case NodeKind::SwitchStmt: {
        auto* s = n->as<SwitchStmt>();
        head(depth, role, "SwitchStmt", n->pos, "");
        node(d, "init", s->init);
        node(d, "tag", s->tag);
        nodes(d, "", s->clauses);
        return;
      }
      case NodeKind::TypeSwitchStmt: {
        auto* s = n->as<TypeSwitchStmt>();
        head(depth, role, "TypeSwitchStmt", n->pos, s->binding ? std::string(s->binding->name) : "");
        node(d, "init", s->init);
        node(d, "guard", s->guard);
        nodes(d, "", s->clauses);
        return;
      }
      case NodeKind::CommClause: {
        auto* c = n->as<CommClause>();
        head(depth, role, "CommClause", n->pos, c->comm ? "" : "default");
        node(d, "comm", c->comm);
        nodes(d, "", c->body);
        return;
      }
      case NodeKind::SelectStmt:
        head(depth, role, "SelectStmt", n->pos, "");
        nodes(d, "", n->as<SelectStmt>()->clauses);
        return;
      case NodeKind::ForStmt: {
        auto* s = n->as<ForStmt>();
        head(depth, role, "ForStmt", n->pos, "");
        node(d, "init", s->init);
        node(d, "cond", s->cond);
        node(d, "post", s->post);
        node(d, "body", s->body);
        return;
      }
      case NodeKind::RangeStmt: {
        auto* s = n->as<RangeStmt>();
        head(depth, role, "RangeStmt", n->pos, s->tok == Tok::Illegal_ ? "" : std::string(tokSpelling(s->tok)));
        node(d, "key", s->key);
        node(d, "value", s->value);
        node(d, "x", s->x);
        node(d, "body", s->body);
        return;
      }
      case NodeKind::ImportSpec: {
        auto* s = n->as<ImportSpec>();
        head(depth, role, "ImportSpec", n->pos,
             join(" ", {s->name ? std::string(s->name->name) : "", std::string(s->path->value)}));
        return;
      }
      case NodeKind::ValueSpec: {
        auto* s = n->as<ValueSpec>();
        std::string names;
        for (const Ident* id : s->names) names += (names.empty() ? "" : ",") + std::string(id->name);
        head(depth, role, "ValueSpec", n->pos, names + " iota=" + std::to_string(s->iota));
        node(d, "type", s->typeExpr);
        nodes(d, "value", s->values);
        return;
      }
      case NodeKind::TypeSpec: {
        auto* s = n->as<TypeSpec>();
        head(depth, role, "TypeSpec", n->pos, std::string(s->name->name) + (s->alias ? " alias" : ""));
        fields(d, "tparam", s->typeParams);
        node(d, "type", s->typeExpr);
        return;
      }
      case NodeKind::GenDecl: {
        auto* g = n->as<GenDecl>();
        head(depth, role, "GenDecl", n->pos, join(" ", {std::string(tokSpelling(g->tok)), pragmas(g->pragmas)}));
        nodes(d, "", g->specs);
        return;
      }
      case NodeKind::FuncDecl: {
        auto* f = n->as<FuncDecl>();
        head(depth, role, "FuncDecl", n->pos,
             join(" ", {std::string(f->name->name), pragmas(f->pragmas),
                        f->linkname.empty() ? "" : "linkname=" + f->linkname}));
        if (f->recv) fields(d, "recv", {f->recv});
        node(d, "sig", f->sig);
        node(d, "body", f->body);
        return;
      }
      case NodeKind::Field: {
        auto* f = n->as<Field>();
        std::string extra;
        for (const Ident* id : f->names) extra += (extra.empty() ? "" : ",") + std::string(id->name);
        if (f->variadic) extra += " variadic";
        if (f->tag) extra += " tag=" + std::string(f->tag->value);
        head(depth, role, "Field", f->pos, extra);
        node(d, "type", f->typeExpr);
        return;
      }
    }
  }
};

}  // namespace

std::string dumpSyntax(const File& file, const SourceManager& sm) {
  Dumper d(sm);
  d.file(file);
  return d.out;
}

}  // namespace goc
