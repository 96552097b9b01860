// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s
// A function with one defer, open-coded: one frame block `defer.open`
// ({Defer record, runner code, deferBits, operands}), whose record is linked
// on g->defer_ (g+40) at entry, before the frame checkpoint
// (runtime.deferframe, returns_twice; 1 after a recovery goes straight to
// the exit block). The defer statement sets bit 0 of deferBits (byte 48);
// the exit block disarms recover (g->panic_ at g+32), tests the bit, clears
// it and calls the deferred function directly, then pops the record. The
// runner main.work.deferrun makes the same call for gopanic.
package main

func cleanup() { println("cleanup") }

func work(x int) int {
	defer cleanup()
	return x + 1
}

func main() { println(work(1)) }

// CHECK-LABEL: define swiftcc i64 @main.work(
// CHECK: %defer.open = alloca [7 x i64], align 8
// CHECK: %defer.frame = alloca [11 x i64]
// CHECK: store ptr @main.work.deferrun, ptr
// CHECK: store i8 0, ptr
// CHECK: %[[LINKP:.*]] = getelementptr i8, ptr %g, i64 40
// CHECK: store ptr %defer.open, ptr %[[LINKP]]
// CHECK: %[[R:.*]] = call swiftcc i64 @runtime.deferframe(ptr %g, ptr %defer.frame) #[[RT:[0-9]+]]
// CHECK: %[[C:.*]] = icmp ne i64 %[[R]], 0
// CHECK: br i1 %[[C]], label %defer.exit, label %defer.body
// CHECK: defer.body:
// CHECK: %deferBits = load i8, ptr
// CHECK: or i8 %deferBits, 1
// CHECK-NOT: call
// CHECK: defer.exit:
// CHECK: getelementptr i8, ptr %g, i64 32
// CHECK: defer.loop:
// CHECK: %[[B:deferBits[0-9]*]] = load i8, ptr
// CHECK: and i8 %[[B]], 1
// CHECK: defer.open.run:
// CHECK: and i8 %[[B]], -2
// CHECK: call swiftcc void @main.cleanup(ptr swiftasync %g, ptr swiftself @"main.cleanup{{.*}}f")
// CHECK: defer.open.next:
// CHECK: getelementptr i8, ptr %g, i64 40
// CHECK: ret i64
// CHECK-LABEL: define internal swiftcc void @main.work.deferrun(
// CHECK: call swiftcc void @main.cleanup({{.*}}) #[[NI:[0-9]+]]
// CHECK: attributes #[[RT]] = { returns_twice }
// CHECK: attributes #[[NI]] = { noinline }
