// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s
// select lowers by shape: one case plus default is a non-blocking runtime
// call (selectnbrecv / selectnbsend); more cases build an scase array for
// runtime.selectgo; `select {}` is runtime.block.
package main

// CHECK-LABEL: define {{.*}}@main.tryRecv(
// CHECK: call swiftcc { i1, i1 } @runtime.selectnbrecv(
// CHECK-NOT: @runtime.selectgo
// CHECK: ret
func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

// CHECK-LABEL: define {{.*}}@main.trySend(
// CHECK: call swiftcc i1 @runtime.selectnbsend(
func trySend(c chan int) bool {
	select {
	case c <- 1:
		return true
	default:
		return false
	}
}

// CHECK-LABEL: define {{.*}}@main.two(
// CHECK: %[[R:.*]] = call swiftcc { i64, i1 } @runtime.selectgo(ptr %g, ptr %{{[^,]+}}, ptr %{{[^,]+}}, i64 1, i64 1, i1 true)
// CHECK: switch i64 %{{.*}}, label
func two(a, b chan int) int {
	select {
	case a <- 1:
		return 1
	case v := <-b:
		return v
	}
}

// CHECK-LABEL: define {{.*}}@main.forever(
// CHECK: call swiftcc void @runtime.block(
// CHECK-NEXT: unreachable
func forever() {
	select {}
}

func main() {
	c := make(chan int, 1)
	println(trySend(c))
	println(tryRecv(c))
	println(two(make(chan int, 1), c))
	if len(c) > 5 {
		forever()
	}
}
