// The goc driver: what the parts of tools/goc share.
//
// main.cpp parses the command line and runs the pipeline; load.cpp finds the
// packages of a program; codegen.cpp turns an LLVM module into assembly or an
// object file; link.cpp links that object with the runtime; run.cpp builds to a
// temporary file and runs it. Only codegen.cpp includes LLVM headers.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "compiler/diag/diag.h"
#include "compiler/syntax/ast.h"

namespace llvm {
class Module;
}  // namespace llvm

namespace goc {

enum class Emit { Executable, Object, Assembly, LLVMIR };
enum class Dump { None, Tokens, Syntax, Typed };

struct Options {
  std::string command;              // "build" or "run"
  std::vector<std::string> inputs;  // .go files or one directory
  std::vector<std::string> args;    // program arguments (goc run)
  std::string output;               // -o; "" = default; "-" = stdout
  int optLevel = 2;                 // -O0, -O1, -O2
  Emit emit = Emit::Executable;
  Dump dump = Dump::None;
  bool noErrorLimit = false;        // -e
};

// Where goc finds its own files: <bindir>/.. (holding lib/goc/libgort.a and
// lib/goc/src/). GOC_ROOT in the environment overrides it.
std::string gocRoot();

// ---- load.cpp ----
// Finds and reads the packages named by `inputs` (files of one directory, or a
// directory) and everything they import, reading only package clauses and
// imports (parseHeader). Fills prog.packages in dependency order, each
// Package::files holding header-only Files. Reports loader errors (missing
// packages, import cycles, mixed package names) to diags; returns false if it
// could not build a program at all.
bool loadProgram(const std::vector<std::string>& inputs, Arena& arena, SourceManager& sm,
                 Diagnostics& diags, Program& prog);

// The default executable name for `goc build` of these inputs (gc's rule).
std::string defaultOutputName(const std::vector<std::string>& inputs);

// ---- codegen.cpp ----
// Verifies the module (a failure is an internal compiler error), runs the
// optimisation pipeline for optLevel, and writes assembly, textual IR or an
// object file to `path` ("-" = stdout). Returns false (with a message on
// stderr) if the file could not be written.
bool emitModule(llvm::Module& mod, int optLevel, Emit what, const std::string& path);

// Lowers a checked program and emits it (see emitModule). Keeps LLVM out of main.cpp.
// With definePackages, the module defines only those packages (by import
// path) and declares the rest (separate compilation, cache.cpp).
bool lowerAndEmit(const Program& prog, const SourceManager& sm, int optLevel, Emit what,
                  const std::string& path, const std::set<std::string>& definePackages = {});

// ---- cache.cpp ----
// Compiles a checked program to object files for linking: each package of
// goc's Go library from the package cache (compiled into it on a miss), the
// user's packages into one object under `tmpDir`. Returns false after a
// message if an object could not be written.
bool buildObjects(const Program& prog, const SourceManager& sm, int optLevel,
                  const std::string& tmpDir, std::vector<std::string>& objects);

// ---- link.cpp ----
// Links objects with the runtime into a static executable. Returns false
// (after printing the linker's complaint) on failure.
bool linkExecutable(const std::vector<std::string>& objects, const std::string& output);

// ---- run.cpp ----
// Runs an executable with arguments; returns its exit status (128+signal if
// it was killed by a signal).
int runExecutable(const std::string& path, const std::vector<std::string>& args);
// A fresh private temporary directory (removed by removeTree).
std::string makeTempDir();
void removeTree(const std::string& dir);
// Runs argv (argv[0] a path) as a child process and waits for it, storing
// its wait status in *status. If the exec fails, the child prints
// "goc: cannot run WHAT" (then ": <strerror>" with withErrno) and exits 127.
// With leaveInterrupts, SIGINT and SIGQUIT are ignored while the child runs,
// as a shell does. Returns false if fork (after a message) or waitpid failed.
bool runChild(const std::vector<std::string>& argv, const std::string& what, bool withErrno,
              bool leaveInterrupts, int* status);

}  // namespace goc
