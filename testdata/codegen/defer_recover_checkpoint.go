// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s
// A frame whose deferred function calls recover() keeps the frame
// checkpoint: its record carries the Gobuf (`defer.frame`, field +8) and
// the armable mask (byte 36 of the flags word: 0x2_0001_0000, the second
// deferred call, bit 1, may recover; helper, bit 0, may not), and
// runtime.deferframe (returns_twice) follows the link. A deferred literal
// capturing variables has its closure object {code, cells} in the frame
// block (+40), not on the heap, and is called directly with ctx = that
// object. recover() takes its token only when g->panic_ (g+32) is set, and
// calls gorecover only with a token.
package main

func helper() { println("helper") }

func guarded(x int) (r int) {
	defer helper()
	defer func() {
		if recover() != nil {
			r = -1
		}
	}()
	return 10 / x
}

func main() { println(guarded(1), guarded(0)) }

// CHECK-LABEL: define swiftcc i64 @main.guarded(
// CHECK: %defer.open = alloca [7 x i64], align 8
// CHECK: %defer.frame = alloca [11 x i64]
// CHECK: store ptr @main.guarded.deferrun, ptr
// CHECK: %[[FP:.*]] = getelementptr i8, ptr %defer.open, i64 8
// CHECK: store ptr %defer.frame, ptr %[[FP]]
// CHECK: store i64 8590000128, ptr
// CHECK: call swiftcc i64 @runtime.deferframe(ptr %g, ptr %defer.frame) #[[RT:[0-9]+]]
// CHECK: defer.body:
// CHECK-NOT: newobject
// CHECK: %[[OBJ:.*]] = getelementptr i8, ptr %defer.open, i64 40
// CHECK-NEXT: store ptr @main.guarded.func1, ptr %[[OBJ]]
// CHECK: store ptr %r, ptr
// CHECK: defer.exit:
// CHECK: %[[CTX:.*]] = getelementptr i8, ptr %defer.open, i64 40
// CHECK-NEXT: call swiftcc void @main.guarded.func1(ptr swiftasync %g, ptr swiftself %[[CTX]])
// CHECK: call swiftcc void @main.helper(

// CHECK-LABEL: define swiftcc void @main.guarded.func1(
// CHECK: %[[PP:.*]] = getelementptr i8, ptr %g, i64 32
// CHECK-NEXT: %panic = load ptr, ptr %[[PP]]
// CHECK-NEXT: %[[NP:.*]] = icmp eq ptr %panic, null
// CHECK-NEXT: br i1 %[[NP]], label %recover.token, label %recover.take
// CHECK: recover.take:
// CHECK-NEXT: call swiftcc ptr @runtime.deferrecoverable(
// CHECK: recover.call:
// CHECK-NEXT: call swiftcc { ptr, ptr } @runtime.gorecover(
// CHECK: attributes #[[RT]] = { returns_twice }
