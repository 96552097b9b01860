// map_fast: the by-value entry points (mapaccess1/2, mapassign, mapdelete
// _fast64/_fast32/_faststr) agree with the generic ones on the same map,
// including across growth; called on a map of another kind (a float64 map
// for _fast64) they fall back to the generic path; nil maps.
#include "go.h"
#include "map_types.h"

GO_EMPTY_INIT

using namespace goc::rt;

static int64_t iterSum(G* g, const MapType* t, Hmap* m, int64_t* n) {
  MapIter it{};
  int64_t s = 0;
  *n = 0;
  for (mapiterinit(g, t, m, &it); it.key != nullptr; mapiternext(g, &it)) {
    s += *(int64_t*)it.elem;
    ++*n;
  }
  return s;
}

GO_FUNC_DEF(main_main) {
  // 8-byte keys: insert by value, read back both ways.
  Hmap* m = makemap(g, &intMap, 0);
  for (int64_t i = 0; i < 3000; i++) *(int64_t*)mapassign_fast64(g, &intMap, m, (uint64_t)(i * 977)) = i;
  int64_t bad = 0;
  for (int64_t i = 0; i < 3000; i++) {
    int64_t k = i * 977;
    if (*(int64_t*)mapaccess1(g, &intMap, m, &k) != i) bad++;
    PtrBool r = mapaccess2_fast64(g, &intMap, m, (uint64_t)k);
    if (!r.ok || *(int64_t*)r.p != i) bad++;
    if (mapaccess2_fast64(g, &intMap, m, (uint64_t)k + 1).ok) bad++;
  }
  for (int64_t i = 0; i < 3000; i += 2) mapdelete_fast64(g, &intMap, m, (uint64_t)(i * 977));
  int64_t k = 977;
  mapdelete(g, &intMap, m, &k);
  int64_t n;
  int64_t s = iterSum(g, &intMap, m, &n);
  line(g, "fast64 bad", bad);
  line(g, "fast64 len", maplen(g, m));
  line(g, "fast64 iter", n);
  line(g, "fast64 sum", s);

  // 4-byte keys.
  Hmap* m32 = makemap(g, &i32Map, 100);
  for (int32_t i = -500; i < 500; i++) *(int64_t*)mapassign_fast32(g, &i32Map, m32, (uint32_t)i) = i;
  int32_t k32 = -7;
  line(g, "fast32 m[-7]", *(int64_t*)mapaccess1(g, &i32Map, m32, &k32));
  line(g, "fast32 m[499]", *(int64_t*)mapaccess1_fast32(g, &i32Map, m32, 499));
  line(g, "fast32 m[500]", *(int64_t*)mapaccess1_fast32(g, &i32Map, m32, 500));
  mapdelete_fast32(g, &i32Map, m32, (uint32_t)-7);
  line(g, "fast32 ok[-7]", mapaccess2(g, &i32Map, m32, &k32).ok);
  line(g, "fast32 len", maplen(g, m32));

  // Strings: keys with equal bytes at different addresses.
  Hmap* sm = makemap(g, &strMap, 0);
  char buf[64];
  for (int i = 0; i < 1000; i++) {
    int len = 1 + i % 40;
    for (int j = 0; j < len; j++) buf[j] = (char)('a' + (i * 7 + j * 3) % 26);
    buf[0] = (char)('A' + i % 26);
    buf[len - 1] = (char)('0' + i / 26 % 40);
    String key = slicebytetostring(g, (const uint8_t*)buf, len);
    *(int64_t*)mapassign_faststr(g, &strMap, sm, key.ptr, key.len) += 1;
    PtrBool r = mapaccess2(g, &strMap, sm, &key);
    if (!r.ok) bad++;
  }
  line(g, "faststr len", maplen(g, sm));
  String a = {(const uint8_t*)"hello, world", 12};
  *(int64_t*)mapassign(g, &strMap, sm, &a) = 42;
  String a2 = concatstring2(g, (const uint8_t*)"hello, ", 7, (const uint8_t*)"world", 5);
  line(g, "faststr hello", *(int64_t*)mapaccess1_faststr(g, &strMap, sm, a2.ptr, a2.len));
  mapdelete_faststr(g, &strMap, sm, a2.ptr, a2.len);
  line(g, "faststr deleted", mapaccess2_faststr(g, &strMap, sm, a.ptr, a.len).ok);
  line(g, "faststr empty", mapaccess2_faststr(g, &strMap, sm, nullptr, 0).ok);
  line(g, "faststr bad", bad);

  // A float64 map through the 8-byte entry points: the generic path
  // (+0 and -0 are one key).
  Hmap* fm = makemap(g, &f64Map, 0);
  double pz = 0.0, nz = -0.0, one = 1.5;
  uint64_t bits;
  __builtin_memcpy(&bits, &nz, 8);
  *(int64_t*)mapassign_fast64(g, &f64Map, fm, bits) = 5;
  __builtin_memcpy(&bits, &pz, 8);
  line(g, "f64 m[+0]", *(int64_t*)mapaccess1_fast64(g, &f64Map, fm, bits));
  line(g, "f64 m[-0]", *(int64_t*)mapaccess1(g, &f64Map, fm, &nz));
  __builtin_memcpy(&bits, &one, 8);
  line(g, "f64 ok[1.5]", mapaccess2_fast64(g, &f64Map, fm, bits).ok);
  __builtin_memcpy(&bits, &pz, 8);
  mapdelete_fast64(g, &f64Map, fm, bits);
  line(g, "f64 len", maplen(g, fm));

  // nil maps.
  Hmap* nilm = nullptr;
  line(g, "nil", *(int64_t*)mapaccess1_fast64(g, &intMap, nilm, 1) +
                     mapaccess2_faststr(g, &strMap, nilm, a.ptr, a.len).ok);
  mapdelete_fast32(g, &i32Map, nilm, 1);
  mapassign_faststr(g, &strMap, nilm, a.ptr, a.len);
}
