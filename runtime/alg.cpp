// alg.cpp: hash and equality functions for map keys (gc's alg.go).
//
// Invariants: equal keys hash equally for a given seed (so +0 and -0 hash
// alike); NaN hashes randomly, so each NaN key is a new entry, as in gc.
// The mixing is wyhash's (gc's fallback memhash is of the same family).
#include "entry.h"

namespace goc::rt {

constexpr uint64_t M1 = 0xa0761d6478bd642full, M2 = 0xe7037ed1a0b428dbull,
                   M3 = 0x8ebc6af09c88c6e3ull, M4 = 0x589965cc75374cc3ull;

static uint64_t mix(uint64_t a, uint64_t b) {
  __uint128_t r = (__uint128_t)a * b;
  return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static uint64_t load(const uint8_t* p, int n) {
  uint64_t v = 0;
  __builtin_memcpy(&v, p, (size_t)n);
  return v;
}

uint64_t memhashBytes(const void* key, uint64_t seed, uint64_t n) {
  auto* p = (const uint8_t*)key;
  uint64_t h = seed ^ M1;
  uint64_t len = n;
  while (n > 16) {
    h = mix(load(p, 8) ^ M2, load(p + 8, 8) ^ h);
    p += 16;
    n -= 16;
  }
  uint64_t a = 0, b = 0;
  if (n > 8) {
    a = load(p, 8);
    b = load(p + 8, (int)n - 8);
  } else if (n > 0) {
    a = load(p, (int)n);
  }
  return mix(M4 ^ len, mix(a ^ M2, b ^ h));
}

static uint64_t hashWord(uint64_t v, uint64_t seed, uint64_t size) {
  return mix(M4 ^ size, mix(v ^ M2, seed ^ M1 ^ M3));
}

}  // namespace goc::rt

using namespace goc::rt;

GO_DEF(uint64_t, memhash8, const void* p, uint64_t seed) { return hashWord(*(const uint8_t*)p, seed, 1); }
GO_DEF(uint64_t, memhash16, const void* p, uint64_t seed) {
  return hashWord(*(const uint16_t*)p, seed, 2);
}
GO_DEF(uint64_t, memhash32, const void* p, uint64_t seed) {
  return hashWord(*(const uint32_t*)p, seed, 4);
}
GO_DEF(uint64_t, memhash64, const void* p, uint64_t seed) {
  return hashWord(*(const uint64_t*)p, seed, 8);
}
GO_DEF(uint64_t, memhash, const void* p, uint64_t seed, uint64_t size) {
  return memhashBytes(p, seed, size);
}
GO_DEF(uint64_t, strhash, const void* p, uint64_t seed) {
  auto* s = (const goc::rt::String*)p;
  return memhashBytes(s->ptr, seed, (uint64_t)s->len);
}
GO_DEF(uint64_t, f32hash, const void* p, uint64_t seed) {
  float f = *(const float*)p;
  if (f == 0) return hashWord(0, seed, 4);  // +0 and -0
  if (f != f) return hashWord(fastrand64(), seed, 4);  // NaN: random
  uint32_t bits;
  __builtin_memcpy(&bits, &f, 4);
  return hashWord(bits, seed, 4);
}
GO_DEF(uint64_t, f64hash, const void* p, uint64_t seed) {
  double f = *(const double*)p;
  if (f == 0) return hashWord(0, seed, 8);
  if (f != f) return hashWord(fastrand64(), seed, 8);
  uint64_t bits;
  __builtin_memcpy(&bits, &f, 8);
  return hashWord(bits, seed, 8);
}
GO_DEF(bool, memequal8, const void* a, const void* b) {
  return *(const uint8_t*)a == *(const uint8_t*)b;
}
GO_DEF(bool, memequal16, const void* a, const void* b) {
  return *(const uint16_t*)a == *(const uint16_t*)b;
}
GO_DEF(bool, memequal32, const void* a, const void* b) {
  return *(const uint32_t*)a == *(const uint32_t*)b;
}
GO_DEF(bool, memequal64, const void* a, const void* b) {
  return *(const uint64_t*)a == *(const uint64_t*)b;
}
GO_DEF(bool, strequal, const void* a, const void* b) {
  auto* x = (const goc::rt::String*)a;
  auto* y = (const goc::rt::String*)b;
  return x->len == y->len && (x->ptr == y->ptr || __builtin_memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
}
GO_DEF(bool, f32equal, const void* a, const void* b) { return *(const float*)a == *(const float*)b; }
GO_DEF(bool, f64equal, const void* a, const void* b) { return *(const double*)a == *(const double*)b; }
