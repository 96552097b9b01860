// map_types.h: the type descriptors the map tests (map_ops.cpp,
// map_fast.cpp) build maps of, as lowering would emit them, and a line
// printer for their results.
#pragma once
#include "go.h"

using namespace goc::rt;  // as in every test program

static const Type intType = {8, 0, 0, 0, 8, 8, KindInt, nullptr, "int", 3};
static const Type int32Type = {4, 0, 0, 0, 4, 4, KindInt32, nullptr, "int32", 5};
static const Type f64Type = {8, 0, 0, 0, 8, 8, KindFloat64, nullptr, "float64", 7};
static const Type stringType = {16, 8, 0, 0, 8, 8, KindString, nullptr, "string", 6};
static const MapType intMap = {{8, 8, 0, 0, 8, 8, KindMap, &intType, "map[int]int", 11},
                               &intType, &intType, memhash64, memequal64, 8, 8, 0, 0};
static const MapType i32Map = {{8, 8, 0, 0, 8, 8, KindMap, &intType, "map[int32]int", 13},
                               &int32Type, &intType, memhash32, memequal32, 4, 8, 0, 0};
static const MapType f64Map = {{8, 8, 0, 0, 8, 8, KindMap, &intType, "map[float64]int", 15},
                               &f64Type, &intType, f64hash, f64equal, 8, 8, 0, 0};
static const MapType strMap = {{8, 8, 0, 0, 8, 8, KindMap, &intType, "map[string]int", 14},
                               &stringType, &intType, strhash, strequal, 16, 8, 0, 0};

static inline void line(G* g, const char* label, int64_t v) {
  printlock(g);
  printstring(g, (const uint8_t*)label, (int64_t)__builtin_strlen(label));
  printsp(g);
  printint(g, v);
  printnl(g);
  printunlock(g);
}
