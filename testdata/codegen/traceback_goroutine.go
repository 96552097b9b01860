package main

func fail(s []int, i int) int {
	return s[i]
}

func main() {
	done := make(chan int)
	go func() {
		done <- fail([]int{1, 2}, 5)
	}()
	<-done
}

// A goroutine's trace ends with the go statement that created it (g->gopc),
// as gc prints it; the goroutine's wrapper (main.main.gowrap1) is hidden.
//
// RUN: %goc build -O0 -o %t %s
// RUN: %not %t 2>&1 | FileCheck %s
//
// CHECK: panic: runtime error: index out of range [5] with length 2
// CHECK-EMPTY:
// CHECK-NEXT: goroutine {{[0-9]+}} [running]:
// CHECK-NEXT: main.fail(...)
// CHECK-NEXT: {{^	/.*}}/traceback_goroutine.go:4 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: main.main.func1(...)
// CHECK-NEXT: {{^	/.*}}/traceback_goroutine.go:10 +0x{{[0-9a-f]+$}}
// CHECK-NEXT: created by main.main
// CHECK-NEXT: {{^	/.*}}/traceback_goroutine.go:9 +0x{{[0-9a-f]+$}}
// CHECK-NOT: {{.}}
