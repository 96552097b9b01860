// Package runtime: the parts of gc's package runtime that goc programs use.
// Bodyless functions are implemented by the C++ runtime (runtime/golib.cpp)
// under the symbol runtime.<Name>, with Go's calling convention.
package runtime

// Gosched yields the processor, allowing other goroutines to run. It does
// not suspend the current goroutine, so execution resumes automatically.
func Gosched()

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting. If n < 1, it does not
// change the current setting.
func GOMAXPROCS(n int) int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// Goexit terminates the goroutine that calls it, after running its
// deferred calls.
func Goexit()

// LockOSThread wires the calling goroutine to its current operating system
// thread.
func LockOSThread()

// UnlockOSThread undoes an earlier call to LockOSThread.
func UnlockOSThread()

// GC runs a garbage collection (goc has no collector yet: a no-op).
func GC() {}

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any) {}

// nanotime is the runtime's monotonic clock.
func nanotime() int64
