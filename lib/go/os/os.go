// Package os: a minimal subset of Go's os package (Exit only, for now).
package os

// runtime_exit ends the process at once with the given status
// (runtime/panic.cpp: exit_group; no deferred calls run).
//
//go:linkname runtime_exit runtime.os_exit
func runtime_exit(code int)

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error. The
// program terminates immediately; deferred functions are not run.
func Exit(code int) {
	runtime_exit(code)
}
