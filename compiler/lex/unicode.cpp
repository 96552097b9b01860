// Unicode tables and UTF-8 helpers for the lexer (see unicode.h).
#include "compiler/lex/unicode.h"

#include <algorithm>
#include <cstdio>

namespace goc::lexutil {

namespace {

struct CodeRange {
  uint32_t lo, hi;
};

#include "compiler/lex/unicode_tables.inc"

template <size_t N>
bool inTable(const CodeRange (&t)[N], int32_t r) {
  if (r < 0) return false;
  uint32_t c = static_cast<uint32_t>(r);
  auto it = std::upper_bound(std::begin(t), std::end(t), c,
                             [](uint32_t v, const CodeRange& cr) { return v < cr.lo; });
  return it != std::begin(t) && c <= (it - 1)->hi;
}

void appendUTF8(std::string& out, int32_t r) {
  uint32_t c = static_cast<uint32_t>(r);
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// An approximation of strconv.IsPrint good enough for diagnostics: graphic
// ASCII, and above Latin-1 controls anything that is not a surrogate,
// a format/space character we know of, or out of range.
bool isPrint(int32_t r) {
  if (r < 0x80) return r >= 0x21 && r < 0x7F;
  if (r < 0xA1 || r == 0xAD) return false;
  if (r >= 0xD800 && r < 0xE000) return false;
  if (r > 0x10FFFF || r == 0xFEFF || r == 0xFFFE || r == 0xFFFF) return false;
  if ((r >= 0x2000 && r <= 0x200F) || (r >= 0x2028 && r <= 0x202F) || (r >= 0x205F && r <= 0x206F))
    return false;
  return true;
}

}  // namespace

int32_t decodeRune(std::string_view s, size_t i, int& len) {
  len = 1;
  if (i >= s.size()) return RuneError;
  unsigned char c0 = static_cast<unsigned char>(s[i]);
  if (c0 < 0x80) return c0;
  int n;
  uint32_t r, min;
  if ((c0 & 0xE0) == 0xC0) n = 2, r = c0 & 0x1F, min = 0x80;
  else if ((c0 & 0xF0) == 0xE0) n = 3, r = c0 & 0x0F, min = 0x800;
  else if ((c0 & 0xF8) == 0xF0) n = 4, r = c0 & 0x07, min = 0x10000;
  else return RuneError;
  if (i + n > s.size()) return RuneError;
  for (int k = 1; k < n; k++) {
    unsigned char c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return RuneError;
    r = (r << 6) | (c & 0x3F);
  }
  if (r < min || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) return RuneError;
  len = n;
  return static_cast<int32_t>(r);
}

bool isUnicodeLetter(int32_t r) {
  if (r < 0x80) return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
  return inTable(kLetter, r);
}

bool isUnicodeDigit(int32_t r) {
  if (r < 0x80) return r >= '0' && r <= '9';
  return inTable(kDigit, r);
}

std::string formatU(int32_t r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(r));
  std::string s = buf;
  if (isPrint(r)) {
    s += " '";
    appendUTF8(s, r);
    s += "'";
  }
  return s;
}

std::string quoteRune(int32_t r) {
  std::string s = "'";
  char buf[16];
  switch (r) {
    case '\a': s += "\\a"; break;
    case '\b': s += "\\b"; break;
    case '\f': s += "\\f"; break;
    case '\n': s += "\\n"; break;
    case '\r': s += "\\r"; break;
    case '\t': s += "\\t"; break;
    case '\v': s += "\\v"; break;
    case '\\': s += "\\\\"; break;
    case '\'': s += "\\'"; break;
    default:
      if (r == ' ' || isPrint(r)) {
        appendUTF8(s, r);
      } else if (r < 0x80) {
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(r));
        s += buf;
      } else if (r < 0x10000) {
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(r));
        s += buf;
      } else {
        std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(r));
        s += buf;
      }
  }
  s += "'";
  return s;
}

}  // namespace goc::lexutil
