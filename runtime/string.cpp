// string.cpp: string operations for compiled code (gc's string.go, utf8.go).
//
// Invariants: strings are {ptr, len} and immutable; every new string's bytes
// come from mallocgc; a zero-length result is {null, 0}. Invalid UTF-8
// decodes as U+FFFD of width 1, and invalid runes encode as U+FFFD, as in Go.
#include "entry.h"
#include "error.h"

namespace goc::rt {

constexpr int32_t RuneError = 0xFFFD;
constexpr int32_t MaxRune = 0x10FFFF;

static uint8_t* rawbytes(int64_t n) { return (uint8_t*)::mallocgc(getg(), (uint64_t)n, nullptr, false); }

// Go's utf8.DecodeRune on s[k:], returning (rune, k + width).
static RuneDecode decode(const uint8_t* s, int64_t n, int64_t k) {
  uint8_t c0 = s[k];
  if (c0 < 0x80) return {c0, k + 1};
  auto cont = [&](int64_t i) { return i < n && (s[i] & 0xC0) == 0x80; };
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    if (cont(k + 1)) return {(int32_t)(c0 & 0x1F) << 6 | (s[k + 1] & 0x3F), k + 2};
  } else if (c0 >= 0xE0 && c0 <= 0xEF) {
    // The second byte's range excludes overlong forms and surrogates.
    uint8_t lo = c0 == 0xE0 ? 0xA0 : 0x80, hi = c0 == 0xED ? 0x9F : 0xBF;
    if (k + 1 < n && s[k + 1] >= lo && s[k + 1] <= hi && cont(k + 2))
      return {(int32_t)(c0 & 0x0F) << 12 | (s[k + 1] & 0x3F) << 6 | (s[k + 2] & 0x3F), k + 3};
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    uint8_t lo = c0 == 0xF0 ? 0x90 : 0x80, hi = c0 == 0xF4 ? 0x8F : 0xBF;
    if (k + 1 < n && s[k + 1] >= lo && s[k + 1] <= hi && cont(k + 2) && cont(k + 3))
      return {(int32_t)(c0 & 0x07) << 18 | (s[k + 1] & 0x3F) << 12 | (s[k + 2] & 0x3F) << 6 |
                  (s[k + 3] & 0x3F),
              k + 4};
  }
  return {RuneError, k + 1};
}

static int encodedLen(int32_t r) {
  if (r < 0 || r > MaxRune || (r >= 0xD800 && r <= 0xDFFF)) return 3;  // U+FFFD
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r < 0x10000) return 3;
  return 4;
}

static int encode(uint8_t* p, int32_t r) {
  if (r < 0 || r > MaxRune || (r >= 0xD800 && r <= 0xDFFF)) r = RuneError;
  if (r < 0x80) {
    p[0] = (uint8_t)r;
    return 1;
  }
  if (r < 0x800) {
    p[0] = (uint8_t)(0xC0 | r >> 6);
    p[1] = (uint8_t)(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    p[0] = (uint8_t)(0xE0 | r >> 12);
    p[1] = (uint8_t)(0x80 | (r >> 6 & 0x3F));
    p[2] = (uint8_t)(0x80 | (r & 0x3F));
    return 3;
  }
  p[0] = (uint8_t)(0xF0 | r >> 18);
  p[1] = (uint8_t)(0x80 | (r >> 12 & 0x3F));
  p[2] = (uint8_t)(0x80 | (r >> 6 & 0x3F));
  p[3] = (uint8_t)(0x80 | (r & 0x3F));
  return 4;
}

static String copyString(const uint8_t* p, int64_t n) {
  if (n == 0) return {nullptr, 0};
  uint8_t* b = rawbytes(n);
  __builtin_memcpy(b, p, (size_t)n);
  return {b, n};
}

}  // namespace goc::rt

using namespace goc::rt;

GO_DEF(goc::rt::String, concatstring2, const uint8_t* a, int64_t alen, const uint8_t* b,
       int64_t blen) {
  String parts[2] = {{a, alen}, {b, blen}};
  return concatstrings(g, parts, 2);
}

GO_DEF(goc::rt::String, concatstrings, const goc::rt::String* a, int64_t n) {
  int64_t total = 0, nonempty = 0, last = 0;
  for (int64_t i = 0; i < n; i++) {
    if (a[i].len == 0) continue;
    if (total + a[i].len < total) gothrow("string concatenation too long");
    total += a[i].len;
    nonempty++;
    last = i;
  }
  if (nonempty == 0) return {nullptr, 0};
  // A single non-empty operand is the result itself (strings are immutable).
  if (nonempty == 1) return a[last];
  uint8_t* p = rawbytes(total);
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++) {
    __builtin_memcpy(p + off, a[i].ptr, (size_t)a[i].len);
    off += a[i].len;
  }
  return {p, total};
}

GO_DEF(int64_t, cmpstring, const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen) {
  int64_t n = alen < blen ? alen : blen;
  for (int64_t i = 0; i < n; i++) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return alen < blen ? -1 : alen > blen ? 1 : 0;
}

GO_DEF(bool, eqstring, const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen) {
  return alen == blen && (a == b || __builtin_memcmp(a, b, (size_t)alen) == 0);
}

GO_DEF(goc::rt::String, slicebytetostring, const uint8_t* p, int64_t n) { return copyString(p, n); }

GO_DEF(goc::rt::Slice, stringtoslicebyte, const uint8_t* p, int64_t n) {
  uint8_t* b = (uint8_t*)::mallocgc(g, (uint64_t)n, nullptr, true);
  __builtin_memcpy(b, p, (size_t)n);
  return {b, n, n};
}

GO_DEF(goc::rt::Slice, stringtoslicerune, const uint8_t* p, int64_t n) {
  int64_t count = 0;
  for (int64_t k = 0; k < n; count++) k = decode(p, n, k).k;
  auto* r = (int32_t*)::mallocgc(g, (uint64_t)count * 4, nullptr, true);
  int64_t i = 0;
  for (int64_t k = 0; k < n; i++) {
    RuneDecode d = decode(p, n, k);
    r[i] = d.r;
    k = d.k;
  }
  return {r, count, count};
}

GO_DEF(goc::rt::String, slicerunetostring, const int32_t* p, int64_t n) {
  int64_t size = 0;
  for (int64_t i = 0; i < n; i++) size += encodedLen(p[i]);
  if (size == 0) return {nullptr, 0};
  uint8_t* b = rawbytes(size);
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++) off += encode(b + off, p[i]);
  return {b, size};
}

GO_DEF(goc::rt::String, intstring, int64_t v) {
  int32_t r = (v < 0 || v > MaxRune) ? RuneError : (int32_t)v;
  uint8_t* b = rawbytes(4);
  int n = encode(b, r);
  return {b, n};
}

GO_DEF(goc::rt::RuneDecode, decoderune, const uint8_t* s, int64_t len, int64_t k) {
  return decode(s, len, k);
}
