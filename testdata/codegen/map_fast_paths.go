// RUN: %goc build -O2 -emit-llvm -o - %s | FileCheck %s
// Map operations on keys of a fast kind pass the key by value to the
// runtime's _fast64 (8-byte integers, pointers), _fast32 (4-byte integers)
// and _faststr entry points; other keys (floats, structs) go by address to
// the generic ones.
package main

type P struct{ a, b int32 }

//go:noinline
func ints(m map[int]int, k int) int { m[k] = 1; return m[k] }

//go:noinline
func ptrs(m map[*int]bool, k *int) bool { _, ok := m[k]; return ok }

//go:noinline
func int32s(m map[uint32]int, k uint32) int { m[k]++; return m[k] }

//go:noinline
func strs(m map[string]int, k string) bool { _, ok := m[k]; return ok }

//go:noinline
func floats(m map[float64]int, k float64) int { return m[k] }

//go:noinline
func structs(m map[P]int, k P) int { return m[k] }

func main() {
	x := 0
	println(ints(map[int]int{}, 1), ptrs(map[*int]bool{}, &x), int32s(map[uint32]int{}, 2),
		strs(map[string]int{}, "a"), floats(map[float64]int{}, 1), structs(map[P]int{}, P{}))
}

// CHECK-LABEL: define {{.*}}@main.ints(
// CHECK: call swiftcc ptr @runtime.mapassign_fast64(ptr {{.*}}%g, ptr {{.*}}@"type:map[int]int", ptr %m, i64 %k)
// CHECK: call swiftcc ptr @runtime.mapaccess1_fast64(ptr {{.*}}%g, ptr {{.*}}@"type:map[int]int", ptr %m, i64 %k)
// CHECK-LABEL: define {{.*}}@main.ptrs(
// CHECK: ptrtoint ptr %k to i64
// CHECK: call swiftcc { ptr, i1 } @runtime.mapaccess2_fast64(
// CHECK-LABEL: define {{.*}}@main.int32s(
// CHECK: call swiftcc ptr @runtime.mapassign_fast32({{.*}}, i32 %k)
// CHECK: call swiftcc ptr @runtime.mapaccess1_fast32({{.*}}, i32 %k)
// CHECK-LABEL: define {{.*}}@main.strs(
// CHECK: call swiftcc { ptr, i1 } @runtime.mapaccess2_faststr(ptr {{.*}}%g, ptr {{.*}}@"type:map[string]int", ptr %m, ptr %{{.*}}, i64 %{{.*}})
// CHECK-LABEL: define {{.*}}@main.floats(
// CHECK: call swiftcc ptr @runtime.mapaccess1(ptr {{.*}}%g, ptr {{.*}}@"type:map[float64]int", ptr %m, ptr
// CHECK-LABEL: define {{.*}}@main.structs(
// CHECK: call swiftcc ptr @runtime.mapaccess1(ptr {{.*}}%g, ptr {{.*}}@"type:map[main.P]int", ptr %m, ptr
