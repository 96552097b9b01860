// runq_test.cpp: the run queues (runq.cpp) on their own: a P's ring and
// runnext, overflow to the global queue, globrunqget's batches, stealing
// half, and a concurrent owner-versus-stealers run that checks no goroutine
// is lost or duplicated.
// The runtime headers first: system headers define SYS_* macros that
// would clash with os_linux.h's names.
#include "runtime/sched.h"
#include "unit.h"

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>


using namespace goc::rt;

namespace {

struct RunqTest : ::testing::Test {
  std::unique_ptr<G[]> gs{new G[2048]()};
  std::unique_ptr<P> p1{new P()};
  std::unique_ptr<P> p2{new P()};
  void SetUp() override {
    resetSched();
    p1->id = 0;
    p2->id = 1;
    p1->status = Pidle;  // not Prunning: stealing runnext does not sleep
    p2->status = Pidle;
  }
  G* g(int i) { return &gs[i]; }
};

TEST_F(RunqTest, EmptyQueue) {
  bool inherit = true;
  EXPECT_TRUE(runqempty(p1.get()));
  EXPECT_EQ(runqget(p1.get(), &inherit), nullptr);
  EXPECT_FALSE(inherit);
}

TEST_F(RunqTest, FifoOrder) {
  for (int i = 0; i < 10; i++) runqput(p1.get(), g(i), false);
  EXPECT_FALSE(runqempty(p1.get()));
  for (int i = 0; i < 10; i++) {
    bool inherit = true;
    EXPECT_EQ(runqget(p1.get(), &inherit), g(i));
    EXPECT_FALSE(inherit);
  }
  EXPECT_TRUE(runqempty(p1.get()));
}

TEST_F(RunqTest, RunnextFirstAndInheritsTime) {
  runqput(p1.get(), g(0), false);
  runqput(p1.get(), g(1), true);
  bool inherit = false;
  EXPECT_EQ(runqget(p1.get(), &inherit), g(1));
  EXPECT_TRUE(inherit);
  EXPECT_EQ(runqget(p1.get(), &inherit), g(0));
  EXPECT_FALSE(inherit);
}

TEST_F(RunqTest, RunnextKicksOldToTail) {
  runqput(p1.get(), g(0), false);
  runqput(p1.get(), g(1), true);
  runqput(p1.get(), g(2), true);  // g1 goes to the tail of the ring
  EXPECT_EQ(p1->runnext, g(2));
  EXPECT_EQ(runqget(p1.get(), nullptr), g(2));
  EXPECT_EQ(runqget(p1.get(), nullptr), g(0));
  EXPECT_EQ(runqget(p1.get(), nullptr), g(1));
  EXPECT_EQ(runqget(p1.get(), nullptr), nullptr);
}

TEST_F(RunqTest, RunnextAloneIsNotEmpty) {
  runqput(p1.get(), g(0), true);
  EXPECT_FALSE(runqempty(p1.get()));
}

TEST_F(RunqTest, WrapsAroundTheRing) {
  // Many more puts than slots, never more than 100 queued.
  int next = 0, want = 0;
  for (int round = 0; round < 40; round++) {
    for (int i = 0; i < 100; i++) runqput(p1.get(), g(next++ % 2048), false);
    for (int i = 0; i < 100; i++) EXPECT_EQ(runqget(p1.get(), nullptr), g(want++ % 2048));
  }
  EXPECT_EQ(p1->runqtail, 4000u);
}

TEST_F(RunqTest, OverflowMovesHalfToGlobalQueue) {
  for (int i = 0; i < 256; i++) runqput(p1.get(), g(i), false);
  EXPECT_EQ(sched.runqsize, 0);
  runqput(p1.get(), g(256), false);  // full: the oldest 128 and g256 go global
  EXPECT_EQ(sched.runqsize, 129);
  EXPECT_EQ(p1->runqtail - p1->runqhead, 128u);
  // The global queue holds g0..g127 then g256, in order.
  G* x = sched.runqhead;
  for (int i = 0; i < 128; i++, x = x->schedlink) ASSERT_EQ(x, g(i));
  EXPECT_EQ(x, g(256));
  EXPECT_EQ(x->schedlink, nullptr);
  EXPECT_EQ(sched.runqtail, g(256));
  // The local queue keeps g128..g255.
  for (int i = 128; i < 256; i++) ASSERT_EQ(runqget(p1.get(), nullptr), g(i));
  EXPECT_TRUE(runqempty(p1.get()));
}

TEST_F(RunqTest, GlobalQueueFifo) {
  for (int i = 0; i < 5; i++) globrunqput(g(i));
  EXPECT_EQ(sched.runqsize, 5);
  gomaxprocs = 1;
  // n = min(size/gomaxprocs + 1, size) = 5, capped by max = 3: g0 is
  // returned, g1 and g2 go to the local queue.
  EXPECT_EQ(globrunqget(p1.get(), 3), g(0));
  EXPECT_EQ(sched.runqsize, 2);
  EXPECT_EQ(runqget(p1.get(), nullptr), g(1));
  EXPECT_EQ(runqget(p1.get(), nullptr), g(2));
  EXPECT_EQ(runqget(p1.get(), nullptr), nullptr);
  EXPECT_EQ(globrunqget(p1.get(), 0), g(3));
  EXPECT_EQ(runqget(p1.get(), nullptr), g(4));
  EXPECT_EQ(sched.runqsize, 0);
  EXPECT_EQ(sched.runqhead, nullptr);
  EXPECT_EQ(sched.runqtail, nullptr);
  EXPECT_EQ(globrunqget(p1.get(), 0), nullptr);
}

TEST_F(RunqTest, GlobalQueueShareDependsOnGomaxprocs) {
  for (int i = 0; i < 100; i++) globrunqput(g(i));
  gomaxprocs = 4;
  EXPECT_EQ(globrunqget(p1.get(), 0), g(0));  // takes 100/4+1 = 26
  EXPECT_EQ(sched.runqsize, 74);
  EXPECT_EQ(p1->runqtail - p1->runqhead, 25u);
}

TEST_F(RunqTest, GlobalBatch) {
  for (int i = 0; i < 3; i++) g(i)->schedlink = g(i + 1);
  globrunqput(g(10));
  globrunqputbatch(g(0), g(3), 4);
  EXPECT_EQ(sched.runqsize, 5);
  EXPECT_EQ(sched.runqhead, g(10));
  EXPECT_EQ(g(10)->schedlink, g(0));
  EXPECT_EQ(sched.runqtail, g(3));
  EXPECT_EQ(g(3)->schedlink, nullptr);
}

TEST_F(RunqTest, StealTakesHalf) {
  for (int i = 0; i < 10; i++) runqput(p2.get(), g(i), false);
  // Thief gets ceil(10/2) = 5: returns the last of them, queues the other 4.
  G* got = runqsteal(p1.get(), p2.get(), false);
  EXPECT_EQ(got, g(4));
  EXPECT_EQ(p1->runqtail - p1->runqhead, 4u);
  EXPECT_EQ(p2->runqtail - p2->runqhead, 5u);
  for (int i = 0; i < 4; i++) EXPECT_EQ(runqget(p1.get(), nullptr), g(i));
  for (int i = 5; i < 10; i++) EXPECT_EQ(runqget(p2.get(), nullptr), g(i));
}

TEST_F(RunqTest, StealOneLeavesNothing) {
  runqput(p2.get(), g(7), false);
  EXPECT_EQ(runqsteal(p1.get(), p2.get(), false), g(7));
  EXPECT_TRUE(runqempty(p1.get()));
  EXPECT_TRUE(runqempty(p2.get()));
}

TEST_F(RunqTest, StealFullQueue) {
  for (int i = 0; i < 256; i++) runqput(p2.get(), g(i), false);
  EXPECT_EQ(runqsteal(p1.get(), p2.get(), false), g(127));
  EXPECT_EQ(p1->runqtail - p1->runqhead, 127u);
  EXPECT_EQ(p2->runqtail - p2->runqhead, 128u);
}

TEST_F(RunqTest, StealRunnextOnlyWhenAskedAndQueueEmpty) {
  runqput(p2.get(), g(1), true);
  EXPECT_EQ(runqsteal(p1.get(), p2.get(), false), nullptr);
  EXPECT_EQ(p2->runnext, g(1));
  EXPECT_EQ(runqsteal(p1.get(), p2.get(), true), g(1));
  EXPECT_EQ(p2->runnext, nullptr);
  // With a non-empty ring, runnext stays even when asked.
  runqput(p2.get(), g(2), false);
  runqput(p2.get(), g(3), true);
  EXPECT_EQ(runqsteal(p1.get(), p2.get(), true), g(2));
  EXPECT_EQ(p2->runnext, g(3));
}

TEST_F(RunqTest, StealFromEmpty) {
  EXPECT_EQ(runqsteal(p1.get(), p2.get(), true), nullptr);
  EXPECT_TRUE(runqempty(p1.get()));
}

// The owner puts and gets while two threads steal from it: each goroutine
// comes out exactly once (the ring is single-producer, multi-consumer).
TEST_F(RunqTest, ConcurrentOwnerAndStealers) {
  constexpr int N = 200000;
  std::unique_ptr<G[]> many(new G[N]());
  std::unique_ptr<std::atomic<int>[]> seen(new std::atomic<int>[N]);
  for (int i = 0; i < N; i++) seen[i] = 0;
  std::unique_ptr<P> thieves[2] = {std::unique_ptr<P>(new P()), std::unique_ptr<P>(new P())};
  std::atomic<bool> done{false};
  std::atomic<int> taken{0};
  auto mark = [&](G* gp) {
    seen[gp - many.get()]++;
    taken++;
  };
  std::vector<std::thread> ts;
  for (int t = 0; t < 2; t++) {
    ts.emplace_back([&, t] {
      P* me = thieves[t].get();
      while (!done.load() || !runqempty(p1.get())) {
        if (G* gp = runqsteal(me, p1.get(), true)) {
          mark(gp);
          while (G* x = runqget(me, nullptr)) mark(x);
        }
      }
    });
  }
  for (int i = 0; i < N; i++) {
    runqput(p1.get(), &many[i], i % 7 == 0);
    if (i % 3 == 0)
      if (G* gp = runqget(p1.get(), nullptr)) mark(gp);
  }
  done = true;
  while (G* gp = runqget(p1.get(), nullptr)) mark(gp);
  for (auto& t : ts) t.join();
  // Overflow may have sent some to the global queue.
  while (G* gp = sched.runqhead) {
    sched.runqhead = gp->schedlink;
    mark(gp);
  }
  EXPECT_EQ(taken.load(), N);
  int bad = 0;
  for (int i = 0; i < N; i++) bad += seen[i] != 1;
  EXPECT_EQ(bad, 0);
}

}  // namespace
