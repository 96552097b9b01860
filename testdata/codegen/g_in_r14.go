// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s --check-prefix=IR
// RUN: %goc build -S -o - %s | FileCheck %s
// Every Go function takes g as `ptr swiftasync` (R14) and the closure context
// as `ptr swiftself` (R13). g arrives in R14 and is passed on in R14
// unchanged: a Go function that only calls other Go functions never touches
// the register at all.
package main

func leaf(n int) int {
	if n < 2 {
		return n
	}
	return leaf(n-1) + leaf(n-2)
}

func caller(n int) int {
	return leaf(n) + leaf(n+1)
}

func main() {
	println(caller(10))
}

// IR: define {{.*}}swiftcc i64 @main.leaf(ptr swiftasync %g, ptr swiftself %ctx, i64 %n)
// IR: call swiftcc i64 @main.leaf(ptr swiftasync %g, ptr swiftself null,

// CHECK-LABEL: main.leaf:
// CHECK-NOT:   %r14
// CHECK:       callq main.leaf
// CHECK-NOT:   %r14
// CHECK:       .Lfunc_end
