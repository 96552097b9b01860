// complex.cpp: complex division (gc's runtime/complex.go).
//
// Invariant: results equal gc's bit for bit, including the C99 fix-ups that
// turn NaN results into infinities and zeros (x/0 with x != 0 is infinite).
#include "entry.h"

namespace {

constexpr double kInf = __builtin_inf();

bool isNaN(double f) { return f != f; }
bool isInf(double f) { return !isNaN(f) && !(f - f == 0); }
bool isFinite(double f) { return !isNaN(f - f); }
double fabs(double f) { return __builtin_fabs(f); }
double copysign(double x, double y) { return __builtin_copysign(x, y); }
double inf2one(double f) { return copysign(isInf(f) ? 1.0 : 0.0, f); }

}  // namespace

GO_DEF(goc::rt::Complex128, complex128div, double a, double b, double c, double d) {
  double e, f;
  if (fabs(c) >= fabs(d)) {
    double ratio = d / c;
    double denom = c + ratio * d;
    e = (a + b * ratio) / denom;
    f = (b - a * ratio) / denom;
  } else {
    double ratio = c / d;
    double denom = d + ratio * c;
    e = (a * ratio + b) / denom;
    f = (b * ratio - a) / denom;
  }
  if (isNaN(e) && isNaN(f)) {
    if (c == 0 && d == 0 && (!isNaN(a) || !isNaN(b))) {
      e = copysign(kInf, c) * a;
      f = copysign(kInf, c) * b;
    } else if ((isInf(a) || isInf(b)) && isFinite(c) && isFinite(d)) {
      a = inf2one(a);
      b = inf2one(b);
      e = kInf * (a * c + b * d);
      f = kInf * (b * c - a * d);
    } else if ((isInf(c) || isInf(d)) && isFinite(a) && isFinite(b)) {
      c = inf2one(c);
      d = inf2one(d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  return {e, f};
}
