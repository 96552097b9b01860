package main

type T struct{ a, b int }

func get(p *T) int {
	return p.b
}

func main() {
	var p *T
	println(get(p))
}

// A nil dereference becomes a panic through runtime.sigpanic (a signal
// frame: the faulting instruction itself is the next pc); the trace starts
// at the faulting function. The fault is the nil check's one-byte load
// through p itself (lowering/check.cpp), hence addr=0x0 (gc's load of p.b
// doubles as its check and reports 0x8; the runners cut this line).
//
// RUN: %goc build -O0 -o %t %s
// RUN: %not %t 2>&1 | FileCheck %s
//
// CHECK: panic: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{{[0-9a-f]+}}]
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NEXT: main.get(...)
// CHECK-NEXT: {{^	/.*}}/traceback_sigpanic.go:6{{( \+0x[0-9a-f]+)?$}}
// CHECK-NEXT: main.main()
// CHECK-NEXT: {{^	/.*}}/traceback_sigpanic.go:11 +0x{{[0-9a-f]+$}}
// CHECK-NOT: {{.}}
