// string.cpp: string operations for compiled code (gc's string.go, utf8.go).
//
// Invariants: strings are {ptr, len} and immutable; every new string's bytes
// come from mallocgc; a zero-length result is {null, 0}. Invalid UTF-8
// decodes as U+FFFD of width 1, and invalid runes encode as U+FFFD, as in Go.
// Capacities are gc's: []byte(s) and []rune(s) round up to a malloc size
// class (rawbyteslice/rawruneslice), the zeroed tail included; the *buf
// variants (for results that do not escape, lowering/convert.cpp) use the
// caller's 32-element stack buffer when the result fits, with cap 32, as gc's
// tmpBuf. One-byte strings point into a static table (gc's staticuint64s).
#include "entry.h"
#include "error.h"
#include "msize.h"

namespace goc::rt {

constexpr int32_t RuneError = 0xFFFD;
constexpr int32_t MaxRune = 0x10FFFF;
// Elements of the stack buffers lowering passes for non-escaping results (gc's tmpStringBufSize).
constexpr int64_t TmpBufSize = 32;

static uint8_t* rawbytes(int64_t n) { return (uint8_t*)::mallocgc(getg(), (uint64_t)n, nullptr, false); }

// Go's utf8.DecodeRune on s[k:], returning (rune, k + width).
__attribute__((always_inline)) static inline RuneDecode decode(const uint8_t* s, int64_t n, int64_t k) {
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

// memmove for the short operands of string operations: overlapping loads,
// all done before the stores, instead of a call into libc.
__attribute__((always_inline)) static inline void moveBytes(uint8_t* dst, const uint8_t* src,
                                                            int64_t n) {
  if (n >= 8 && n <= 16) {
    uint64_t a, b;
    __builtin_memcpy(&a, src, 8);
    __builtin_memcpy(&b, src + n - 8, 8);
    __builtin_memcpy(dst, &a, 8);
    __builtin_memcpy(dst + n - 8, &b, 8);
  } else if (n > 16 && n <= 32) {
    uint64_t a[2], b[2];
    __builtin_memcpy(a, src, 16);
    __builtin_memcpy(b, src + n - 16, 16);
    __builtin_memcpy(dst, a, 16);
    __builtin_memcpy(dst + n - 16, b, 16);
  } else if (n >= 4 && n < 8) {
    uint32_t a, b;
    __builtin_memcpy(&a, src, 4);
    __builtin_memcpy(&b, src + n - 4, 4);
    __builtin_memcpy(dst, &a, 4);
    __builtin_memcpy(dst + n - 4, &b, 4);
  } else if (n > 0 && n < 4) {
    uint8_t a = src[0], b = src[n / 2], c = src[n - 1];
    dst[0] = a;
    dst[n / 2] = b;
    dst[n - 1] = c;
  } else if (n > 32) {
    __builtin_memmove(dst, src, (size_t)n);
  }
}

// Every byte value as a one-byte string (gc's staticuint64s, read as bytes).
static constexpr struct ByteTable {
  uint8_t b[256];
  constexpr ByteTable() : b() {
    for (int i = 0; i < 256; i++) b[i] = (uint8_t)i;
  }
} byteTable;

// A new string of the n bytes at p, in buf (TmpBufSize bytes) if not null and
// big enough.
static String copyString(uint8_t* buf, const uint8_t* p, int64_t n) {
  if (n == 0) return {nullptr, 0};
  if (n == 1) return {&byteTable.b[p[0]], 1};
  uint8_t* b = buf != nullptr && n <= TmpBufSize ? buf : rawbytes(n);
  moveBytes(b, p, n);
  return {b, n};
}

// The number of runes in s[0:n] (invalid bytes count one each).
static int64_t countRunes(const uint8_t* s, int64_t n) {
  int64_t count = 0, k = 0;
  while (k < n) {
    // Eight ASCII bytes at a time.
    while (k + 8 <= n) {
      uint64_t w;
      __builtin_memcpy(&w, s + k, 8);
      if (w & 0x8080808080808080ull) break;
      k += 8;
      count += 8;
    }
    if (k >= n) break;
    if (s[k] < 0x80) {
      k++;
    } else {
      k = decode(s, n, k).k;
    }
    count++;
  }
  return count;
}

// Decodes s[k:n] into r (which has room for every rune), returning the
// number of runes stored.
static int64_t decodeRunes(int32_t* r, const uint8_t* s, int64_t n) {
  int64_t i = 0;
  for (int64_t k = 0; k < n; i++) {
    uint8_t c = s[k];
    if (c < 0x80) {
      r[i] = c;
      k++;
    } else {
      RuneDecode d = decode(s, n, k);
      r[i] = d.r;
      k = d.k;
    }
  }
  return i;
}

static Slice toSliceByte(uint8_t* buf, const uint8_t* p, int64_t n) {
  uint8_t* b;
  int64_t cap;
  if (buf != nullptr && n <= TmpBufSize) {
    __builtin_memset(buf, 0, TmpBufSize);
    b = buf;
    cap = TmpBufSize;
  } else {
    // gc's rawbyteslice: the size class's whole block (mallocgc zeroes it).
    cap = (int64_t)roundupsize((uint64_t)n);
    b = (uint8_t*)::mallocgc(getg(), (uint64_t)cap, nullptr, true);
  }
  moveBytes(b, p, n);
  return {b, n, cap};
}

static Slice toSliceRune(int32_t* buf, const uint8_t* p, int64_t n) {
  if (buf != nullptr && n <= 4 * TmpBufSize) {
    // At most 128 bytes: decode straight into the buffer while the runes
    // fit (one pass), zeroing the rest as gc does.
    int64_t i = 0, k = 0;
    while (k < n && i < TmpBufSize) {
      uint8_t c = p[k];
      if (c < 0x80) {
        buf[i++] = c;
        k++;
      } else {
        RuneDecode d = decode(p, n, k);
        buf[i++] = d.r;
        k = d.k;
      }
    }
    if (k >= n) {
      __builtin_memset(buf + i, 0, (size_t)(TmpBufSize - i) * 4);
      return {buf, i, TmpBufSize};
    }
  }
  int64_t count = countRunes(p, n);
  int32_t* r;
  int64_t cap;
  if (buf != nullptr && count <= TmpBufSize) {
    __builtin_memset(buf, 0, TmpBufSize * 4);
    r = buf;
    cap = TmpBufSize;
  } else {
    uint64_t mem = roundupsize((uint64_t)count * 4);  // count <= n < 2^48: no overflow
    r = (int32_t*)::mallocgc(getg(), mem, nullptr, true);
    cap = (int64_t)(mem / 4);
  }
  decodeRunes(r, p, n);
  return {r, count, cap};
}

static String concat(uint8_t* buf, const String* a, int64_t n) {
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
  // With a buffer, the result does not escape, so an operand in some other
  // stack buffer may be returned as well.
  if (nonempty == 1) return a[last];
  uint8_t* p = buf != nullptr && total <= TmpBufSize ? buf : rawbytes(total);
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++) {
    moveBytes(p + off, a[i].ptr, a[i].len);
    off += a[i].len;
  }
  return {p, total};
}

}  // namespace goc::rt

using namespace goc::rt;

GO_DEF(goc::rt::String, concatstring2, const uint8_t* a, int64_t alen, const uint8_t* b,
       int64_t blen) {
  String parts[2] = {{a, alen}, {b, blen}};
  return concat(nullptr, parts, 2);
}

GO_DEF(goc::rt::String, concatstrings, const goc::rt::String* a, int64_t n) {
  return concat(nullptr, a, n);
}

GO_DEF(goc::rt::String, concatstringsbuf, uint8_t* buf, const goc::rt::String* a, int64_t n) {
  return concat(buf, a, n);
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

GO_DEF(goc::rt::String, slicebytetostring, const uint8_t* p, int64_t n) {
  return copyString(nullptr, p, n);
}

GO_DEF(goc::rt::String, slicebytetostringbuf, uint8_t* buf, const uint8_t* p, int64_t n) {
  return copyString(buf, p, n);
}

GO_DEF(goc::rt::Slice, stringtoslicebyte, const uint8_t* p, int64_t n) {
  return toSliceByte(nullptr, p, n);
}

GO_DEF(goc::rt::Slice, stringtoslicebytebuf, uint8_t* buf, const uint8_t* p, int64_t n) {
  return toSliceByte(buf, p, n);
}

GO_DEF(goc::rt::Slice, stringtoslicerune, const uint8_t* p, int64_t n) {
  return toSliceRune(nullptr, p, n);
}

GO_DEF(goc::rt::Slice, stringtoslicerunebuf, int32_t* buf, const uint8_t* p, int64_t n) {
  return toSliceRune(buf, p, n);
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
