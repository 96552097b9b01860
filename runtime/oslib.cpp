// oslib.cpp: the process services of package os (lib/go/os/file.go): raw
// reads and writes on file descriptors, the command line and the
// environment. They are Go functions (swiftcc, g in R14, the closure
// context in R13 undeclared and ignored) declared with //go:linkname.
//
// Invariant: each definition's symbol and signature match its Go
// declaration in lib/go/os/file.go. Results are scalars, or a Go string
// {ptr, len} returned in RAX:RDX.
#include "os_linux.h"
#include "runtime.h"

namespace goc::rt {
extern int32_t argc;
extern char** argv;
}  // namespace goc::rt

using namespace goc::rt;

namespace {

struct GoString {
  const char* p;
  int64_t n;
};

// The environment variable `name` (n bytes), or null.
const char* lookupEnv(const char* name, int64_t n) {
  for (char** e = argv + argc + 1; *e != nullptr; e++) {
    const char* s = *e;
    int64_t i = 0;
    while (i < n && s[i] == name[i]) i++;
    if (i == n && s[i] == '=') return s + n + 1;
  }
  return nullptr;
}

}  // namespace

#define GO_LIB(ret, sym, cname, ...)                                              \
  extern "C" SWIFTCALL ret cname(G* g GCTX __VA_OPT__(, ) __VA_ARGS__) asm(sym); \
  extern "C" SWIFTCALL ret cname(G* g GCTX __VA_OPT__(, ) __VA_ARGS__)

// write(2) until all n bytes are written; the count written, or -errno.
GO_LIB(int64_t, "runtime.os_write", os_write, int64_t fd, const uint8_t* p, int64_t n) {
  (void)g;
  int64_t done = 0;
  while (done < n) {
    long w = sys::write((int)fd, p + done, (size_t)(n - done));
    if (w == -4) continue;  // EINTR
    if (w < 0) return done > 0 ? done : w;
    done += w;
  }
  return done;
}

// read(2) once: the count read (0 at end of file), or -errno.
GO_LIB(int64_t, "runtime.os_read", os_read, int64_t fd, uint8_t* p, int64_t n) {
  (void)g;
  for (;;) {
    long r = sys::syscall3(0 /* SYS_read */, fd, (long)p, (long)n);
    if (r != -4) return r;
  }
}

GO_LIB(int64_t, "runtime.os_argc", os_argc) {
  (void)g;
  return argc;
}

GO_LIB(GoString, "runtime.os_argv", os_argv, int64_t i) {
  (void)g;
  const char* s = argv[i];
  return {s, (int64_t)__builtin_strlen(s)};
}

// The number of environment strings.
GO_LIB(int64_t, "runtime.os_envc", os_envc) {
  (void)g;
  int64_t n = 0;
  for (char** e = argv + argc + 1; *e != nullptr; e++) n++;
  return n;
}

// Environment string i ("key=value").
GO_LIB(GoString, "runtime.os_envv", os_envv, int64_t i) {
  (void)g;
  const char* s = argv[argc + 1 + i];
  return {s, (int64_t)__builtin_strlen(s)};
}

// The length of environment variable name's value, or -1 if it is unset.
GO_LIB(int64_t, "runtime.os_envlen", os_envlen, const char* name, int64_t n) {
  (void)g;
  const char* v = lookupEnv(name, n);
  return v ? (int64_t)__builtin_strlen(v) : -1;
}

// The value of environment variable name ("" if unset).
GO_LIB(GoString, "runtime.os_getenv", os_getenv, const char* name, int64_t n) {
  (void)g;
  const char* v = lookupEnv(name, n);
  return v ? GoString{v, (int64_t)__builtin_strlen(v)} : GoString{"", 0};
}
