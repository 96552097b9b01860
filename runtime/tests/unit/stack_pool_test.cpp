// stack_pool_test.cpp: the stack segment allocators (stack_pool.h): carving
// blocks from chunks, the free list of segments, header batches, and the
// guard each kind of segment gets.
// The runtime headers first: system headers define SYS_* macros that
// would clash with os_linux.h's names.
#include "runtime/stack_pool.h"

#include <gtest/gtest.h>

#include <stdlib.h>
#include <string.h>

#include <set>
#include <vector>


using namespace goc::rt;

namespace {

std::vector<void*> mapped;
int mapCalls;
bool mapFails;

uintptr_t testMap(uintptr_t n) {
  mapCalls++;
  if (mapFails) return 0;
  n = (n + 4095) & ~uintptr_t(4095);
  void* p = aligned_alloc(4096, n);
  memset(p, 0, n);
  mapped.push_back(p);
  return (uintptr_t)p;
}

struct StackPoolTest : ::testing::Test {
  void SetUp() override {
    mapCalls = 0;
    mapFails = false;
  }
  void TearDown() override {
    for (void* p : mapped) free(p);
    mapped.clear();
  }
};

TEST_F(StackPoolTest, CarverBlocksAreConsecutive) {
  BlockCarver c;
  uintptr_t a = c.carve(SmallStack, 4 * SmallStack, testMap);
  uintptr_t b = c.carve(SmallStack, 4 * SmallStack, testMap);
  ASSERT_NE(a, 0u);
  EXPECT_EQ(b, a + SmallStack);  // a block's end is the next one's start
  EXPECT_EQ(mapCalls, 1);
  EXPECT_EQ(c.chunks, 1u);
}

TEST_F(StackPoolTest, CarverMapsANewChunkWhenFull) {
  BlockCarver c;
  std::set<uintptr_t> blocks;
  for (int i = 0; i < 10; i++) blocks.insert(c.carve(SmallStack, 4 * SmallStack, testMap));
  EXPECT_EQ(blocks.size(), 10u);
  EXPECT_EQ(mapCalls, 3);  // 4 + 4 + 2
  EXPECT_EQ(c.chunks, 3u);
  for (uintptr_t b : blocks) EXPECT_EQ(b % 16, 0u);
}

TEST_F(StackPoolTest, CarverReportsMapFailure) {
  BlockCarver c;
  mapFails = true;
  EXPECT_EQ(c.carve(SmallStack, 4 * SmallStack, testMap), 0u);
  mapFails = false;
  EXPECT_NE(c.carve(SmallStack, 4 * SmallStack, testMap), 0u);
}

TEST_F(StackPoolTest, FreeListIsLifo) {
  StackSeg s[3] = {};
  SegFreeList l;
  EXPECT_TRUE(l.empty());
  EXPECT_EQ(l.pop(), nullptr);
  for (auto& x : s) {
    x.prev = &s[0];  // stale links are cleared
    l.push(&x);
  }
  EXPECT_EQ(l.len, 3);
  EXPECT_EQ(l.pop(), &s[2]);
  EXPECT_EQ(l.pop(), &s[1]);
  l.push(&s[2]);
  EXPECT_EQ(l.pop(), &s[2]);
  StackSeg* last = l.pop();
  EXPECT_EQ(last, &s[0]);
  EXPECT_EQ(last->next, nullptr);
  EXPECT_EQ(last->prev, nullptr);
  EXPECT_EQ(l.len, 0);
  EXPECT_TRUE(l.empty());
}

TEST_F(StackPoolTest, HeaderBatchesAreDistinctAndZeroed) {
  HeaderBatch h;
  std::set<StackSeg*> got;
  for (int i = 0; i < 20; i++) {
    StackSeg* s = h.get(8, testMap);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->lo, 0u);
    EXPECT_EQ(s->next, nullptr);
    got.insert(s);
  }
  EXPECT_EQ(got.size(), 20u);
  EXPECT_EQ(mapCalls, 3);
}

TEST_F(StackPoolTest, GuardDependsOnKind) {
  StackSeg s{};
  s.lo = 0x10000;
  s.hi = s.lo + SmallStack;
  s.kind = SegSmall;
  EXPECT_EQ(segGuard(&s), s.lo + SmallStackGuard);
  s.kind = SegStd;
  EXPECT_EQ(segGuard(&s), s.lo + STACK_GUARD);
  s.kind = SegBig;
  EXPECT_EQ(segGuard(&s), s.lo + STACK_GUARD);
  // A first segment keeps ~1.1 KiB of frames above its guard, as gc's 2 KiB stack.
  EXPECT_GE(SmallStack - SmallStackGuard, 1024u);
}

}  // namespace
