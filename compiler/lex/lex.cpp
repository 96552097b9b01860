// The Go lexer (see lex.h).
//
// The lexer reads the file one rune at a time, as gc's scanner does, so that
// source-level errors (NUL bytes, bad UTF-8, a BOM past the start) are reported
// wherever they occur, including inside comments and literals. Error texts and
// positions follow cmd/compile/internal/syntax: "errorf" errors are reported at
// the rune being looked at, "errorAt" errors at an offset from the token start.
//
// Semicolons are inserted per the spec: after a line's final token if it is an
// identifier, a literal, one of break/continue/fallthrough/return, ++, --, ),
// ] or }. A general comment spanning lines acts as a newline.
#include <string>

#include "compiler/lex/lex.h"
#include "compiler/lex/unicode.h"

namespace goc {

namespace {

using lexutil::decodeRune;
using lexutil::formatU;
using lexutil::quoteRune;

constexpr int32_t kEOF = -1;

bool isLetter(int32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isDecimal(int32_t c) { return c >= '0' && c <= '9'; }
int32_t lower(int32_t c) { return c | ('x' - 'X'); }
bool isHex(int32_t c) { return isDecimal(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

const char* baseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
  }
}

struct Keyword {
  std::string_view text;
  Tok tok;
};

constexpr Keyword kKeywords[] = {
#define TOK(Name, Spelling)
#define KEYWORD(Name, Spelling) {Spelling, Tok::Name},
#include "compiler/lex/token.def"
};

class Lexer {
 public:
  Lexer(const SourceFile& file, Diagnostics& diags) : file_(file), src_(file.text), diags_(diags) {}

  LexResult run() {
    // A byte order mark is permitted (and skipped) only at the very start.
    if (src_.substr(0, 3) == "\xEF\xBB\xBF") off_ = 3;
    chOff_ = off_;
    decode();
    for (;;) {
      next();
      if (out_.tokens.back().kind == Tok::EOF_) break;
    }
    return std::move(out_);
  }

 private:
  const SourceFile& file_;
  std::string_view src_;
  Diagnostics& diags_;
  LexResult out_;

  // The current rune `ch_` starts at byte chOff_ and is chLen_ bytes long.
  size_t off_ = 0;
  size_t chOff_ = 0;
  int chLen_ = 0;
  int32_t ch_ = kEOF;
  size_t start_ = 0;  // offset of the current token
  bool nlsemi_ = false;

  Pos posAt(size_t off) const { return file_.base + static_cast<Pos>(off); }
  void errorf(std::string msg) { diags_.error(posAt(chOff_), std::move(msg)); }
  void errorAt(size_t rel, std::string msg) { diags_.error(posAt(start_ + rel), std::move(msg)); }

  // Decodes the rune at chOff_, reporting source-level errors once per rune.
  void decode() {
    if (chOff_ >= src_.size()) {
      ch_ = kEOF;
      chLen_ = 0;
      return;
    }
    unsigned char b = static_cast<unsigned char>(src_[chOff_]);
    if (b < 0x80) {
      ch_ = b;
      chLen_ = 1;
      if (b == 0) errorf("invalid NUL character");
      return;
    }
    ch_ = decodeRune(src_, chOff_, chLen_);
    if (ch_ == lexutil::RuneError && chLen_ == 1) errorf("invalid UTF-8 encoding");
    else if (ch_ == 0xFEFF) errorf("invalid BOM in the middle of the file");
  }

  void nextch() {
    if (ch_ == kEOF) return;
    chOff_ += chLen_;
    decode();
  }

  void emit(Tok kind, std::string_view text, size_t at) {
    out_.tokens.push_back(Token{kind, posAt(at), text});
  }
  void emitSpan(Tok kind) { emit(kind, src_.substr(start_, chOff_ - start_), start_); }

  void next();
  void ident();
  bool atIdentChar(bool first);
  void number(bool seenPoint);
  int digits(int base, int* invalid);
  void runeLit();
  void stdString();
  void rawString();
  bool escape(int32_t quote);
  void lineComment();
  bool fullComment();
  // Operators: op, or op= if followed by '='.
  void opOrAssign(Tok op, Tok assign) {
    if (ch_ == '=') {
      nextch();
      emitSpan(assign);
    } else {
      emitSpan(op);
    }
  }
};

void Lexer::next() {
  bool nlsemi = nlsemi_;
  nlsemi_ = false;

  for (;;) {
    while (ch_ == ' ' || ch_ == '\t' || (ch_ == '\n' && !nlsemi) || ch_ == '\r') nextch();
    start_ = chOff_;

    if (isLetter(ch_) || (ch_ >= 0x80 && atIdentChar(true))) {
      nextch();
      ident();
      return;
    }

    switch (ch_) {
      case kEOF:
        if (nlsemi) emit(Tok::Semicolon, "EOF", start_);
        else emit(Tok::EOF_, "", start_);
        return;
      case '\n':
        nextch();
        emit(Tok::Semicolon, "\n", start_);
        return;
      case '0': case '1': case '2': case '3': case '4':
      case '5': case '6': case '7': case '8': case '9':
        number(false);
        nlsemi_ = true;
        return;
      case '"':
        stdString();
        nlsemi_ = true;
        return;
      case '`':
        rawString();
        nlsemi_ = true;
        return;
      case '\'':
        runeLit();
        nlsemi_ = true;
        return;
      case '(': nextch(); emitSpan(Tok::LParen); return;
      case '[': nextch(); emitSpan(Tok::LBrack); return;
      case '{': nextch(); emitSpan(Tok::LBrace); return;
      case ',': nextch(); emitSpan(Tok::Comma); return;
      case ';': nextch(); emitSpan(Tok::Semicolon); return;
      case ')': nextch(); emitSpan(Tok::RParen); nlsemi_ = true; return;
      case ']': nextch(); emitSpan(Tok::RBrack); nlsemi_ = true; return;
      case '}': nextch(); emitSpan(Tok::RBrace); nlsemi_ = true; return;
      case ':':
        nextch();
        if (ch_ == '=') {
          nextch();
          emitSpan(Tok::Define);
        } else {
          emitSpan(Tok::Colon);
        }
        return;
      case '.':
        nextch();
        if (isDecimal(ch_)) {
          number(true);
          nlsemi_ = true;
          return;
        }
        if (ch_ == '.' && chOff_ + 1 < src_.size() && src_[chOff_ + 1] == '.') {
          nextch();
          nextch();
          emitSpan(Tok::Ellipsis);
          return;
        }
        emitSpan(Tok::Period);
        return;
      case '+':
        nextch();
        if (ch_ == '+') {
          nextch();
          emitSpan(Tok::Inc);
          nlsemi_ = true;
          return;
        }
        opOrAssign(Tok::Add, Tok::AddAssign);
        return;
      case '-':
        nextch();
        if (ch_ == '-') {
          nextch();
          emitSpan(Tok::Dec);
          nlsemi_ = true;
          return;
        }
        opOrAssign(Tok::Sub, Tok::SubAssign);
        return;
      case '*': nextch(); opOrAssign(Tok::Mul, Tok::MulAssign); return;
      case '/':
        nextch();
        if (ch_ == '/') {
          nextch();
          lineComment();
          continue;
        }
        if (ch_ == '*') {
          nextch();
          bool multiLine = fullComment();
          if (multiLine && nlsemi) {
            // A comment spanning lines acts like a newline.
            emit(Tok::Semicolon, "\n", start_);
            return;
          }
          continue;
        }
        opOrAssign(Tok::Quo, Tok::QuoAssign);
        return;
      case '%': nextch(); opOrAssign(Tok::Rem, Tok::RemAssign); return;
      case '&':
        nextch();
        if (ch_ == '&') {
          nextch();
          emitSpan(Tok::LAnd);
          return;
        }
        if (ch_ == '^') {
          nextch();
          opOrAssign(Tok::AndNot, Tok::AndNotAssign);
          return;
        }
        opOrAssign(Tok::And, Tok::AndAssign);
        return;
      case '|':
        nextch();
        if (ch_ == '|') {
          nextch();
          emitSpan(Tok::LOr);
          return;
        }
        opOrAssign(Tok::Or, Tok::OrAssign);
        return;
      case '^': nextch(); opOrAssign(Tok::Xor, Tok::XorAssign); return;
      case '<':
        nextch();
        if (ch_ == '-') {
          nextch();
          emitSpan(Tok::Arrow);
          return;
        }
        if (ch_ == '<') {
          nextch();
          opOrAssign(Tok::Shl, Tok::ShlAssign);
          return;
        }
        opOrAssign(Tok::Lss, Tok::Leq);
        return;
      case '>':
        nextch();
        if (ch_ == '>') {
          nextch();
          opOrAssign(Tok::Shr, Tok::ShrAssign);
          return;
        }
        opOrAssign(Tok::Gtr, Tok::Geq);
        return;
      case '=':
        nextch();
        if (ch_ == '=') {
          nextch();
          emitSpan(Tok::Eql);
        } else {
          emitSpan(Tok::Assign);
        }
        return;
      case '!':
        nextch();
        opOrAssign(Tok::Not, Tok::Neq);
        return;
      case '~': nextch(); emitSpan(Tok::Tilde); return;
      default:
        // A NUL or bad UTF-8 byte was already reported when it was read.
        if (ch_ != 0 && !(ch_ == lexutil::RuneError && chLen_ == 1) && ch_ != 0xFEFF)
          errorf("invalid character " + formatU(ch_));
        nextch();
        continue;
    }
  }
}

bool Lexer::atIdentChar(bool first) {
  if (ch_ == '_' || lexutil::isUnicodeLetter(ch_)) return true;
  if (lexutil::isUnicodeDigit(ch_)) {
    if (first) errorf("identifier cannot begin with digit " + formatU(ch_));
    return true;
  }
  if (ch_ >= 0x80) {
    // Bad UTF-8 and BOMs were reported when read; gc reports them once more
    // as identifier characters only when they follow one.
    if (!first || (ch_ != lexutil::RuneError && ch_ != 0xFEFF))
      errorf("invalid character " + formatU(ch_) + " in identifier");
    return true;
  }
  return false;
}

void Lexer::ident() {
  while (isLetter(ch_) || isDecimal(ch_)) nextch();
  if (ch_ >= 0x80)
    while (ch_ >= 0x80 && atIdentChar(false)) nextch();
  std::string_view lit = src_.substr(start_, chOff_ - start_);
  if (lit.size() >= 2) {
    for (const Keyword& k : kKeywords) {
      if (k.text == lit) {
        emit(k.tok, lit, start_);
        nlsemi_ = k.tok == Tok::Break || k.tok == Tok::Continue || k.tok == Tok::Fallthrough ||
                  k.tok == Tok::Return;
        return;
      }
    }
  }
  emit(Tok::Ident, lit, start_);
  nlsemi_ = true;
}

// Accepts { digit | '_' }; returns bit 0 if digits were seen, bit 1 if
// separators were. For base <= 10, records in *invalid the offset (from the
// token start) of the first digit >= base.
int Lexer::digits(int base, int* invalid) {
  int digsep = 0;
  if (base <= 10) {
    int32_t max = '0' + base;
    while (isDecimal(ch_) || ch_ == '_') {
      int ds = 1;
      if (ch_ == '_') ds = 2;
      else if (ch_ >= max && invalid && *invalid < 0) *invalid = static_cast<int>(chOff_ - start_);
      digsep |= ds;
      nextch();
    }
  } else {
    while (isHex(ch_) || ch_ == '_') {
      digsep |= ch_ == '_' ? 2 : 1;
      nextch();
    }
  }
  return digsep;
}

// Returns the index of the first misplaced '_' in a number literal, or -1.
static int invalidSep(std::string_view x) {
  int32_t x1 = ' ';
  int32_t d = '.';
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    int32_t p = d;
    d = static_cast<unsigned char>(x[i]);
    if (d == '_') {
      if (p != '0') return static_cast<int>(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<int>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<int>(x.size()) - 1;
  return -1;
}

void Lexer::number(bool seenPoint) {
  bool ok = true;
  Tok kind = Tok::Int;
  int base = 10;
  int32_t prefix = 0;
  int digsep = 0;
  int invalid = -1;

  if (seenPoint) {
    // The '.' is already consumed; the token starts at it.
    start_ = chOff_ - 1;
  } else {
    if (ch_ == '0') {
      nextch();
      switch (lower(ch_)) {
        case 'x': nextch(); base = 16; prefix = 'x'; break;
        case 'o': nextch(); base = 8; prefix = 'o'; break;
        case 'b': nextch(); base = 2; prefix = 'b'; break;
        default: base = 8; prefix = '0'; digsep = 1; break;
      }
    }
    digsep |= digits(base, &invalid);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        errorf(std::string("invalid radix point in ") + baseName(base) + " literal");
        ok = false;
      }
      nextch();
      seenPoint = true;
    }
  }

  if (seenPoint) {
    kind = Tok::Float;
    digsep |= digits(base, &invalid);
  }

  if ((digsep & 1) == 0 && ok) {
    errorf(std::string(baseName(base)) + " literal has no digits");
    ok = false;
  }

  int32_t e = lower(ch_);
  if (e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        errorf(quoteRune(ch_) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        errorf(quoteRune(ch_) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    nextch();
    kind = Tok::Float;
    if (ch_ == '+' || ch_ == '-') nextch();
    digsep = digits(10, nullptr) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      errorf("exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == Tok::Float && ok) {
    errorf("hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  if (ch_ == 'i') {
    kind = Tok::Imag;
    nextch();
  }

  std::string_view lit = src_.substr(start_, chOff_ - start_);
  if (kind == Tok::Int && invalid >= 0 && ok) {
    errorAt(invalid, "invalid digit " + quoteRune(static_cast<unsigned char>(lit[invalid])) + " in " +
                         baseName(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    int i = invalidSep(lit);
    if (i >= 0) errorAt(i, "'_' must separate successive digits");
  }
  emit(kind, lit, start_);
}

void Lexer::runeLit() {
  bool ok = true;
  nextch();
  for (int n = 0;; n++) {
    if (ch_ == '\'') {
      if (ok) {
        if (n == 0) {
          errorf("empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          errorAt(0, "more than one character in rune literal");
          ok = false;
        }
      }
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('\'')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) errorf("newline in rune literal");
      break;
    }
    if (ch_ == kEOF) {
      if (ok) errorAt(0, "rune literal not terminated");
      break;
    }
    nextch();
  }
  emitSpan(Tok::Char);
}

void Lexer::stdString() {
  nextch();
  for (;;) {
    if (ch_ == '"') {
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      escape('"');
      continue;
    }
    if (ch_ == '\n') {
      errorf("newline in string");
      break;
    }
    if (ch_ == kEOF) {
      errorAt(0, "string not terminated");
      break;
    }
    nextch();
  }
  emitSpan(Tok::String);
}

void Lexer::rawString() {
  nextch();
  for (;;) {
    if (ch_ == '`') {
      nextch();
      break;
    }
    if (ch_ == kEOF) {
      errorAt(0, "string not terminated");
      break;
    }
    nextch();
  }
  emitSpan(Tok::String);
}

// Validates one escape after the backslash; the checker computes the value.
bool Lexer::escape(int32_t quote) {
  int n;
  uint32_t base, max;
  switch (ch_) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
      nextch();
      return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      n = 3, base = 8, max = 255;
      break;
    case 'x': nextch(); n = 2, base = 16, max = 255; break;
    case 'u': nextch(); n = 4, base = 16, max = 0x10FFFF; break;
    case 'U': nextch(); n = 8, base = 16, max = 0x10FFFF; break;
    default:
      if (ch_ == quote) {
        nextch();
        return true;
      }
      if (ch_ == kEOF) return true;  // the caller reports the missing end
      errorf("unknown escape");
      return false;
  }
  uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    if (ch_ == kEOF) return true;
    uint32_t d = base;
    if (isDecimal(ch_)) d = static_cast<uint32_t>(ch_ - '0');
    else if (lower(ch_) >= 'a' && lower(ch_) <= 'f') d = static_cast<uint32_t>(lower(ch_) - 'a' + 10);
    if (d >= base) {
      errorf("invalid character " + quoteRune(ch_) + " in " + baseName(static_cast<int>(base)) + " escape");
      return false;
    }
    x = x * base + d;
    nextch();
  }
  if (x > max && base == 8) {
    errorf("octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    errorf("escape is invalid Unicode code point " + formatU(static_cast<int32_t>(x)));
    return false;
  }
  return true;
}

// After "//": skips to the end of the line (leaving the newline for
// semicolon insertion) and records //go: directives.
void Lexer::lineComment() {
  size_t textStart = chOff_;
  while (ch_ != kEOF && ch_ != '\n') nextch();
  std::string_view text = src_.substr(textStart, chOff_ - textStart);
  if (text.substr(0, 3) == "go:") {
    while (!text.empty() && (text.back() == '\r' || text.back() == ' ' || text.back() == '\t'))
      text.remove_suffix(1);
    out_.directives.push_back(Directive{posAt(start_), text});
  }
}

// After "/*": skips to "*/". Returns whether the comment spans lines (or is
// unterminated at EOF, which also ends the line).
bool Lexer::fullComment() {
  bool newline = false;
  while (ch_ != kEOF) {
    if (ch_ == '*') {
      nextch();
      if (ch_ == '/') {
        nextch();
        return newline;
      }
      continue;
    }
    if (ch_ == '\n') newline = true;
    nextch();
  }
  errorAt(0, "comment not terminated");
  return false;
}

}  // namespace

LexResult lexFile(const SourceFile& file, Diagnostics& diags) {
  return Lexer(file, diags).run();
}

}  // namespace goc
