package main

func deep(n int, p *[512]int) int {
	var a [512]int
	a[n%512] = n
	if n == 0 {
		defer func() {
			panic("again")
		}()
		panic("deep")
	}
	return deep(n-1, &a) + a[(n+1)%512] + p[n%512]
}

func main() {
	var a [512]int
	println(deep(60, &a))
}

// 61 frames of 4 KiB span several 64 KiB stack segments: the unwinder
// crosses __morestack frames (their CFI) and hides them. A panic in a
// deferred call shows the first panic's frame as panic(...) with the
// runtime's own source position.
//
// RUN: %goc build -O1 -o %t %s
// RUN: %not %t 2>&1 | FileCheck %s
//
// CHECK: panic: deep
// CHECK-NEXT: {{^	}}panic: again
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK-NEXT: main.deep.func1(...)
// CHECK-NEXT: {{^	/.*}}/traceback_segments.go:8 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: panic(...)
// CHECK-NEXT: {{^	/.*}}/runtime/panic.cpp:{{[0-9]+}} +0x{{[0-9a-f]+$}}
// CHECK-NEXT: main.deep(...)
// CHECK-NEXT: {{^	/.*}}/traceback_segments.go:10 +0x{{[0-9a-f]+$}}
// CHECK-COUNT-60: {{^}}main.deep(...){{$}}
// CHECK-NEXT: {{^	/.*}}/traceback_segments.go:12 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: main.main()
// CHECK-NEXT: {{^	/.*}}/traceback_segments.go:17 +0x{{[0-9a-f]+$}}
// CHECK-NOT: {{.}}
