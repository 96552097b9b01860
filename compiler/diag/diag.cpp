// Implementation of positions and diagnostics (see diag.h).
#include "compiler/diag/diag.h"

#include <algorithm>
#include <cstdlib>

namespace goc {

SourceFile& SourceManager::add(std::string path, std::string text) {
  auto f = std::make_unique<SourceFile>();
  f->path = std::move(path);
  f->text = std::move(text);
  f->base = next_;
  f->lineStarts.push_back(0);
  for (uint32_t i = 0; i < f->text.size(); i++)
    if (f->text[i] == '\n') f->lineStarts.push_back(i + 1);
  // One extra position for the end of the file, then a gap so that the end of
  // one file is never the start of the next.
  next_ += static_cast<Pos>(f->text.size()) + 2;
  files_.push_back(std::move(f));
  return *files_.back();
}

LineCol SourceManager::lineCol(Pos p) const {
  // Files are added in increasing base order: find the last with base <= p.
  auto it = std::upper_bound(files_.begin(), files_.end(), p,
                             [](Pos pos, const std::unique_ptr<SourceFile>& f) { return pos < f->base; });
  if (it == files_.begin()) return {};
  const SourceFile* f = (it - 1)->get();
  uint32_t off = p - f->base;
  auto ls = std::upper_bound(f->lineStarts.begin(), f->lineStarts.end(), off);
  uint32_t line = static_cast<uint32_t>(ls - f->lineStarts.begin());
  uint32_t col = off - f->lineStarts[line - 1] + 1;
  return {f, line, col};
}

std::string SourceManager::format(Pos p) const {
  LineCol lc = lineCol(p);
  if (!lc.file) return "<unknown>";
  return lc.file->path + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.col);
}

void Diagnostics::error(Pos pos, std::string message) {
  diags_.push_back({pos, std::move(message), static_cast<uint32_t>(diags_.size())});
}

static void sortDiags(std::vector<Diagnostic>& ds) {
  std::stable_sort(ds.begin(), ds.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.pos != b.pos ? a.pos < b.pos : a.seq < b.seq;
  });
  // gc reports one error per line at most when they are identical.
  ds.erase(std::unique(ds.begin(), ds.end(),
                       [](const Diagnostic& a, const Diagnostic& b) {
                         return a.pos == b.pos && a.message == b.message;
                       }),
           ds.end());
}

void Diagnostics::flush(std::FILE* out) {
  sortDiags(diags_);
  size_t n = 0;
  for (const Diagnostic& d : diags_) {
    if (n == 10) {
      std::fprintf(out, "%s: too many errors\n", sm_.format(d.pos).c_str());
      break;
    }
    std::fprintf(out, "%s: %s\n", sm_.format(d.pos).c_str(), d.message.c_str());
    n++;
  }
  diags_.clear();
}

void Diagnostics::flushAll(std::FILE* out) {
  sortDiags(diags_);
  for (const Diagnostic& d : diags_)
    std::fprintf(out, "%s: %s\n", sm_.format(d.pos).c_str(), d.message.c_str());
  diags_.clear();
}

void ice(std::string_view msg) {
  std::fprintf(stderr, "internal compiler error: %.*s\n", static_cast<int>(msg.size()), msg.data());
  std::abort();
}

void ice(const SourceManager& sm, Pos pos, std::string_view msg) {
  std::fprintf(stderr, "%s: internal compiler error: %.*s\n", sm.format(pos).c_str(),
               static_cast<int>(msg.size()), msg.data());
  std::abort();
}

}  // namespace goc
