// os_linux.h: raw Linux system calls.
//
// The runtime never calls libc after start-up: libc objects carry no
// .note.GNU-split-stack, so a split-stack caller would have its prologue
// rewritten by the linker (DESIGN.md), and libc may use more stack than a
// segment's guard area holds. These wrappers are inline asm: no stack use.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace goc::rt::sys {

enum : long {
  SYS_write = 1, SYS_mmap = 9, SYS_mprotect = 10, SYS_munmap = 11, SYS_rt_sigaction = 13,
  SYS_rt_sigprocmask = 14, SYS_sigaltstack = 131, SYS_gettid = 186, SYS_clock_gettime = 228,
  SYS_exit_group = 231, SYS_prlimit64 = 302, SYS_getrandom = 318,
  SYS_sched_yield = 24, SYS_nanosleep = 35, SYS_getpid = 39, SYS_futex = 202,
  SYS_sched_getaffinity = 204, SYS_tgkill = 234, SYS_madvise = 28,
};

__attribute__((always_inline)) inline long syscall6(long n, long a, long b, long c, long d,
                                                    long e, long f) {
  long ret;
  register long r10 asm("r10") = d;
  register long r8 asm("r8") = e;
  register long r9 asm("r9") = f;
  asm volatile("syscall"
               : "=a"(ret)
               : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
               : "rcx", "r11", "memory");
  return ret;
}
__attribute__((always_inline)) inline long syscall3(long n, long a, long b, long c) {
  long ret;
  asm volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
  return ret;
}

enum : int { PROT_NONE = 0, PROT_READ = 1, PROT_WRITE = 2 };
enum : int { MAP_PRIVATE = 0x02, MAP_ANONYMOUS = 0x20, MAP_NORESERVE = 0x4000 };

inline long write(int fd, const void* p, size_t n) { return syscall3(SYS_write, fd, (long)p, (long)n); }

// mmap returns the mapping, or null on failure (never MAP_FAILED).
inline void* mmap(void* addr, size_t n, int prot, int flags) {
  long r = syscall6(SYS_mmap, (long)addr, (long)n, prot, flags, -1, 0);
  return (r < 0 && r > -4096) ? nullptr : (void*)r;
}
inline long munmap(void* p, size_t n) { return syscall3(SYS_munmap, (long)p, (long)n, 0); }
inline long mprotect(void* p, size_t n, int prot) {
  return syscall3(SYS_mprotect, (long)p, (long)n, prot);
}
enum : int { MADV_DONTNEED = 4 };
inline long madvise(void* p, size_t n, int advice) {
  return syscall3(SYS_madvise, (long)p, (long)n, advice);
}
[[noreturn]] inline void exit_group(int code) {
  syscall3(SYS_exit_group, code, 0, 0);
  __builtin_unreachable();
}
inline long gettid() { return syscall3(SYS_gettid, 0, 0, 0); }
inline long getrandom(void* p, size_t n) { return syscall3(SYS_getrandom, (long)p, (long)n, 0); }

struct Timespec {
  int64_t sec;
  int64_t nsec;
};
inline long clock_gettime(int clock, Timespec* ts) {
  return syscall3(SYS_clock_gettime, clock, (long)ts, 0);
}

enum : int { FUTEX_WAIT_PRIVATE = 128, FUTEX_WAKE_PRIVATE = 129 };
// Sleeps while *addr == val, at most ts (null: no limit). Returns -errno.
inline long futex(uint32_t* addr, int op, uint32_t val, const Timespec* ts) {
  return syscall6(SYS_futex, (long)addr, op, val, (long)ts, 0, 0);
}
inline long sched_yield() { return syscall3(SYS_sched_yield, 0, 0, 0); }
inline long nanosleep(const Timespec* ts) { return syscall3(SYS_nanosleep, (long)ts, 0, 0); }
inline long getpid() { return syscall3(SYS_getpid, 0, 0, 0); }
inline long tgkill(long pid, long tid, int sig) { return syscall3(SYS_tgkill, pid, tid, sig); }
inline long sched_getaffinity(long pid, size_t n, void* mask) {
  return syscall3(SYS_sched_getaffinity, pid, (long)n, (long)mask);
}

struct Rlimit {
  uint64_t cur;
  uint64_t max;
};
inline long getrlimit(int resource, Rlimit* r) {
  return syscall6(SYS_prlimit64, 0, resource, 0, (long)r, 0, 0);
}
enum : int { RLIMIT_STACK = 3 };

// The kernel's struct sigaction (not glibc's): handler, flags, restorer, mask.
struct Sigaction {
  void* handler;
  uint64_t flags;
  void* restorer;
  uint64_t mask;
};
enum : uint64_t { SA_SIGINFO = 4, SA_ONSTACK = 0x08000000, SA_RESTORER = 0x04000000,
                  SA_RESTART = 0x10000000, SA_NODEFER = 0x40000000 };
inline long rt_sigaction(int sig, const Sigaction* act, Sigaction* old) {
  return syscall6(SYS_rt_sigaction, sig, (long)act, (long)old, 8, 0, 0);
}

struct StackT {
  void* sp;
  int32_t flags;
  int32_t pad;
  size_t size;
};
inline long sigaltstack(const StackT* ss, StackT* old) {
  return syscall3(SYS_sigaltstack, (long)ss, (long)old, 0);
}

}  // namespace goc::rt::sys
