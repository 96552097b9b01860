// map.cpp: Go maps as open-addressing hash tables of 8-slot groups (a Swiss
// table with gc-style buckets).
//
// Layout: the table is an array of 2^k groups; a group is 8 control bytes
// (one uint64) followed by 8 slots, a slot being the key then the elem. A
// probe loads the control word, matches the hash's low 7 bits (h2) against
// its 8 bytes at once (SWAR) and compares keys only on a tag match, so a miss
// usually touches one cache line and a hit the line of its slot too.
// Control bytes: 0x80 empty, 0xFE deleted (tombstone), 0x00-0x7F full (h2).
// The probe sequence visits whole groups: pos = (hash >> 7) & mask, then
// pos + 1, pos + 3, pos + 6, ... (triangular numbers reach every group of a
// power-of-two table); it stops at the first group with an empty byte.
//
// Key kinds: makemap picks a kind from the key type's hash function
// (memhash64 / memhash32 / strhash: K64 / K32 / KStr, else KGeneric). A map
// uses its kind's hash for life; the kinded paths hash and compare inline,
// the generic one calls the MapType's hasher/equal. The fast entry points
// (mapaccess1_fast64, ...) take the key by value; lowering/map.cpp calls
// them from the static key type, and they fall back to the generic path if
// the map's kind differs.
//
// Invariants:
//  - Hmap::count is the first field (len(m) may load it; abi/type.h).
//  - growthLeft = 7/8 of the slots - count - tombstones: an insert into an
//    empty slot with growthLeft == 0 first replaces the table, so every
//    table keeps an empty byte and every probe ends.
//  - A table is never written again once replaced (growth always allocates
//    a new table; tombstones are purged by a same-size rebuild). An iterator
//    that started on it reads a frozen snapshot and re-looks each key up in
//    the live table, as gc does during growth: deleted keys are skipped,
//    every key still present is produced once, with its current elem. NaN
//    keys (not equal to themselves) are produced from the snapshot unless
//    the map was cleared since (Hmap::clears).
//  - Entries never move within a live table, so an iterator on it (visiting
//    slots from a random start, slot numbers within a group xored with a
//    random 0-7) produces each entry at most once, skips the
//    ones deleted before it reaches them, and may or may not produce new ones.
//  - Deleting from a group that has an empty byte makes the slot empty (no
//    probe went past that group); otherwise it becomes a tombstone.
//  - The table is allocated at the first insert when makemap's hint is 0
//    (groups == null, count == 0).
#include "entry.h"
#include "error.h"

namespace goc::rt {

enum KeyKind : uint8_t { KGeneric, K64, K32, KStr };

struct Hmap {
  int64_t count;        // live entries; offset 0, known to the compiler
  uint8_t* groups;      // the table, or null before the first insert
  uint64_t mask;        // groups - 1
  int64_t growthLeft;
  uint64_t seed;
  uint32_t slotSize;    // key, elem (elem at elemOff), rounded to the slot alignment
  uint32_t groupSize;   // 8 + 8 * slotSize
  uint32_t elemOff;
  uint8_t kind;
  uint8_t pad[3];
  uint64_t clears;      // mapclear calls
};
static_assert(offsetof(Hmap, count) == HmapCountOffset);

constexpr uint8_t CtrlEmpty = 0x80;
constexpr uint8_t CtrlDeleted = 0xFE;
constexpr uint64_t Lsb = 0x0101010101010101ull;
constexpr uint64_t Msb = 0x8080808080808080ull;
constexpr uint64_t EmptyGroup = Msb;  // eight CtrlEmpty bytes
constexpr uint64_t MaxGroups = uint64_t(1) << 32;

// The iterator's private words (MapIter::priv).
struct IterState {
  const MapType* t;
  Hmap* h;
  uint8_t* groups;     // the table when the iteration started
  uint64_t nslots;     // its slot count (a power of two), 0 if empty
  uint64_t start;      // random first slot
  uint64_t visited;
  uint64_t clears;     // h->clears then
  uint64_t flip;       // random 0-7, xored into slot numbers
};
static_assert(sizeof(IterState) == sizeof(MapIter::priv));

alignas(16) static const uint8_t zeroVal[1024] = {};

static uint64_t alignUp(uint64_t n, uint64_t a) { return a <= 1 ? n : (n + a - 1) & ~(a - 1); }

static inline uint64_t load64(const void* p) {
  uint64_t v;
  __builtin_memcpy(&v, p, 8);
  return v;
}
static inline uint32_t load32(const void* p) {
  uint32_t v;
  __builtin_memcpy(&v, p, 4);
  return v;
}

// ---- hashing (wyhash's mixing; seeds are random per map) ----

constexpr uint64_t W0 = 0xa0761d6478bd642full, W1 = 0xe7037ed1a0b428dbull;

static inline uint64_t mix(uint64_t a, uint64_t b) {
  __uint128_t r = (__uint128_t)a * b;
  return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t hash64(uint64_t k, uint64_t seed) { return mix(k ^ seed, W1); }

static uint64_t hashStr(const uint8_t* p, uint64_t n, uint64_t seed) {
  uint64_t a, b;
  if (__builtin_expect(n <= 16, 1)) {
    if (n >= 4) {
      uint64_t d = (n >> 3) << 2;
      a = ((uint64_t)load32(p) << 32) | load32(p + d);
      b = ((uint64_t)load32(p + n - 4) << 32) | load32(p + n - 4 - d);
    } else if (n > 0) {
      a = ((uint64_t)p[0] << 16) | ((uint64_t)p[n >> 1] << 8) | p[n - 1];
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    uint64_t i = n;
    const uint8_t* q = p;
    while (i > 16) {
      seed = mix(load64(q) ^ W1, load64(q + 8) ^ seed);
      q += 16;
      i -= 16;
    }
    a = load64(q + i - 16);
    b = load64(q + i - 8);
  }
  __uint128_t r = (__uint128_t)(a ^ W1) * (b ^ seed);
  return mix((uint64_t)r ^ W0 ^ n, (uint64_t)(r >> 64) ^ W1);
}

static inline bool bytesEq(const uint8_t* a, const uint8_t* b, uint64_t n) {
  if (a == b) return true;
  if (n >= 8) {
    if (n > 64) return __builtin_memcmp(a, b, n) == 0;
    for (uint64_t i = 0; i + 8 < n; i += 8)
      if (load64(a + i) != load64(b + i)) return false;
    return load64(a + n - 8) == load64(b + n - 8);
  }
  if (n >= 4) return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
  for (uint64_t i = 0; i < n; i++)
    if (a[i] != b[i]) return false;
  return true;
}

// ---- control words ----

static inline uint64_t matchH2(uint64_t ctrl, uint64_t h2) {
  // May report a false positive, always on a full byte (h2 ^ 1); keys are compared anyway.
  uint64_t x = ctrl ^ (Lsb * h2);
  return (x - Lsb) & ~x & Msb;
}
static inline uint64_t matchEmpty(uint64_t ctrl) { return ctrl & ~(ctrl << 6) & Msb; }
static inline uint64_t matchEmptyOrDeleted(uint64_t ctrl) { return ctrl & Msb; }
static inline unsigned firstIndex(uint64_t m) { return (unsigned)__builtin_ctzll(m) >> 3; }

static inline uint8_t* groupAt(const Hmap* h, uint8_t* groups, uint64_t i) {
  return groups + i * h->groupSize;
}
static inline uint8_t* slotAt(const Hmap* h, uint8_t* grp, unsigned i) {
  return grp + 8 + (uint64_t)i * h->slotSize;
}

// ---- key kinds ----

struct Ops64 {
  using K = uint64_t;
  uint64_t hash(K k, uint64_t seed) const { return hash64(k, seed); }
  bool eq(K k, const uint8_t* s) const { return load64(s) == k; }
  void store(uint8_t* s, K k) const { __builtin_memcpy(s, &k, 8); }
  bool storeOnUpdate() const { return false; }
};

struct Ops32 {
  using K = uint32_t;
  uint64_t hash(K k, uint64_t seed) const { return hash64(k, seed); }
  bool eq(K k, const uint8_t* s) const { return load32(s) == k; }
  void store(uint8_t* s, K k) const { __builtin_memcpy(s, &k, 4); }
  bool storeOnUpdate() const { return false; }
};

struct OpsStr {
  using K = String;
  uint64_t hash(K k, uint64_t seed) const { return hashStr(k.ptr, (uint64_t)k.len, seed); }
  bool eq(K k, const uint8_t* s) const {
    auto* x = (const String*)s;
    return x->len == k.len && bytesEq(x->ptr, k.ptr, (uint64_t)k.len);
  }
  void store(uint8_t* s, K k) const { __builtin_memcpy(s, &k, sizeof k); }
  bool storeOnUpdate() const { return true; }  // as gc: the map keeps the newer string
};

struct OpsGeneric {
  using K = const void*;
  G* g;
  const MapType* t;
  uint64_t hash(K k, uint64_t seed) const { return t->hasher(g, k, seed); }
  bool eq(K k, const uint8_t* s) const { return t->equal(g, k, s); }
  void store(uint8_t* s, K k) const { __builtin_memmove(s, k, t->key->size); }
  // +0 replaces -0 (gc's needkeyupdate).
  bool storeOnUpdate() const { return true; }
};

// The hash of a stored key, in the map's kind.
static uint64_t hashSlot(G* g, const MapType* t, const Hmap* h, const uint8_t* s) {
  switch (h->kind) {
    case K64: return hash64(load64(s), h->seed);
    case K32: return hash64(load32(s), h->seed);
    case KStr: {
      auto* x = (const String*)s;
      return hashStr(x->ptr, (uint64_t)x->len, h->seed);
    }
    default: return t->hasher(g, s, h->seed);
  }
}

// ---- table operations ----

// A slot found by a probe: its group and index (grp == null: not found).
struct Pos {
  uint8_t* grp;
  unsigned i;
};

template <class Ops>
__attribute__((always_inline)) static inline Pos findPos(const Ops& ops, const Hmap* h,
                                                         typename Ops::K key, uint64_t hash) {
  uint64_t h2 = hash & 0x7F;
  uint64_t pos = (hash >> 7) & h->mask;
  for (uint64_t stride = 1;; stride++) {
    uint8_t* grp = groupAt(h, h->groups, pos);
    uint64_t ctrl = load64(grp);
    for (uint64_t m = matchH2(ctrl, h2); m != 0; m &= m - 1) {
      unsigned i = firstIndex(m);
      if (__builtin_expect(ops.eq(key, slotAt(h, grp, i)), 1)) return {grp, i};
    }
    if (__builtin_expect(matchEmpty(ctrl) != 0, 1)) return {nullptr, 0};
    pos = (pos + stride) & h->mask;
  }
}

template <class Ops>
__attribute__((always_inline)) static inline uint8_t* find(const Ops& ops, const Hmap* h,
                                                           typename Ops::K key, uint64_t hash) {
  Pos p = findPos(ops, h, key, hash);
  return p.grp != nullptr ? slotAt(h, p.grp, p.i) : nullptr;
}

// The first empty slot on hash's probe sequence in a table of mask + 1
// groups without tombstones (a new table, or one resize just built).
static inline Pos firstEmpty(const Hmap* h, uint8_t* groups, uint64_t mask, uint64_t hash) {
  uint64_t pos = (hash >> 7) & mask;
  for (uint64_t stride = 1;; stride++) {
    uint8_t* grp = groupAt(h, groups, pos);
    uint64_t m = matchEmpty(load64(grp));
    if (m != 0) return {grp, firstIndex(m)};
    pos = (pos + stride) & mask;
  }
}

// Builds a table of newGroups groups holding h's live entries.
__attribute__((noinline)) static void resize(G* g, const MapType* t, Hmap* h, uint64_t newGroups) {
  if (newGroups > MaxGroups) fatal("runtime: map too large");
  uint8_t* old = h->groups;
  uint64_t oldGroups = old != nullptr ? h->mask + 1 : 0;
  auto* groups = (uint8_t*)mallocgc(g, newGroups * h->groupSize, nullptr, false);
  for (uint64_t i = 0; i < newGroups; i++) {
    uint64_t e = EmptyGroup;
    __builtin_memcpy(groups + i * h->groupSize, &e, 8);
  }
  uint64_t mask = newGroups - 1;
  for (uint64_t gi = 0; gi < oldGroups; gi++) {
    uint8_t* og = groupAt(h, old, gi);
    if (h->kind == KStr && gi + 2 < oldGroups) {
      // Hashing a string reads its bytes: fetch those of two groups ahead.
      uint8_t* ahead = groupAt(h, old, gi + 2);
      for (uint64_t f = ~load64(ahead) & Msb; f != 0; f &= f - 1)
        __builtin_prefetch(((const String*)slotAt(h, ahead, firstIndex(f)))->ptr);
    }
    // Hash the group's entries and fetch their new groups, then place them.
    uint64_t hashes[8];
    unsigned n = 0;
    uint64_t full = ~load64(og) & Msb;
    for (uint64_t f = full; f != 0; f &= f - 1) {
      uint64_t hash = hashSlot(g, t, h, slotAt(h, og, firstIndex(f)));
      __builtin_prefetch(groups + ((hash >> 7) & mask) * h->groupSize, 1);
      hashes[n++] = hash;
    }
    n = 0;
    for (; full != 0; full &= full - 1) {
      uint8_t* s = slotAt(h, og, firstIndex(full));
      uint64_t hash = hashes[n++];
      Pos e = firstEmpty(h, groups, mask, hash);
      e.grp[e.i] = (uint8_t)(hash & 0x7F);
      __builtin_memcpy(slotAt(h, e.grp, e.i), s, h->slotSize);
    }
  }
  h->groups = groups;
  h->mask = mask;
  h->growthLeft = (int64_t)(newGroups * 7) - h->count;
}

// Makes room for one more entry in an empty slot: doubles the table, or
// rebuilds it at the same size when tombstones make up most of the load.
__attribute__((noinline)) static void grow(G* g, const MapType* t, Hmap* h) {
  if (h->groups == nullptr) {
    resize(g, t, h, 1);
    return;
  }
  uint64_t n = h->mask + 1;
  resize(g, t, h, (uint64_t)h->count * 2 >= n * 7 ? n * 2 : n);
}

template <class Ops>
__attribute__((always_inline)) static inline uint8_t* assign(G* g, const MapType* t, Hmap* h,
                                                             const Ops& ops, typename Ops::K key) {
  if (__builtin_expect(h->groups == nullptr, 0)) grow(g, t, h);
  uint64_t hash = ops.hash(key, h->seed);
  uint64_t h2 = hash & 0x7F;
  uint64_t pos = (hash >> 7) & h->mask;
  uint8_t* ins = nullptr;  // first empty or deleted slot's group
  uint64_t insMask = 0;
  for (uint64_t stride = 1;; stride++) {
    uint8_t* grp = groupAt(h, h->groups, pos);
    uint64_t ctrl = load64(grp);
    for (uint64_t m = matchH2(ctrl, h2); m != 0; m &= m - 1) {
      uint8_t* s = slotAt(h, grp, firstIndex(m));
      if (__builtin_expect(ops.eq(key, s), 1)) {
        if (ops.storeOnUpdate()) ops.store(s, key);
        return s + h->elemOff;
      }
    }
    if (ins == nullptr) {
      uint64_t m = matchEmptyOrDeleted(ctrl);
      if (m != 0) {
        ins = grp;
        insMask = m;
      }
    }
    if (__builtin_expect(matchEmpty(ctrl) != 0, 1)) break;
    pos = (pos + stride) & h->mask;
  }
  unsigned i = firstIndex(insMask);
  if (ins[i] == CtrlEmpty) {
    if (__builtin_expect(h->growthLeft == 0, 0)) {
      grow(g, t, h);
      Pos e = firstEmpty(h, h->groups, h->mask, hash);
      ins = e.grp;
      i = e.i;
    }
    h->growthLeft--;
  }
  ins[i] = (uint8_t)h2;
  h->count++;
  uint8_t* s = slotAt(h, ins, i);
  ops.store(s, key);
  return s + h->elemOff;
}

template <class Ops>
__attribute__((always_inline)) static inline void remove(Hmap* h, const Ops& ops, typename Ops::K key) {
  uint64_t hash = ops.hash(key, h->seed);
  Pos p = findPos(ops, h, key, hash);
  if (p.grp == nullptr) return;
  uint8_t* grp = p.grp;
  unsigned i = p.i;
  uint8_t* s = slotAt(h, grp, i);
  if (matchEmpty(load64(grp)) != 0) {
    grp[i] = CtrlEmpty;
    h->growthLeft++;
  } else {
    grp[i] = CtrlDeleted;
  }
  __builtin_memset(s, 0, h->slotSize);
  h->count--;
}

static void* zeroFor(G* g, const MapType* t) {
  if (t->elem->size <= sizeof zeroVal) return (void*)zeroVal;
  return mallocgc(g, t->elem->size, t->elem, true);
}

static bool isHasher(HashFn f, HashFn want) { return f == want; }

// gc's hashMightPanic: a lookup in an empty map still hashes an interface
// key, so an uncomparable dynamic type panics.
static void hashEmpty(G* g, const MapType* t, const void* key) {
  HashFn f = t->hasher;
  if (isHasher(f, memhash64) || isHasher(f, memhash32) || isHasher(f, strhash)) return;
  f(g, key, 0);
}

// The slot of key in h (non-empty), or null.
static uint8_t* lookupGeneric(G* g, const MapType* t, Hmap* h, const void* key) {
  switch (h->kind) {
    case K64: {
      uint64_t k = load64(key);
      return find(Ops64{}, h, k, hash64(k, h->seed));
    }
    case K32: {
      uint32_t k = load32(key);
      return find(Ops32{}, h, k, hash64(k, h->seed));
    }
    case KStr: {
      String k;
      __builtin_memcpy(&k, key, sizeof k);
      return find(OpsStr{}, h, k, hashStr(k.ptr, (uint64_t)k.len, h->seed));
    }
    default: {
      OpsGeneric ops{g, t};
      return find(ops, h, key, ops.hash(key, h->seed));
    }
  }
}

}  // namespace goc::rt

using namespace goc::rt;

GO_DEF(Hmap*, makemap, const MapType* t, int64_t hint) {
  auto* h = (Hmap*)mallocgc(g, sizeof(Hmap), nullptr, true);
  const Type* k = t->key;
  const Type* e = t->elem;
  uint64_t align = k->align > e->align ? k->align : e->align;
  if (align > 8) align = 8;
  h->elemOff = (uint32_t)alignUp(k->size, e->align);
  h->slotSize = (uint32_t)alignUp(h->elemOff + e->size, align);
  h->groupSize = 8 + 8 * h->slotSize;
  h->seed = fastrand64();
  HashFn f = t->hasher;
  h->kind = isHasher(f, memhash64) && k->size == 8   ? K64
            : isHasher(f, memhash32) && k->size == 4 ? K32
            : isHasher(f, strhash)                   ? KStr
                                                     : KGeneric;
  // As gc: a hint whose table would pass 2^48 bytes is ignored.
  if (hint > 0 && (uint64_t)hint <= (uint64_t(1) << 48) / h->groupSize) {
    uint64_t n = 1;
    while (n * 7 < (uint64_t)hint) n <<= 1;
    resize(g, t, h, n);
  }
  return h;
}

GO_DEF(void*, mapaccess1, const MapType* t, Hmap* h, const void* key) {
  if (h == nullptr || h->count == 0) {
    hashEmpty(g, t, key);
    return zeroFor(g, t);
  }
  uint8_t* s = lookupGeneric(g, t, h, key);
  return s != nullptr ? s + h->elemOff : zeroFor(g, t);
}

GO_DEF(goc::rt::PtrBool, mapaccess2, const MapType* t, Hmap* h, const void* key) {
  if (h == nullptr || h->count == 0) {
    hashEmpty(g, t, key);
    return {zeroFor(g, t), false};
  }
  uint8_t* s = lookupGeneric(g, t, h, key);
  if (s == nullptr) return {zeroFor(g, t), false};
  return {s + h->elemOff, true};
}

GO_DEF(void*, mapassign, const MapType* t, Hmap* h, const void* key) {
  if (h == nullptr) panicPlainError("assignment to entry in nil map");
  switch (h->kind) {
    case K64: return assign(g, t, h, Ops64{}, load64(key));
    case K32: return assign(g, t, h, Ops32{}, load32(key));
    case KStr: {
      String k;
      __builtin_memcpy(&k, key, sizeof k);
      return assign(g, t, h, OpsStr{}, k);
    }
    default: return assign(g, t, h, OpsGeneric{g, t}, key);
  }
}

GO_DEF(void, mapdelete, const MapType* t, Hmap* h, const void* key) {
  if (h == nullptr || h->count == 0) {
    hashEmpty(g, t, key);
    return;
  }
  switch (h->kind) {
    case K64: remove(h, Ops64{}, load64(key)); break;
    case K32: remove(h, Ops32{}, load32(key)); break;
    case KStr: {
      String k;
      __builtin_memcpy(&k, key, sizeof k);
      remove(h, OpsStr{}, k);
      break;
    }
    default: remove(h, OpsGeneric{g, t}, key); break;
  }
}

// ---- fast entry points: key by value, the map's kind known statically ----

#define FAST_ENTRIES(SUFFIX, KIND, OPS, KPARAMS, KEXPR)                                  \
  GO_DEF(void*, mapaccess1_##SUFFIX, const MapType* t, Hmap* h, KPARAMS) {              \
    OPS::K k = KEXPR;                                                                    \
    if (h == nullptr || h->count == 0) return zeroFor(g, t);                             \
    if (__builtin_expect(h->kind != KIND, 0)) return mapaccess1(g, t, h, &k);            \
    uint8_t* s = find(OPS{}, h, k, OPS{}.hash(k, h->seed));                              \
    return s != nullptr ? s + h->elemOff : zeroFor(g, t);                                \
  }                                                                                      \
  GO_DEF(goc::rt::PtrBool, mapaccess2_##SUFFIX, const MapType* t, Hmap* h, KPARAMS) {   \
    OPS::K k = KEXPR;                                                                    \
    if (h == nullptr || h->count == 0) return {zeroFor(g, t), false};                    \
    if (__builtin_expect(h->kind != KIND, 0)) return mapaccess2(g, t, h, &k);            \
    uint8_t* s = find(OPS{}, h, k, OPS{}.hash(k, h->seed));                              \
    if (s == nullptr) return {zeroFor(g, t), false};                                     \
    return {s + h->elemOff, true};                                                       \
  }                                                                                      \
  GO_DEF(void*, mapassign_##SUFFIX, const MapType* t, Hmap* h, KPARAMS) {               \
    OPS::K k = KEXPR;                                                                    \
    if (h == nullptr) panicPlainError("assignment to entry in nil map");                 \
    if (__builtin_expect(h->kind != KIND, 0)) return mapassign(g, t, h, &k);             \
    return assign(g, t, h, OPS{}, k);                                                    \
  }                                                                                      \
  GO_DEF(void, mapdelete_##SUFFIX, const MapType* t, Hmap* h, KPARAMS) {                \
    OPS::K k = KEXPR;                                                                    \
    if (h == nullptr || h->count == 0) return;                                           \
    if (__builtin_expect(h->kind != KIND, 0)) return mapdelete(g, t, h, &k);             \
    remove(h, OPS{}, k);                                                                 \
  }

#define COMMA ,
FAST_ENTRIES(fast64, K64, Ops64, uint64_t key, key)
FAST_ENTRIES(fast32, K32, Ops32, uint32_t key, key)
FAST_ENTRIES(faststr, KStr, OpsStr, const uint8_t* kp COMMA int64_t kn, (String{kp COMMA kn}))
#undef COMMA
#undef FAST_ENTRIES

GO_DEF(void, mapclear, const MapType* t, Hmap* h) {
  // Empties the table in place (NaN keys cannot be found to delete).
  // Iterators on this table see the empty bytes; those on an older table
  // look keys up here, and skip NaN keys once clears has moved.
  (void)t;
  if (h == nullptr) return;
  h->clears++;
  if (h->groups == nullptr) return;
  uint64_t n = h->mask + 1;
  __builtin_memset(h->groups, 0, n * h->groupSize);
  for (uint64_t i = 0; i < n; i++) {
    uint64_t e = EmptyGroup;
    __builtin_memcpy(groupAt(h, h->groups, i), &e, 8);
  }
  h->count = 0;
  h->growthLeft = (int64_t)(n * 7);
}

GO_DEF(int64_t, maplen, Hmap* h) { return h != nullptr ? h->count : 0; }

GO_DEF(void, mapiterinit, const MapType* t, Hmap* h, MapIter* it) {
  auto* st = (IterState*)it->priv;
  *st = {};
  st->t = t;
  st->h = h;
  if (h != nullptr && h->count > 0) {
    st->groups = h->groups;
    st->nslots = (h->mask + 1) * 8;
    uint64_t r = fastrand64();
    st->start = r & (st->nslots - 1);
    st->flip = (r >> 32) & 7;
    st->clears = h->clears;
  }
  mapiternext(g, it);
}

GO_DEF(void, mapiternext, MapIter* it) {
  auto* st = (IterState*)it->priv;
  Hmap* h = st->h;
  const MapType* t = st->t;
  while (st->visited < st->nslots) {
    uint64_t i = (st->start + st->visited++) & (st->nslots - 1);
    i ^= st->flip;  // a random permutation of the slots of each group
    uint8_t* grp = groupAt(h, st->groups, i >> 3);
    if (grp[i & 7] & 0x80) continue;
    uint8_t* s = slotAt(h, grp, (unsigned)(i & 7));
    if (st->groups != h->groups) {
      // The table was replaced: produce the key's live entry, if any.
      if (h->kind != KGeneric || t->equal(g, s, s)) {
        if (h->count == 0) continue;
        s = lookupGeneric(g, t, h, s);
        if (s == nullptr) continue;
      } else if (h->clears != st->clears) {
        continue;
      }
    }
    it->key = s;
    it->elem = s + h->elemOff;
    return;
  }
  it->key = nullptr;
  it->elem = nullptr;
}
