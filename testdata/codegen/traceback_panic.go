package main

//go:noinline
func inner(x int) int {
	if x > 0 {
		panic("boom")
	}
	return x
}

func outer(x int) int {
	return inner(x) + 1
}

func main() {
	println(outer(3))
}

// An unrecovered panic prints gc's goroutine trace: per frame `pkg.f(...)`
// and `\t/abs/file.go:LINE +0xOFF` (runtime/traceback.h), symbolised from
// the executable's own .symtab, .eh_frame and DWARF. Inlined calls get their
// own line, without an offset, as gc prints them; the walk stops after
// main.main. Arguments are not printed (gc prints argument words).
//
// RUN: %goc build -O0 -o %t.O0 %s
// RUN: %not %t.O0 2>&1 | FileCheck %s
// RUN: %goc build -O2 -o %t.O2 %s
// RUN: %not %t.O2 2>&1 | FileCheck %s
//
// CHECK: panic: boom
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NEXT: main.inner(...)
// CHECK-NEXT: {{^	/.*}}/traceback_panic.go:6{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: main.outer(...)
// CHECK-NEXT: {{^	/.*}}/traceback_panic.go:12{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: main.main()
// CHECK-NEXT: {{^	/.*}}/traceback_panic.go:16 +0x{{[0-9a-f]+$}}
// CHECK-NOT: {{.}}
