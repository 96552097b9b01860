package math

// Sqrt returns the square root of x, by the SQRTSD instruction (through the
// runtime, runtime/mathlib.cpp) as gc does: correctly rounded, and SQRTSD's
// NaN (0xFFF8000000000000) for a negative x.
func Sqrt(x float64) float64 { return archSqrt(x) }

//go:linkname archSqrt runtime.math_sqrt
func archSqrt(x float64) float64
