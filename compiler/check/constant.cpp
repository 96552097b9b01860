// Exact constant arithmetic on GMP rationals (see constant.h).
#include "compiler/check/constant.h"

#include <cmath>
#include <cstdio>
#include <cstring>

namespace goc {

namespace {

// Literal exponents beyond this are rejected: gc refuses them too, and 10^N
// with a huge N would exhaust memory.
constexpr long kMaxExponent = 10000;

mpz_class pow2(unsigned long n) {
  mpz_class r;
  mpz_ui_pow_ui(r.get_mpz_t(), 2, n);
  return r;
}

mpz_class pow10(unsigned long n) {
  mpz_class r;
  mpz_ui_pow_ui(r.get_mpz_t(), 10, n);
  return r;
}

// Rounds |q| (q != 0) to `prec` significant bits with round-half-even, with
// the result's unit no smaller than 2^emin (subnormals). Returns the integer
// mantissa m and exponent u with |q| ~= m * 2^u.
void roundBits(const mpq_class& q, int prec, long emin, mpz_class& m, long& u) {
  mpz_class num = abs(q.get_num()), den = q.get_den();
  long e = static_cast<long>(mpz_sizeinbase(num.get_mpz_t(), 2)) -
           static_cast<long>(mpz_sizeinbase(den.get_mpz_t(), 2));
  // Make 2^e <= |q| < 2^(e+1).
  bool below = e >= 0 ? num < (den << e) : (num << -e) < den;
  if (below) e--;
  u = std::max(e - (prec - 1), emin);
  mpz_class n = num, d = den;
  if (u >= 0) d <<= u; else n <<= -u;
  mpz_class r;
  mpz_tdiv_qr(m.get_mpz_t(), r.get_mpz_t(), n.get_mpz_t(), d.get_mpz_t());
  int c = cmp(mpz_class(r << 1), d);
  if (c > 0 || (c == 0 && mpz_odd_p(m.get_mpz_t()))) m += 1;
}

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void appendUtf8(std::string& out, uint32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

// Decodes one UTF-8 sequence at s[i]; invalid bytes decode as U+FFFD, size 1.
uint32_t decodeRune(std::string_view s, size_t i, size_t& size) {
  unsigned char c = s[i];
  size = 1;
  if (c < 0x80) return c;
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (n == 0 || i + n > s.size()) return 0xFFFD;
  uint32_t r = c & (0x7F >> n);
  for (int k = 1; k < n; k++) {
    unsigned char cc = s[i + k];
    if ((cc & 0xC0) != 0x80) return 0xFFFD;
    r = (r << 6) | (cc & 0x3F);
  }
  static const uint32_t minr[] = {0, 0, 0x80, 0x800, 0x10000};
  if (r < minr[n] || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return 0xFFFD;
  size = n;
  return r;
}

// Unquotes an interpreted string or rune body (between the quotes).
bool unescape(std::string_view body, char quote, std::string& out) {
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (c != '\\') {
      out += c;
      i++;
      continue;
    }
    if (++i >= body.size()) return false;
    char e = body[i++];
    switch (e) {
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '\\': out += '\\'; break;
      case '\'': case '"':
        if (e != quote) return false;
        out += e;
        break;
      case 'x': case 'u': case 'U': {
        int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        if (i + n > body.size()) return false;
        uint32_t v = 0;
        for (int k = 0; k < n; k++) {
          int d = hexDigit(body[i + k]);
          if (d < 0) return false;
          v = v * 16 + d;
        }
        i += n;
        if (e == 'x') out += static_cast<char>(v);
        else appendUtf8(out, v);
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          if (i + 2 > body.size()) return false;
          uint32_t v = e - '0';
          for (int k = 0; k < 2; k++) {
            char d = body[i + k];
            if (d < '0' || d > '7') return false;
            v = v * 8 + (d - '0');
          }
          i += 2;
          if (v > 255) return false;
          out += static_cast<char>(v);
          break;
        }
        return false;
    }
  }
  return true;
}

bool parseIntText(std::string text, mpz_class& v) {
  std::string t;
  for (char c : text)
    if (c != '_') t += c;
  int base = 10;
  size_t start = 0;
  if (t.size() > 1 && t[0] == '0') {
    char p = t[1] | 0x20;
    if (p == 'x') base = 16, start = 2;
    else if (p == 'o') base = 8, start = 2;
    else if (p == 'b') base = 2, start = 2;
    else base = 8, start = 1;
  }
  if (start >= t.size()) return base == 8 && start == 1 ? (v = 0, true) : false;
  return v.set_str(t.substr(start), base) == 0;
}

bool parseFloatText(std::string text, mpq_class& v, std::string& err) {
  std::string t;
  for (char c : text)
    if (c != '_') t += c;
  bool hex = t.size() > 1 && t[0] == '0' && (t[1] | 0x20) == 'x';
  size_t i = hex ? 2 : 0;
  mpz_class mant = 0;
  long fracDigits = 0;
  bool seenDot = false;
  for (; i < t.size(); i++) {
    char c = t[i];
    if (c == '.') {
      seenDot = true;
      continue;
    }
    int d = hex ? hexDigit(c) : (c >= '0' && c <= '9' ? c - '0' : -1);
    if (d < 0) break;
    mant = mant * (hex ? 16 : 10) + d;
    if (seenDot) fracDigits++;
  }
  long exp = 0;
  if (i < t.size()) {
    char e = t[i] | 0x20;
    if (e != (hex ? 'p' : 'e')) return false;
    i++;
    bool neg = false;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) neg = t[i++] == '-';
    if (i >= t.size()) return false;
    for (; i < t.size(); i++) {
      if (t[i] < '0' || t[i] > '9') return false;
      if (exp < 100000000) exp = exp * 10 + (t[i] - '0');
    }
    if (neg) exp = -exp;
  }
  if (mant == 0) {
    v = 0;
    return true;
  }
  // Value = mant * base^-fracDigits * (10 or 2)^exp.
  long e10 = 0, e2 = 0;
  if (hex) e2 = exp - 4 * fracDigits;
  else e10 = exp - fracDigits;
  if (std::labs(e10) > kMaxExponent || std::labs(e2) > 4 * kMaxExponent) {
    err = "constant too large";
    return false;
  }
  mpq_class r(mant);
  if (e10 > 0) r *= mpq_class(pow10(e10));
  if (e10 < 0) r /= mpq_class(pow10(-e10));
  if (e2 > 0) r *= mpq_class(pow2(e2));
  if (e2 < 0) r /= mpq_class(pow2(-e2));
  r.canonicalize();
  v = r;
  return true;
}

std::string fmtG(double x, bool exactInt) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", x);
  std::string s = buf;
  if (!exactInt && s.find('.') == std::string::npos && s.find('e') == std::string::npos) {
    std::snprintf(buf, sizeof buf, "%.17g", x);
    s = buf;
  }
  return s;
}

std::string numString(const mpq_class& q) {
  if (q.get_den() == 1) return q.get_num().get_str();
  double d = roundToDouble(q);
  if (std::isinf(d)) return d > 0 ? "+Inf" : "-Inf";
  return fmtG(d, false);
}

}  // namespace

// ---- accessors ----

bool Const::isIntegral() const {
  if (k == Kind::Int) return true;
  if (k == Kind::Float) return re.get_den() == 1;
  if (k == Kind::Complex) return im == 0 && re.get_den() == 1;
  return false;
}

uint64_t Const::int64Bits() const {
  mpz_class n = re.get_num() / re.get_den();  // truncates; typed ints are integral anyway
  mpz_class m = n & mpz_class(pow2(64) - 1);    // two's complement (GMP's & is infinite-precision 2's complement)
  return mpz_get_ui(m.get_mpz_t());  // unsigned long is 64 bits on amd64
}

double Const::float64Val() const { return roundToDouble(re); }
float Const::float32Val() const { return roundToFloat(re); }
double Const::realVal() const { return roundToDouble(re); }
double Const::imagVal() const { return k == Kind::Complex ? roundToDouble(im) : 0.0; }

std::string Const::toString() const {
  switch (k) {
    case Kind::Unknown: return "unknown";
    case Kind::Bool: return b ? "true" : "false";
    case Kind::String: {
      // go/constant shortens long strings to 72 runes.
      std::string_view v = s;
      size_t i = 0, n = 0, size;
      for (; i < v.size(); i += size, n++) decodeRune(v, i, size);
      if (n > 72) {
        i = 0;
        for (size_t c = 0; c < 69; c++) {
          decodeRune(v, i, size);
          i += size;
        }
        return goQuote(std::string(v.substr(0, i)) + "...");
      }
      return goQuote(v);
    }
    case Kind::Int: return re.get_num().get_str();
    case Kind::Float: return numString(re);
    case Kind::Complex: return "(" + numString(re) + " + " + numString(im) + "i)";
  }
  return "?";
}

// ---- constructors ----

Const* makeBool(bool v) { auto* c = new Const; c->k = ConstValue::Kind::Bool; c->b = v; return c; }
Const* makeString(std::string v) { auto* c = new Const; c->k = ConstValue::Kind::String; c->s = std::move(v); return c; }
Const* makeInt(const mpz_class& v) { auto* c = new Const; c->k = ConstValue::Kind::Int; c->re = v; return c; }
Const* makeInt(int64_t v) { return makeInt(mpz_class(std::to_string(v))); }
Const* makeFloat(const mpq_class& v) { auto* c = new Const; c->k = ConstValue::Kind::Float; c->re = v; return c; }
Const* makeComplex(const mpq_class& re, const mpq_class& im) {
  auto* c = new Const;
  c->k = ConstValue::Kind::Complex;
  c->re = re;
  c->im = im;
  return c;
}
Const* makeUnknown() { return new Const; }

Const* constFromLiteral(Tok kind, std::string_view text, std::string& err) {
  std::string t(text);
  switch (kind) {
    case Tok::Int: {
      mpz_class v;
      if (!parseIntText(t, v)) return nullptr;
      return makeInt(v);
    }
    case Tok::Float: {
      mpq_class v;
      if (!parseFloatText(t, v, err)) return nullptr;
      return makeFloat(v);
    }
    case Tok::Imag: {
      if (t.empty() || t.back() != 'i') return nullptr;
      t.pop_back();
      mpq_class v;
      bool isHexOrBin = t.size() > 1 && t[0] == '0' && ((t[1] | 0x20) == 'x' || (t[1] | 0x20) == 'b' || (t[1] | 0x20) == 'o');
      if (isHexOrBin && t.find_first_of(".pP") == std::string::npos) {
        mpz_class z;
        if (!parseIntText(t, z)) return nullptr;
        v = z;
      } else if (!parseFloatText(t, v, err)) {  // "0123i" is decimal for backward compatibility
        return nullptr;
      }
      return makeComplex(0, v);
    }
    case Tok::Char: {
      if (t.size() < 3) return nullptr;
      std::string body = t.substr(1, t.size() - 2);
      uint32_t r;
      if (body[0] == '\\') {
        std::string out;
        if (body.size() >= 2 && (body[1] == 'x' || (body[1] >= '0' && body[1] <= '7'))) {
          if (!unescape(body, '\'', out) || out.size() != 1) return nullptr;
          r = static_cast<unsigned char>(out[0]);
        } else if (body.size() >= 2 && (body[1] == 'u' || body[1] == 'U')) {
          uint32_t v = 0;
          for (size_t k = 2; k < body.size(); k++) {
            int d = hexDigit(body[k]);
            if (d < 0) return nullptr;
            v = v * 16 + d;
          }
          r = v;
        } else {
          if (!unescape(body, '\'', out) || out.size() != 1) return nullptr;
          r = static_cast<unsigned char>(out[0]);
        }
      } else {
        size_t size;
        r = decodeRune(body, 0, size);
        if (size != body.size()) return nullptr;
      }
      return makeInt(static_cast<int64_t>(r));
    }
    case Tok::String: {
      if (t.size() < 2) return nullptr;
      std::string body = t.substr(1, t.size() - 2);
      if (t[0] == '`') {
        std::string out;
        for (char c : body)
          if (c != '\r') out += c;
        return makeString(out);
      }
      std::string out;
      if (!unescape(body, '"', out)) return nullptr;
      return makeString(out);
    }
    default:
      return nullptr;
  }
}

double roundToDouble(const mpq_class& q) {
  if (q == 0) return 0.0;
  mpz_class m;
  long u;
  roundBits(q, 53, -1074, m, u);
  if (u > 1024) return q < 0 ? -HUGE_VAL : HUGE_VAL;
  double d = std::ldexp(m.get_d(), static_cast<int>(u));  // m has <= 54 bits: exact
  return q < 0 ? -d : d;
}

float roundToFloat(const mpq_class& q) {
  if (q == 0) return 0.0f;
  mpz_class m;
  long u;
  roundBits(q, 24, -149, m, u);
  if (u > 128) return q < 0 ? -HUGE_VALF : HUGE_VALF;
  double d = std::ldexp(m.get_d(), static_cast<int>(u));
  float f = static_cast<float>(d);  // exact unless it overflows to inf
  return q < 0 ? -f : f;
}

// ---- arithmetic ----

Const* constToKind(const Const* x, ConstValue::Kind k) {
  using K = ConstValue::Kind;
  if (x->k == k) return const_cast<Const*>(x);
  if (k == K::Float) return makeFloat(x->re);
  if (k == K::Complex) return makeComplex(x->re, x->k == K::Complex ? x->im : mpq_class(0));
  if (k == K::Int) return makeInt(x->re.get_num() / x->re.get_den());
  return const_cast<Const*>(x);
}

Const* constBinary(Tok op, const Const* x, const Const* y, bool intDiv) {
  using K = ConstValue::Kind;
  if (x->k == K::Bool && y->k == K::Bool) {
    if (op == Tok::LAnd) return makeBool(x->b && y->b);
    if (op == Tok::LOr) return makeBool(x->b || y->b);
    return makeUnknown();
  }
  if (x->k == K::String && y->k == K::String) {
    if (op == Tok::Add) return makeString(x->s + y->s);
    return makeUnknown();
  }
  if (!x->isNumeric() || !y->isNumeric()) return makeUnknown();
  K k = std::max(x->k, y->k);
  const Const* a = constToKind(x, k);
  const Const* b = constToKind(y, k);
  if (k == K::Int) {
    mpz_class p = a->re.get_num(), q = b->re.get_num(), r;
    switch (op) {
      case Tok::Add: return makeInt(p + q);
      case Tok::Sub: return makeInt(p - q);
      case Tok::Mul: return makeInt(p * q);
      case Tok::Quo:
        if (q == 0) return nullptr;
        if (intDiv) {
          mpz_tdiv_q(r.get_mpz_t(), p.get_mpz_t(), q.get_mpz_t());
          return makeInt(r);
        }
        {
          mpq_class v(p, q);
          v.canonicalize();
          return makeFloat(v);
        }
      case Tok::Rem:
        if (q == 0) return nullptr;
        mpz_tdiv_r(r.get_mpz_t(), p.get_mpz_t(), q.get_mpz_t());
        return makeInt(r);
      case Tok::And: return makeInt(p & q);
      case Tok::Or: return makeInt(p | q);
      case Tok::Xor: return makeInt(p ^ q);
      case Tok::AndNot: {
        mpz_class nq;
        mpz_com(nq.get_mpz_t(), q.get_mpz_t());
        return makeInt(p & nq);
      }
      default: return makeUnknown();
    }
  }
  if (k == K::Float) {
    switch (op) {
      case Tok::Add: return makeFloat(a->re + b->re);
      case Tok::Sub: return makeFloat(a->re - b->re);
      case Tok::Mul: return makeFloat(a->re * b->re);
      case Tok::Quo:
        if (b->re == 0) return nullptr;
        return makeFloat(a->re / b->re);
      default: return makeUnknown();
    }
  }
  // Complex.
  const mpq_class &ar = a->re, &ai = a->im, &br = b->re, &bi = b->im;
  switch (op) {
    case Tok::Add: return makeComplex(ar + br, ai + bi);
    case Tok::Sub: return makeComplex(ar - br, ai - bi);
    case Tok::Mul: return makeComplex(ar * br - ai * bi, ar * bi + ai * br);
    case Tok::Quo: {
      mpq_class d = br * br + bi * bi;
      if (d == 0) return nullptr;
      return makeComplex((ar * br + ai * bi) / d, (ai * br - ar * bi) / d);
    }
    default: return makeUnknown();
  }
}

Const* constUnary(Tok op, const Const* x, int unsignedBits) {
  using K = ConstValue::Kind;
  switch (op) {
    case Tok::Add: return const_cast<Const*>(x);
    case Tok::Sub:
      if (x->k == K::Int) return makeInt(-x->re.get_num());
      if (x->k == K::Float) return makeFloat(-x->re);
      if (x->k == K::Complex) return makeComplex(-x->re, -x->im);
      return makeUnknown();
    case Tok::Not:
      return x->k == K::Bool ? makeBool(!x->b) : makeUnknown();
    case Tok::Xor: {
      if (x->k != K::Int) return makeUnknown();
      mpz_class v = x->re.get_num(), r;
      if (unsignedBits > 0) return makeInt(v ^ (pow2(unsignedBits) - 1));
      mpz_com(r.get_mpz_t(), v.get_mpz_t());
      return makeInt(r);
    }
    default: return makeUnknown();
  }
}

Const* constShift(Tok op, const Const* x, uint64_t count) {
  mpz_class v = x->re.get_num() / x->re.get_den(), r;
  if (op == Tok::Shl) {
    mpz_mul_2exp(r.get_mpz_t(), v.get_mpz_t(), count);
  } else {
    mpz_fdiv_q_2exp(r.get_mpz_t(), v.get_mpz_t(), count);
  }
  return makeInt(r);
}

bool constCompare(Tok op, const Const* x, const Const* y) {
  using K = ConstValue::Kind;
  int c = 0;
  if (x->k == K::Bool && y->k == K::Bool) {
    c = x->b == y->b ? 0 : 1;
  } else if (x->k == K::String && y->k == K::String) {
    c = x->s.compare(y->s);
    c = c < 0 ? -1 : c > 0 ? 1 : 0;
  } else if (x->isNumeric() && y->isNumeric()) {
    K k = std::max(x->k, y->k);
    if (k == K::Complex) {
      const Const* a = constToKind(x, k);
      const Const* b = constToKind(y, k);
      c = (a->re == b->re && a->im == b->im) ? 0 : 1;
    } else {
      c = cmp(x->re, y->re);
      c = c < 0 ? -1 : c > 0 ? 1 : 0;
    }
  }
  switch (op) {
    case Tok::Eql: return c == 0;
    case Tok::Neq: return c != 0;
    case Tok::Lss: return c < 0;
    case Tok::Leq: return c <= 0;
    case Tok::Gtr: return c > 0;
    case Tok::Geq: return c >= 0;
    default: return false;
  }
}

size_t constBitLen(const Const* x) {
  mpz_class v = abs(x->re.get_num());
  if (v == 0) return 0;
  return mpz_sizeinbase(v.get_mpz_t(), 2);
}

std::string goQuote(std::string_view s) {
  std::string out = "\"";
  static const char* hex = "0123456789abcdef";
  for (size_t i = 0; i < s.size();) {
    size_t size;
    uint32_t r = decodeRune(s, i, size);
    if (r == 0xFFFD && size == 1 && static_cast<unsigned char>(s[i]) >= 0x80) {
      out += "\\x";
      out += hex[static_cast<unsigned char>(s[i]) >> 4];
      out += hex[s[i] & 15];
      i++;
      continue;
    }
    i += size;
    switch (r) {
      case '\a': out += "\\a"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\v': out += "\\v"; continue;
      case '\\': out += "\\\\"; continue;
      case '"': out += "\\\""; continue;
      default: break;
    }
    if (r < 0x20 || r == 0x7F) {
      out += "\\x";
      out += hex[r >> 4];
      out += hex[r & 15];
    } else {
      appendUtf8(out, r);
    }
  }
  return out + "\"";
}

}  // namespace goc
