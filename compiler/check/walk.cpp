// Pre-order walk over the syntax tree (see walk.h).
#include "compiler/check/walk.h"

namespace goc {

namespace {

struct Walker {
  const std::function<void(Expr*)>& f;
  int depth = 0;
  void fields(const std::vector<Field*>& fs) {
    for (Field* fl : fs)
      if (fl) {
        for (Ident* n : fl->names) node(n);
        node(fl->typeExpr);
      }
  }
  void list(const std::vector<Stmt*>& ss) {
    for (Stmt* s : ss) node(s);
  }
  void exprs(const std::vector<Expr*>& es) {
    for (Expr* e : es) node(e);
  }
  void node(Node* n) {
    if (!n || depth > 2000) return;
    depth++;
    switch (n->kind) {
      case NodeKind::BadExpr: case NodeKind::Ident: case NodeKind::BasicLit: f(static_cast<Expr*>(n)); break;
      case NodeKind::CompositeLit: { auto* e = n->as<CompositeLit>(); f(e); node(e->typeExpr); exprs(e->elts); break; }
      case NodeKind::FuncLit: { auto* e = n->as<FuncLit>(); f(e); node(e->sig); node(e->body); break; }
      case NodeKind::ParenExpr: f(static_cast<Expr*>(n)); node(n->as<ParenExpr>()->x); break;
      case NodeKind::SelectorExpr: { auto* e = n->as<SelectorExpr>(); f(e); node(e->x); node(e->sel); break; }
      case NodeKind::IndexExpr: { auto* e = n->as<IndexExpr>(); f(e); node(e->x); exprs(e->indices); break; }
      case NodeKind::SliceExpr: { auto* e = n->as<SliceExpr>(); f(e); node(e->x); node(e->lo); node(e->hi); node(e->max); break; }
      case NodeKind::TypeAssertExpr: { auto* e = n->as<TypeAssertExpr>(); f(e); node(e->x); node(e->typeExpr); break; }
      case NodeKind::CallExpr: { auto* e = n->as<CallExpr>(); f(e); node(e->fun); exprs(e->args); break; }
      case NodeKind::StarExpr: f(static_cast<Expr*>(n)); node(n->as<StarExpr>()->x); break;
      case NodeKind::UnaryExpr: f(static_cast<Expr*>(n)); node(n->as<UnaryExpr>()->x); break;
      case NodeKind::BinaryExpr: { auto* e = n->as<BinaryExpr>(); f(e); node(e->x); node(e->y); break; }
      case NodeKind::KeyValueExpr: { auto* e = n->as<KeyValueExpr>(); f(e); node(e->key); node(e->value); break; }
      case NodeKind::ArrayType: { auto* e = n->as<ArrayType>(); f(e); node(e->len); node(e->elem); break; }
      case NodeKind::StructType: f(static_cast<Expr*>(n)); fields(n->as<StructType>()->fields); break;
      case NodeKind::FuncType: { auto* e = n->as<FuncType>(); f(e); fields(e->params); fields(e->results); break; }
      case NodeKind::InterfaceType: f(static_cast<Expr*>(n)); fields(n->as<InterfaceType>()->elems); break;
      case NodeKind::MapType: { auto* e = n->as<MapType>(); f(e); node(e->key); node(e->value); break; }
      case NodeKind::ChanType: f(static_cast<Expr*>(n)); node(n->as<ChanType>()->value); break;
      case NodeKind::Ellipsis: f(static_cast<Expr*>(n)); node(n->as<Ellipsis>()->elt); break;
      case NodeKind::DeclStmt: node(n->as<DeclStmt>()->decl); break;
      case NodeKind::LabeledStmt: node(n->as<LabeledStmt>()->stmt); break;
      case NodeKind::ExprStmt: node(n->as<ExprStmt>()->x); break;
      case NodeKind::SendStmt: node(n->as<SendStmt>()->chan); node(n->as<SendStmt>()->value); break;
      case NodeKind::IncDecStmt: node(n->as<IncDecStmt>()->x); break;
      case NodeKind::AssignStmt: exprs(n->as<AssignStmt>()->lhs); exprs(n->as<AssignStmt>()->rhs); break;
      case NodeKind::GoStmt: node(n->as<GoStmt>()->call); break;
      case NodeKind::DeferStmt: node(n->as<DeferStmt>()->call); break;
      case NodeKind::ReturnStmt: exprs(n->as<ReturnStmt>()->results); break;
      case NodeKind::BranchStmt: break;
      case NodeKind::BlockStmt: list(n->as<BlockStmt>()->stmts); break;
      case NodeKind::IfStmt: { auto* s = n->as<IfStmt>(); node(s->init); node(s->cond); node(s->then); node(s->els); break; }
      case NodeKind::CaseClause: { auto* s = n->as<CaseClause>(); exprs(s->list); list(s->body); break; }
      case NodeKind::SwitchStmt: { auto* s = n->as<SwitchStmt>(); node(s->init); node(s->tag); for (auto* c : s->clauses) node(c); break; }
      case NodeKind::TypeSwitchStmt: { auto* s = n->as<TypeSwitchStmt>(); node(s->init); node(s->binding); node(s->guard); for (auto* c : s->clauses) node(c); break; }
      case NodeKind::CommClause: { auto* s = n->as<CommClause>(); node(s->comm); list(s->body); break; }
      case NodeKind::SelectStmt: for (auto* c : n->as<SelectStmt>()->clauses) node(c); break;
      case NodeKind::ForStmt: { auto* s = n->as<ForStmt>(); node(s->init); node(s->cond); node(s->post); node(s->body); break; }
      case NodeKind::RangeStmt: { auto* s = n->as<RangeStmt>(); node(s->key); node(s->value); node(s->x); node(s->body); break; }
      case NodeKind::ValueSpec: { auto* s = n->as<ValueSpec>(); for (Ident* i : s->names) node(i); node(s->typeExpr); exprs(s->values); break; }
      case NodeKind::TypeSpec: { auto* s = n->as<TypeSpec>(); node(s->name); node(s->typeExpr); break; }
      case NodeKind::GenDecl: for (Spec* s : n->as<GenDecl>()->specs) node(s); break;
      case NodeKind::FuncDecl: {
        auto* d = n->as<FuncDecl>();
        if (d->recv) { for (Ident* i : d->recv->names) node(i); node(d->recv->typeExpr); }
        node(d->name); node(d->sig); node(d->body);
        break;
      }
      default: break;
    }
    depth--;
  }
};

}  // namespace

void walkNode(Node* n, const std::function<void(Expr*)>& f) {
  Walker w{f};
  w.node(n);
}

}  // namespace goc
