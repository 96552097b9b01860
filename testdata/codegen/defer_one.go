// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s
// RUN: %goc build -O2 -S -o - %s | FileCheck --check-prefix=ASM %s
// A function with one defer whose deferred function cannot recover (it
// calls no recover()): open-coded, no frame checkpoint. One frame block
// `defer.open` (the Defer record, then the operands) whose record is linked
// on g->defer_ (g+40) at entry with 3 stores: the runner, the link and the
// flags word (open, deferBits 0) at +32. The defer statement sets bit 0 of
// deferBits (byte 35); the exit block disarms recover (g->panic_ at g+32),
// tests the bit, clears it and calls the deferred function directly, then
// pops the record. The runner main.work.deferrun (ctx = the record) makes
// the same call for gopanic. Empty asm barriers keep the record complete
// where the body may fault.
package main

func cleanup() { println("cleanup") }

func work(x int) int {
	defer cleanup()
	return x + 1
}

func main() { println(work(1)) }

// CHECK-LABEL: define swiftcc i64 @main.work(
// CHECK: %defer.open = alloca [5 x i64], align 8
// CHECK-NOT: defer.frame
// CHECK: store ptr @main.work.deferrun, ptr
// CHECK: %[[FL:.*]] = getelementptr i8, ptr %defer.open, i64 32
// CHECK: store i64 65536, ptr %[[FL]]
// CHECK: %[[LINKP:.*]] = getelementptr i8, ptr %g, i64 40
// CHECK: store ptr %defer.open, ptr %[[LINKP]]
// CHECK-NOT: deferframe
// CHECK: call void asm sideeffect "", "r,~{memory}"(ptr %defer.open)
// CHECK: getelementptr i8, ptr %defer.open, i64 35
// CHECK: %deferBits = load i8, ptr
// CHECK: or i8 %deferBits, 1
// CHECK-NOT: call swiftcc
// CHECK: defer.exit:
// CHECK: getelementptr i8, ptr %g, i64 32
// CHECK: defer.loop:
// CHECK: %[[B:deferBits[0-9]*]] = load i8, ptr
// CHECK: and i8 %[[B]], 1
// CHECK: defer.open.run:
// CHECK: and i8 %[[B]], -2
// CHECK: call swiftcc void @main.cleanup(ptr swiftasync %g, ptr swiftself @"main.cleanup{{.*}}f")
// CHECK: defer.open.next:
// CHECK: getelementptr i8, ptr %g, i64 40
// CHECK: ret i64
// CHECK-LABEL: define internal swiftcc void @main.work.deferrun(ptr swiftasync %0, ptr swiftself %1)
// CHECK: getelementptr i8, ptr %1, i64 35
// CHECK: call swiftcc void @main.cleanup({{.*}}) #[[NI:[0-9]+]]
// CHECK: attributes #[[NI]] = { noinline }

// At -O2 the whole record costs 3 stores and the link's load at entry and
// one store at the exit; no runtime call.
// ASM-LABEL: main.work:
// ASM-NOT: deferframe
// ASM: movq $main.work.deferrun, {{[0-9]*}}(%rsp)
// ASM-NEXT: movq 40(%r14), %[[L:r[a-z0-9]+]]
// ASM-NEXT: movq %[[L]], {{[0-9]+}}(%rsp)
// ASM-NEXT: movq $65536, {{[0-9]+}}(%rsp)
// ASM-NOT: deferframe
// ASM: orb $1, {{[0-9]+}}(%rsp)
// ASM-NOT: deferframe
// ASM: .cfi_endproc
