package os

import (
	"errors"
	"io"
	"unsafe"
)

// The standard files, the command line and the environment (a subset of
// gc's os: files are only the three standard descriptors for now). The
// system calls are in runtime/oslib.cpp.

//go:linkname runtime_write runtime.os_write
func runtime_write(fd int, p unsafe.Pointer, n int) int

//go:linkname runtime_read runtime.os_read
func runtime_read(fd int, p unsafe.Pointer, n int) int

//go:linkname runtime_argc runtime.os_argc
func runtime_argc() int

//go:linkname runtime_argv runtime.os_argv
func runtime_argv(i int) string

//go:linkname runtime_envlen runtime.os_envlen
func runtime_envlen(name unsafe.Pointer, n int) int

//go:linkname runtime_getenv runtime.os_getenv
func runtime_getenv(name unsafe.Pointer, n int) string

// File is an open file descriptor.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args holds the command-line arguments, starting with the program name.
var Args []string

func init() {
	n := runtime_argc()
	Args = make([]string, n)
	for i := range Args {
		Args[i] = runtime_argv(i)
	}
}

// ErrClosed: an operation on a closed (or nil) file.
var ErrClosed = errors.New("file already closed")

// PathError records an error and the operation and file that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// errnoError is a system call error number.
type errnoError int

func (e errnoError) Error() string {
	switch e {
	case 9:
		return "bad file descriptor"
	case 32:
		return "broken pipe"
	}
	return "errno " + itoa(int(e))
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := v < 0
	if neg {
		v = -v
	}
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Name returns the file's name.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Write writes p to the file.
func (f *File) Write(p []byte) (n int, err error) {
	if f == nil {
		return 0, ErrClosed
	}
	if len(p) == 0 {
		return 0, nil
	}
	r := runtime_write(f.fd, unsafe.Pointer(&p[0]), len(p))
	if r < 0 {
		return 0, &PathError{"write", f.name, errnoError(-r)}
	}
	return r, nil
}

// WriteString writes s to the file.
func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

// Read reads up to len(p) bytes; io.EOF at the end of the file.
func (f *File) Read(p []byte) (n int, err error) {
	if f == nil {
		return 0, ErrClosed
	}
	if len(p) == 0 {
		return 0, nil
	}
	r := runtime_read(f.fd, unsafe.Pointer(&p[0]), len(p))
	if r < 0 {
		return 0, &PathError{"read", f.name, errnoError(-r)}
	}
	if r == 0 {
		return 0, io.EOF
	}
	return r, nil
}

// Getenv returns the value of the environment variable key ("" if unset).
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and whether
// it is set.
func LookupEnv(key string) (string, bool) {
	if len(key) == 0 {
		return "", false
	}
	b := []byte(key)
	if runtime_envlen(unsafe.Pointer(&b[0]), len(b)) < 0 {
		return "", false
	}
	return runtime_getenv(unsafe.Pointer(&b[0]), len(b)), true
}
