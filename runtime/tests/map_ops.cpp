// map_ops: insert, look up, overwrite, delete, len, iteration with deletion
// during the loop, growth during iteration, nil-map reads, strings as keys,
// growslice capacities matching gc, and the nil-map assignment panic.
#include "go.h"
#include "map_types.h"

GO_EMPTY_INIT

using namespace goc::rt;

GO_FUNC_DEF(main_main) {
  Hmap* m = makemap(g, &intMap, 0);
  for (int64_t i = 0; i < 1000; i++) *(int64_t*)mapassign(g, &intMap, m, &i) = i * i;
  line(g, "len", maplen(g, m));
  int64_t k = 31;
  line(g, "m[31]", *(int64_t*)mapaccess1(g, &intMap, m, &k));
  *(int64_t*)mapassign(g, &intMap, m, &k) = -1;
  line(g, "m[31]", *(int64_t*)mapaccess1(g, &intMap, m, &k));
  k = 5000;
  PtrBool r = mapaccess2(g, &intMap, m, &k);
  line(g, "missing", *(int64_t*)r.p + r.ok);
  for (int64_t i = 0; i < 1000; i += 2) mapdelete(g, &intMap, m, &i);
  line(g, "len", maplen(g, m));

  // Iterate, deleting keys not yet seen and inserting many new ones.
  MapIter it{};
  int64_t seen = 0, sum = 0;
  bool deletedSeen = false;
  for (mapiterinit(g, &intMap, m, &it); it.key != nullptr; mapiternext(g, &it)) {
    int64_t key = *(int64_t*)it.key;
    if (key % 4 == 3 && key < 1000) deletedSeen = true;
    if (key < 1000) {
      seen++;
      sum += key;
    }
    if (seen == 1) {
      for (int64_t j = 3; j < 1000; j += 4)
        if (j != key) mapdelete(g, &intMap, m, &j);
      for (int64_t j = 1000; j < 5000; j++) *(int64_t*)mapassign(g, &intMap, m, &j) = 0;
    }
  }
  line(g, "seen", seen);
  line(g, "deletedSeen<=1", deletedSeen ? 1 : 0);
  line(g, "len", maplen(g, m));

  Hmap* nilm = nullptr;
  line(g, "nil", *(int64_t*)mapaccess1(g, &intMap, nilm, &k) + maplen(g, nilm));

  Hmap* sm = makemap(g, &strMap, 4);
  String a = {(const uint8_t*)"alpha", 5}, b = {(const uint8_t*)"beta", 4};
  *(int64_t*)mapassign(g, &strMap, sm, &a) = 1;
  *(int64_t*)mapassign(g, &strMap, sm, &b) = 2;
  String a2 = concatstring2(g, (const uint8_t*)"al", 2, (const uint8_t*)"pha", 3);
  line(g, "alpha", *(int64_t*)mapaccess1(g, &strMap, sm, &a2));

  // append's capacities as gc: 1 2 4 8 ... then 512 848 1280 ...
  Slice s = {nullptr, 0, 0};
  printlock(g);
  for (int64_t i = 0; i < 2000; i++) {
    if (s.len == s.cap) {
      s = growslice(g, s.ptr, s.len, s.cap, s.len + 1, &intType);
      printint(g, s.cap);
      printsp(g);
    } else {
      s.len++;
    }
  }
  printnl(g);
  printunlock(g);
  Slice bs = {nullptr, 0, 0};
  bs = growslice(g, bs.ptr, 0, 0, 5, &stringType);
  line(g, "strcap", bs.cap);

  mapassign(g, &intMap, nilm, &k);
}
