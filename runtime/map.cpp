// map.cpp: Go maps. A simple design, to be optimised later: entries live in
// insertion order in one array of slots; an open-addressing index of slot
// numbers finds them by hash.
//
// Invariants:
//  - Hmap::count is the first field (len(m) may load it; abi/type.h).
//  - A slot is {hash, live, key, elem}. Deleting marks the slot dead and its
//    index cell a tombstone; slots are never reused, so an iterator's
//    position stays meaningful.
//  - When the slot array is full it is replaced by a new one holding only the
//    live entries (epoch++). The old array is never written again, so an
//    iterator that started on it keeps reading a consistent snapshot and
//    re-looks each key up in the live table (gc does the same during growth):
//    deleted keys are skipped and every key still present is produced once.
//  - The index has at least twice as many cells as the slot array has slots,
//    so it is at most half full, tombstones included.
#include "entry.h"
#include "error.h"

namespace goc::rt {

struct Slot {
  uint64_t hash;
  uint64_t live;
  // key, then elem, at the map's keyOff and elemOff
};

struct Hmap {
  int64_t count;       // live entries; offset 0, known to the compiler
  uint64_t seed;
  uint8_t* slots;
  int64_t used;        // slots written, live or dead
  int64_t capSlots;
  int32_t* index;      // slot number, or Empty / Tombstone
  uint64_t indexMask;
  uint64_t epoch;      // bumped whenever slots is replaced
  uint64_t slotSize;
  uint64_t keyOff;
  uint64_t elemOff;
};
static_assert(offsetof(Hmap, count) == HmapCountOffset);

constexpr int32_t Empty = -1;
constexpr int32_t Tombstone = -2;
constexpr int64_t MinSlots = 8;

// The iterator's private words (MapIter::priv).
struct IterState {
  const MapType* t;
  Hmap* h;
  uint8_t* slots;      // the slot array when the iteration started
  int64_t n;           // slots used then
  int64_t start;       // random first slot
  int64_t visited;
  uint64_t epoch;
  uint64_t unused;
};
static_assert(sizeof(IterState) == sizeof(MapIter::priv));

alignas(16) static const uint8_t zeroVal[1024] = {};

static uint64_t alignUp(uint64_t n, uint64_t a) { return a <= 1 ? n : (n + a - 1) & ~(a - 1); }

static Slot* slotAt(Hmap* h, uint8_t* slots, int64_t i) {
  return (Slot*)(slots + (uint64_t)i * h->slotSize);
}
static void* keyOf(Hmap* h, Slot* s) { return (uint8_t*)s + h->keyOff; }
static void* elemOf(Hmap* h, Slot* s) { return (uint8_t*)s + h->elemOff; }

static void rebuild(G* g, const MapType* t, Hmap* h, int64_t capSlots) {
  uint8_t* old = h->slots;
  int64_t oldUsed = h->used;
  h->slots = (uint8_t*)mallocgc(g, (uint64_t)capSlots * h->slotSize, nullptr, true);
  h->capSlots = capSlots;
  uint64_t cells = 1;
  while (cells < (uint64_t)capSlots * 2) cells <<= 1;
  h->index = (int32_t*)mallocgc(g, cells * 4, nullptr, false);
  __builtin_memset(h->index, 0xFF, cells * 4);  // Empty
  h->indexMask = cells - 1;
  h->used = 0;
  h->epoch++;
  for (int64_t i = 0; i < oldUsed; i++) {
    Slot* s = slotAt(h, old, i);
    if (!s->live) continue;
    Slot* d = slotAt(h, h->slots, h->used);
    __builtin_memcpy(d, s, h->slotSize);
    uint64_t c = s->hash & h->indexMask;
    while (h->index[c] != Empty) c = (c + 1) & h->indexMask;
    h->index[c] = (int32_t)h->used++;
  }
  (void)t;
}

// Finds key; returns its slot and sets *cell to its index cell, or returns
// null and sets *cell to the first free cell on its probe sequence.
static Slot* find(G* g, const MapType* t, Hmap* h, const void* key, uint64_t hash, uint64_t* cell) {
  uint64_t c = hash & h->indexMask;
  uint64_t firstFree = ~uint64_t(0);
  for (;;) {
    int32_t idx = h->index[c];
    if (idx == Empty) {
      *cell = firstFree != ~uint64_t(0) ? firstFree : c;
      return nullptr;
    }
    if (idx == Tombstone) {
      if (firstFree == ~uint64_t(0)) firstFree = c;
    } else {
      Slot* s = slotAt(h, h->slots, idx);
      if (s->hash == hash && t->equal(g, key, keyOf(h, s))) {
        *cell = c;
        return s;
      }
    }
    c = (c + 1) & h->indexMask;
  }
}

static Slot* lookup(G* g, const MapType* t, Hmap* h, const void* key) {
  if (h == nullptr || h->count == 0) return nullptr;
  uint64_t cell;
  return find(g, t, h, key, t->hasher(g, key, h->seed), &cell);
}

static void* zeroFor(G* g, const MapType* t) {
  if (t->elem->size <= sizeof zeroVal) return (void*)zeroVal;
  return mallocgc(g, t->elem->size, t->elem, true);
}

}  // namespace goc::rt

using namespace goc::rt;

GO_DEF(Hmap*, makemap, const MapType* t, int64_t hint) {
  auto* h = (Hmap*)mallocgc(g, sizeof(Hmap), nullptr, true);
  const Type* k = t->key;
  const Type* e = t->elem;
  h->keyOff = alignUp(sizeof(Slot), k->align);
  h->elemOff = alignUp(h->keyOff + k->size, e->align);
  h->slotSize = alignUp(h->elemOff + e->size, 8);
  h->seed = fastrand64();
  int64_t cap = MinSlots;
  while (hint > 0 && cap < hint && cap < (int64_t(1) << 30)) cap <<= 1;
  rebuild(g, t, h, cap);
  return h;
}

GO_DEF(void*, mapaccess1, const MapType* t, Hmap* h, const void* key) {
  Slot* s = lookup(g, t, h, key);
  return s != nullptr ? elemOf(h, s) : zeroFor(g, t);
}

GO_DEF(goc::rt::PtrBool, mapaccess2, const MapType* t, Hmap* h, const void* key) {
  Slot* s = lookup(g, t, h, key);
  if (s == nullptr) return {zeroFor(g, t), false};
  return {elemOf(h, s), true};
}

GO_DEF(void*, mapassign, const MapType* t, Hmap* h, const void* key) {
  if (h == nullptr) panicPlainError("assignment to entry in nil map");
  uint64_t hash = t->hasher(g, key, h->seed);
  uint64_t cell;
  Slot* s = find(g, t, h, key, hash, &cell);
  if (s == nullptr) {
    if (h->used == h->capSlots) {
      int64_t cap = MinSlots;
      while (cap < (h->count + 1) * 2) cap <<= 1;
      rebuild(g, t, h, cap);
      find(g, t, h, key, hash, &cell);
    }
    s = slotAt(h, h->slots, h->used);
    s->hash = hash;
    s->live = 1;
    h->index[cell] = (int32_t)h->used++;
    h->count++;
  }
  // The key is stored even when present: +0 replaces -0, as gc's needkeyupdate.
  __builtin_memmove(keyOf(h, s), key, t->key->size);
  return elemOf(h, s);
}

GO_DEF(void, mapdelete, const MapType* t, Hmap* h, const void* key) {
  if (h == nullptr || h->count == 0) return;
  uint64_t cell;
  Slot* s = find(g, t, h, key, t->hasher(g, key, h->seed), &cell);
  if (s == nullptr) return;
  s->live = 0;
  __builtin_memset(keyOf(h, s), 0, h->slotSize - h->keyOff);
  h->index[cell] = Tombstone;
  h->count--;
}

GO_DEF(void, mapclear, const MapType* t, Hmap* h) {
  // Marks every slot dead directly: NaN keys cannot be found to delete.
  (void)t;
  if (h == nullptr) return;
  for (int64_t i = 0; i < h->used; i++) {
    Slot* s = slotAt(h, h->slots, i);
    if (!s->live) continue;
    s->live = 0;
    __builtin_memset(keyOf(h, s), 0, h->slotSize - h->keyOff);
  }
  __builtin_memset(h->index, 0xFF, (h->indexMask + 1) * 4);
  h->count = 0;
}

GO_DEF(int64_t, maplen, Hmap* h) { return h != nullptr ? h->count : 0; }

GO_DEF(void, mapiterinit, const MapType* t, Hmap* h, MapIter* it) {
  auto* st = (IterState*)it->priv;
  *st = {};
  st->t = t;
  st->h = h;
  if (h != nullptr && h->count > 0) {
    st->slots = h->slots;
    st->n = h->used;
    st->start = (int64_t)(fastrand64() % (uint64_t)h->used);
    st->epoch = h->epoch;
  }
  mapiternext(g, it);
}

GO_DEF(void, mapiternext, MapIter* it) {
  auto* st = (IterState*)it->priv;
  Hmap* h = st->h;
  const MapType* t = st->t;
  while (st->visited < st->n) {
    int64_t i = st->start + st->visited++;
    if (i >= st->n) i -= st->n;
    Slot* s = slotAt(h, st->slots, i);
    if (!s->live) continue;
    void* k = keyOf(h, s);
    if (h->epoch != st->epoch && t->equal(g, k, k)) {
      // The table was rebuilt: produce the key's live entry, if any.
      s = lookup(g, t, h, k);
      if (s == nullptr) continue;
    }
    it->key = keyOf(h, s);
    it->elem = elemOf(h, s);
    return;
  }
  it->key = nullptr;
  it->elem = nullptr;
}
