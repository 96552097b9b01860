// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s
// Channel operations are runtime calls with the value passed by address:
// send -> chansend1, receive -> chanrecv1, comma-ok receive -> chanrecv2,
// len/cap load hchan.qcount / hchan.dataqsiz inline.
package main

// CHECK-LABEL: define {{.*}}@main.send(
// CHECK: store i64 %{{[0-9]+}}, ptr %[[SLOT:[^,]+]]
// CHECK: call swiftcc void @runtime.chansend1(ptr %g, ptr %{{[^,]+}}, ptr %[[SLOT]])
func send(c chan int, x int) {
	c <- x
}

// CHECK-LABEL: define {{.*}}@main.recv(
// CHECK: call swiftcc void @runtime.chanrecv1(ptr %g, ptr %{{[^,]+}}, ptr %[[DST:[^)]+]])
// CHECK: load i64, ptr %[[DST]]
func recv(c chan int) int {
	return <-c
}

// CHECK-LABEL: define {{.*}}@main.recvOk(
// CHECK: call swiftcc i1 @runtime.chanrecv2(
func recvOk(c chan string) (string, bool) {
	v, ok := <-c
	return v, ok
}

// CHECK-LABEL: define {{.*}}@main.lenCap(
// CHECK: load atomic i64, ptr %{{.*}} monotonic
// CHECK: getelementptr i8, ptr %{{.*}}, i64 8
// CHECK-NOT: call
// CHECK: ret
func lenCap(c chan int) (int, int) {
	return len(c), cap(c)
}

// CHECK-LABEL: define {{.*}}@main.main(
// CHECK: call swiftcc ptr @runtime.makechan(ptr %g, ptr @"type:chan int", i64 3)
// CHECK: call swiftcc void @runtime.closechan(
func main() {
	c := make(chan int, 3)
	send(c, 1)
	println(recv(c))
	close(c)
	_, _ = recvOk(make(chan string))
	println(lenCap(c))
}
