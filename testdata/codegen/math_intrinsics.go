// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s
// math.Sqrt/Abs/Copysign and math/bits's counting, rotating, reversing and
// widening multiply are LLVM intrinsics at the call site, not calls.
package main

import (
	"math"
	"math/bits"
)

// CHECK-LABEL: define {{.*}}@main.hyp(
// CHECK: call double @llvm.sqrt.f64(
// CHECK-NOT: call swiftcc
// CHECK: ret double
func hyp(x, y float64) float64 { return math.Sqrt(x*x + y*y) }

// CHECK-LABEL: define {{.*}}@main.signs(
// CHECK: call double @llvm.fabs.f64(
// CHECK: call double @llvm.copysign.f64(
// CHECK-NOT: call swiftcc
// CHECK: ret double
func signs(x, y float64) float64 { return math.Copysign(math.Abs(x), y) }

// CHECK-LABEL: define {{.*}}@main.counts(
// CHECK: call i64 @llvm.ctlz.i64(i64 %{{.*}}, i1 false)
// CHECK: call i32 @llvm.cttz.i32(i32 %{{.*}}, i1 false)
// CHECK: call i16 @llvm.ctpop.i16(
// CHECK: call i8 @llvm.ctlz.i8(i8 %{{.*}}, i1 false)
// CHECK-NOT: call swiftcc
// CHECK: ret i64
func counts(a uint64, b uint32, c uint16, d uint8) int {
	return bits.LeadingZeros64(a) + bits.TrailingZeros32(b) + bits.OnesCount16(c) + bits.Len8(d)
}

// CHECK-LABEL: define {{.*}}@main.shuffle(
// CHECK: call i32 @llvm.fshl.i32(
// CHECK: call i64 @llvm.bswap.i64(
// CHECK: call i16 @llvm.bitreverse.i16(
// CHECK-NOT: call swiftcc
// CHECK: ret {
func shuffle(a uint32, k int, b uint64, c uint16) (uint32, uint64, uint16) {
	return bits.RotateLeft32(a, k), bits.ReverseBytes64(b), bits.Reverse16(c)
}

// CHECK-LABEL: define {{.*}}@main.wide(
// CHECK: mul i128
// CHECK-NOT: call swiftcc
// CHECK: ret {
func wide(x, y uint64) (uint64, uint64) { return bits.Mul64(x, y) }

func main() {
	println(hyp(3, 4), signs(-2, 1), counts(1, 8, 7, 3))
	r, s, t := shuffle(1, -1, 0x0102, 1)
	println(r, s, t)
	println(wide(1<<63, 4))
}
