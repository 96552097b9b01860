// The package cache: goc's Go library is compiled once per package and
// reused.
//
// A library package (one found in goc's Go library, <root>/lib/goc/src) is
// lowered into an object of its own that defines only that package
// (LowerOptions::definePackages) and stored in the cache directory under a
// key hashing: the cache format, the compiler's identity (its version and
// the bytes of the goc executable), the optimisation level, the package's
// import path, its source files (paths as printed, contents) and the keys of
// the packages it imports. The user's packages are compiled together into
// one more object. Objects are written under a temporary name and renamed
// into place, so concurrent builds can share the cache.
//
// The directory is $GOC_CACHE, else $XDG_CACHE_HOME/goc, else
// $HOME/.cache/goc; GOC_CACHE=off compiles everything into one object (as
// -S and -emit-llvm always do). A cache that cannot be created is the same
// as off.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>

#include "goc_config.h"
#include "tools/goc/driver.h"

namespace goc {
namespace {

constexpr const char* kCacheFormat = "goc-package-cache-1";

// Two independent 64-bit FNV-1a streams: a 128-bit key.
struct Hasher {
  uint64_t a = 14695981039346656037ull, b = 0x84222325cbf29ce4ull;
  void add(const void* data, size_t n) {
    auto* p = static_cast<const unsigned char*>(data);
    for (size_t i = 0; i < n; i++) {
      a = (a ^ p[i]) * 1099511628211ull;
      b = (b ^ p[i]) * 0x100000001b3ull * 31 + 7;
    }
  }
  // Length-prefixed, so that concatenations cannot collide.
  void add(const std::string& s) {
    uint64_t n = s.size();
    add(&n, sizeof n);
    add(s.data(), s.size());
  }
  std::string hex() const {
    char buf[33];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                  static_cast<unsigned long long>(b));
    return buf;
  }
};

bool exists(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0;
}

bool makeDirs(const std::string& path) {
  for (size_t i = 1; i <= path.size(); i++) {
    if (i == path.size() || path[i] == '/') {
      std::string d = path.substr(0, i);
      if (mkdir(d.c_str(), 0755) != 0 && errno != EEXIST) return false;
    }
  }
  return true;
}

// The cache directory, created if needed; "" when the cache is off.
std::string cacheDir() {
  std::string dir;
  if (const char* c = std::getenv("GOC_CACHE"); c && *c) {
    if (std::strcmp(c, "off") == 0) return "";
    dir = c;
  } else if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) {
    dir = std::string(x) + "/goc";
  } else if (const char* h = std::getenv("HOME"); h && *h) {
    dir = std::string(h) + "/.cache/goc";
  } else {
    return "";
  }
  return makeDirs(dir) ? dir : "";
}

// The compiler's identity: its version and the bytes of its executable.
std::string compilerId() {
  static std::string id;
  if (!id.empty()) return id;
  Hasher h;
  h.add(std::string(GOC_VERSION));
  std::ifstream exe("/proc/self/exe", std::ios::binary);
  std::vector<char> buf(1 << 16);
  while (exe.read(buf.data(), static_cast<std::streamsize>(buf.size())) || exe.gcount() > 0)
    h.add(buf.data(), static_cast<size_t>(exe.gcount()));
  id = h.hex();
  return id;
}

std::string realDir(const std::string& p) {
  char buf[PATH_MAX];
  return realpath(p.c_str(), buf) ? std::string(buf) : p;
}

// Whether pkg comes from goc's Go library.
bool isLibrary(const Package* pkg, const Package* mainPkg) {
  static std::string lib = realDir(gocRoot() + "/lib/goc/src") + "/";
  return pkg != mainPkg && (realDir(pkg->dir) + "/").rfind(lib, 0) == 0;
}

std::string packageKey(const Package* pkg, const std::map<const Package*, std::string>& keys,
                       int optLevel) {
  Hasher h;
  h.add(std::string(kCacheFormat));
  h.add(compilerId());
  h.add(std::to_string(optLevel));
  h.add(pkg->path);
  for (const File* f : pkg->files) {
    h.add(f->src->path);
    h.add(f->src->text);
  }
  for (const Package* imp : pkg->imports) {
    auto it = keys.find(imp);
    h.add(it != keys.end() ? it->second : "user:" + imp->path);
  }
  return h.hex();
}

}  // namespace

bool buildObjects(const Program& prog, const SourceManager& sm, int optLevel,
                  const std::string& tmpDir, std::vector<std::string>& objects) {
  std::string dir = cacheDir();
  std::string userObj = tmpDir + "/main.o";
  if (dir.empty()) {
    objects.push_back(userObj);
    return lowerAndEmit(prog, sm, optLevel, Emit::Object, userObj);
  }
  std::map<const Package*, std::string> keys;
  std::set<std::string> user;
  for (const Package* p : prog.packages) {
    if (!isLibrary(p, prog.mainPkg())) {
      user.insert(p->path);
      continue;
    }
    std::string key = packageKey(p, keys, optLevel);
    keys[p] = key;
    std::string obj = dir + "/" + key + ".o";
    if (!exists(obj)) {
      std::string part = obj + ".tmp" + std::to_string(getpid());
      if (!lowerAndEmit(prog, sm, optLevel, Emit::Object, part, {p->path})) return false;
      if (std::rename(part.c_str(), obj.c_str()) != 0) {
        std::fprintf(stderr, "goc: cannot write %s: %s\n", obj.c_str(), std::strerror(errno));
        std::remove(part.c_str());
        return false;
      }
    }
    objects.push_back(obj);
  }
  objects.push_back(userObj);
  return lowerAndEmit(prog, sm, optLevel, Emit::Object, userObj, user);
}

}  // namespace goc
