// RUN: %goc build -S -o - %s | FileCheck %s
// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s --check-prefix=IR
// An element address taken after a passed bounds check is never nil: the
// slice's data pointer is non-nil when len > 0 (llvm.assume after the check)
// and the element GEP is inbounds nuw. So in an n-body-like loop the nil
// checks of b and b2 (b := &s[i]; b.x) fold away: no faulting nil path (a
// load from address 0 followed by runtime.panicmem) is left in the function.
package main

type body struct{ x, v, m float64 }

//go:noinline
func advance(bs []body) {
	for i := range bs {
		b := &bs[i]
		for j := i + 1; j < len(bs); j++ {
			b2 := &bs[j]
			d := b.x - b2.x
			b.v -= d * b2.m
			b2.v += d * b.m
		}
	}
}

func main() {
	bs := []body{{1, 0, 1}, {2, 0, 2}, {4, 0, 3}}
	advance(bs)
	println(int(bs[0].v), int(bs[1].v), int(bs[2].v))
}

// IR-LABEL: define {{.*}}@main.advance(
// IR: %[[NN:.*]] = icmp ne ptr %{{.*}}, null
// IR-NEXT: call void @llvm.assume(i1 %[[NN]])
// IR-NEXT: getelementptr inbounds nuw { double, double, double }, ptr

// CHECK-LABEL: main.advance:
// CHECK-NOT: runtime.panicmem
// CHECK: .cfi_endproc
