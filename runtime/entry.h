// entry.h: the C++ declarations of the runtime entry points, one per row of
// abi/runtime_func.def, with the runtime's own types for the parameters.
// abi_check.cpp proves each declaration matches its row.
#pragma once

#include "runtime.h"
#include "chan.h"

namespace goc::rt {
struct Hmap;
struct RuneDecode {
  int32_t r;
  int64_t k;
};
struct String {
  const uint8_t* ptr;
  int64_t len;
};
struct Slice {
  void* ptr;
  int64_t len;
  int64_t cap;
};
struct PtrBool {
  void* p;
  bool ok;
};
}  // namespace goc::rt

using goc::rt::Hmap;
using goc::rt::MapIter;
using goc::rt::MapType;
using goc::rt::Type;

// memory
GO_ENTRY(void*, mallocgc, uint64_t size, const Type* t, bool needzero);
GO_ENTRY(void*, newobject, const Type* t);
GO_ENTRY(void*, makeslice, const Type* et, int64_t len, int64_t cap);
GO_ENTRY(goc::rt::Slice, growslice, void* oldptr, int64_t oldlen, int64_t oldcap, int64_t newlen,
         const Type* et);
GO_ENTRY(void, memmove, void* dst, const void* src, int64_t n);
GO_ENTRY(void, memclr, void* p, int64_t n);
GO_ENTRY(bool, memequal, const void* a, const void* b, int64_t n);

// strings
GO_ENTRY(goc::rt::String, concatstring2, const uint8_t* a, int64_t alen, const uint8_t* b,
         int64_t blen);
GO_ENTRY(goc::rt::String, concatstrings, const goc::rt::String* a, int64_t n);
GO_ENTRY(int64_t, cmpstring, const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen);
GO_ENTRY(bool, eqstring, const uint8_t* a, int64_t alen, const uint8_t* b, int64_t blen);
GO_ENTRY(goc::rt::String, slicebytetostring, const uint8_t* p, int64_t n);
GO_ENTRY(goc::rt::Slice, stringtoslicebyte, const uint8_t* p, int64_t n);
GO_ENTRY(goc::rt::Slice, stringtoslicerune, const uint8_t* p, int64_t n);
GO_ENTRY(goc::rt::String, slicerunetostring, const int32_t* p, int64_t n);
GO_ENTRY(goc::rt::String, intstring, int64_t v);
GO_ENTRY(goc::rt::RuneDecode, decoderune, const uint8_t* s, int64_t len, int64_t k);
// Variants with a 32-element stack buffer for results that do not escape.
GO_ENTRY(goc::rt::String, concatstringsbuf, uint8_t* buf, const goc::rt::String* a, int64_t n);
GO_ENTRY(goc::rt::String, slicebytetostringbuf, uint8_t* buf, const uint8_t* p, int64_t n);
GO_ENTRY(goc::rt::Slice, stringtoslicebytebuf, uint8_t* buf, const uint8_t* p, int64_t n);
GO_ENTRY(goc::rt::Slice, stringtoslicerunebuf, int32_t* buf, const uint8_t* p, int64_t n);

// print
GO_ENTRY(void, printlock);
GO_ENTRY(void, printunlock);
GO_ENTRY(void, printint, int64_t v);
GO_ENTRY(void, printuint, uint64_t v);
GO_ENTRY(void, printfloat, double v);
GO_ENTRY(void, printcomplex, double re, double im);
GO_ENTRY(void, printbool, bool v);
GO_ENTRY(void, printstring, const uint8_t* p, int64_t n);
GO_ENTRY(void, printpointer, const void* p);
GO_ENTRY(void, printhex, uint64_t v);
GO_ENTRY(void, printslice, const void* p, int64_t len, int64_t cap);
GO_ENTRY(void, printeface, const Type* t, const void* data);
GO_ENTRY(void, printiface, const void* itab, const void* data);
GO_ENTRY(void, printsp);
GO_ENTRY(void, printnl);

// panics
GO_ENTRY_NORETURN(panicIndex, int64_t x, int64_t y);
GO_ENTRY_NORETURN(panicIndexU, uint64_t x, int64_t y);
GO_ENTRY_NORETURN(panicSliceAlen, int64_t x, int64_t y);
GO_ENTRY_NORETURN(panicSliceAcap, int64_t x, int64_t y);
GO_ENTRY_NORETURN(panicSliceB, int64_t x, int64_t y);
GO_ENTRY_NORETURN(panicSlice3Alen, int64_t x, int64_t y);
GO_ENTRY_NORETURN(panicSlice3Acap, int64_t x, int64_t y);
GO_ENTRY_NORETURN(panicSlice3B, int64_t x, int64_t y);
GO_ENTRY_NORETURN(panicSlice3C, int64_t x, int64_t y);
GO_ENTRY_NORETURN(panicSliceConvert, int64_t x, int64_t y);
GO_ENTRY_NORETURN(panicdivide);
GO_ENTRY_NORETURN(panicshift);
GO_ENTRY_NORETURN(panicunsafeslicelen);
GO_ENTRY_NORETURN(panicunsafeslicenilptr);
GO_ENTRY_NORETURN(panicunsafestringlen);
GO_ENTRY_NORETURN(panicunsafestringnilptr);
GO_ENTRY_NORETURN(panicmem);
GO_ENTRY_NORETURN(panicnildottype, const Type* want);
GO_ENTRY_NORETURN(gopanic, const Type* t, void* data);
extern "C" SWIFTCALL __attribute__((noreturn)) void throw_(goc::rt::G* g GCTX, const uint8_t* s,
                                                           int64_t n) asm("runtime.throw");

// maps
GO_ENTRY(Hmap*, makemap, const MapType* t, int64_t hint);
GO_ENTRY(void*, mapaccess1, const MapType* t, Hmap* h, const void* key);
GO_ENTRY(goc::rt::PtrBool, mapaccess2, const MapType* t, Hmap* h, const void* key);
GO_ENTRY(void*, mapassign, const MapType* t, Hmap* h, const void* key);
GO_ENTRY(void, mapdelete, const MapType* t, Hmap* h, const void* key);
GO_ENTRY(void, mapclear, const MapType* t, Hmap* h);
GO_ENTRY(int64_t, maplen, Hmap* h);
GO_ENTRY(void, mapiterinit, const MapType* t, Hmap* h, MapIter* it);
GO_ENTRY(void, mapiternext, MapIter* it);
GO_ENTRY(void*, mapaccess1_fast64, const MapType* t, Hmap* h, uint64_t key);
GO_ENTRY(goc::rt::PtrBool, mapaccess2_fast64, const MapType* t, Hmap* h, uint64_t key);
GO_ENTRY(void*, mapassign_fast64, const MapType* t, Hmap* h, uint64_t key);
GO_ENTRY(void, mapdelete_fast64, const MapType* t, Hmap* h, uint64_t key);
GO_ENTRY(void*, mapaccess1_fast32, const MapType* t, Hmap* h, uint32_t key);
GO_ENTRY(goc::rt::PtrBool, mapaccess2_fast32, const MapType* t, Hmap* h, uint32_t key);
GO_ENTRY(void*, mapassign_fast32, const MapType* t, Hmap* h, uint32_t key);
GO_ENTRY(void, mapdelete_fast32, const MapType* t, Hmap* h, uint32_t key);
GO_ENTRY(void*, mapaccess1_faststr, const MapType* t, Hmap* h, const uint8_t* kp, int64_t kn);
GO_ENTRY(goc::rt::PtrBool, mapaccess2_faststr, const MapType* t, Hmap* h, const uint8_t* kp, int64_t kn);
GO_ENTRY(void*, mapassign_faststr, const MapType* t, Hmap* h, const uint8_t* kp, int64_t kn);
GO_ENTRY(void, mapdelete_faststr, const MapType* t, Hmap* h, const uint8_t* kp, int64_t kn);

// hash and equality helpers
GO_ENTRY(uint64_t, memhash8, const void* p, uint64_t seed);
GO_ENTRY(uint64_t, memhash16, const void* p, uint64_t seed);
GO_ENTRY(uint64_t, memhash32, const void* p, uint64_t seed);
GO_ENTRY(uint64_t, memhash64, const void* p, uint64_t seed);
GO_ENTRY(uint64_t, strhash, const void* p, uint64_t seed);
GO_ENTRY(uint64_t, f32hash, const void* p, uint64_t seed);
GO_ENTRY(uint64_t, f64hash, const void* p, uint64_t seed);
GO_ENTRY(uint64_t, memhash, const void* p, uint64_t seed, uint64_t size);
GO_ENTRY(bool, memequal8, const void* a, const void* b);
GO_ENTRY(bool, memequal16, const void* a, const void* b);
GO_ENTRY(bool, memequal32, const void* a, const void* b);
GO_ENTRY(bool, memequal64, const void* a, const void* b);
GO_ENTRY(bool, strequal, const void* a, const void* b);
GO_ENTRY(bool, f32equal, const void* a, const void* b);
GO_ENTRY(bool, f64equal, const void* a, const void* b);

// interfaces (iface.cpp)
GO_ENTRY(const goc::rt::Itab*, getitab, const goc::rt::InterfaceType* inter, const Type* t, bool canfail);
GO_ENTRY(const goc::rt::Itab*, assertE2I, const goc::rt::InterfaceType* inter, const Type* t);
GO_ENTRY(const goc::rt::Itab*, assertE2I2, const goc::rt::InterfaceType* inter, const Type* t);
GO_ENTRY_NORETURN(panicdottypeE, const Type* have, const Type* want, const Type* iface);
GO_ENTRY(bool, efaceeq, const Type* t, const void* x, const void* y);
GO_ENTRY(uint64_t, nilinterhash, const void* p, uint64_t seed);
GO_ENTRY(uint64_t, interhash, const void* p, uint64_t seed);
GO_ENTRY(bool, nilinterequal, const void* a, const void* b);
GO_ENTRY(bool, interequal, const void* a, const void* b);

// defer, panic, recover (panic.cpp, asm/defer.S)
GO_ENTRY(int64_t, deferframe, goc::rt::Gobuf* buf);
GO_ENTRY(goc::rt::Panic*, deferrecoverable);
GO_ENTRY(goc::rt::Eface, gorecover, goc::rt::Panic* token);

// goroutines (proc.cpp)
GO_ENTRY(void, newproc, void* fnval);
GO_ENTRY(void, checksystemstack);

// channels and select (chan.cpp, select.cpp)
GO_ENTRY(goc::rt::Hchan*, makechan, const Type* chantype, int64_t size);
GO_ENTRY(void, chansend1, goc::rt::Hchan* c, void* elem);
GO_ENTRY(void, chanrecv1, goc::rt::Hchan* c, void* elem);
GO_ENTRY(bool, chanrecv2, goc::rt::Hchan* c, void* elem);
GO_ENTRY(void, closechan, goc::rt::Hchan* c);
GO_ENTRY(bool, selectnbsend, goc::rt::Hchan* c, void* elem);
GO_ENTRY(goc::rt::RecvResult, selectnbrecv, void* elem, goc::rt::Hchan* c);
GO_ENTRY(goc::rt::SelectResult, selectgo, goc::rt::Scase* cas0, uint16_t* order0, int64_t nsends,
         int64_t nrecvs, bool block);
GO_ENTRY(void, block);

// complex numbers (complex.cpp)
namespace goc::rt {
struct Complex128 {
  double re;
  double im;
};
}  // namespace goc::rt
GO_ENTRY(goc::rt::Complex128, complex128div, double nre, double nim, double mre, double mim);
