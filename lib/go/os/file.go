package os

import (
	"io"
	"syscall"
	"time"
	"unsafe"
)

//go:linkname runtime_argc runtime.os_argc
func runtime_argc() int

//go:linkname runtime_argv runtime.os_argv
func runtime_argv(i int) string

//go:linkname runtime_envc runtime.os_envc
func runtime_envc() int

//go:linkname runtime_envv runtime.os_envv
func runtime_envv(i int) string

// File is an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
	append bool
}

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
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

// Name returns the file's name.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// Read reads up to len(p) bytes; 0, io.EOF at the end of the file.
func (f *File) Read(p []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(p) == 0 {
		return 0, nil
	}
	for {
		n, err = syscall.Read(f.fd, p)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return 0, f.wrapErr("read", err)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(p) bytes from offset off (pread64).
func (f *File) ReadAt(p []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errNegativeOffset}
	}
	for len(p) > 0 {
		r, _, e := syscall.Syscall6(17, uintptr(f.fd), uintptr(unsafe.Pointer(&p[0])), uintptr(len(p)), uintptr(off), 0, 0)
		if e == syscall.EINTR {
			continue
		}
		if e != 0 {
			err = f.wrapErr("read", e)
			break
		}
		if r == 0 {
			return n, io.EOF
		}
		n += int(r)
		p = p[r:]
		off += int64(r)
	}
	return
}

var errNegativeOffset = errorString("negative offset")

type errorString string

func (e errorString) Error() string { return string(e) }

// Write writes p to the file; an error if fewer than len(p) bytes were
// written.
func (f *File) Write(p []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	for n < len(p) {
		m, e := syscall.Write(f.fd, p[n:])
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			err = e
			break
		}
		n += m
	}
	if err != nil {
		return n, f.wrapErr("write", err)
	}
	return n, nil
}

// WriteString writes s to the file.
func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

// WriteAt writes len(p) bytes at offset off (pwrite64).
func (f *File) WriteAt(p []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.append {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errNegativeOffset}
	}
	for len(p) > 0 {
		r, _, e := syscall.Syscall6(18, uintptr(f.fd), uintptr(unsafe.Pointer(&p[0])), uintptr(len(p)), uintptr(off), 0, 0)
		if e == syscall.EINTR {
			continue
		}
		if e != 0 {
			err = f.wrapErr("write", e)
			break
		}
		n += int(r)
		p = p[r:]
		off += int64(r)
	}
	return
}

var errWriteAtInAppendMode = errorString("os: invalid use of WriteAt on file opened with O_APPEND")

// Seek sets the offset for the next Read or Write.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	r, e := syscall.Seek(f.fd, offset, whence)
	if e != nil {
		return 0, f.wrapErr("seek", e)
	}
	return r, nil
}

// Close closes the file.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if e := syscall.Close(f.fd); e != nil {
		return &PathError{Op: "close", Path: f.name, Err: e}
	}
	return nil
}

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	_, _, e := syscall.Syscall(74, uintptr(f.fd), 0, 0)
	if e != 0 {
		return f.wrapErr("sync", e)
	}
	return nil
}

// Stat returns the FileInfo of the file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	var fs fileStat
	if err := syscall.Fstat(f.fd, &fs.sys); err != nil {
		return nil, &PathError{Op: "stat", Path: f.name, Err: err}
	}
	fillFileStat(&fs, f.name)
	return &fs, nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

func syscallMode(i FileMode) (o uint32) {
	o |= uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= syscall.S_ISUID
	}
	if i&ModeSetgid != 0 {
		o |= syscall.S_ISGID
	}
	if i&ModeSticky != 0 {
		o |= syscall.S_ISVTX
	}
	return
}

// OpenFile opens the named file with the given flags (O_RDONLY etc.) and
// permission bits (before umask) if it is created.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(name, flag, syscallMode(perm))
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &PathError{Op: "open", Path: name, Err: err}
	}
	f := NewFile(uintptr(fd), name)
	f.append = flag&O_APPEND != 0
	return f, nil
}

// ReadFile reads the whole named file.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	var st syscall.Stat_t
	if syscall.Fstat(f.fd, &st) == nil && st.Size > 0 && int64(int(st.Size)) == st.Size {
		size = int(st.Size) + 1
	}
	data := make([]byte, 0, size)
	for {
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it (with perm) if
// needed and truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	e := syscall.Unlink(name)
	if e == nil {
		return nil
	}
	e1 := syscall.Rmdir(name)
	if e1 == nil {
		return nil
	}
	if e1 != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: e}
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if e := syscall.Rename(oldpath, newpath); e != nil {
		return &LinkError{"rename", oldpath, newpath, e}
	}
	return nil
}

// Mkdir creates a directory.
func Mkdir(name string, perm FileMode) error {
	if e := syscall.Mkdir(name, syscallMode(perm)); e != nil {
		return &PathError{Op: "mkdir", Path: name, Err: e}
	}
	return nil
}

// MkdirAll creates a directory and any missing parents.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// RemoveAll removes path and everything it contains; nil if path does not
// exist.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	dir, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !dir.IsDir() {
		return err
	}
	names, rerr := readdirnames(path)
	err = rerr
	for _, n := range names {
		if e := RemoveAll(path + "/" + n); e != nil && err == nil {
			err = e
		}
	}
	e := Remove(path)
	if e == nil || IsNotExist(e) {
		return nil
	}
	if err == nil {
		err = e
	}
	return err
}

func readdirnames(path string) ([]string, error) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_DIRECTORY, 0)
	if err != nil {
		return nil, &PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	var names []string
	buf := make([]byte, 8192)
	for {
		n, err := syscall.Getdents(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return names, &PathError{Op: "readdirent", Path: path, Err: err}
		}
		if n <= 0 {
			return names, nil
		}
		for off := 0; off < n; {
			reclen := int(buf[off+16]) | int(buf[off+17])<<8
			name := buf[off+19 : off+reclen]
			for i, c := range name {
				if c == 0 {
					name = name[:i]
					break
				}
			}
			if s := string(name); s != "." && s != ".." {
				names = append(names, s)
			}
			off += reclen
		}
	}
}

// Readdirnames reads the names of the directory's entries (all when n <= 0).
func (f *File) Readdirnames(n int) (names []string, err error) {
	if err := f.checkValid("readdirent"); err != nil {
		return nil, err
	}
	return readdirnames(f.name)
}

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     syscall.Stat_t
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return &fs.sys }

func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func fillFileStat(fs *fileStat, name string) {
	fs.name = basename(name)
	fs.size = fs.sys.Size
	fs.modTime = time.Unix(fs.sys.Mtim.Sec, fs.sys.Mtim.Nsec)
	fs.mode = FileMode(fs.sys.Mode & 0777)
	switch fs.sys.Mode & syscall.S_IFMT {
	case syscall.S_IFBLK:
		fs.mode |= ModeDevice
	case syscall.S_IFCHR:
		fs.mode |= ModeDevice | ModeCharDevice
	case syscall.S_IFDIR:
		fs.mode |= ModeDir
	case syscall.S_IFIFO:
		fs.mode |= ModeNamedPipe
	case syscall.S_IFLNK:
		fs.mode |= ModeSymlink
	case syscall.S_IFSOCK:
		fs.mode |= ModeSocket
	}
	if fs.sys.Mode&syscall.S_ISGID != 0 {
		fs.mode |= ModeSetgid
	}
	if fs.sys.Mode&syscall.S_ISUID != 0 {
		fs.mode |= ModeSetuid
	}
	if fs.sys.Mode&syscall.S_ISVTX != 0 {
		fs.mode |= ModeSticky
	}
}

// Stat returns a FileInfo describing the named file.
func Stat(name string) (FileInfo, error) {
	var fs fileStat
	if err := syscall.Stat(name, &fs.sys); err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	fillFileStat(&fs, name)
	return &fs, nil
}

// Lstat is Stat without following a final symbolic link.
func Lstat(name string) (FileInfo, error) {
	var fs fileStat
	if err := syscall.Lstat(name, &fs.sys); err != nil {
		return nil, &PathError{Op: "lstat", Path: name, Err: err}
	}
	fillFileStat(&fs, name)
	return &fs, nil
}

// The environment: a copy of the process's, made at start-up.
var envs []string

func init() {
	n := runtime_envc()
	envs = make([]string, n)
	for i := range envs {
		envs[i] = runtime_envv(i)
	}
}

// Getenv returns the value of the environment variable key ("" if unset).
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and whether
// it is set.
func LookupEnv(key string) (string, bool) {
	for _, kv := range envs {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return kv[len(key)+1:], true
		}
	}
	return "", false
}

// Environ returns a copy of the environment, "key=value" strings.
func Environ() []string {
	e := make([]string, len(envs))
	copy(e, envs)
	return e
}

// Setenv sets the environment variable key (of this process's copy).
func Setenv(key, value string) error {
	if len(key) == 0 {
		return NewSyscallError("setenv", syscall.EINVAL)
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return NewSyscallError("setenv", syscall.EINVAL)
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return NewSyscallError("setenv", syscall.EINVAL)
		}
	}
	kv := key + "=" + value
	for i, e := range envs {
		if len(e) > len(key) && e[len(key)] == '=' && e[:len(key)] == key {
			envs[i] = kv
			return nil
		}
	}
	envs = append(envs, kv)
	return nil
}

// Unsetenv unsets the environment variable key.
func Unsetenv(key string) error {
	for i, e := range envs {
		if len(e) > len(key) && e[len(key)] == '=' && e[:len(key)] == key {
			envs = append(envs[:i], envs[i+1:]...)
			return nil
		}
	}
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() { envs = nil }

// Hostname returns the kernel's host name.
func Hostname() (string, error) {
	b, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	if len(b) > 0 && b[len(b)-1] == '\n' {
		b = b[:len(b)-1]
	}
	return string(b), nil
}

// TempDir returns $TMPDIR, or /tmp.
func TempDir() string {
	if d := Getenv("TMPDIR"); d != "" {
		return d
	}
	return "/tmp"
}
