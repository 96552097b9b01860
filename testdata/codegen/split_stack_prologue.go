// RUN: %goc build -S -o - %s | FileCheck %s
// A Go function that calls another gets LLVM's split-stack prologue: the stack
// pointer is compared with the guard at %fs:0x70 (glibc's __private_ss) and a
// too-small stack calls __morestack with the frame size in R10 and the size
// of the stack arguments in R11; it continues the function at the `retq` + 1.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println(fib(20))
}

// CHECK-LABEL: main.fib:
// CHECK:       cmpq %fs:112, %rsp
// CHECK-NEXT:  jbe [[MORE:.LBB[0-9_]+]]
// CHECK:       [[MORE]]:
// CHECK:       movl ${{[0-9]+}}, %r10d
// CHECK-NEXT:  movl ${{[0-9]+}}, %r11d
// CHECK-NEXT:  callq __morestack
// CHECK-NEXT:  retq
