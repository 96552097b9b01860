// RUN: %goc build -S -o - %s | FileCheck %s
// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s --check-prefix=IR
// //go:nosplit removes the split-stack prologue (and the "split-stack"
// attribute); the same function without the pragma keeps it.
package main

//go:nosplit
func noSplit(n int) int {
	if n < 2 {
		return n
	}
	return noSplit(n-1) + noSplit(n-2)
}

func split(n int) int {
	if n < 2 {
		return n
	}
	return split(n-1) + split(n-2)
}

func main() {
	println(noSplit(10), split(10))
}

// CHECK-LABEL: main.noSplit:
// CHECK-NOT:   %fs:112
// CHECK-NOT:   __morestack
// CHECK:       .Lfunc_end
// CHECK-LABEL: main.split:
// CHECK:       cmpq %fs:112, %rsp
// CHECK:       callq __morestack
// CHECK:       .Lfunc_end

// The attribute list of noSplit is matched whole, with no "s..." string in it.
// IR: define {{.*}}@main.noSplit({{.*}}) [[NOSPLIT:#[0-9]+]]
// IR: define {{.*}}@main.split({{.*}}) [[SPLIT:#[0-9]+]]
// IR-DAG: attributes [[NOSPLIT]] = { {{([^"]|"[^s][^"]*")*}} }
// IR-DAG: attributes [[SPLIT]] = {{.*}}"split-stack"
