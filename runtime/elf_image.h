// elf_image.h: the running executable's own ELF file, read for tracebacks:
// symbols (.symtab), call-frame information (.eh_frame, .eh_frame_hdr) and
// source positions (.debug_line, .debug_info inlined subroutines).
//
// Invariants:
//  - The file is /proc/self/exe, mapped read-only once (raw system calls, no
//    libc) the first time a traceback needs it; the parsed indexes are cached
//    for the life of the process. goc links statically without PIE, so a
//    section's sh_addr is its run-time address.
//  - Every read of file data goes through a bounds-checked Rd cursor: a
//    corrupt or unexpected table yields "not found", never a fault. Stack
//    memory is read only through the caller's MemReader, which validates the
//    address (traceback.cpp).
//  - These functions use a few KiB of stack: call them on g0 or gsignal.
#pragma once

#include <stddef.h>
#include <stdint.h>

namespace goc::rt::exe {

// A bounds-checked little-endian reader over [p, end). A read past end sets
// bad and yields 0. vaddr is the run-time address of p (for pc-relative
// pointer encodings), 0 when the data is not loaded (debug sections).
struct Rd {
  const uint8_t* p = nullptr;
  const uint8_t* end = nullptr;
  uintptr_t vaddr = 0;
  bool bad = false;

  Rd() = default;
  Rd(const uint8_t* b, const uint8_t* e, uintptr_t va = 0) : p(b), end(e), vaddr(va) {}
  size_t left() const { return bad || p > end ? 0 : (size_t)(end - p); }
  bool need(size_t n) {
    if (bad || (size_t)(end - p) < n) {
      bad = true;
      return false;
    }
    return true;
  }
  void skip(uint64_t n) {
    if (!need(n)) return;
    p += n;
    vaddr += n;
  }
  uint64_t un(int n) {
    if (!need((size_t)n)) return 0;
    uint64_t v = 0;
    for (int i = 0; i < n; i++) v |= (uint64_t)p[i] << (8 * i);
    p += n;
    vaddr += n;
    return v;
  }
  uint8_t u8() { return (uint8_t)un(1); }
  uint16_t u16() { return (uint16_t)un(2); }
  uint32_t u32() { return (uint32_t)un(4); }
  uint64_t u64() { return un(8); }
  uint64_t uleb() {
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
      if (!need(1)) return 0;
      uint8_t b = *p++;
      vaddr++;
      if (shift < 64) v |= (uint64_t)(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return v;
    }
  }
  int64_t sleb() {
    uint64_t v = 0;
    int shift = 0;
    uint8_t b;
    do {
      if (!need(1)) return 0;
      b = *p++;
      vaddr++;
      if (shift < 64) v |= (uint64_t)(b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    if (shift < 64 && (b & 0x40)) v |= ~uint64_t(0) << shift;
    return (int64_t)v;
  }
  // A NUL-terminated string; null (and bad) if unterminated.
  const char* cstr() {
    const uint8_t* q = p;
    while (q < end && *q != 0) q++;
    if (bad || q >= end) {
      bad = true;
      return nullptr;
    }
    const char* s = (const char*)p;
    vaddr += (uintptr_t)(q + 1 - p);
    p = q + 1;
    return s;
  }
};

// The length of the string at p, or max if no NUL comes within max bytes.
inline size_t boundedLen(const char* p, size_t max) {
  size_t n = 0;
  while (n < max && p[n] != 0) n++;
  return n;
}
// String helpers that never become libc calls.
inline bool strEq(const char* a, const char* b) {
  while (*a != 0 && *a == *b) a++, b++;
  return *a == *b;
}
inline size_t strLen(const char* s) {
  size_t n = 0;
  while (s[n] != 0) n++;
  return n;
}

// A section of the mapped file (empty if absent).
struct Section {
  const uint8_t* data = nullptr;
  size_t size = 0;
  uintptr_t addr = 0;  // sh_addr
  Rd rd(size_t off = 0) const {
    if (off > size) return Rd(data, data, addr);  // empty
    return Rd(data + off, data + size, addr + off);
  }
};

struct Image {
  Section symtab, strtab, ehFrame, ehFrameHdr;
  Section debugInfo, debugAbbrev, debugLine, debugStr, debugLineStr, debugRanges,
      debugRnglists, debugAddr, debugStrOffsets;
};

// Maps and indexes the executable once; null if it cannot be read.
const Image* image();

// The function symbol containing pc: its name and entry address.
bool symbolize(uintptr_t pc, const char** name, uintptr_t* entry);

// Registers in DWARF numbering (x86-64): 0 rax, 1 rdx, 2 rcx, 3 rbx, 4 rsi,
// 5 rdi, 6 rbp, 7 rsp, 8-15 r8-r15, 16 the return address (rip).
enum { RegRBX = 3, RegRBP = 6, RegRSP = 7, RegR12 = 12, RegR13 = 13, RegR14 = 14, RegR15 = 15,
       RegRA = 16, NumRegs = 17 };
struct Regs {
  uintptr_t r[NumRegs];
  uint32_t known;  // bit i: r[i] is known
};

// Reads 8 bytes of stack at addr; false if addr is not readable stack.
using MemReader = bool (*)(void* ctx, uintptr_t addr, uintptr_t* out);

// One step of CFI unwinding: regs describe a frame executing at pc (which
// is regs.r[RegRA] unless the caller adjusted it: lookupPc is the pc to find
// the FDE and row for, i.e. the return address minus 1 for a call frame).
// On success regs describe the caller (r[RegRA] = its pc, r[RegRSP] = this
// frame's CFA) and *signalFrame says whether this frame's FDE is a signal
// frame (then the caller's pc is exact, not a return address).
bool unwindStep(uintptr_t lookupPc, Regs* regs, bool* signalFrame, MemReader rd, void* ctx);

// A source position: dir may be null (file is then complete).
struct SrcPos {
  const char* dir;
  const char* file;
  uint32_t line;
};
bool lineFor(uintptr_t pc, SrcPos* out);

// Inlined calls at pc, outermost first: the inlined function's name and the
// position of the call to it (in its caller).
struct InlineCall {
  const char* name;
  SrcPos call;
};
// Returns how many entries were stored (at most max).
int inlineChain(uintptr_t pc, InlineCall* out, int max);

}  // namespace goc::rt::exe
