// The Go lexer: source bytes -> tokens, with the spec's automatic semicolon
// insertion. Errors (bad characters, unterminated literals, invalid escapes,
// malformed numbers) are reported to Diagnostics in gc's wording; lexing always
// reaches EOF.
#pragma once

#include <vector>

#include "compiler/diag/diag.h"
#include "compiler/lex/token.h"

namespace goc {

// A //go: directive seen in a comment, kept for the parser to attach to the
// following declaration.
struct Directive {
  Pos pos;
  std::string_view text;  // "go:nosplit", "go:linkname local target", ...
};

struct LexResult {
  std::vector<Token> tokens;          // ends with one EOF_ token
  std::vector<Directive> directives;  // in source order
};

LexResult lexFile(const SourceFile& file, Diagnostics& diags);

}  // namespace goc
