// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s
// A local array whose address is taken only by slices consumed at once
// (string(b[i:]), copy, append(x, b[:n]...), len, range, print) lives in the
// frame; one whose slice is kept, passed or returned goes to the heap.
package main

// CHECK-LABEL: define {{.*}}@main.itoa(
// CHECK-NOT: @runtime.newobject(
// CHECK: ret {
func itoa(i int) string {
	var b [20]byte
	p := len(b)
	for {
		p--
		b[p] = byte('0' + i%10)
		i /= 10
		if i == 0 {
			break
		}
	}
	return string(b[p:])
}

// CHECK-LABEL: define {{.*}}@main.copies(
// CHECK-NOT: @runtime.newobject(
// CHECK: ret i64
func copies(src []byte) int {
	var a [8]byte
	n := copy(a[:], src)
	dst := append([]byte(nil), a[:n]...)
	t := 0
	for _, c := range a[:n] {
		t += int(c)
	}
	return n + len(a[:]) + len(dst) + t
}

// CHECK-LABEL: define {{.*}}@main.kept(
// CHECK: @runtime.newobject(
// CHECK: ret {
func kept() []byte {
	var a [4]byte
	s := a[:]
	s[0] = 1
	return s
}

// CHECK-LABEL: define {{.*}}@main.pointer(
// CHECK: @runtime.newobject(
// CHECK: ret ptr
func pointer() *[2]int {
	var a [2]int
	return &a
}

func main() {
	println(itoa(12345), copies([]byte("abc")), kept()[0], pointer()[1])
}
