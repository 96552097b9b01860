// Source positions and user diagnostics.
//
// Every byte of every source file of a compilation has one global position
// (`Pos`): files are laid end to end in the SourceManager, as clang does with
// SourceLocation. A Pos turns into `file:line:col` (1-based, columns count
// bytes, as gc does) only when a diagnostic is printed.
//
// Phases report user errors through Diagnostics and keep going; the driver
// decides when to stop. Compiler bugs go through ice(), never through here.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace goc {

using Pos = uint32_t;
inline constexpr Pos NoPos = 0;

struct SourceFile {
  std::string path;     // as given on the command line or found in a package dir
  std::string text;     // whole contents
  Pos base = 0;         // global position of text[0]
  std::vector<uint32_t> lineStarts;  // byte offsets of each line start
};

struct LineCol {
  const SourceFile* file = nullptr;
  uint32_t line = 0, col = 0;
};

class SourceManager {
 public:
  // Adds a file; its positions are [base, base + text.size()] (the end position
  // is valid too, for EOF tokens). Position 0 is never a file position.
  SourceFile& add(std::string path, std::string text);
  LineCol lineCol(Pos p) const;
  std::string format(Pos p) const;  // "path:line:col"
  const std::vector<std::unique_ptr<SourceFile>>& files() const { return files_; }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
  Pos next_ = 1;
};

struct Diagnostic {
  Pos pos;
  std::string message;  // gc's wording: lower case, no trailing period
  uint32_t seq;         // order of reporting, to keep sorting stable
};

class Diagnostics {
 public:
  explicit Diagnostics(const SourceManager& sm) : sm_(sm) {}
  void error(Pos pos, std::string message);
  size_t errorCount() const { return diags_.size(); }
  bool hasErrors() const { return !diags_.empty(); }
  // Prints the diagnostics sorted by position, one `file:line:col: message`
  // per line, at most 10 and then "too many errors" (gc's limit), and clears them.
  void flush(std::FILE* out);
  // Like flush, but with no limit (for tests and -e).
  void flushAll(std::FILE* out);

 private:
  const SourceManager& sm_;
  std::vector<Diagnostic> diags_;
};

// An internal compiler error: prints "internal compiler error: <msg>" and aborts.
[[noreturn]] void ice(std::string_view msg);
[[noreturn]] void ice(const SourceManager& sm, Pos pos, std::string_view msg);

}  // namespace goc
