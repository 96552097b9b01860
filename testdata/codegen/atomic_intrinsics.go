// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s
// sync/atomic's functions are compiler intrinsics: one seq_cst LLVM atomic
// instruction each, no call.
package main

import "sync/atomic"

// CHECK-LABEL: define {{.*}}@main.add(
// CHECK: %[[OLD:.*]] = atomicrmw add ptr %{{.*}}, i32 %{{.*}} seq_cst, align 4
// CHECK: add i32 %[[OLD]],
// CHECK-NOT: call
// CHECK: ret i32
func add(p *int32, d int32) int32 { return atomic.AddInt32(p, d) }

// CHECK-LABEL: define {{.*}}@main.cas(
// CHECK: cmpxchg ptr %{{.*}}, i64 %{{.*}}, i64 %{{.*}} seq_cst seq_cst, align 8
func cas(p *uint64, o, n uint64) bool { return atomic.CompareAndSwapUint64(p, o, n) }

// CHECK-LABEL: define {{.*}}@main.loadStore(
// CHECK: load atomic i64, ptr %{{.*}} seq_cst, align 8
// CHECK: store atomic i64 %{{.*}}, ptr %{{.*}} seq_cst, align 8
// CHECK: atomicrmw xchg ptr %{{.*}}, i32 2 seq_cst, align 4
func loadStore(p *uintptr, q *int32) {
	atomic.StoreUintptr(p, atomic.LoadUintptr(p)+1)
	atomic.SwapInt32(q, 2)
}

func main() {
	var a int32
	var b uint64
	println(add(&a, 3), cas(&b, 0, 1))
	var u uintptr
	loadStore(&u, &a)
	println(u, a)
}
