// Package syscall: a subset of gc's syscall for linux/amd64 — Errno (texts
// in zerrors.go), the open flags and file-mode bits, and Syscall/Syscall6/
// RawSyscall/RawSyscall6 over the runtime's entries (runtime/golib.cpp:
// syscall_blocking hands the P off while the call lasts, syscall_raw does
// not).
package syscall

import (
	"internal/oserror"
	"unsafe"
)

//go:linkname runtime_syscall_blocking runtime.syscall_blocking
func runtime_syscall_blocking(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2, errno uintptr)

//go:linkname runtime_syscall_raw runtime.syscall_raw
func runtime_syscall_raw(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2, errno uintptr)

// An Errno is an unsigned number describing an error condition.
type Errno uintptr

func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(errors) {
		s := errors[e]
		if s != "" {
			return s
		}
	}
	return "errno " + itoa(int(e))
}

func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := v < 0
	u := uint64(v)
	if neg {
		u = -u
	}
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	r1, r2, e := runtime_syscall_blocking(trap, a1, a2, a3, 0, 0, 0)
	return r1, r2, Errno(e)
}

func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	r1, r2, e := runtime_syscall_blocking(trap, a1, a2, a3, a4, a5, a6)
	return r1, r2, Errno(e)
}

func RawSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	r1, r2, e := runtime_syscall_raw(trap, a1, a2, a3, 0, 0, 0)
	return r1, r2, Errno(e)
}

func RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	r1, r2, e := runtime_syscall_raw(trap, a1, a2, a3, a4, a5, a6)
	return r1, r2, Errno(e)
}

const (
	SYS_READ       = 0
	SYS_WRITE      = 1
	SYS_CLOSE      = 3
	SYS_FSTAT      = 5
	SYS_LSEEK      = 8
	SYS_GETPID     = 39
	SYS_GETCWD     = 79
	SYS_GETDENTS64 = 217
	SYS_OPENAT     = 257
	SYS_MKDIRAT    = 258
	SYS_NEWFSTATAT = 262
	SYS_UNLINKAT   = 263
	SYS_RENAMEAT   = 264

	AT_FDCWD            = -0x64
	AT_REMOVEDIR        = 0x200
	AT_SYMLINK_NOFOLLOW = 0x100

	O_RDONLY    = 0x0
	O_WRONLY    = 0x1
	O_RDWR      = 0x2
	O_APPEND    = 0x400
	O_ASYNC     = 0x2000
	O_CLOEXEC   = 0x80000
	O_CREAT     = 0x40
	O_DIRECTORY = 0x10000
	O_EXCL      = 0x80
	O_NOCTTY    = 0x100
	O_NONBLOCK  = 0x800
	O_SYNC      = 0x101000
	O_TRUNC     = 0x200

	S_IFMT   = 0xf000
	S_IFBLK  = 0x6000
	S_IFCHR  = 0x2000
	S_IFDIR  = 0x4000
	S_IFIFO  = 0x1000
	S_IFLNK  = 0xa000
	S_IFREG  = 0x8000
	S_IFSOCK = 0xc000
	S_ISGID  = 0x400
	S_ISUID  = 0x800
	S_ISVTX  = 0x200

	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// Stat_t is linux/amd64's struct stat.
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      Timespec
	Mtim      Timespec
	Ctim      Timespec
	X__unused [3]int64
}

type Timespec struct {
	Sec  int64
	Nsec int64
}

// BytePtrFromString returns a pointer to a NUL-terminated copy of s
// (EINVAL if s holds a NUL byte).
func BytePtrFromString(s string) (*byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return nil, EINVAL
		}
	}
	a := make([]byte, len(s)+1)
	copy(a, s)
	return &a[0], nil
}

func errnoErr(e Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

func Getpid() int {
	r, _, _ := RawSyscall(SYS_GETPID, 0, 0, 0)
	return int(r)
}

func Read(fd int, p []byte) (n int, err error) {
	var b unsafe.Pointer
	if len(p) > 0 {
		b = unsafe.Pointer(&p[0])
	}
	r, _, e := Syscall(SYS_READ, uintptr(fd), uintptr(b), uintptr(len(p)))
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

func Write(fd int, p []byte) (n int, err error) {
	var b unsafe.Pointer
	if len(p) > 0 {
		b = unsafe.Pointer(&p[0])
	}
	r, _, e := Syscall(SYS_WRITE, uintptr(fd), uintptr(b), uintptr(len(p)))
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

func Close(fd int) error {
	_, _, e := Syscall(SYS_CLOSE, uintptr(fd), 0, 0)
	return errnoErr(e)
}

func Open(path string, mode int, perm uint32) (fd int, err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return -1, err
	}
	fdcwd := AT_FDCWD
	r, _, e := Syscall6(SYS_OPENAT, uintptr(fdcwd), uintptr(unsafe.Pointer(p)), uintptr(mode|O_CLOEXEC), uintptr(perm), 0, 0)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

func Seek(fd int, offset int64, whence int) (off int64, err error) {
	r, _, e := Syscall(SYS_LSEEK, uintptr(fd), uintptr(offset), uintptr(whence))
	if e != 0 {
		return 0, e
	}
	return int64(r), nil
}

func Mkdir(path string, mode uint32) error {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	fdcwd := AT_FDCWD
	_, _, e := Syscall(SYS_MKDIRAT, uintptr(fdcwd), uintptr(unsafe.Pointer(p)), uintptr(mode))
	return errnoErr(e)
}

func unlinkat(path string, flags int) error {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	fdcwd := AT_FDCWD
	_, _, e := Syscall(SYS_UNLINKAT, uintptr(fdcwd), uintptr(unsafe.Pointer(p)), uintptr(flags))
	return errnoErr(e)
}

func Unlink(path string) error { return unlinkat(path, 0) }

func Rmdir(path string) error { return unlinkat(path, AT_REMOVEDIR) }

func Rename(from, to string) error {
	p, err := BytePtrFromString(from)
	if err != nil {
		return err
	}
	q, err := BytePtrFromString(to)
	if err != nil {
		return err
	}
	fdcwd := AT_FDCWD
	_, _, e := Syscall6(SYS_RENAMEAT, uintptr(fdcwd), uintptr(unsafe.Pointer(p)), uintptr(fdcwd), uintptr(unsafe.Pointer(q)), 0, 0)
	return errnoErr(e)
}

func fstatat(path string, st *Stat_t, flags int) error {
	p, err := BytePtrFromString(path)
	if err != nil {
		return err
	}
	fdcwd := AT_FDCWD
	_, _, e := Syscall6(SYS_NEWFSTATAT, uintptr(fdcwd), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(st)), uintptr(flags), 0, 0)
	return errnoErr(e)
}

func Stat(path string, st *Stat_t) error { return fstatat(path, st, 0) }

func Lstat(path string, st *Stat_t) error { return fstatat(path, st, AT_SYMLINK_NOFOLLOW) }

func Fstat(fd int, st *Stat_t) error {
	_, _, e := Syscall(SYS_FSTAT, uintptr(fd), uintptr(unsafe.Pointer(st)), 0)
	return errnoErr(e)
}

func Getdents(fd int, buf []byte) (n int, err error) {
	r, _, e := Syscall(SYS_GETDENTS64, uintptr(fd), uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)))
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

func Getwd() (string, error) {
	var buf [4096]byte
	r, _, e := Syscall(SYS_GETCWD, uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)), 0)
	if e != 0 {
		return "", e
	}
	n := int(r)
	if n > 0 && buf[n-1] == 0 {
		n--
	}
	return string(buf[:n]), nil
}

//go:linkname runtime_envc runtime.os_envc
func runtime_envc() int

//go:linkname runtime_envv runtime.os_envv
func runtime_envv(i int) string

// Getenv returns the value of the environment variable key in the
// process's initial environment, and whether it is set.
func Getenv(key string) (value string, found bool) {
	n := runtime_envc()
	for i := 0; i < n; i++ {
		kv := runtime_envv(i)
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}
