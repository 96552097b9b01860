// Package loading: from the command line's files or directory to a Program
// whose packages are in dependency order.
//
// Only package clauses and imports are parsed here (parseHeader); the full
// parse happens afterwards in the pipeline. Import paths resolve, in order:
//   1. below the main module: a go.mod found in the main package's directory
//      or a parent gives the module path M; "M/x/y" is the directory <root>/x/y;
//   2. in goc's Go-source library, <gocRoot>/lib/goc/src/<path>.
// "unsafe" is built into the checker and never loaded. Errors use gc's
// wording where gc has one ("import cycle not allowed", "package x is not in
// std (...)", "found packages a (a.go) and b (b.go) in dir").
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>

#include "compiler/parse/parse.h"
#include "tools/goc/driver.h"

namespace goc {
namespace {

bool isDir(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string cwd() {
  char buf[4096];
  return getcwd(buf, sizeof buf) ? std::string(buf) : std::string(".");
}

// Lexically cleaned absolute path.
std::string absPath(const std::string& p) {
  std::string full = p.empty() || p[0] != '/' ? cwd() + "/" + p : p;
  std::vector<std::string> parts;
  std::stringstream ss(full);
  for (std::string part; std::getline(ss, part, '/');) {
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else {
      parts.push_back(part);
    }
  }
  std::string out;
  for (auto& part : parts) out += "/" + part;
  return out.empty() ? "/" : out;
}

// gc's base.ShortPath: the path relative to the working directory when that is
// shorter, with "./" for files in the working directory itself.
std::string displayPath(const std::string& abs) {
  std::string here = cwd();
  if (here == "/") here = "";
  std::vector<std::string> a, b;
  auto split = [](const std::string& s, std::vector<std::string>& v) {
    std::stringstream ss(s);
    for (std::string part; std::getline(ss, part, '/');)
      if (!part.empty()) v.push_back(part);
  };
  split(abs, a);
  split(here, b);
  size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) common++;
  std::string rel;
  for (size_t i = common; i < b.size(); i++) rel += "../";
  for (size_t i = common; i < a.size(); i++) rel += a[i] + (i + 1 < a.size() ? "/" : "");
  if (rel.size() >= abs.size()) return abs;
  if (rel.find('/') == std::string::npos) rel = "./" + rel;
  return rel;
}

std::string dirOf(const std::string& abs) {
  size_t slash = abs.rfind('/');
  return slash == 0 ? "/" : abs.substr(0, slash);
}

std::string baseOf(const std::string& p) {
  size_t slash = p.rfind('/');
  return slash == std::string::npos ? p : p.substr(slash + 1);
}

// The .go files of a directory that belong to a build: not tests, not hidden.
std::vector<std::string> goFilesIn(const std::string& dir) {
  std::vector<std::string> files;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (!endsWith(name, ".go") || endsWith(name, "_test.go") || name[0] == '.' || name[0] == '_')
        continue;
      if (!isDir(dir + "/" + name)) files.push_back(dir + "/" + name);
    }
    closedir(d);
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool readFile(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  text = ss.str();
  return true;
}

// The value of a Go string literal as written in an import (no escapes beyond
// the trivial: import paths may not contain them in practice).
std::string unquote(std::string_view lit) {
  if (lit.size() >= 2 && (lit[0] == '"' || lit[0] == '`')) return std::string(lit.substr(1, lit.size() - 2));
  return std::string(lit);
}

// The module path of a go.mod file, or "" if it has no module line.
std::string modulePath(const std::string& gomod) {
  std::string text;
  if (!readFile(gomod, text)) return "";
  std::stringstream ss(text);
  for (std::string line; std::getline(ss, line);) {
    size_t c = line.find("//");
    if (c != std::string::npos) line.resize(c);
    std::stringstream ls(line);
    std::string word, path;
    if (ls >> word >> path && word == "module") return unquote(path);
  }
  return "";
}

class Loader {
 public:
  Loader(Arena& arena, SourceManager& sm, Diagnostics& diags)
      : arena_(arena), sm_(sm), diags_(diags), scratch_(sm) {}

  bool load(const std::vector<std::string>& inputs, Program& prog) {
    std::vector<std::string> files;
    std::string dir;
    if (!mainFiles(inputs, files, dir)) return false;
    findModule(dir);
    Package* mainPkg = readPackage("main", dir, files, NoPos);
    if (!mainPkg) return false;
    if (mainPkg->name != "main" && !diags_.hasErrors()) {
      diags_.error(mainPkg->files[0]->pkgName ? mainPkg->files[0]->pkgName->pos : mainPkg->files[0]->pos,
                   "package " + mainPkg->name + " is not a main package");
    }
    std::vector<Package*> stack;
    visit(mainPkg, stack, prog);
    return true;
  }

 private:
  Arena& arena_;
  SourceManager& sm_;
  Diagnostics& diags_;
  Diagnostics scratch_;  // header parse errors: the full parse reports them again
  std::string modRoot_, modPath_;
  std::map<std::string, Package*> byPath_;
  std::map<Package*, int> state_;  // 1 = on the DFS stack, 2 = placed in the program

  bool mainFiles(const std::vector<std::string>& inputs, std::vector<std::string>& files,
                 std::string& dir) {
    if (inputs.empty()) {
      dir = absPath(".");
    } else if (inputs.size() == 1 && isDir(inputs[0])) {
      dir = absPath(inputs[0]);
    } else {
      for (const std::string& in : inputs) {
        if (!endsWith(in, ".go")) {
          std::fprintf(stderr, "goc: named files must be .go files: %s\n", in.c_str());
          return false;
        }
        std::string abs = absPath(in);
        if (!dir.empty() && dirOf(abs) != dir) {
          std::fprintf(stderr, "goc: named files must all be in one directory; have %s and %s\n",
                       displayPath(dir).c_str(), displayPath(dirOf(abs)).c_str());
          return false;
        }
        dir = dirOf(abs);
        files.push_back(abs);
      }
      return true;
    }
    if (!isDir(dir)) {
      std::fprintf(stderr, "goc: directory %s does not exist\n", inputs[0].c_str());
      return false;
    }
    files = goFilesIn(dir);
    if (files.empty()) {
      std::fprintf(stderr, "goc: no Go files in %s\n", dir.c_str());
      return false;
    }
    return true;
  }

  void findModule(const std::string& dir) {
    for (std::string d = dir;; d = dirOf(d)) {
      struct stat st;
      if (stat((d + "/go.mod").c_str(), &st) == 0) {
        modRoot_ = d;
        modPath_ = modulePath(d + "/go.mod");
        return;
      }
      if (d == "/") return;
    }
  }

  // Reads and header-parses the files of one package.
  Package* readPackage(const std::string& path, const std::string& dir,
                       const std::vector<std::string>& files, Pos importPos) {
    auto* pkg = arena_.make<Package>();
    pkg->path = path;
    pkg->dir = displayPath(dir);
    std::string firstFile;
    for (const std::string& abs : files) {
      std::string text;
      if (!readFile(abs, text)) {
        std::fprintf(stderr, "goc: open %s: %s\n", displayPath(abs).c_str(), std::strerror(errno));
        return nullptr;
      }
      SourceFile& src = sm_.add(displayPath(abs), std::move(text));
      File* f = parseHeader(arena_, src, scratch_);
      if (!f) continue;
      pkg->files.push_back(f);
      std::string name = f->pkgName ? std::string(f->pkgName->name) : "";
      if (name.empty() || name == "_") continue;  // a syntax error the full parse reports
      if (pkg->name.empty()) {
        pkg->name = name;
        firstFile = baseOf(abs);
      } else if (name != pkg->name) {
        diags_.error(f->pkgName->pos, "found packages " + pkg->name + " (" + firstFile + ") and " +
                                          name + " (" + baseOf(abs) + ") in " + pkg->dir);
      }
    }
    if (pkg->files.empty()) return nullptr;
    byPath_[path] = pkg;
    return pkg;
  }

  // The package with an import path, loading it on first use; null (after a
  // diagnostic at `pos`) if it cannot be found.
  Package* resolve(const std::string& path, Pos pos) {
    auto it = byPath_.find(path);
    if (it != byPath_.end()) return it->second;
    std::string dir;
    if (!modPath_.empty() && (path == modPath_ || path.rfind(modPath_ + "/", 0) == 0)) {
      dir = modRoot_ + path.substr(modPath_.size());
    } else {
      dir = gocRoot() + "/lib/goc/src/" + path;
    }
    if (!isDir(dir)) {
      if (dir.rfind(modRoot_.empty() ? "\x01" : modRoot_, 0) == 0)
        diags_.error(pos, "package " + path + " is not in module " + modPath_ + " (" + displayPath(dir) + ")");
      else
        diags_.error(pos, "package " + path + " is not in std (" + dir + ")");
      byPath_[path] = nullptr;
      return nullptr;
    }
    std::vector<std::string> files = goFilesIn(dir);
    if (files.empty()) {
      diags_.error(pos, "no Go files in " + displayPath(dir));
      byPath_[path] = nullptr;
      return nullptr;
    }
    Package* pkg = readPackage(path, dir, files, pos);
    if (pkg && pkg->name == "main") {
      diags_.error(pos, "import \"" + path + "\" is a program, not an importable package");
      byPath_[path] = nullptr;
      return nullptr;
    }
    return pkg;
  }

  // Depth-first over imports: a package is placed after everything it imports.
  void visit(Package* pkg, std::vector<Package*>& stack, Program& prog) {
    state_[pkg] = 1;
    stack.push_back(pkg);
    for (File* f : pkg->files) {
      for (ImportSpec* spec : f->imports) {
        if (!spec->path) continue;
        std::string path = unquote(spec->path->value);
        if (path.empty() || path == "unsafe" || path == "C") continue;
        Package* dep = resolve(path, spec->path->pos);
        if (!dep) continue;
        if (state_[dep] == 1) {
          std::string chain;
          auto at = std::find(stack.begin(), stack.end(), dep);
          for (; at != stack.end(); ++at) chain += (*at)->path + " imports ";
          diags_.error(spec->path->pos, "import cycle not allowed: " + chain + dep->path);
          continue;
        }
        if (std::find(pkg->imports.begin(), pkg->imports.end(), dep) == pkg->imports.end())
          pkg->imports.push_back(dep);
        if (state_[dep] == 0) visit(dep, stack, prog);
      }
    }
    stack.pop_back();
    state_[pkg] = 2;
    prog.packages.push_back(pkg);
  }
};

}  // namespace

bool loadProgram(const std::vector<std::string>& inputs, Arena& arena, SourceManager& sm,
                 Diagnostics& diags, Program& prog) {
  Loader loader(arena, sm, diags);
  return loader.load(inputs, prog);
}

std::string defaultOutputName(const std::vector<std::string>& inputs) {
  if (inputs.empty()) return baseOf(absPath("."));
  if (inputs.size() == 1 && isDir(inputs[0])) {
    std::string dir = absPath(inputs[0]);
    std::string mod = modulePath(dir + "/go.mod");
    return baseOf(mod.empty() ? dir : mod);
  }
  std::string first = baseOf(inputs[0]);
  return first.substr(0, first.size() - 3);
}

}  // namespace goc
