// elf_image.cpp: mapping the executable, its symbol table and its call-frame
// information (.eh_frame CIEs/FDEs and the CFA program interpreter). See
// elf_image.h for the invariants; dwarf_info.cpp reads .debug_line and
// .debug_info.
//
// FDE lookup: the binary-search table of .eh_frame_hdr when the linker made
// one (ld.lld --eh-frame-hdr), else an index of all FDEs built once from
// .eh_frame and sorted by start address.
#include "elf_image.h"

#include "os_linux.h"
#include "runtime.h"

namespace goc::rt::exe {

namespace {

enum : long { SYS_open = 2, SYS_close = 3, SYS_fstat = 5 };

Image img;
// 0: not tried, 1: being built by some thread, 2: ready, 3: unavailable.
uint32_t state;

const uint8_t* fileBase;
size_t fileSize;

// The function symbols, sorted by address.
struct FuncSym {
  uintptr_t addr;
  uintptr_t size;
  const char* name;
};
FuncSym* syms;
size_t nsyms;

// FDEs sorted by start address (used when there is no .eh_frame_hdr).
struct FdeRef {
  uintptr_t lo;
  uintptr_t hi;
  uint32_t off;  // offset of the FDE in .eh_frame
};
FdeRef* fdes;
size_t nfdes;

void* rawAlloc(size_t n) {
  n = (n + 4095) & ~size_t(4095);
  return sys::mmap(nullptr, n, sys::PROT_READ | sys::PROT_WRITE,
                   sys::MAP_PRIVATE | sys::MAP_ANONYMOUS);
}

bool streq(const char* a, const char* b) {
  while (*a && *a == *b) a++, b++;
  return *a == *b;
}

// Reads a pointer with a DW_EH_PE encoding; hdrBase for datarel.
bool readEncoded(Rd& r, uint8_t enc, uintptr_t hdrBase, uintptr_t* out) {
  if (enc == 0xff) return false;  // omitted
  uintptr_t fieldAddr = r.vaddr;
  uint64_t v = 0;
  switch (enc & 0x0f) {
    case 0x00: v = r.u64(); break;
    case 0x01: v = r.uleb(); break;
    case 0x02: v = r.u16(); break;
    case 0x03: v = r.u32(); break;
    case 0x04: v = r.u64(); break;
    case 0x09: v = (uint64_t)r.sleb(); break;
    case 0x0a: v = (uint64_t)(int64_t)(int16_t)r.u16(); break;
    case 0x0b: v = (uint64_t)(int64_t)(int32_t)r.u32(); break;
    case 0x0c: v = r.u64(); break;
    default: r.bad = true; return false;
  }
  switch (enc & 0x70) {
    case 0x00: break;
    case 0x10: v += fieldAddr; break;
    case 0x30: v += hdrBase; break;
    default: r.bad = true; return false;
  }
  if (enc & 0x80) {  // indirect: not used in a static executable's .eh_frame
    r.bad = true;
    return false;
  }
  *out = (uintptr_t)v;
  return !r.bad;
}

// A parsed CIE.
struct Cie {
  uint64_t codeAlign;
  int64_t dataAlign;
  uint32_t raReg;
  uint8_t fdeEnc;
  bool hasAugData;
  bool signal;
  Rd insns;  // initial instructions
};

// Parses the entry at off in .eh_frame: its length and CIE id.
// body = the bytes after the id, up to the entry's end.
bool entryAt(size_t off, Rd* body, uint32_t* id, size_t* next) {
  Rd r = img.ehFrame.rd(off);
  uint64_t len = r.u32();
  if (r.bad || len == 0) return false;
  if (len == 0xffffffff) return false;  // 64-bit entries: not made by LLVM here
  if (len > r.left()) return false;
  Rd b(r.p, r.p + len, r.vaddr);
  *id = b.u32();
  *body = b;
  *next = off + 4 + (size_t)len;
  return !b.bad;
}

bool parseCie(size_t off, Cie* c) {
  Rd b;
  uint32_t id;
  size_t next;
  if (!entryAt(off, &b, &id, &next) || id != 0) return false;
  uint8_t version = b.u8();
  const char* aug = b.cstr();
  if (aug == nullptr) return false;
  if (aug[0] == 'e' && aug[1] == 'h') b.skip(8);
  c->codeAlign = b.uleb();
  c->dataAlign = b.sleb();
  c->raReg = version == 1 ? b.u8() : (uint32_t)b.uleb();
  c->fdeEnc = 0;  // absptr
  c->hasAugData = false;
  c->signal = false;
  if (aug[0] == 'z') {
    c->hasAugData = true;
    uint64_t alen = b.uleb();
    if (alen > b.left()) return false;
    Rd a(b.p, b.p + alen, b.vaddr);
    b.skip(alen);
    for (const char* s = aug + 1; *s; s++) {
      uintptr_t ignored;
      switch (*s) {
        case 'R': c->fdeEnc = a.u8(); break;
        case 'L': a.u8(); break;
        case 'P': {
          uint8_t enc = a.u8();
          readEncoded(a, enc & 0x7f, 0, &ignored);  // only the bytes matter
          break;
        }
        case 'S': c->signal = true; break;
        case 'B': break;
        default: return false;
      }
    }
    if (a.bad) return false;
  }
  c->insns = b;
  return !b.bad;
}

// The FDE's pc range and instructions; cie filled in.
bool parseFde(size_t off, Cie* cie, uintptr_t* lo, uintptr_t* hi, Rd* insns) {
  Rd b;
  uint32_t id;
  size_t next;
  if (!entryAt(off, &b, &id, &next) || id == 0) return false;
  // id = distance from the id field back to the CIE.
  size_t idFieldOff = off + 4;
  if (id > idFieldOff) return false;
  if (!parseCie(idFieldOff - id, cie)) return false;
  uintptr_t start, range;
  if (!readEncoded(b, cie->fdeEnc, 0, &start)) return false;
  if (!readEncoded(b, cie->fdeEnc & 0x0f, 0, &range)) return false;
  if (cie->hasAugData) b.skip(b.uleb());
  *lo = start;
  *hi = start + range;
  *insns = b;
  return !b.bad;
}

void buildFdeIndex() {
  // Count, then fill, then sort.
  size_t n = 0;
  for (size_t off = 0; off < img.ehFrame.size;) {
    Rd b;
    uint32_t id;
    size_t next;
    if (!entryAt(off, &b, &id, &next)) break;
    if (id != 0) n++;
    off = next;
  }
  if (n == 0) return;
  auto* a = (FdeRef*)rawAlloc(n * sizeof(FdeRef));
  if (a == nullptr) return;
  size_t k = 0;
  for (size_t off = 0; off < img.ehFrame.size && k < n;) {
    Rd b;
    uint32_t id;
    size_t next;
    if (!entryAt(off, &b, &id, &next)) break;
    Cie cie;
    uintptr_t lo, hi;
    Rd ins;
    if (id != 0 && parseFde(off, &cie, &lo, &hi, &ins) && lo != 0 && hi > lo)
      a[k++] = {lo, hi, (uint32_t)off};
    off = next;
  }
  // Shell sort by lo.
  for (size_t gap = k / 2; gap > 0; gap /= 2)
    for (size_t i = gap; i < k; i++) {
      FdeRef t = a[i];
      size_t j = i;
      for (; j >= gap && a[j - gap].lo > t.lo; j -= gap) a[j] = a[j - gap];
      a[j] = t;
    }
  fdes = a;
  nfdes = k;
}

// Finds the FDE covering pc: its offset in .eh_frame.
bool findFde(uintptr_t pc, size_t* off) {
  const Section& h = img.ehFrameHdr;
  if (h.size >= 12) {
    Rd r = h.rd();
    uint8_t version = r.u8(), ptrEnc = r.u8(), countEnc = r.u8(), tableEnc = r.u8();
    uintptr_t ehPtr, count;
    if (version == 1 && readEncoded(r, ptrEnc, h.addr, &ehPtr) &&
        readEncoded(r, countEnc, h.addr, &count) && tableEnc == 0x3b) {
      // The table: count pairs of (start, fde) as datarel sdata4.
      if (count > r.left() / 8) return false;
      const uint8_t* t = r.p;
      size_t lo = 0, hi = count;
      while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        int32_t s;
        __builtin_memcpy(&s, t + mid * 8, 4);
        if ((uintptr_t)(h.addr + s) <= pc) lo = mid;
        else hi = mid;
      }
      if (count == 0) return false;
      int32_t s, f;
      __builtin_memcpy(&s, t + lo * 8, 4);
      __builtin_memcpy(&f, t + lo * 8 + 4, 4);
      if ((uintptr_t)(h.addr + s) > pc) return false;
      uintptr_t fdeAddr = h.addr + f;
      if (fdeAddr < img.ehFrame.addr || fdeAddr >= img.ehFrame.addr + img.ehFrame.size) return false;
      *off = fdeAddr - img.ehFrame.addr;
      return true;
    }
  }
  if (nfdes == 0) return false;
  size_t lo = 0, hi = nfdes;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (fdes[mid].lo <= pc) lo = mid;
    else hi = mid;
  }
  if (fdes[lo].lo > pc || pc >= fdes[lo].hi) return false;
  *off = fdes[lo].off;
  return true;
}

void buildSymbols() {
  const Section& st = img.symtab;
  size_t n = st.size / 24;
  size_t count = 0;
  for (int pass = 0; pass < 2; pass++) {
    for (size_t i = 0; i < n; i++) {
      const uint8_t* e = st.data + i * 24;
      uint32_t nameOff;
      uint8_t info;
      uint16_t shndx;
      uint64_t value, size;
      __builtin_memcpy(&nameOff, e, 4);
      info = e[4];
      __builtin_memcpy(&shndx, e + 6, 2);
      __builtin_memcpy(&value, e + 8, 8);
      __builtin_memcpy(&size, e + 16, 8);
      if ((info & 0xf) != 2 /* STT_FUNC */ || shndx == 0 || value == 0) continue;
      if (nameOff >= img.strtab.size) continue;
      if (pass == 1) syms[count] = {(uintptr_t)value, (uintptr_t)size, (const char*)img.strtab.data + nameOff};
      count++;
    }
    if (pass == 0) {
      if (count == 0) return;
      syms = (FuncSym*)rawAlloc(count * sizeof(FuncSym));
      if (syms == nullptr) return;
      count = 0;
    }
  }
  // The string table must end with a NUL for the names to be safe.
  if (img.strtab.size == 0 || img.strtab.data[img.strtab.size - 1] != 0) {
    syms = nullptr;
    return;
  }
  for (size_t gap = count / 2; gap > 0; gap /= 2)
    for (size_t i = gap; i < count; i++) {
      FuncSym t = syms[i];
      size_t j = i;
      for (; j >= gap && syms[j - gap].addr > t.addr; j -= gap) syms[j] = syms[j - gap];
      syms[j] = t;
    }
  nsyms = count;
}

bool load() {
  long fd = sys::syscall3(SYS_open, (long)"/proc/self/exe", 0x80000 /* O_RDONLY|O_CLOEXEC */, 0);
  if (fd < 0) return false;
  uint8_t st[144];
  if (sys::syscall3(SYS_fstat, fd, (long)st, 0) != 0) {
    sys::syscall3(SYS_close, fd, 0, 0);
    return false;
  }
  int64_t size;
  __builtin_memcpy(&size, st + 48, 8);  // st_size
  if (size < 64) {
    sys::syscall3(SYS_close, fd, 0, 0);
    return false;
  }
  long m = sys::syscall6(sys::SYS_mmap, 0, size, sys::PROT_READ, sys::MAP_PRIVATE, fd, 0);
  sys::syscall3(SYS_close, fd, 0, 0);
  if (m < 0 && m > -4096) return false;
  fileBase = (const uint8_t*)m;
  fileSize = (size_t)size;
  const uint8_t* f = fileBase;
  if (f[0] != 0x7f || f[1] != 'E' || f[2] != 'L' || f[3] != 'F' || f[4] != 2 /* 64-bit */) return false;
  uint64_t shoff;
  uint16_t shentsize, shnum, shstrndx;
  __builtin_memcpy(&shoff, f + 0x28, 8);
  __builtin_memcpy(&shentsize, f + 0x3a, 2);
  __builtin_memcpy(&shnum, f + 0x3c, 2);
  __builtin_memcpy(&shstrndx, f + 0x3e, 2);
  if (shentsize != 64 || shoff > fileSize || (fileSize - shoff) / 64 < shnum || shstrndx >= shnum)
    return false;
  auto sect = [&](uint16_t i, uint32_t* type, Section* s) {
    const uint8_t* h = f + shoff + (size_t)i * 64;
    uint64_t addr, off, sz;
    __builtin_memcpy(type, h + 4, 4);
    __builtin_memcpy(&addr, h + 0x10, 8);
    __builtin_memcpy(&off, h + 0x18, 8);
    __builtin_memcpy(&sz, h + 0x20, 8);
    if (*type == 8 /* NOBITS */ || off > fileSize || sz > fileSize - off) {
      *s = Section{};
      return;
    }
    *s = Section{f + off, (size_t)sz, (uintptr_t)addr};
  };
  uint32_t type;
  Section names;
  sect(shstrndx, &type, &names);
  for (uint16_t i = 1; i < shnum; i++) {
    Section s;
    sect(i, &type, &s);
    uint32_t nameOff;
    __builtin_memcpy(&nameOff, f + shoff + (size_t)i * 64, 4);
    if (nameOff >= names.size) continue;
    const char* name = (const char*)names.data + nameOff;
    size_t maxLen = names.size - nameOff;
    if (boundedLen(name, maxLen) == maxLen) continue;
    struct { const char* n; Section* s; } table[] = {
        {".symtab", &img.symtab}, {".strtab", &img.strtab}, {".eh_frame", &img.ehFrame},
        {".eh_frame_hdr", &img.ehFrameHdr}, {".debug_info", &img.debugInfo},
        {".debug_abbrev", &img.debugAbbrev}, {".debug_line", &img.debugLine},
        {".debug_str", &img.debugStr}, {".debug_line_str", &img.debugLineStr},
        {".debug_ranges", &img.debugRanges}, {".debug_rnglists", &img.debugRnglists},
        {".debug_addr", &img.debugAddr}, {".debug_str_offsets", &img.debugStrOffsets},
    };
    for (auto& t : table)
      if (streq(name, t.n)) *t.s = s;
  }
  // .eh_frame must be the loaded copy's twin (same file offset mapping).
  buildSymbols();
  if (img.ehFrameHdr.size == 0) buildFdeIndex();
  return true;
}

// DWARF CFA rules.
enum RuleKind : uint8_t { RSame, RUndef, ROffset, RValOffset, RRegister };
struct Rule {
  RuleKind kind;
  int64_t arg;
};
struct Row {
  uint32_t cfaReg;
  int64_t cfaOff;
  bool cfaExpr;
  Rule reg[NumRegs];
};

// Runs CFA instructions from loc while loc <= pc. init: the CIE's row, for
// DW_CFA_restore.
bool runCfa(Rd r, const Cie& cie, uintptr_t loc, uintptr_t pc, Row* row, const Row* init) {
  Row stack[8];
  int depth = 0;
  auto setReg = [&](uint64_t reg, RuleKind k, int64_t arg) {
    if (reg < NumRegs) row->reg[reg] = {k, arg};
  };
  while (r.left() > 0) {
    uint8_t op = r.u8();
    uint8_t low = op & 0x3f;
    switch (op & 0xc0) {
      case 0x40:  // advance_loc
        loc += low * cie.codeAlign;
        if (loc > pc) return true;
        continue;
      case 0x80:  // offset
        setReg(low, ROffset, (int64_t)r.uleb() * cie.dataAlign);
        continue;
      case 0xc0:  // restore
        if (low < NumRegs) row->reg[low] = init ? init->reg[low] : Rule{RSame, 0};
        continue;
    }
    switch (op) {
      case 0x00: break;  // nop
      case 0x01: {        // set_loc
        uintptr_t v;
        if (!readEncoded(r, cie.fdeEnc, 0, &v)) return false;
        loc = v;
        if (loc > pc) return true;
        break;
      }
      case 0x02: loc += r.u8() * cie.codeAlign; if (loc > pc) return true; break;
      case 0x03: loc += r.u16() * cie.codeAlign; if (loc > pc) return true; break;
      case 0x04: loc += r.u32() * cie.codeAlign; if (loc > pc) return true; break;
      case 0x05: {  // offset_extended
        uint64_t reg = r.uleb();
        setReg(reg, ROffset, (int64_t)r.uleb() * cie.dataAlign);
        break;
      }
      case 0x06: {  // restore_extended
        uint64_t reg = r.uleb();
        if (reg < NumRegs) row->reg[reg] = init ? init->reg[reg] : Rule{RSame, 0};
        break;
      }
      case 0x07: setReg(r.uleb(), RUndef, 0); break;
      case 0x08: setReg(r.uleb(), RSame, 0); break;
      case 0x09: {  // register
        uint64_t reg = r.uleb();
        setReg(reg, RRegister, (int64_t)r.uleb());
        break;
      }
      case 0x0a:  // remember_state
        if (depth == 8) return false;
        stack[depth++] = *row;
        break;
      case 0x0b:  // restore_state
        if (depth == 0) return false;
        *row = stack[--depth];
        break;
      case 0x0c:  // def_cfa
        row->cfaReg = (uint32_t)r.uleb();
        row->cfaOff = (int64_t)r.uleb();
        row->cfaExpr = false;
        break;
      case 0x0d: row->cfaReg = (uint32_t)r.uleb(); row->cfaExpr = false; break;
      case 0x0e: row->cfaOff = (int64_t)r.uleb(); break;
      case 0x0f:  // def_cfa_expression: not evaluated
        r.skip(r.uleb());
        row->cfaExpr = true;
        break;
      case 0x10: {  // expression: the register becomes unknown
        uint64_t reg = r.uleb();
        r.skip(r.uleb());
        setReg(reg, RUndef, 0);
        break;
      }
      case 0x11: {  // offset_extended_sf
        uint64_t reg = r.uleb();
        setReg(reg, ROffset, r.sleb() * cie.dataAlign);
        break;
      }
      case 0x12:  // def_cfa_sf
        row->cfaReg = (uint32_t)r.uleb();
        row->cfaOff = r.sleb() * cie.dataAlign;
        row->cfaExpr = false;
        break;
      case 0x13: row->cfaOff = r.sleb() * cie.dataAlign; break;
      case 0x14: {  // val_offset
        uint64_t reg = r.uleb();
        setReg(reg, RValOffset, (int64_t)r.uleb() * cie.dataAlign);
        break;
      }
      case 0x15: {  // val_offset_sf
        uint64_t reg = r.uleb();
        setReg(reg, RValOffset, r.sleb() * cie.dataAlign);
        break;
      }
      case 0x16: {  // val_expression
        uint64_t reg = r.uleb();
        r.skip(r.uleb());
        setReg(reg, RUndef, 0);
        break;
      }
      case 0x2e: r.uleb(); break;  // GNU_args_size
      case 0x2f: {                 // GNU_negative_offset_extended
        uint64_t reg = r.uleb();
        setReg(reg, ROffset, -(int64_t)r.uleb() * cie.dataAlign);
        break;
      }
      default: return false;
    }
    if (r.bad) return false;
  }
  return !r.bad;
}

}  // namespace

const Image* image() {
  uint32_t s = __atomic_load_n(&state, __ATOMIC_ACQUIRE);
  if (s == 0) {
    uint32_t expect = 0;
    if (__atomic_compare_exchange_n(&state, &expect, 1, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
      s = load() ? 2 : 3;
      __atomic_store_n(&state, s, __ATOMIC_RELEASE);
    } else {
      s = expect;
    }
  }
  for (int i = 0; s == 1 && i < 100000; i++) {
    sys::sched_yield();
    s = __atomic_load_n(&state, __ATOMIC_ACQUIRE);
  }
  return s == 2 ? &img : nullptr;
}

bool symbolize(uintptr_t pc, const char** name, uintptr_t* entry) {
  if (image() == nullptr || nsyms == 0) return false;
  size_t lo = 0, hi = nsyms;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (syms[mid].addr <= pc) lo = mid;
    else hi = mid;
  }
  if (syms[lo].addr > pc) return false;
  // Several symbols may share an address: prefer a sized one.
  size_t best = lo;
  for (size_t j = lo;; j--) {
    if (syms[j].addr != syms[lo].addr) break;
    if (syms[j].size != 0) {
      best = j;
      break;
    }
    if (j == 0) break;
  }
  const FuncSym& s = syms[best];
  uintptr_t end = s.size != 0 ? s.addr + s.size : (lo + 1 < nsyms ? syms[lo + 1].addr : s.addr + 1);
  if (pc >= end) return false;
  *name = s.name;
  *entry = s.addr;
  return true;
}

bool unwindStep(uintptr_t lookupPc, Regs* regs, bool* signalFrame, MemReader mem, void* ctx) {
  if (image() == nullptr) return false;
  size_t off;
  if (!findFde(lookupPc, &off)) return false;
  Cie cie;
  uintptr_t lo, hi;
  Rd insns;
  if (!parseFde(off, &cie, &lo, &hi, &insns) || lookupPc < lo || lookupPc >= hi) return false;
  if (cie.raReg != RegRA) return false;
  Row init{};
  init.cfaReg = RegRSP;
  for (auto& rule : init.reg) rule = {RSame, 0};
  if (!runCfa(cie.insns, cie, lo, ~uintptr_t(0), &init, nullptr)) return false;
  Row row = init;
  if (!runCfa(insns, cie, lo, lookupPc, &row, &init)) return false;
  if (row.cfaExpr || row.cfaReg >= NumRegs || !(regs->known & (1u << row.cfaReg))) return false;
  uintptr_t cfa = regs->r[row.cfaReg] + (uintptr_t)row.cfaOff;
  Regs out{};
  for (int i = 0; i < NumRegs; i++) {
    const Rule& rule = row.reg[i];
    switch (rule.kind) {
      case RSame:
        if (i == RegRA) return false;  // no rule for the return address
        out.r[i] = regs->r[i];
        if (regs->known & (1u << i)) out.known |= 1u << i;
        break;
      case RUndef: break;
      case ROffset:
        if (mem(ctx, cfa + (uintptr_t)rule.arg, &out.r[i])) out.known |= 1u << i;
        else if (i == RegRA) return false;
        break;
      case RValOffset:
        out.r[i] = cfa + (uintptr_t)rule.arg;
        out.known |= 1u << i;
        break;
      case RRegister:
        if (rule.arg >= 0 && rule.arg < NumRegs && (regs->known & (1u << rule.arg))) {
          out.r[i] = regs->r[rule.arg];
          out.known |= 1u << i;
        }
        break;
    }
  }
  // The return address is a rule of the row (x86-64: always CFA-8); the
  // caller's rsp is the CFA.
  if (!(out.known & (1u << RegRA))) return false;
  out.r[RegRSP] = cfa;
  out.known |= 1u << RegRSP;
  *regs = out;
  *signalFrame = cie.signal;
  return true;
}

}  // namespace goc::rt::exe
