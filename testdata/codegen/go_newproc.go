// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s
// `go work(x, done)`: the operands are evaluated at the statement into a
// heap closure object {F, A0, A1} whose F is the thunk main.main.gowrap1,
// and the object goes to runtime.newproc; the thunk loads the operands from
// its closure context and makes the call. `go tick()` (no operands, no
// results) passes the function's static closure itself.
package main

func work(x int, done chan bool) {
	println(x)
	done <- true
}

func tick() {}

func main() {
	done := make(chan bool)
	x := 42
	go work(x, done)
	go tick()
	<-done
}

// CHECK-LABEL: define swiftcc void @main.main(
// CHECK: %go.closure = call swiftcc ptr @runtime.newobject(ptr %g, ptr @"type:struct { F unsafe.Pointer; A0 int; A1 chan bool }")
// CHECK: store ptr @main.main.gowrap1, ptr
// CHECK: call swiftcc void @runtime.newproc(ptr %g, ptr %go.closure)
// CHECK: call swiftcc void @runtime.newproc(ptr %g, ptr @"main.tick{{.*}}")
// CHECK-LABEL: define swiftcc void @main.main.gowrap1(ptr swiftasync %g, ptr swiftself %ctx)
// CHECK: %[[X:[0-9]+]] = load i64, ptr
// CHECK: %[[D:[0-9]+]] = load ptr, ptr
// CHECK: call swiftcc void @main.work(ptr swiftasync %g, ptr swiftself null, i64 %[[X]], ptr %[[D]])
