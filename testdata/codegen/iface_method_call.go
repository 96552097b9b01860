// RUN: %goc build -O2 -emit-llvm -o - %s | FileCheck %s
// RUN: %goc build -O2 -S -o - %s | FileCheck %s --check-prefix=ASM
// An interface method call loads the code pointer from the itab (fun[i] at
// offset 24 + 8*i, after inter, type, hash) and makes one indirect call with
// the data word as the receiver. A static conversion uses a constant itab.
package main

type Shape interface {
	Area() int
	Perimeter() int
}

type Sq struct{ s int }

func (q *Sq) Area() int      { return q.s * q.s }
func (q *Sq) Perimeter() int { return 4 * q.s }

//go:noinline
func perim(s Shape) int {
	return s.Perimeter()
}

func main() {
	println(perim(&Sq{3}))
}

// CHECK-DAG: @"go:itab.*main.Sq,main.Shape" = linkonce_odr constant { ptr, ptr, i32, i32, [2 x ptr] } { ptr @"type:main.Shape", ptr @"type:*main.Sq", i32 {{[0-9]+}}, i32 0, [2 x ptr] [ptr @"main.(*Sq).Area", ptr @"main.(*Sq).Perimeter"] }
// CHECK-LABEL: define {{.*}}@main.perim(
// CHECK-SAME: { ptr, ptr } %
// CHECK: %[[SLOT:.*]] = getelementptr i8, ptr %{{.*}}, i64 32
// CHECK-NEXT: %[[FN:.*]] = load ptr, ptr %[[SLOT]]
// CHECK-NEXT: %{{.*}} = {{(tail )?}}call swiftcc i64 %[[FN]](ptr swiftasync %g, ptr swiftself null, ptr %{{.*}})
// CHECK-NOT: call
// CHECK: ret i64

// ASM-LABEL: main.perim:
// ASM: callq *32(%
