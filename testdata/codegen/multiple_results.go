// RUN: %goc build -S -o - %s | FileCheck %s
// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s --check-prefix=IR
// Several results come back in registers: RAX, RDX, RCX for three integers.
package main

//go:noinline
func three(a int) (int, int, int) {
	return a + 1, a * 2, a * 3
}

func main() {
	x, y, z := three(7)
	println(x, y, z)
}

// IR: define {{.*}}swiftcc { i64, i64, i64 } @main.three(ptr swiftasync

// CHECK-LABEL: main.three:
// CHECK-DAG:   {{.*}}, %rax
// CHECK-DAG:   {{.*}}, %rdx
// CHECK-DAG:   {{.*}}, %rcx
// CHECK:       retq
