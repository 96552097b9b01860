// Token spellings (see token.def).
#include "compiler/lex/token.h"

namespace goc {

std::string_view tokSpelling(Tok t) {
  static constexpr std::string_view kSpellings[] = {
#define TOK(Name, Spelling) Spelling,
#include "compiler/lex/token.def"
  };
  size_t i = static_cast<size_t>(t);
  return i < std::size(kSpellings) ? kSpellings[i] : "ILLEGAL";
}

}  // namespace goc
