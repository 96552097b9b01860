// RUN: %goc build -O2 -emit-llvm -o - %s | FileCheck %s
// RUN: %goc build -O2 -emit-llvm -o - %s | FileCheck %s --check-prefix=DESC
// A map lookup is a runtime call (runtime.mapaccess1/2, mapassign) with the
// map type's descriptor, which carries the key type's hash and equal
// functions: runtime helpers for basic keys, generated `hash:`/`eq:`
// functions for composite keys, nilinterhash for interface{} keys.
package main

type K struct {
	a int
	s string
}

//go:noinline
func get(m map[K]int, k K) int { return m[k] }

//go:noinline
func has(m map[interface{}]bool, k interface{}) bool {
	_, ok := m[k]
	return ok
}

func main() {
	m := map[K]int{{1, "a"}: 2}
	println(get(m, K{1, "a"}), has(map[interface{}]bool{1: true}, 1))
}

// CHECK-LABEL: define {{.*}}@main.get(
// CHECK: call swiftcc ptr @runtime.mapaccess1(ptr {{.*}}%g, ptr {{.*}}@"type:map[main.K]int", ptr %{{.*}}, ptr
// CHECK-LABEL: define {{.*}}@main.has(
// CHECK: call swiftcc { ptr, i1 } @runtime.mapaccess2(ptr {{.*}}%g, ptr {{.*}}@"type:map[interface {}]bool",
// DESC-DAG: @"type:map[main.K]int" = linkonce_odr constant {{.*}} ptr @"hash:main.K", ptr @"eq:main.K",
// DESC-DAG: @"type:map[interface {}]bool" = linkonce_odr constant {{.*}} ptr @runtime.nilinterhash, ptr @runtime.nilinterequal,
// DESC-DAG: define linkonce_odr swiftcc i64 @"hash:main.K"(ptr swiftasync %{{.*}}, ptr %{{.*}}, i64 %{{.*}})
