// Exact constant values (the checker's ConstValue).
//
// Every numeric constant is an exact GMP rational: integers have denominator
// 1, floats are rationals (so 0.1 + 0.2 == 0.3 exactly, as the spec asks of
// untyped arithmetic), complex values are two rationals. Once a constant gets
// a float type its rational is replaced by the correctly rounded float value,
// so that later folding sees what the machine would see.
#pragma once

#include <gmpxx.h>

#include <string>
#include <string_view>

#include "compiler/check/types.h"

namespace goc {

class Const final : public ConstValue {
 public:
  Kind k = Kind::Unknown;
  bool b = false;
  std::string s;
  mpq_class re, im;  // Int: re (integral); Float: re; Complex: re + im*i

  Kind kind() const override { return k; }
  bool boolVal() const override { return b; }
  std::string stringVal() const override { return s; }
  uint64_t int64Bits() const override;
  double float64Val() const override;
  float float32Val() const override;
  double realVal() const override;
  double imagVal() const override;
  std::string toString() const override;

  bool isNumeric() const { return k == Kind::Int || k == Kind::Float || k == Kind::Complex; }
  bool isIntegral() const;  // numeric with an integral real part and zero imaginary part
};

// Constructors. All constants live as long as the program (leaked on purpose:
// the syntax tree points at them).
Const* makeBool(bool v);
Const* makeString(std::string v);
Const* makeInt(const mpz_class& v);
Const* makeInt(int64_t v);
Const* makeFloat(const mpq_class& v);
Const* makeComplex(const mpq_class& re, const mpq_class& im);
Const* makeUnknown();

// Parses a literal's source text (Int, Float, Imag, Char or String token).
// Returns null and sets `err` on a malformed or absurdly large literal.
Const* constFromLiteral(Tok kind, std::string_view text, std::string& err);

// Correct rounding of an exact rational to float64 / float32 (round to nearest
// even; overflow gives +-inf).
double roundToDouble(const mpq_class& q);
float roundToFloat(const mpq_class& q);

// Arithmetic. `intDiv` selects truncated integer division for `/`.
// Returns null on division by zero.
Const* constBinary(Tok op, const Const* x, const Const* y, bool intDiv);
Const* constUnary(Tok op, const Const* x, int unsignedBits);  // ^x on unsigned types needs the width
Const* constShift(Tok op, const Const* x, uint64_t count);
bool constCompare(Tok op, const Const* x, const Const* y);
// Promotes x to kind k (Int < Float < Complex) for mixed arithmetic.
Const* constToKind(const Const* x, ConstValue::Kind k);

// Number of bits needed for |x| (x integral).
size_t constBitLen(const Const* x);

// Quotes s as Go's strconv.Quote does.
std::string goQuote(std::string_view s);

}  // namespace goc
