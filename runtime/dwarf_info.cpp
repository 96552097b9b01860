// dwarf_info.cpp: source positions for tracebacks, from .debug_info (units,
// their pc ranges, inlined subroutines) and .debug_line (the line-number
// program). DWARF 4 (what goc's lowering emits) and DWARF 5 (what clang 19
// emits for the runtime and glibc) are both read; only 32-bit DWARF.
//
// Invariants: see elf_image.h. The unit index is built once (under
// elf_image's load, lazily here on first use, serialised by the traceback
// lock in traceback.cpp); everything else is recomputed per query from the
// mapped file.
#include "elf_image.h"

#include "os_linux.h"

namespace goc::rt::exe {

namespace {

enum : uint32_t {
  TagCompileUnit = 0x11, TagSubprogram = 0x2e, TagInlined = 0x1d, TagPartialUnit = 0x3c,
  AtName = 0x03, AtStmtList = 0x10, AtLowPc = 0x11, AtHighPc = 0x12, AtCompDir = 0x1b,
  AtAbstractOrigin = 0x31, AtSpecification = 0x47, AtRanges = 0x55, AtCallFile = 0x58,
  AtCallLine = 0x59, AtLinkageName = 0x6e, AtMipsLinkageName = 0x2007,
  AtStrOffsetsBase = 0x72, AtAddrBase = 0x73, AtRnglistsBase = 0x74,
};

struct Unit {
  uint32_t off;     // unit header in .debug_info
  uint32_t end;     // past the unit
  uint32_t dieOff;  // its first DIE
  uint16_t version;
  uint8_t addrSize;
  uint32_t abbrevOff;
  bool hasStmt;
  uint64_t stmtList;
  const char* compDir;
  uint64_t base;  // low_pc: the base address for ranges
  uint64_t strOffBase, addrBase, rnglistsBase;
  // The unit's pc ranges: from low/high (lo < hi) or a ranges attribute.
  uintptr_t lo, hi;
  bool hasRanges;
  uint8_t rangesForm;
  uint64_t rangesVal;
};

Unit* units;
size_t nunits;
bool unitsBuilt;

// A decoded attribute value.
enum Cls : uint8_t { CNone, CConst, CAddr, CStr, CRef, CRefAbs, CSecOff, CStrx, CAddrx, CRnglistx };
struct Val {
  Cls cls;
  uint64_t u;
  const char* s;
};

const char* strAt(const Section& s, uint64_t off) {
  if (off >= s.size) return nullptr;
  const char* p = (const char*)s.data + off;
  size_t max = s.size - off;
  if (boundedLen(p, max) == max) return nullptr;
  return p;
}

// Reads one attribute value of the given form. implicitConst: the value
// stored in the abbreviation for DW_FORM_implicit_const.
bool readForm(Rd& r, uint64_t form, const Unit& u, int64_t implicitConst, Val* v) {
  const Image& im = *image();
  v->cls = CNone;
  v->s = nullptr;
  v->u = 0;
  switch (form) {
    case 0x01: v->cls = CAddr; v->u = r.un(u.addrSize); break;
    case 0x03: r.skip(r.u16()); break;
    case 0x04: r.skip(r.u32()); break;
    case 0x05: v->cls = CConst; v->u = r.u16(); break;
    case 0x06: v->cls = CConst; v->u = r.u32(); break;
    case 0x07: v->cls = CConst; v->u = r.u64(); break;
    case 0x08: v->cls = CStr; v->s = r.cstr(); break;
    case 0x09: case 0x18: r.skip(r.uleb()); break;
    case 0x0a: r.skip(r.u8()); break;
    case 0x0b: v->cls = CConst; v->u = r.u8(); break;
    case 0x0c: v->cls = CConst; v->u = r.u8(); break;
    case 0x0d: v->cls = CConst; v->u = (uint64_t)r.sleb(); break;
    case 0x0e: v->cls = CStr; v->s = strAt(im.debugStr, r.u32()); break;
    case 0x0f: v->cls = CConst; v->u = r.uleb(); break;
    case 0x10: v->cls = CRefAbs; v->u = u.version <= 2 ? r.un(u.addrSize) : r.u32(); break;
    case 0x11: v->cls = CRef; v->u = r.u8(); break;
    case 0x12: v->cls = CRef; v->u = r.u16(); break;
    case 0x13: v->cls = CRef; v->u = r.u32(); break;
    case 0x14: v->cls = CRef; v->u = r.u64(); break;
    case 0x15: v->cls = CRef; v->u = r.uleb(); break;
    case 0x16: return readForm(r, r.uleb(), u, implicitConst, v);
    case 0x17: v->cls = CSecOff; v->u = r.u32(); break;
    case 0x19: v->cls = CConst; v->u = 1; break;
    case 0x1a: v->cls = CStrx; v->u = r.uleb(); break;
    case 0x1b: v->cls = CAddrx; v->u = r.uleb(); break;
    case 0x1c: case 0x1d: r.skip(4); break;
    case 0x1e: r.skip(16); break;
    case 0x1f: v->cls = CStr; v->s = strAt(im.debugLineStr, r.u32()); break;
    case 0x20: r.skip(8); break;
    case 0x21: v->cls = CConst; v->u = (uint64_t)implicitConst; break;
    case 0x22: r.uleb(); break;
    case 0x23: v->cls = CRnglistx; v->u = r.uleb(); break;
    case 0x24: r.skip(8); break;
    case 0x25: v->cls = CStrx; v->u = r.u8(); break;
    case 0x26: v->cls = CStrx; v->u = r.u16(); break;
    case 0x27: v->cls = CStrx; v->u = r.un(3); break;
    case 0x28: v->cls = CStrx; v->u = r.u32(); break;
    case 0x29: v->cls = CAddrx; v->u = r.u8(); break;
    case 0x2a: v->cls = CAddrx; v->u = r.u16(); break;
    case 0x2b: v->cls = CAddrx; v->u = r.un(3); break;
    case 0x2c: v->cls = CAddrx; v->u = r.u32(); break;
    case 0x1f01: v->cls = CAddrx; v->u = r.uleb(); break;
    case 0x1f02: v->cls = CStrx; v->u = r.uleb(); break;
    case 0x1f20: case 0x1f21: r.skip(4); break;
    default: r.bad = true; return false;
  }
  return !r.bad;
}

const char* valStr(const Unit& u, const Val& v) {
  if (v.cls == CStr) return v.s;
  if (v.cls == CStrx) {
    const Image& im = *image();
    uint64_t off = u.strOffBase + v.u * 4;
    if (off + 4 > im.debugStrOffsets.size) return nullptr;
    uint32_t so;
    __builtin_memcpy(&so, im.debugStrOffsets.data + off, 4);
    return strAt(im.debugStr, so);
  }
  return nullptr;
}

bool valAddr(const Unit& u, const Val& v, uint64_t* out) {
  if (v.cls == CAddr) {
    *out = v.u;
    return true;
  }
  if (v.cls == CAddrx) {
    const Image& im = *image();
    uint64_t off = u.addrBase + v.u * u.addrSize;
    if (off + u.addrSize > im.debugAddr.size || u.addrSize != 8) return false;
    __builtin_memcpy(out, im.debugAddr.data + off, 8);
    return true;
  }
  return false;
}

// An abbreviation: its tag, whether it has children, and its attribute specs.
struct Abbrev {
  uint64_t tag;
  bool children;
  Rd specs;
};

// A small per-unit cache of abbreviation declarations, by code.
enum { AbbrevCache = 2048 };
const uint8_t* abbrevPtr[AbbrevCache];
uint32_t abbrevCacheOff = ~0u;

bool findAbbrev(const Unit& u, uint64_t code, Abbrev* a) {
  const Section& s = image()->debugAbbrev;
  if (abbrevCacheOff != u.abbrevOff) {
    for (auto& p : abbrevPtr) p = nullptr;
    abbrevCacheOff = u.abbrevOff;
    Rd r = s.rd(u.abbrevOff);
    while (r.left() > 0) {
      const uint8_t* at = r.p;
      uint64_t c = r.uleb();
      if (c == 0 || r.bad) break;
      if (c < AbbrevCache) abbrevPtr[c] = at;
      r.uleb();
      r.u8();
      for (;;) {
        uint64_t name = r.uleb(), form = r.uleb();
        if (form == 0x21) r.sleb();
        if ((name == 0 && form == 0) || r.bad) break;
      }
    }
  }
  Rd r;
  if (code < AbbrevCache) {
    if (abbrevPtr[code] == nullptr) return false;
    r = Rd(abbrevPtr[code], s.data + s.size);
    r.uleb();
  } else {
    // Rare: scan.
    r = s.rd(u.abbrevOff);
    for (;;) {
      uint64_t c = r.uleb();
      if (c == 0 || r.bad) return false;
      if (c == code) break;
      r.uleb();
      r.u8();
      for (;;) {
        uint64_t name = r.uleb(), form = r.uleb();
        if (form == 0x21) r.sleb();
        if ((name == 0 && form == 0) || r.bad) break;
      }
    }
  }
  a->tag = r.uleb();
  a->children = r.u8() != 0;
  a->specs = r;
  return !r.bad;
}

// The attributes a traceback uses, from one DIE.
struct Die {
  uint64_t tag;
  bool children;
  bool hasLow, hasHigh, highIsOffset, hasRanges;
  uint64_t low, high;
  uint8_t rangesForm;
  uint64_t rangesVal;
  const char* name;
  const char* linkage;
  bool hasOrigin;
  uint64_t origin;  // absolute .debug_info offset
  uint64_t callFile, callLine;
  uint64_t stmtList;
  bool hasStmt;
  const char* compDir;
  uint64_t strOffBase, addrBase, rnglistsBase;
  bool hasStrOffBase, hasAddrBase, hasRnglistsBase;
};

// Reads the DIE at r (positioned at its abbreviation code). Returns false at
// a null entry (*isNull) or on error.
bool readDie(Rd& r, const Unit& u, Die* d, bool* isNull) {
  *isNull = false;
  uint64_t code = r.uleb();
  if (r.bad) return false;
  if (code == 0) {
    *isNull = true;
    return false;
  }
  Abbrev a;
  if (!findAbbrev(u, code, &a)) return false;
  *d = Die{};
  d->tag = a.tag;
  d->children = a.children;
  Rd sp = a.specs;
  // Addresses given as addrx need the unit's addr_base, which may only be
  // known after the unit DIE's own attributes: keep them for after the loop.
  Val lowV{}, highV{};
  for (;;) {
    uint64_t name = sp.uleb(), form = sp.uleb();
    int64_t ic = form == 0x21 ? sp.sleb() : 0;
    if (sp.bad) return false;
    if (name == 0 && form == 0) break;
    Val v;
    if (!readForm(r, form, u, ic, &v)) return false;
    switch (name) {
      case AtName: d->name = valStr(u, v); break;
      case AtLinkageName: case AtMipsLinkageName: d->linkage = valStr(u, v); break;
      case AtLowPc: lowV = v; d->hasLow = true; break;
      case AtHighPc: highV = v; d->hasHigh = true; d->highIsOffset = v.cls == CConst; break;
      case AtRanges:
        d->hasRanges = true;
        d->rangesForm = v.cls;
        d->rangesVal = v.u;
        break;
      case AtAbstractOrigin: case AtSpecification:
        if (v.cls == CRef) d->origin = u.off + v.u, d->hasOrigin = true;
        else if (v.cls == CRefAbs) d->origin = v.u, d->hasOrigin = true;
        break;
      case AtCallFile: d->callFile = v.u; break;
      case AtCallLine: d->callLine = v.u; break;
      case AtStmtList: d->stmtList = v.u; d->hasStmt = true; break;
      case AtCompDir: d->compDir = valStr(u, v); break;
      case AtStrOffsetsBase: d->strOffBase = v.u; d->hasStrOffBase = true; break;
      case AtAddrBase: d->addrBase = v.u; d->hasAddrBase = true; break;
      case AtRnglistsBase: d->rnglistsBase = v.u; d->hasRnglistsBase = true; break;
    }
  }
  Unit uu = u;
  if (d->hasAddrBase) uu.addrBase = d->addrBase;
  if (d->hasLow && !valAddr(uu, lowV, &d->low)) d->hasLow = false;
  if (d->hasHigh) {
    if (d->highIsOffset) d->high = highV.u;
    else if (!valAddr(uu, highV, &d->high)) d->hasHigh = false;
  }
  return true;
}

// Whether pc lies in the ranges list (DW_AT_ranges) of a DIE of unit u.
bool inRanges(const Unit& u, uint8_t cls, uint64_t val, uintptr_t pc) {
  const Image& im = *image();
  uint64_t base = u.base;
  if (u.version <= 4) {
    if (cls != CSecOff && cls != CConst) return false;
    Rd r = im.debugRanges.rd(val);
    for (int i = 0; i < 100000 && r.left() >= 16; i++) {
      uint64_t a = r.u64(), b = r.u64();
      if (a == 0 && b == 0) return false;
      if (a == ~uint64_t(0)) {
        base = b;
        continue;
      }
      if (pc >= base + a && pc < base + b) return true;
    }
    return false;
  }
  uint64_t off;
  if (cls == CSecOff) {
    off = val;
  } else if (cls == CRnglistx) {
    uint64_t at = u.rnglistsBase + val * 4;
    if (at + 4 > im.debugRnglists.size) return false;
    uint32_t rel;
    __builtin_memcpy(&rel, im.debugRnglists.data + at, 4);
    off = u.rnglistsBase + rel;
  } else {
    return false;
  }
  Rd r = im.debugRnglists.rd(off);
  for (int i = 0; i < 100000 && r.left() > 0; i++) {
    uint8_t kind = r.u8();
    uint64_t a = 0, b = 0;
    Val v{};
    switch (kind) {
      case 0: return false;  // end_of_list
      case 1:                // base_addressx
        v.cls = CAddrx;
        v.u = r.uleb();
        if (!valAddr(u, v, &base)) return false;
        continue;
      case 2: {  // startx_endx
        v.cls = CAddrx;
        v.u = r.uleb();
        if (!valAddr(u, v, &a)) return false;
        v.u = r.uleb();
        if (!valAddr(u, v, &b)) return false;
        break;
      }
      case 3: {  // startx_length
        v.cls = CAddrx;
        v.u = r.uleb();
        if (!valAddr(u, v, &a)) return false;
        b = a + r.uleb();
        break;
      }
      case 4:  // offset_pair
        a = base + r.uleb();
        b = base + r.uleb();
        break;
      case 5: base = r.u64(); continue;
      case 6: a = r.u64(); b = r.u64(); break;
      case 7: a = r.u64(); b = a + r.uleb(); break;
      default: return false;
    }
    if (r.bad) return false;
    if (pc >= a && pc < b) return true;
  }
  return false;
}

bool dieContains(const Unit& u, const Die& d, uintptr_t pc) {
  if (d.hasLow && d.hasHigh) {
    uint64_t hi = d.highIsOffset ? d.low + d.high : d.high;
    return pc >= d.low && pc < hi;
  }
  if (d.hasRanges) return inRanges(u, d.rangesForm, d.rangesVal, pc);
  return false;
}

void buildUnits() {
  unitsBuilt = true;
  const Image* im = image();
  if (im == nullptr || im->debugInfo.size == 0) return;
  size_t n = 0;
  for (int pass = 0; pass < 2; pass++) {
    size_t k = 0;
    for (size_t off = 0; off + 11 <= im->debugInfo.size;) {
      Rd r = im->debugInfo.rd(off);
      uint32_t len = r.u32();
      if (len == 0xffffffff || len < 7 || len > r.left()) break;
      size_t end = off + 4 + len;
      Unit u{};
      u.off = (uint32_t)off;
      u.end = (uint32_t)end;
      u.version = r.u16();
      if (u.version >= 5) {
        uint8_t type = r.u8();
        u.addrSize = r.u8();
        u.abbrevOff = r.u32();
        if (type == 4 /* skeleton */ || type == 5 /* split_compile */) r.skip(8);
        else if (type != 1 /* compile */ && type != 3 /* partial */) {
          off = end;
          continue;
        }
      } else {
        u.abbrevOff = r.u32();
        u.addrSize = r.u8();
      }
      u.dieOff = (uint32_t)(r.p - im->debugInfo.data);
      if (pass == 1 && k < n && u.version >= 2 && u.version <= 5 && u.addrSize == 8) {
        Rd dr(r.p, im->debugInfo.data + end);
        Die d;
        bool isNull;
        // A first pass for the bases (attribute order is the producer's).
        if (readDie(dr, u, &d, &isNull) &&
            (d.tag == TagCompileUnit || d.tag == TagPartialUnit)) {
          if (d.hasStrOffBase) u.strOffBase = d.strOffBase;
          if (d.hasAddrBase) u.addrBase = d.addrBase;
          if (d.hasRnglistsBase) u.rnglistsBase = d.rnglistsBase;
          dr = Rd(r.p, im->debugInfo.data + end);
          readDie(dr, u, &d, &isNull);
          u.hasStmt = d.hasStmt;
          u.stmtList = d.stmtList;
          u.compDir = d.compDir;
          u.base = d.hasLow ? d.low : 0;
          if (d.hasLow && d.hasHigh) {
            u.lo = d.low;
            u.hi = d.highIsOffset ? d.low + d.high : d.high;
          }
          if (d.hasRanges) {
            u.hasRanges = true;
            u.rangesForm = d.rangesForm;
            u.rangesVal = d.rangesVal;
          }
          units[k++] = u;
        }
      } else if (pass == 0) {
        n++;
      }
      off = end;
    }
    if (pass == 0) {
      if (n == 0) return;
      units = (Unit*)sys::mmap(nullptr, (n * sizeof(Unit) + 4095) & ~size_t(4095),
                               sys::PROT_READ | sys::PROT_WRITE, sys::MAP_PRIVATE | sys::MAP_ANONYMOUS);
      if (units == nullptr) return;
    } else {
      nunits = k;
    }
  }
}

const Unit* unitFor(uintptr_t pc) {
  if (image() == nullptr) return nullptr;
  if (!unitsBuilt) buildUnits();
  for (size_t i = 0; i < nunits; i++) {
    const Unit& u = units[i];
    if (u.lo < u.hi) {
      if (pc >= u.lo && pc < u.hi) return &u;
    } else if (u.hasRanges && inRanges(u, u.rangesForm, u.rangesVal, pc)) {
      return &u;
    }
  }
  return nullptr;
}

// A line-number program's header.
struct LineHdr {
  uint16_t version;
  uint8_t minInst;
  int8_t lineBase;
  uint8_t lineRange;
  uint8_t opBase;
  const uint8_t* stdLens;
  Rd tables;   // v4: include_directories, file_names; v5: the entry formats and entries
  Rd program;  // the opcodes
};

bool lineHdr(const Unit& u, LineHdr* h) {
  const Image& im = *image();
  if (!u.hasStmt) return false;
  Rd r = im.debugLine.rd(u.stmtList);
  uint32_t len = r.u32();
  if (len == 0xffffffff || len > r.left()) return false;
  const uint8_t* end = r.p + len;
  h->version = r.u16();
  if (h->version < 2 || h->version > 5) return false;
  if (h->version >= 5) {
    if (r.u8() != 8) return false;  // address_size
    r.u8();                         // segment_selector_size
  }
  uint32_t hlen = r.u32();
  if (hlen > (size_t)(end - r.p)) return false;
  const uint8_t* progStart = r.p + hlen;
  h->minInst = r.u8();
  if (h->version >= 4) r.u8();  // maximum_operations_per_instruction
  r.u8();                       // default_is_stmt
  h->lineBase = (int8_t)r.u8();
  h->lineRange = r.u8();
  h->opBase = r.u8();
  if (h->lineRange == 0 || h->opBase == 0 || r.left() < (size_t)(h->opBase - 1)) return false;
  h->stdLens = r.p;
  r.skip(h->opBase - 1);
  if (r.bad) return false;
  h->tables = Rd(r.p, progStart);
  h->program = Rd(progStart, end);
  return true;
}

// v5 entry formats: reads one entry's path and directory index.
bool readEntry5(Rd& r, const Unit& u, const uint8_t* fmt, uint8_t nfmt, const char** path,
                uint64_t* dir) {
  Rd f(fmt, r.end);
  for (uint8_t i = 0; i < nfmt; i++) {
    uint64_t type = f.uleb(), form = f.uleb();
    Val v;
    if (!readForm(r, form, u, 0, &v)) return false;
    if (type == 1) *path = valStr(u, v);
    else if (type == 2) *dir = v.u;
  }
  return !r.bad;
}

// The directory and name of file idx of the line table.
bool fileName(const Unit& u, const LineHdr& h, uint64_t idx, SrcPos* out) {
  Rd r = h.tables;
  out->dir = nullptr;
  out->file = nullptr;
  if (h.version <= 4) {
    // include_directories, then file_names (1-based; directory 0 = comp_dir).
    const uint8_t* dirs = r.p;
    for (;;) {
      const char* s = r.cstr();
      if (s == nullptr) return false;
      if (*s == 0) break;
    }
    for (uint64_t i = 1;; i++) {
      const char* name = r.cstr();
      if (name == nullptr || *name == 0) return false;
      uint64_t dir = r.uleb();
      r.uleb();
      r.uleb();
      if (r.bad) return false;
      if (i != idx) continue;
      out->file = name;
      if (name[0] == '/') return true;
      if (dir == 0) {
        out->dir = u.compDir;
        return true;
      }
      Rd d(dirs, h.tables.end);
      for (uint64_t j = 1;; j++) {
        const char* s = d.cstr();
        if (s == nullptr || *s == 0) return true;
        if (j == dir) {
          out->dir = s;
          return true;
        }
      }
    }
  }
  // v5: directories then files, each with an entry-format list; 0-based.
  uint8_t ndf = r.u8();
  const uint8_t* dfmt = r.p;
  for (uint8_t i = 0; i < ndf; i++) r.uleb(), r.uleb();
  uint64_t ndirs = r.uleb();
  const uint8_t* dirEntries = r.p;
  for (uint64_t i = 0; i < ndirs && !r.bad; i++) {
    const char* p = nullptr;
    uint64_t d = 0;
    if (!readEntry5(r, u, dfmt, ndf, &p, &d)) return false;
  }
  uint8_t nff = r.u8();
  const uint8_t* ffmt = r.p;
  for (uint8_t i = 0; i < nff; i++) r.uleb(), r.uleb();
  uint64_t nfiles = r.uleb();
  if (r.bad || idx >= nfiles) return false;
  const char* path = nullptr;
  uint64_t dir = 0;
  for (uint64_t i = 0; i <= idx; i++) {
    path = nullptr;
    dir = 0;
    if (!readEntry5(r, u, ffmt, nff, &path, &dir)) return false;
  }
  if (path == nullptr) return false;
  out->file = path;
  if (path[0] == '/' || dir >= ndirs) return true;
  Rd d(dirEntries, h.tables.end);
  const char* dp = nullptr;
  for (uint64_t i = 0; i <= dir; i++) {
    uint64_t ignored = 0;
    dp = nullptr;
    if (!readEntry5(d, u, dfmt, ndf, &dp, &ignored)) return true;
  }
  out->dir = dp;
  return true;
}

// Runs the line program for the row covering pc: its file index and line.
bool runLines(const LineHdr& h, uintptr_t pc, uint64_t* file, uint32_t* line) {
  Rd r = h.program;
  uint64_t addr = 0, f = 1;
  int64_t ln = 1;
  bool havePrev = false;
  uint64_t prevAddr = 0, prevFile = 0;
  int64_t prevLine = 0;
  // Emits a row: if pc lies between the previous row and this one, done.
  auto row = [&](bool endSeq) -> bool {
    if (havePrev && prevAddr <= pc && pc < addr) {
      *file = prevFile;
      *line = (uint32_t)prevLine;
      return true;
    }
    havePrev = !endSeq;
    prevAddr = addr;
    prevFile = f;
    prevLine = ln;
    return false;
  };
  while (r.left() > 0) {
    uint8_t op = r.u8();
    if (op >= h.opBase) {
      uint8_t adj = op - h.opBase;
      addr += (uint64_t)(adj / h.lineRange) * h.minInst;
      ln += h.lineBase + adj % h.lineRange;
      if (row(false)) return true;
      continue;
    }
    switch (op) {
      case 0: {
        uint64_t len = r.uleb();
        if (len == 0 || len > r.left()) return false;
        Rd e(r.p, r.p + len);
        r.skip(len);
        uint8_t sub = e.u8();
        if (sub == 1) {  // end_sequence
          if (row(true)) return true;
          addr = 0;
          f = 1;
          ln = 1;
          havePrev = false;
        } else if (sub == 2) {  // set_address
          addr = e.u64();
        }
        break;
      }
      case 1: if (row(false)) return true; break;
      case 2: addr += r.uleb() * h.minInst; break;
      case 3: ln += r.sleb(); break;
      case 4: f = r.uleb(); break;
      case 5: r.uleb(); break;
      case 6: case 7: case 10: case 11: break;
      case 8: addr += (uint64_t)((255 - h.opBase) / h.lineRange) * h.minInst; break;
      case 9: addr += r.u16(); break;
      case 12: r.uleb(); break;
      default:
        for (uint8_t i = 0; i < h.stdLens[op - 1]; i++) r.uleb();
    }
    if (r.bad) return false;
  }
  return false;
}

const char* dieName(const Unit& u, uint64_t off) {
  const Image& im = *image();
  for (int hops = 0; hops < 4; hops++) {
    if (off < u.dieOff || off >= u.end) return nullptr;
    Rd r(im.debugInfo.data + off, im.debugInfo.data + u.end);
    Die d;
    bool isNull;
    if (!readDie(r, u, &d, &isNull)) return nullptr;
    if (d.linkage != nullptr) return d.linkage;
    if (!d.hasOrigin) return d.name;
    off = d.origin;
  }
  return nullptr;
}

}  // namespace

bool lineFor(uintptr_t pc, SrcPos* out) {
  const Unit* u = unitFor(pc);
  if (u == nullptr) return false;
  LineHdr h;
  if (!lineHdr(*u, &h)) return false;
  uint64_t file;
  uint32_t line;
  if (!runLines(h, pc, &file, &line)) return false;
  if (!fileName(*u, h, file, out)) return false;
  out->line = line;
  return true;
}

int inlineChain(uintptr_t pc, InlineCall* out, int max) {
  const Unit* u = unitFor(pc);
  if (u == nullptr) return 0;
  const Image& im = *image();
  LineHdr h;
  bool haveLines = lineHdr(*u, &h);
  Rd r(im.debugInfo.data + u->dieOff, im.debugInfo.data + u->end);
  int depth = 0, subDepth = -1, lastDepth = -1, n = 0;
  for (int steps = 0; steps < 1000000 && r.left() > 0; steps++) {
    Die d;
    bool isNull;
    if (!readDie(r, *u, &d, &isNull)) {
      if (!isNull) return n;
      depth--;
      if (subDepth >= 0 && depth <= subDepth) return n;
      continue;
    }
    if (d.tag == TagSubprogram && subDepth < 0 && dieContains(*u, d, pc)) subDepth = depth;
    else if (d.tag == TagInlined && subDepth >= 0 && depth > lastDepth && n < max &&
             dieContains(*u, d, pc)) {
      InlineCall& c = out[n];
      c.name = d.hasOrigin ? dieName(*u, d.origin) : d.name;
      c.call = SrcPos{nullptr, nullptr, (uint32_t)d.callLine};
      if (haveLines) fileName(*u, h, d.callFile, &c.call);
      if (c.name == nullptr) c.name = "?";
      n++;
      lastDepth = depth;
    }
    if (d.children) depth++;
    else if (subDepth >= 0 && depth == subDepth) return n;  // a childless subprogram
  }
  return n;
}

}  // namespace goc::rt::exe
