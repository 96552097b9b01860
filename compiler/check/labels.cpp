// Labels of a function body: declaration (one label scope per function,
// duplicates reported) and the goto rules of the spec ("Executing the goto
// statement must not cause any variables to come into scope that were not
// already in scope at the point of the goto"; "a goto outside a block cannot
// jump to a label inside that block").
//
// The goto analysis follows gc's syntax/branches.go: each block is walked in
// order, collecting forward gotos; a label resolves the matching forward gotos
// of its own block and of the blocks nested in it (their unresolved gotos move
// out to the enclosing block). A variable declaration seen while a forward
// goto is pending makes that goto bad if it resolves in the same block. Gotos
// still unresolved at the top level target a label inside a block. Goto
// targets themselves (BranchStmt::target) are set by branchStmt().
#include <functional>
#include <memory>

#include "compiler/check/checker.h"

namespace goc {

namespace {

// Calls f on every statement nested in s, without entering function literals.
void forEachLabeled(Stmt* s, const std::function<void(LabeledStmt*)>& f, int d = 0) {
  if (!s || d > 500) return;
  auto list = [&](const std::vector<Stmt*>& l) {
    for (Stmt* x : l) forEachLabeled(x, f, d + 1);
  };
  switch (s->kind) {
    case NodeKind::LabeledStmt:
      f(s->as<LabeledStmt>());
      forEachLabeled(s->as<LabeledStmt>()->stmt, f, d + 1);
      break;
    case NodeKind::BlockStmt: list(s->as<BlockStmt>()->stmts); break;
    case NodeKind::IfStmt:
      forEachLabeled(s->as<IfStmt>()->then, f, d + 1);
      forEachLabeled(s->as<IfStmt>()->els, f, d + 1);
      break;
    case NodeKind::CaseClause: list(s->as<CaseClause>()->body); break;
    case NodeKind::SwitchStmt:
      for (auto* c : s->as<SwitchStmt>()->clauses) forEachLabeled(c, f, d + 1);
      break;
    case NodeKind::TypeSwitchStmt:
      for (auto* c : s->as<TypeSwitchStmt>()->clauses) forEachLabeled(c, f, d + 1);
      break;
    case NodeKind::CommClause: list(s->as<CommClause>()->body); break;
    case NodeKind::SelectStmt:
      for (auto* c : s->as<SelectStmt>()->clauses) forEachLabeled(c, f, d + 1);
      break;
    case NodeKind::ForStmt: forEachLabeled(s->as<ForStmt>()->body, f, d + 1); break;
    case NodeKind::RangeStmt: forEachLabeled(s->as<RangeStmt>()->body, f, d + 1); break;
    default: break;
  }
}

// One block of the goto analysis.
struct GotoBlock {
  GotoBlock* parent;
  Pos start;
};

class GotoChecker {
 public:
  GotoChecker(Checker& c) : c_(c) {}

  void run(BlockStmt* body) {
    std::vector<BranchStmt*> left = block(nullptr, body->pos, body->stmts, 0);
    for (BranchStmt* g : left) {
      auto it = blockOf_.find(std::string(g->label->name));
      if (it == blockOf_.end()) continue;  // "label not defined" comes from branchStmt
      c_.error(g->label->pos, "goto " + std::string(g->label->name) + " jumps into block starting at " +
                                  c_.posString(it->second->start));
    }
  }

 private:
  // Walks one block; returns its unresolved forward gotos.
  std::vector<BranchStmt*> block(GotoBlock* parent, Pos start, const std::vector<Stmt*>& list, int d) {
    if (d > 400) return {};
    auto* b = new GotoBlock{parent, start};
    blocks_.emplace_back(b);
    Pos varPos = NoPos;
    std::vector<BranchStmt*> fwd, bad;
    auto recordVar = [&](Pos p) {
      varPos = p;
      bad = fwd;
    };
    auto inner = [&](Pos st, const std::vector<Stmt*>& l) {
      std::vector<BranchStmt*> r = block(b, st, l, d + 1);
      fwd.insert(fwd.end(), r.begin(), r.end());
    };
    for (Stmt* s : list) {
      // A labeled statement declares its label, then is processed as its statement.
      for (int i = 0; s && s->is<LabeledStmt>() && i < 100; i++) {
        auto* l = s->as<LabeledStmt>();
        if (l->label && l->label->name != "_") {
          std::string name(l->label->name);
          blockOf_.emplace(name, b);
          size_t k = 0;
          for (BranchStmt* g : fwd) {
            if (g->label->name != l->label->name) {
              fwd[k++] = g;
              continue;
            }
            bool jumpsOver = false;
            if (varPos != NoPos)
              for (BranchStmt* x : bad) jumpsOver |= x == g;
            if (jumpsOver)
              c_.error(g->label->pos, "goto " + name + " jumps over variable declaration at line " +
                                          std::to_string(c_.sm.lineCol(varPos).line));
          }
          fwd.resize(k);
        }
        s = l->stmt;
      }
      if (!s) continue;
      switch (s->kind) {
        case NodeKind::DeclStmt: {
          GenDecl* gd = s->as<DeclStmt>()->decl;
          if (!gd || gd->tok != Tok::Var) break;
          for (Spec* sp : gd->specs)
            if (auto* vs = sp ? sp->as<ValueSpec>() : nullptr) {
              recordVar(!vs->names.empty() && vs->names[0] ? vs->names[0]->pos : vs->pos);
              break;
            }
          break;
        }
        case NodeKind::AssignStmt:
          if (s->as<AssignStmt>()->op == Tok::Define) recordVar(s->pos);
          break;
        case NodeKind::BranchStmt: {
          auto* br = s->as<BranchStmt>();
          if (br->tok != Tok::Goto || !br->label) break;
          if (!visible(b, std::string(br->label->name))) fwd.push_back(br);
          break;
        }
        case NodeKind::BlockStmt: inner(s->pos, s->as<BlockStmt>()->stmts); break;
        case NodeKind::IfStmt: {
          auto* is = s->as<IfStmt>();
          if (is->then) inner(is->then->pos, is->then->stmts);
          if (is->els) inner(is->els->pos, {is->els});
          break;
        }
        case NodeKind::ForStmt:
          if (auto* body = s->as<ForStmt>()->body) inner(body->pos, body->stmts);
          break;
        case NodeKind::RangeStmt:
          if (auto* body = s->as<RangeStmt>()->body) inner(body->pos, body->stmts);
          break;
        case NodeKind::SwitchStmt:
          for (CaseClause* cc : s->as<SwitchStmt>()->clauses)
            if (cc) inner(cc->pos, cc->body);
          break;
        case NodeKind::TypeSwitchStmt:
          for (CaseClause* cc : s->as<TypeSwitchStmt>()->clauses)
            if (cc) inner(cc->pos, cc->body);
          break;
        case NodeKind::SelectStmt:
          for (CommClause* cc : s->as<SelectStmt>()->clauses)
            if (cc) inner(cc->pos, cc->body);
          break;
        default: break;
      }
    }
    return fwd;
  }

  // Whether a label already seen is declared in b or a block enclosing it
  // (a backward goto to it is fine).
  bool visible(GotoBlock* b, const std::string& name) {
    auto it = blockOf_.find(name);
    if (it == blockOf_.end()) return false;
    for (; b; b = b->parent)
      if (b == it->second) return true;
    return false;
  }

  Checker& c_;
  std::unordered_map<std::string, GotoBlock*> blockOf_;  // first declaration of each label
  std::vector<std::unique_ptr<GotoBlock>> blocks_;
};

}  // namespace

void Checker::labels(BlockStmt* body) {
  forEachLabeled(body, [&](LabeledStmt* l) {
    if (!l->label || l->label->name == "_") return;
    std::string name(l->label->name);
    if (auto it = fnLabels.find(name); it != fnLabels.end()) {
      error(l->label->pos, "label " + name + " already defined at " + posString(it->second->pos));
      return;
    }
    auto* lo = make<LabelObj>(name);
    lo->pos = l->label->pos;
    lo->stmt = l;
    l->label->obj = lo;
    fnLabels[name] = lo;
  });
}

void Checker::gotoChecks(BlockStmt* body) {
  if (!body) return;
  GotoChecker g(*this);
  g.run(body);
}

}  // namespace goc
