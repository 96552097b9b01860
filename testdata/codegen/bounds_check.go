// RUN: %goc build -S -o - %s | FileCheck %s
// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s --check-prefix=IR
// Indexing compares against the length and calls runtime.panicIndex(x, len)
// on failure; integer division checks for zero (runtime.panicdivide).
package main

//go:noinline
func get(s []int, i int) int {
	return s[i]
}

//go:noinline
func div(a, b int) int {
	return a / b
}

func main() {
	println(get([]int{1, 2, 3}, 1), div(7, 2))
}

// IR-LABEL: define {{.*}}@main.get(
// IR: call swiftcc void @runtime.panicIndex(ptr {{.*}}%g, i64 %{{[^,]*}}, i64 %
// IR-LABEL: define {{.*}}@main.div(
// IR: call swiftcc void @runtime.panicdivide(ptr {{.*}}%g)
// IR-DAG: declare swiftcc void @runtime.panicIndex(ptr swiftasync, i64, i64)
// IR-DAG: declare swiftcc void @runtime.panicdivide(ptr swiftasync)

// CHECK-LABEL: main.get:
// CHECK:       cmpq
// CHECK:       callq runtime.panicIndex
// CHECK-LABEL: main.div:
// CHECK:       callq runtime.panicdivide
