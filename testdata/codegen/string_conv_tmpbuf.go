// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s
// A string <-> []byte/[]rune conversion whose result stays in a local that is
// only looked at (len, index, range, compare, copying conversions, v =
// append(v, ...)) gets a 32-element stack buffer (runtime.*buf); one whose
// result escapes (passed, returned, stored, kept across loop iterations)
// allocates. A chain a + b + c concatenates in one runtime call.
package main

var g []byte

//go:noinline
func local(s string) int {
	b := []byte(s)
	b = append(b, '!')
	t := string(b)
	r := []rune(t)
	n := 0
	for range t {
		n++
	}
	return len(r) + n + int(b[0])
}

//go:noinline
func escapes(s string) string {
	b := []byte(s)
	g = b
	return string(b)
}

//go:noinline
func loopCarried(ss []string) string {
	last := ""
	for _, s := range ss {
		b := []byte(s)
		last = string(b)
	}
	return last
}

//go:noinline
func concat3(a, b string) string {
	return "<" + a + b
}

//go:noinline
func concatLocal(a, b string) int {
	s := a + "-" + b
	return len(s) + int(s[0])
}

func main() {
	println(local("héllo"), escapes("x"), loopCarried([]string{"a", "b"}), concat3("p", "q"),
		concatLocal("u", "v"))
}

// CHECK-LABEL: define {{.*}}@main.local(
// CHECK: alloca [32 x i8]
// CHECK: call swiftcc { ptr, i64, i64 } @runtime.stringtoslicebytebuf(
// CHECK: call swiftcc { ptr, i64 } @runtime.slicebytetostringbuf(
// CHECK: call swiftcc { ptr, i64, i64 } @runtime.stringtoslicerunebuf(
// CHECK-LABEL: define {{.*}}@main.escapes(
// CHECK: call swiftcc { ptr, i64, i64 } @runtime.stringtoslicebyte(
// CHECK: call swiftcc { ptr, i64 } @runtime.slicebytetostring(
// CHECK-LABEL: define {{.*}}@main.loopCarried(
// CHECK: call swiftcc { ptr, i64, i64 } @runtime.stringtoslicebytebuf(
// CHECK: call swiftcc { ptr, i64 } @runtime.slicebytetostring(
// CHECK-LABEL: define {{.*}}@main.concat3(
// CHECK-NOT: @runtime.concatstring2(
// CHECK: call swiftcc { ptr, i64 } @runtime.concatstrings({{.*}}, i64 3)
// CHECK-NOT: @runtime.concatstring
// A local concatenation: one call, with a stack buffer.
// CHECK-LABEL: define {{.*}}@main.concatLocal(
// CHECK-NOT: @runtime.concatstring2(
// CHECK: call swiftcc { ptr, i64 } @runtime.concatstringsbuf({{.*}}, i64 3)
// CHECK-LABEL: define {{.*}}@main.main(
