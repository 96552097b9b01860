// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s
// The index of a range loop counts from 0 to len-1: its increment cannot
// wrap, so it carries nuw nsw (nuw alone for an unsigned range over an
// integer), which lets LLVM reason about i+1 and loops nested in it.
package main

//go:noinline
func sum(s []int) int {
	t := 0
	for i := range s {
		t += s[i]
	}
	return t
}

//go:noinline
func count(n uint8) int {
	c := 0
	for range n {
		c++
	}
	return c
}

func main() {
	println(sum([]int{1, 2, 3}), count(200))
}

// CHECK-LABEL: define {{.*}}@main.sum(
// CHECK: add nuw nsw i64 %{{.*}}, 1
// CHECK-LABEL: define {{.*}}@main.count(
// CHECK: add nuw i8 %{{.*}}, 1
