// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s
// Map types get a MapType descriptor (runtime/abi/type.h): basic keys point
// at the runtime's hash/equal helpers, struct keys at generated functions.
// Descriptors are linkonce_odr constants named type:<type string>, with
// reflect.Kind numbering (map = 21, | KindDirectIface 32 = 53).
package main

type K struct {
	A int
	B string
}

func main() {
	m := map[string]int{"a": 1}
	mk := map[K]bool{{1, "x"}: true}
	println(len(m), len(mk))
}

// CHECK-DAG: @"type:map[string]int" = linkonce_odr constant {{.*}} i8 53, ptr @"type:int", {{.*}} ptr @"type:string", ptr @"type:int", ptr @runtime.strhash, ptr @runtime.strequal, i8 16, i8 8,
// CHECK-DAG: @"type:map[main.K]bool" = linkonce_odr constant {{.*}} ptr @"type:main.K", ptr @"type:bool", ptr @"hash:main.K", ptr @"eq:main.K",
// CHECK-DAG: @"type:main.K" = linkonce_odr constant {{.*}} { i64 24, i64 16, {{.*}} i8 25, ptr null, {{.*}} ptr @"eq:main.K", ptr @"go:uncommon.main.K" }, {{.*}} ptr @"go:fields.main.K", i64 2 }
// CHECK-DAG: define linkonce_odr swiftcc i64 @"hash:main.K"(ptr swiftasync
// CHECK-DAG: define linkonce_odr swiftcc zeroext i1 @"eq:main.K"(ptr swiftasync
