package main

import (
	"runtime"
	"unsafe"
)

// A goroutine blocked in a system call must not hold its P: with
// GOMAXPROCS=1, main blocks in read(2) on a pipe that only another goroutine
// writes to. Without the hand-off (entersyscall, sysmon's retake) the writer
// never runs and the program hangs.

//go:linkname syscall_blocking runtime.syscall_blocking
func syscall_blocking(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2, errno uintptr)

//go:linkname syscall_raw runtime.syscall_raw
func syscall_raw(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2, errno uintptr)

const (
	sysRead  = 0
	sysWrite = 1
	sysClose = 3
	sysPipe2 = 293
)

func main() {
	runtime.GOMAXPROCS(1)
	var fds [2]int32
	if _, _, e := syscall_raw(sysPipe2, uintptr(unsafe.Pointer(&fds[0])), 0, 0, 0, 0, 0); e != 0 {
		println("pipe2 failed", e)
		return
	}
	// A bad descriptor reports its errno as gc's Syscall6 does.
	r1, _, e := syscall_raw(sysClose, 1<<20, 0, 0, 0, 0, 0)
	println("close(bad):", r1 == ^uintptr(0), e == 9)

	const rounds = 3
	for i := 0; i < rounds; i++ {
		go func(i int) {
			// Busy for a while first, so main is surely blocked in read.
			x := 0
			for k := 0; k < 1000000; k++ {
				x += k
			}
			b := [1]byte{byte('a' + i)}
			syscall_blocking(sysWrite, uintptr(fds[1]), uintptr(unsafe.Pointer(&b[0])), 1, 0, 0, 0)
			_ = x
		}(i)
		var buf [1]byte
		n, _, e := syscall_blocking(sysRead, uintptr(fds[0]), uintptr(unsafe.Pointer(&buf[0])), 1, 0, 0, 0)
		println("read", n, e, string(buf[:]))
	}
	// Many goroutines in blocking calls at once, all released by one writer.
	done := make(chan bool)
	const readers = 8
	for i := 0; i < readers; i++ {
		go func() {
			var buf [1]byte
			syscall_blocking(sysRead, uintptr(fds[0]), uintptr(unsafe.Pointer(&buf[0])), 1, 0, 0, 0)
			done <- buf[0] == 'z'
		}()
	}
	go func() {
		b := [readers]byte{'z', 'z', 'z', 'z', 'z', 'z', 'z', 'z'}
		syscall_blocking(sysWrite, uintptr(fds[1]), uintptr(unsafe.Pointer(&b[0])), readers, 0, 0, 0)
	}()
	ok := 0
	for i := 0; i < readers; i++ {
		if <-done {
			ok++
		}
	}
	println("readers done:", ok)
}
