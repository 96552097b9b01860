// Tokens of the Go lexer (see token.def for the closed set of kinds).
#pragma once

#include <cstdint>
#include <string_view>

#include "compiler/diag/diag.h"

namespace goc {

enum class Tok : uint8_t {
#define TOK(Name, Spelling) Name,
#include "compiler/lex/token.def"
};

// The spelling of a token kind ("+", "func", "name", ...).
std::string_view tokSpelling(Tok t);

// One token. `text` points into the SourceFile's text (literals keep their
// source form, unescaped; the checker evaluates them). An automatically
// inserted semicolon has text "\n" (or "EOF" at end of file), as gc reports
// "unexpected newline".
struct Token {
  Tok kind = Tok::EOF_;
  Pos pos = NoPos;
  std::string_view text;
};

}  // namespace goc
