// The typed-tree dump (goc build --dump=typed): one line per checked
// expression, in source order, so tests can check what the checker decided.
#include <algorithm>

#include "compiler/check/checker.h"
#include "compiler/check/walk.h"

namespace goc {

std::string dumpTyped(const Program& prog, const SourceManager& sm) {
  static const char* modes[] = {"invalid", "novalue", "builtin", "type", "const", "var", "mapindex",
                                "value", "commaok", "package"};
  std::string out;
  for (Package* p : prog.packages) {
    if (!p) continue;
    out += "package " + p->path + "\n";
    for (File* f : p->files) {
      if (!f) continue;
      std::vector<std::pair<Pos, std::string>> lines;
      for (Decl* d : f->decls) {
        walkNode(d, [&](Expr* e) {
          if (e->mode == ExprMode::Invalid && !e->type) return;
          LineCol lc = sm.lineCol(e->pos);
          std::string l = std::to_string(lc.line) + ":" + std::to_string(lc.col) + " " +
                          modes[static_cast<int>(e->mode)];
          if (e->type) l += " " + typeString(e->type);
          if (e->mode == ExprMode::Constant && e->cval) l += " = " + e->cval->toString();
          lines.push_back({e->pos, l});
        });
      }
      std::stable_sort(lines.begin(), lines.end(), [](auto& a, auto& b) { return a.first < b.first; });
      out += "file " + (f->src ? f->src->path : std::string("?")) + "\n";
      for (auto& [pos, l] : lines) out += "  " + l + "\n";
    }
  }
  return out;
}

}  // namespace goc
