// Printing expressions and simple statements as Go source (see printer.h).
#include "compiler/syntax/printer.h"

namespace goc {

namespace {

void printExpr(std::string& out, const Expr* e, int depth);

void printList(std::string& out, const std::vector<Expr*>& l, int depth) {
  for (size_t i = 0; i < l.size(); i++) {
    if (i) out += ", ";
    printExpr(out, l[i], depth);
  }
}

void printFields(std::string& out, const std::vector<Field*>& fs, const char* sep, int depth) {
  for (size_t i = 0; i < fs.size(); i++) {
    if (i) out += sep;
    const Field* f = fs[i];
    for (size_t j = 0; j < f->names.size(); j++) {
      if (j) out += ", ";
      out += f->names[j]->name;
    }
    if (!f->names.empty()) out += " ";
    if (f->variadic) out += "...";
    printExpr(out, f->typeExpr, depth);
  }
}

void printSignature(std::string& out, const FuncType* f, int depth) {
  if (!f->typeParams.empty()) {
    out += "[";
    printFields(out, f->typeParams, ", ", depth);
    out += "]";
  }
  out += "(";
  printFields(out, f->params, ", ", depth);
  out += ")";
  if (f->results.empty()) return;
  out += " ";
  if (f->results.size() == 1 && f->results[0]->names.empty()) {
    printExpr(out, f->results[0]->typeExpr, depth);
  } else {
    out += "(";
    printFields(out, f->results, ", ", depth);
    out += ")";
  }
}

void printExpr(std::string& out, const Expr* e, int depth) {
  if (!e) return;
  if (depth > 200) {
    out += "…";
    return;
  }
  depth++;
  switch (e->kind) {
    case NodeKind::BadExpr: out += "BadExpr"; return;
    case NodeKind::Ident: out += e->as<Ident>()->name; return;
    case NodeKind::BasicLit: out += e->as<BasicLit>()->value; return;
    case NodeKind::CompositeLit: {
      auto* c = e->as<CompositeLit>();
      printExpr(out, c->typeExpr, depth);
      out += c->elts.empty() ? "{}" : "{…}";
      return;
    }
    case NodeKind::FuncLit: {
      auto* f = e->as<FuncLit>();
      out += "func";
      printSignature(out, f->sig, depth);
      out += " {…}";
      return;
    }
    case NodeKind::ParenExpr:
      out += "(";
      printExpr(out, e->as<ParenExpr>()->x, depth);
      out += ")";
      return;
    case NodeKind::SelectorExpr: {
      auto* s = e->as<SelectorExpr>();
      printExpr(out, s->x, depth);
      out += ".";
      out += s->sel->name;
      return;
    }
    case NodeKind::IndexExpr: {
      auto* x = e->as<IndexExpr>();
      printExpr(out, x->x, depth);
      out += "[";
      printList(out, x->indices, depth);
      out += "]";
      return;
    }
    case NodeKind::SliceExpr: {
      auto* s = e->as<SliceExpr>();
      printExpr(out, s->x, depth);
      out += "[";
      printExpr(out, s->lo, depth);
      out += ":";
      printExpr(out, s->hi, depth);
      if (s->slice3) {
        out += ":";
        printExpr(out, s->max, depth);
      }
      out += "]";
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* t = e->as<TypeAssertExpr>();
      printExpr(out, t->x, depth);
      out += ".(";
      if (t->typeExpr) printExpr(out, t->typeExpr, depth);
      else out += "type";
      out += ")";
      return;
    }
    case NodeKind::CallExpr: {
      auto* c = e->as<CallExpr>();
      printExpr(out, c->fun, depth);
      out += "(";
      printList(out, c->args, depth);
      if (c->hasDots) out += "...";
      out += ")";
      return;
    }
    case NodeKind::StarExpr:
      out += "*";
      printExpr(out, e->as<StarExpr>()->x, depth);
      return;
    case NodeKind::UnaryExpr: {
      auto* u = e->as<UnaryExpr>();
      out += tokSpelling(u->op);
      printExpr(out, u->x, depth);
      return;
    }
    case NodeKind::BinaryExpr: {
      auto* b = e->as<BinaryExpr>();
      printExpr(out, b->x, depth);
      out += " ";
      out += tokSpelling(b->op);
      out += " ";
      printExpr(out, b->y, depth);
      return;
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = e->as<KeyValueExpr>();
      printExpr(out, kv->key, depth);
      out += ": ";
      printExpr(out, kv->value, depth);
      return;
    }
    case NodeKind::ArrayType: {
      auto* a = e->as<ArrayType>();
      out += "[";
      printExpr(out, a->len, depth);
      out += "]";
      printExpr(out, a->elem, depth);
      return;
    }
    case NodeKind::StructType: {
      auto* s = e->as<StructType>();
      out += "struct{";
      printFields(out, s->fields, "; ", depth);
      out += "}";
      return;
    }
    case NodeKind::FuncType:
      out += "func";
      printSignature(out, e->as<FuncType>(), depth);
      return;
    case NodeKind::InterfaceType: {
      auto* it = e->as<InterfaceType>();
      out += "interface{";
      for (size_t i = 0; i < it->elems.size(); i++) {
        if (i) out += "; ";
        const Field* f = it->elems[i];
        if (!f->names.empty()) {
          out += f->names[0]->name;
          if (auto* ft = f->typeExpr->as<FuncType>()) printSignature(out, ft, depth);
        } else {
          printExpr(out, f->typeExpr, depth);
        }
      }
      out += "}";
      return;
    }
    case NodeKind::MapType: {
      auto* m = e->as<MapType>();
      out += "map[";
      printExpr(out, m->key, depth);
      out += "]";
      printExpr(out, m->value, depth);
      return;
    }
    case NodeKind::ChanType: {
      auto* c = e->as<ChanType>();
      if (c->dir == ChanDir::Recv) out += "<-";
      out += "chan";
      if (c->dir == ChanDir::Send) out += "<-";
      out += " ";
      // chan (<-chan T) needs parentheses to keep its meaning.
      bool paren = c->dir != ChanDir::Send && c->value && c->value->is<ChanType>() &&
                   c->value->as<ChanType>()->dir == ChanDir::Recv;
      if (paren) out += "(";
      printExpr(out, c->value, depth);
      if (paren) out += ")";
      return;
    }
    case NodeKind::Ellipsis:
      out += "...";
      printExpr(out, e->as<Ellipsis>()->elt, depth);
      return;
    default:
      out += "?";
      return;
  }
}

}  // namespace

std::string exprString(const Expr* e) {
  std::string out;
  printExpr(out, e, 0);
  return out;
}

std::string stmtString(const Stmt* s) {
  std::string out;
  if (!s) return out;
  switch (s->kind) {
    case NodeKind::ExprStmt: printExpr(out, s->as<ExprStmt>()->x, 0); break;
    case NodeKind::SendStmt:
      printExpr(out, s->as<SendStmt>()->chan, 0);
      out += " <- ";
      printExpr(out, s->as<SendStmt>()->value, 0);
      break;
    case NodeKind::IncDecStmt:
      printExpr(out, s->as<IncDecStmt>()->x, 0);
      out += tokSpelling(s->as<IncDecStmt>()->op);
      break;
    case NodeKind::AssignStmt: {
      auto* a = s->as<AssignStmt>();
      printList(out, a->lhs, 0);
      out += " ";
      out += tokSpelling(a->op);
      out += " ";
      printList(out, a->rhs, 0);
      break;
    }
    case NodeKind::RangeStmt: {
      auto* r = s->as<RangeStmt>();
      if (r->key) {
        printExpr(out, r->key, 0);
        if (r->value) {
          out += ", ";
          printExpr(out, r->value, 0);
        }
        out += " ";
        out += tokSpelling(r->tok);
        out += " ";
      }
      out += "range ";
      printExpr(out, r->x, 0);
      break;
    }
    default: out += "statement"; break;
  }
  return out;
}

}  // namespace goc
