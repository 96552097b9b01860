// Unicode classification and UTF-8 decoding for the lexer, with Go's rules:
// a letter is unicode.IsLetter or '_', a digit is unicode.IsDigit (category Nd).
// Internal to compiler/lex.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace goc::lexutil {

inline constexpr int32_t RuneError = 0xFFFD;

// Decodes one rune at s[i]; sets len (>= 1 when i < s.size()). An invalid or
// truncated sequence yields RuneError with len 1, as Go's utf8.DecodeRune does.
int32_t decodeRune(std::string_view s, size_t i, int& len);

bool isUnicodeLetter(int32_t r);
bool isUnicodeDigit(int32_t r);

// Go's %#U: "U+0040 '@'" (the quoted form only for printable runes).
std::string formatU(int32_t r);
// Go's %q for a rune: 'x', '\n', '\x00', '\u200b'.
std::string quoteRune(int32_t r);

}  // namespace goc::lexutil
