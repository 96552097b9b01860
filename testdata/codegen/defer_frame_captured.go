// RUN: %goc build -O0 -emit-llvm -o - %s | FileCheck %s
// A variable captured only by literals deferred where they appear
// (`defer func(){...}()`) lives in the frame: the deferred calls run before
// the frame is popped. Captured by any other literal (called, stored and
// then deferred, nested in the deferred one, started by go), declared in
// the loop of the capturing defer, or in a function with goto, it is a heap
// cell.
package main

import "errors"

var errBoom = errors.New("boom")
var sink int
var keep func()

// The recover idiom: the named result err stays in the frame.
// CHECK-LABEL: define {{.*}}@main.recoverIdiom(
// CHECK-NOT: @runtime.newobject(
// CHECK: ret {
func recoverIdiom(i int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errBoom
		}
	}()
	if i < 0 {
		panic(errBoom)
	}
	return nil
}

// A local and a parameter, a deferred call with arguments, and a variable
// declared outside the loop whose defer captures it.
// CHECK-LABEL: define {{.*}}@main.locals(
// CHECK-NOT: @runtime.newobject({{.*}}@"type:int")
// CHECK: ret i64
func locals(n int) (r int) {
	x := 1
	defer func() { r += x + n }()
	defer func(a int) { x += a }(n)
	total := 0
	for i := 0; i < 3; i++ {
		defer func() { total++ }()
		defer func() { sink += total }()
	}
	x = 5
	n = 7
	return 1
}

// CHECK-LABEL: define {{.*}}@main.called(
// CHECK: @runtime.newobject({{.*}}@"type:int")
// CHECK: ret i64
func called() int {
	x := 0
	defer func() { x++ }()
	f := func() { x++ }
	f()
	return x
}

// CHECK-LABEL: define {{.*}}@main.storedThenDeferred(
// CHECK: @runtime.newobject({{.*}}@"type:int")
// CHECK: ret void
func storedThenDeferred() {
	x := 0
	f := func() { sink += x }
	defer f()
	x = 2
}

// CHECK-LABEL: define {{.*}}@main.nested(
// CHECK: @runtime.newobject({{.*}}@"type:int")
// CHECK: ret void
func nested() {
	x := 0
	defer func() { keep = func() { x++ } }()
}

// CHECK-LABEL: define {{.*}}@main.started(
// CHECK: @runtime.newobject({{.*}}@"type:int")
// CHECK: ret void
func started(done chan bool) {
	x := 0
	defer func() { sink += x }()
	go func() { x++; done <- true }()
}

// Each iteration's deferred call sees its own y.
// CHECK-LABEL: define {{.*}}@main.loopBody(
// CHECK: @runtime.newobject({{.*}}@"type:int")
// CHECK: ret void
func loopBody(n int) {
	for i := 0; i < n; i++ {
		y := i
		defer func() { sink += y }()
	}
}

// A backward goto re-runs the declaration of y: a heap cell per run.
// CHECK-LABEL: define {{.*}}@main.withGoto(
// CHECK: @runtime.newobject({{.*}}@"type:int")
// CHECK: ret void
func withGoto(n int) {
	i := 0
again:
	y := i
	defer func() { sink += y }()
	i++
	if i < n {
		goto again
	}
}

func main() {
	println(recoverIdiom(1) == nil, recoverIdiom(-1) == errBoom, locals(2), called())
	storedThenDeferred()
	nested()
	keep()
	done := make(chan bool)
	started(done)
	<-done
	loopBody(3)
	withGoto(3)
	println(sink)
}
