// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s
// A function with one defer: its frame checkpoint (runtime.deferframe,
// returns_twice; 1 after a recovery goes straight to the exit block), a
// defer record in the frame linked on g->defer_ (g+40), and an exit block
// that disarms recover (g->panic_ at g+32), pops this frame's records and
// calls each one's closure (code in word 0, the closure as swiftself).
package main

func cleanup() { println("cleanup") }

func work(x int) int {
	defer cleanup()
	return x + 1
}

func main() { println(work(1)) }

// CHECK-LABEL: define swiftcc i64 @main.work(
// CHECK: %defer.rec = alloca { ptr, ptr, ptr, ptr, i8, i8 }
// CHECK: %defer.frame = alloca [11 x i64]
// CHECK: %[[R:.*]] = call swiftcc i64 @runtime.deferframe(ptr %g, ptr %defer.frame) #[[RT:[0-9]+]]
// CHECK: %[[C:.*]] = icmp ne i64 %[[R]], 0
// CHECK: br i1 %[[C]], label %defer.exit, label %defer.body
// CHECK: defer.exit:
// CHECK: getelementptr i8, ptr %g, i64 32
// CHECK: defer.push:
// CHECK: store ptr @"main.cleanup{{.*}}f", ptr
// CHECK: store ptr %defer.frame, ptr
// CHECK: %[[LINKP:.*]] = getelementptr i8, ptr %g, i64 40
// CHECK: store ptr %defer.rec{{[0-9]*}}, ptr %{{[0-9]+}}
// CHECK: defer.loop:
// CHECK: defer.run:
// CHECK: %fn.code = load ptr, ptr %fv
// CHECK: call swiftcc void %fn.code(ptr swiftasync %g, ptr swiftself %fv)
// CHECK: defer.done:
// CHECK: ret i64
// CHECK: attributes #[[RT]] = { returns_twice }
