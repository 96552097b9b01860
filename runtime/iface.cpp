// iface.cpp: itabs, type assertions, interface equality and hashing (gc's
// iface.go and alg.go).
//
// Invariants:
//  - An itab for (inter, type) lists type's code for each of inter's methods
//    in inter's order (abi/type.h). Static itabs come from the compiler; the
//    others are built here once and kept forever in `itabTable`, an
//    open-addressing hash table keyed by the (inter, type) pair, guarded by a
//    spin lock (lookups are rare: interface-to-interface conversions and
//    assertions to non-empty interfaces). A pair that does not implement
//    inter is cached too, with fun[0] == null, so failed comma-ok assertions
//    stay cheap.
//  - The same pair may have a static and a dynamic itab: identity of dynamic
//    types is always decided on Itab::type, never on itab pointers.
//  - Descriptors are unique per type within a program (one module, named
//    by the type's identity), so type identity is pointer equality.
//  - Messages are gc's: "interface conversion: ...", "runtime error: hash of
//    unhashable type T", "runtime error: comparing uncomparable type T".
#include "entry.h"
#include "error.h"

namespace goc::rt {

uint64_t memhashBytes(const void* key, uint64_t seed, uint64_t n);  // alg.cpp

namespace {

// ---- messages ----

struct Msg {
  char* buf;
  int64_t len = 0, cap;
  explicit Msg(int64_t c) : buf((char*)::mallocgc(getg(), (uint64_t)c + 1, nullptr, true)), cap(c) {}
  Msg& add(const char* p, int64_t n) {
    if (len + n > cap) n = cap - len;
    __builtin_memcpy(buf + len, p, (size_t)n);
    len += n;
    return *this;
  }
  Msg& add(const char* s) { return add(s, (int64_t)__builtin_strlen(s)); }
  Msg& add(const Type* t) { return add(t->name, t->nameLen); }
  Msg& add(NameStr s) { return add(s.ptr, s.len); }
};

int64_t tlen(const Type* t) { return t != nullptr ? t->nameLen : 0; }

// gc's TypeAssertionError.Error(); panicked as a plain runtime error.
[[noreturn]] void panicAssert(const Type* iface, const Type* have, const Type* want, NameStr missing) {
  Msg m(96 + tlen(iface) + tlen(have) + tlen(want) + missing.len);
  m.add("interface conversion: ");
  if (have == nullptr) {
    if (iface != nullptr) m.add(iface);
    else m.add("interface");
    m.add(" is nil, not ").add(want);
  } else if (missing.len == 0) {
    m.add(iface).add(" is ").add(have).add(", not ").add(want);
  } else {
    m.add(have).add(" is not ").add(want).add(": missing method ").add(missing);
  }
  panicPlainError(m.buf);
}

[[noreturn]] void panicUncomparable(const char* what, const Type* t) {
  Msg m(40 + t->nameLen);
  m.add(what).add(t);
  panicErrorString(m.buf);
}

// ---- the itab cache ----

struct ItabTable {
  const Itab** entries;
  uint64_t mask;   // size - 1 (size a power of two), 0 before first use
  uint64_t count;
};
ItabTable itabTable;
int itabLock;

void lock() {
  while (__atomic_exchange_n(&itabLock, 1, __ATOMIC_ACQUIRE) != 0)
    while (__atomic_load_n(&itabLock, __ATOMIC_RELAXED) != 0) __builtin_ia32_pause();
}
void unlock() { __atomic_store_n(&itabLock, 0, __ATOMIC_RELEASE); }

uint64_t pairHash(const InterfaceType* inter, const Type* t) {
  return (uint64_t)inter->typ.hash * 0x9E3779B97F4A7C15ull ^ t->hash ^ ((uintptr_t)t >> 3);
}

const Itab* tableFind(const InterfaceType* inter, const Type* t) {
  if (itabTable.mask == 0) return nullptr;
  for (uint64_t i = pairHash(inter, t) & itabTable.mask;; i = (i + 1) & itabTable.mask) {
    const Itab* e = itabTable.entries[i];
    if (e == nullptr) return nullptr;
    if (e->inter == inter && e->type == t) return e;
  }
}

void tableAdd(const Itab* m) {
  if ((itabTable.count + 1) * 4 > itabTable.mask * 3) {
    uint64_t size = itabTable.mask == 0 ? 256 : (itabTable.mask + 1) * 2;
    auto** fresh = (const Itab**)sysAlloc(size * sizeof(Itab*));
    for (uint64_t i = 0; itabTable.mask != 0 && i <= itabTable.mask; i++) {
      const Itab* e = itabTable.entries[i];
      if (e == nullptr) continue;
      uint64_t j = pairHash(e->inter, e->type) & (size - 1);
      while (fresh[j] != nullptr) j = (j + 1) & (size - 1);
      fresh[j] = e;
    }
    if (itabTable.mask != 0) sysFree(itabTable.entries, (itabTable.mask + 1) * sizeof(Itab*));
    itabTable.entries = fresh;
    itabTable.mask = size - 1;
  }
  uint64_t j = pairHash(m->inter, m->type) & itabTable.mask;
  while (itabTable.entries[j] != nullptr) j = (j + 1) & itabTable.mask;
  itabTable.entries[j] = m;
  itabTable.count++;
}

bool nameEq(NameStr a, NameStr b) {
  return a.len == b.len && (a.ptr == b.ptr || __builtin_memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

// Fills m->fun from t's method table; returns the first missing method's
// name (len 0: none missing) and leaves fun[0] null then.
NameStr fillItab(Itab* m) {
  const InterfaceType* inter = m->inter;
  const UncommonType* u = m->type->uncommon;
  for (int64_t i = 0; i < inter->mcount; i++) {
    const IMethod& im = inter->methods[i];
    const void* fn = nullptr;
    for (uint32_t j = 0; u != nullptr && j < u->mcount; j++) {
      const Method& tm = u->methods[j];
      if (tm.mtyp == im.mtyp && nameEq(tm.name, im.name) && nameEq(tm.pkgPath, im.pkgPath)) {
        fn = tm.ifn;
        break;
      }
    }
    if (fn == nullptr) {
      m->fun[0] = nullptr;
      return im.name;
    }
    m->fun[i] = fn;
  }
  return {nullptr, 0};
}

const Itab* getitabImpl(G* g, const InterfaceType* inter, const Type* t, bool canfail) {
  if (inter->mcount == 0) gothrow("internal error - misuse of itab");
  lock();
  const Itab* m = tableFind(inter, t);
  NameStr missing{nullptr, 0};
  if (m == nullptr) {
    auto* fresh = (Itab*)::mallocgc(g, ItabFunOffset + (uint64_t)inter->mcount * 8, nullptr, true);
    fresh->inter = inter;
    fresh->type = t;
    fresh->hash = t->hash;
    missing = fillItab(fresh);
    tableAdd(fresh);
    m = fresh;
  }
  unlock();
  if (m->fun[0] != nullptr) return m;
  if (canfail) return nullptr;
  if (missing.len == 0) {
    // A cached failure: find the name again for the message.
    Itab tmp[8];
    Itab* probe = inter->mcount <= 8 ? tmp : (Itab*)::mallocgc(g, ItabFunOffset + (uint64_t)inter->mcount * 8, nullptr, true);
    probe->inter = inter;
    probe->type = t;
    missing = fillItab(probe);
  }
  panicAssert(nullptr, t, &inter->typ, missing);
}

// The address of an interface's dynamic value, given its type and data word.
const void* valuePtr(const Type* t, const void* const* data) {
  return (t->kind & KindDirectIface) != 0 ? (const void*)data : *data;
}

bool isBlank(NameStr n) { return n.len == 1 && n.ptr[0] == '_'; }

// gc's typehash: hashes a value of any hashable type by walking its descriptor.
uint64_t typehash(G* g, const Type* t, const void* p, uint64_t h) {
  if ((t->tflag & TflagRegularMemory) != 0) return memhashBytes(p, h, t->size);
  switch (t->kind & KindMask) {
    case KindFloat32: return f32hash(g, p, h);
    case KindFloat64: return f64hash(g, p, h);
    case KindComplex64: return f32hash(g, (const float*)p + 1, f32hash(g, p, h));
    case KindComplex128: return f64hash(g, (const double*)p + 1, f64hash(g, p, h));
    case KindString: return strhash(g, p, h);
    case KindInterface: {
      auto* it = (const InterfaceType*)t;
      return it->mcount == 0 ? nilinterhash(g, p, h) : interhash(g, p, h);
    }
    case KindArray: {
      auto* a = (const ArrayType*)t;
      for (int64_t i = 0; i < a->len; i++) h = typehash(g, t->elem, (const uint8_t*)p + i * t->elem->size, h);
      return h;
    }
    case KindStruct: {
      auto* s = (const StructType*)t;
      for (int64_t i = 0; i < s->nfields; i++) {
        const StructField& f = s->fields[i];
        if (isBlank(f.name)) continue;
        h = typehash(g, f.typ, (const uint8_t*)p + f.offset, h);
      }
      return h;
    }
    default: panicUncomparable("hash of unhashable type ", t);
  }
}

uint64_t efaceHash(G* g, const Type* t, const void* const* data, uint64_t h) {
  if (t == nullptr) return memhashBytes(&t, h, 0) ^ 0x9E3779B97F4A7C15ull;
  if (t->equal == nullptr) panicUncomparable("hash of unhashable type ", t);
  return typehash(g, t, valuePtr(t, data), h ^ t->hash);
}

bool efaceEqual(G* g, const Type* t, const void* x, const void* y) {
  if (t->equal == nullptr) panicUncomparable("comparing uncomparable type ", t);
  if ((t->kind & KindDirectIface) != 0) return x == y;
  return t->equal(g, x, y);
}

const Type* itabType(const Itab* m) { return m != nullptr ? m->type : nullptr; }

}  // namespace
}  // namespace goc::rt

using namespace goc::rt;

GO_DEF(const Itab*, getitab, const InterfaceType* inter, const Type* t, bool canfail) {
  return getitabImpl(g, inter, t, canfail);
}

// x.(I) for a non-empty I, x's dynamic type t.
GO_DEF(const Itab*, assertE2I, const InterfaceType* inter, const Type* t) {
  if (t == nullptr) panicnildottype(g, &inter->typ);
  return getitabImpl(g, inter, t, false);
}

GO_DEF(const Itab*, assertE2I2, const InterfaceType* inter, const Type* t) {
  if (t == nullptr) return nullptr;
  return getitabImpl(g, inter, t, true);
}

// x.(T) failed for a concrete T: x's static type is iface, its dynamic type have.
GO_DEF(void, panicdottypeE, const Type* have, const Type* want, const Type* iface) {
  panicAssert(iface, have, want, {nullptr, 0});
}

GO_DEF(bool, efaceeq, const Type* t, const void* x, const void* y) { return efaceEqual(g, t, x, y); }

GO_DEF(uint64_t, nilinterhash, const void* p, uint64_t seed) {
  auto* e = (const Eface*)p;
  return efaceHash(g, e->type, (const void* const*)&e->data, seed);
}

GO_DEF(uint64_t, interhash, const void* p, uint64_t seed) {
  auto* e = (const Eface*)p;
  return efaceHash(g, itabType((const Itab*)e->type), (const void* const*)&e->data, seed);
}

GO_DEF(bool, nilinterequal, const void* a, const void* b) {
  auto *x = (const Eface*)a, *y = (const Eface*)b;
  if (x->type != y->type) return false;
  if (x->type == nullptr) return true;
  return efaceEqual(g, x->type, x->data, y->data);
}

GO_DEF(bool, interequal, const void* a, const void* b) {
  auto *x = (const Eface*)a, *y = (const Eface*)b;
  const Type* t = itabType((const Itab*)x->type);
  if (t != itabType((const Itab*)y->type)) return false;
  if (t == nullptr) return true;
  return efaceEqual(g, t, x->data, y->data);
}
