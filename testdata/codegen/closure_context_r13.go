// RUN: %goc build -S -o - %s | FileCheck %s
// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s --check-prefix=IR
// A closure reads its captured variables through the closure context, which
// arrives in R13 (swiftself); calling a func value loads the code pointer
// from word 0 of the closure object and passes the object in R13.
package main

func apply(f func() int, n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += f()
	}
	return t
}

func main() {
	x := 3
	get := func() int { return x }
	x = 4
	println(apply(get, 5))
}

// CHECK-LABEL: main.apply:
// CHECK:       callq *
// CHECK-LABEL: main.main.func1:
// CHECK:       {{[0-9]+}}(%r13)
// CHECK:       retq

// IR-LABEL: define {{.*}}@main.apply(
// IR: [[CODE:%[^ ]+]] = load ptr, ptr [[OBJ:%[0-9]+]],
// IR-NEXT: call swiftcc i64 [[CODE]](ptr swiftasync %g, ptr swiftself [[OBJ]])
// IR: define {{.*}}swiftcc i64 @main.main.func1(ptr swiftasync %g, ptr swiftself %ctx)
