// RUN: %goc build -emit-llvm -o - %s | FileCheck %s
// The optimiser knows the runtime's memory contracts (tools/goc/codegen.cpp):
// makeslice returns fresh memory that aliases nothing the caller holds, and
// copy (llvm.memmove) writes only through its destination. So a store into
// one new slice does not force a reload of another's element, and a global
// survives a copy into a fresh slice.
package main

var G [4]int

//go:noinline
func fresh(n int) int {
	s := make([]int, n)
	t := make([]int, n)
	s[0] = 7
	t[0] = 1
	return s[0]
}

//go:noinline
func copyKeeps(src []int) int {
	d := make([]int, len(src))
	G[0] = 3
	copy(d, src)
	return G[0] + d[0]
}

func main() {
	println(fresh(2), copyKeeps([]int{4, 5}))
}

// CHECK-LABEL: define {{.*}}@main.fresh(
// CHECK: ret i64 7
// CHECK-LABEL: define {{.*}}@main.copyKeeps(
// CHECK: call void @llvm.memmove.p0.p0.i64(
// CHECK-NOT: load i64, ptr @main.G
// CHECK: add i64 %{{.*}}, 3
// CHECK: ret i64
