// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s
// RUN: %goc build -S -o - %s | FileCheck %s --check-prefix=ASM
// //go:systemstack: the function must run on g0 (the M's scheduling stack).
// Its entry block calls runtime.checksystemstack before anything else, which
// throws "fatal error: systemstack called from unexpected goroutine" when the
// caller is a user goroutine; a function without the pragma has no check.
package main

//go:systemstack
func onSystemStack(n int) int {
	return n*2 + 1
}

func plain(n int) int {
	return n*2 + 1
}

func main() {
	println(plain(3))
	if plain(0) == 2 {
		println(onSystemStack(3))
	}
}

// CHECK-LABEL: define {{.*}}@main.onSystemStack(ptr swiftasync %g, ptr swiftself %ctx, i64 %n)
// CHECK-NEXT:  entry:
// Only the entry block's allocas come before the check.
// CHECK-NOT:     {{^  (store|load|call)}}
// CHECK:         call swiftcc void @runtime.checksystemstack(ptr {{.*}}%g)
// CHECK:       ret i64
// CHECK-LABEL: define {{.*}}@main.plain(
// CHECK-NOT:     checksystemstack
// CHECK:       ret i64

// ASM-LABEL: main.onSystemStack:
// ASM:         callq runtime.checksystemstack
// ASM:         .Lfunc_end
// ASM-LABEL: main.plain:
// ASM-NOT:     checksystemstack
// ASM:         .Lfunc_end
