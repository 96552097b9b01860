// goc: the command-line driver.
//
//   goc build [-o out] [-O0|-O1|-O2] [-S|-emit-llvm] [--dump=tokens|syntax|typed] [-e] (files... | dir)
//   goc run [build flags] (file.go... | dir) [args...]
//   goc version | goc help
//
// compile() is the whole pipeline: load, parse, check, lower, emit, link. Each
// phase reports user errors to one Diagnostics; the driver prints them sorted
// and stops with exit status 1 after any phase that reported one.
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

#include "compiler/check/types.h"
#include "compiler/lex/lex.h"
#include "compiler/parse/parse.h"
#include "goc_config.h"
#include "tools/goc/driver.h"

#if __has_include("compiler/check/check.h")
#include "compiler/check/check.h"
#define GOC_HAVE_DUMP_TYPED 1
#endif

namespace goc {
namespace {

const char kUsage[] =
    "goc is an ahead-of-time compiler for Go.\n"
    "\n"
    "Usage:\n"
    "  goc build [flags] (files.go... | dir)   compile a main package to an executable\n"
    "  goc run [flags] (files.go... | dir) [arguments...]\n"
    "                                          compile and run a main package\n"
    "  goc version                             print goc's version\n"
    "  goc help                                print this help\n"
    "\n"
    "Flags:\n"
    "  -o file        write the output to file ('-' for standard output)\n"
    "  -O0, -O1, -O2  optimisation level (default -O2)\n"
    "  -S             write assembly instead of an executable (default: standard output)\n"
    "  -emit-llvm     write LLVM IR instead of an executable (default: standard output)\n"
    "  --dump=tokens|syntax|typed\n"
    "                 print a front-end dump and stop\n"
    "  -e             report all errors (default: stop after 10)\n"
    "\n"
    "A directory holding go.mod is built as its module's main package; imports of\n"
    "packages below the module path resolve to its subdirectories.\n";

void printDiags(Diagnostics& diags, const Options& o) {
  std::fflush(stdout);
  if (o.noErrorLimit)
    diags.flushAll(stderr);
  else
    diags.flush(stderr);
}

// Prints each token as `file:line:col<TAB>kind<TAB>text`.
void dumpTokens(const Program& prog, const SourceManager& sm, Diagnostics& diags, std::FILE* out) {
  for (const Package* pkg : prog.packages) {
    for (const File* f : pkg->files) {
      LexResult lr = lexFile(*f->src, diags);
      for (const Token& t : lr.tokens) {
        std::string text(t.text);
        if (text == "\n") text = "newline";
        std::fprintf(out, "%s\t%.*s\t%s\n", sm.format(t.pos).c_str(),
                     static_cast<int>(tokSpelling(t.kind).size()), tokSpelling(t.kind).data(), text.c_str());
      }
    }
  }
}

// Replaces the header-only Files of the loader with fully parsed ones.
void parseAll(Program& prog, Arena& arena, Diagnostics& diags) {
  for (Package* pkg : prog.packages)
    for (File*& f : pkg->files) f = parseFile(arena, *f->src, diags);
}

std::FILE* openText(const std::string& path) {
  if (path.empty() || path == "-") return stdout;
  std::FILE* f = std::fopen(path.c_str(), "w");
  if (!f) std::fprintf(stderr, "goc: cannot write %s: %s\n", path.c_str(), std::strerror(errno));
  return f;
}

// The pipeline. `output` is where the result goes (an executable, or text).
int compile(const Options& o, const std::string& output) {
  SourceManager sm;
  Diagnostics diags(sm);
  Arena arena;
  Program prog;

  bool loaded = loadProgram(o.inputs, arena, sm, diags, prog);
  if (!loaded || diags.hasErrors()) return printDiags(diags, o), 1;

  if (o.dump == Dump::Tokens) {
    std::FILE* out = openText(output);
    if (!out) return 1;
    dumpTokens(prog, sm, diags, out);
    if (out != stdout) std::fclose(out);
    printDiags(diags, o);
    return 0;
  }

  parseAll(prog, arena, diags);
  if (diags.hasErrors()) return printDiags(diags, o), 1;
  if (o.dump == Dump::Syntax) {
    std::FILE* out = openText(output);
    if (!out) return 1;
    for (const Package* pkg : prog.packages)
      for (const File* f : pkg->files) std::fputs(dumpSyntax(*f, sm).c_str(), out);
    if (out != stdout) std::fclose(out);
    return 0;
  }

  bool ok = checkProgram(prog, sm, diags);
  if (!ok || diags.hasErrors()) {
    if (!diags.hasErrors()) ice("the checker failed without reporting an error");
    return printDiags(diags, o), 1;
  }
  if (o.dump == Dump::Typed) {
#ifdef GOC_HAVE_DUMP_TYPED
    std::FILE* out = openText(output);
    if (!out) return 1;
    std::fputs(dumpTyped(prog, sm).c_str(), out);
    if (out != stdout) std::fclose(out);
    return 0;
#else
    std::fprintf(stderr, "goc: --dump=typed is not available in this build\n");
    return 2;
#endif
  }

  if (o.emit != Emit::Executable)
    return lowerAndEmit(prog, sm, o.optLevel, o.emit, output.empty() ? "-" : output) ? 0 : 1;

  std::string tmp = makeTempDir();
  std::vector<std::string> objects;
  bool built = buildObjects(prog, sm, o.optLevel, tmp, objects) && linkExecutable(objects, output);
  removeTree(tmp);
  return built ? 0 : 1;
}

bool startsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// Parses the flags and inputs of build and run. For run, the inputs are the
// leading .go files (or one directory) and the rest are program arguments.
// Returns false after printing a message for a bad command line.
bool parseArgs(int argc, char** argv, Options& o) {
  bool inputsDone = false;
  for (int i = 2; i < argc; i++) {
    std::string a = argv[i];
    if (inputsDone) {
      o.args.push_back(a);
      continue;
    }
    if (a.size() > 1 && a[0] == '-') {
      if (a == "-o" || a == "--o") {
        if (++i == argc) return std::fprintf(stderr, "goc: -o needs a file name\n"), false;
        o.output = argv[i];
      } else if (startsWith(a, "-o=")) {
        o.output = a.substr(3);
      } else if (a == "-O0" || a == "-O1" || a == "-O2") {
        o.optLevel = a[2] - '0';
      } else if (a == "-O" || a == "-O3") {
        o.optLevel = 2;
      } else if (a == "-S") {
        o.emit = Emit::Assembly;
      } else if (a == "-emit-llvm" || a == "--emit-llvm") {
        o.emit = Emit::LLVMIR;
      } else if (a == "-e") {
        o.noErrorLimit = true;
      } else if (startsWith(a, "--dump=") || startsWith(a, "-dump=")) {
        std::string what = a.substr(a.find('=') + 1);
        if (what == "tokens") o.dump = Dump::Tokens;
        else if (what == "syntax") o.dump = Dump::Syntax;
        else if (what == "typed") o.dump = Dump::Typed;
        else return std::fprintf(stderr, "goc: unknown dump %s (want tokens, syntax or typed)\n", what.c_str()), false;
      } else {
        std::fprintf(stderr, "goc: unknown flag %s\nRun 'goc help' for usage.\n", a.c_str());
        return false;
      }
      continue;
    }
    o.inputs.push_back(a);
    if (o.command == "run") {
      bool isGo = a.size() > 3 && a.compare(a.size() - 3, 3, ".go") == 0;
      bool nextIsGo = i + 1 < argc && std::strlen(argv[i + 1]) > 3 &&
                      std::strcmp(argv[i + 1] + std::strlen(argv[i + 1]) - 3, ".go") == 0;
      if (!isGo || !nextIsGo) inputsDone = true;
    }
  }
  if (o.command == "run" && o.inputs.empty()) {
    std::fprintf(stderr, "goc run: no go files listed\n");
    return false;
  }
  if (o.command == "run" && (o.emit != Emit::Executable || o.dump != Dump::None || !o.output.empty())) {
    std::fprintf(stderr, "goc run: -o, -S, -emit-llvm and --dump are flags of goc build\n");
    return false;
  }
  return true;
}

int build(const Options& o) {
  std::string output = o.output;
  if (output.empty() && o.emit == Emit::Executable && o.dump == Dump::None)
    output = defaultOutputName(o.inputs);
  return compile(o, output);
}

int run(const Options& o) {
  std::string tmp = makeTempDir();
  std::string exe = tmp + "/" + defaultOutputName(o.inputs);
  int status = compile(o, exe);
  if (status == 0) status = runExecutable(exe, o.args);
  removeTree(tmp);
  return status;
}

}  // namespace
}  // namespace goc

int main(int argc, char** argv) {
  using namespace goc;
  std::string cmd = argc > 1 ? argv[1] : "";
  if (cmd == "help" || cmd == "-h" || cmd == "--help" || cmd == "-help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (cmd == "version" || cmd == "--version") {
    std::printf("goc version %s linux/amd64 (LLVM %s)\n", GOC_VERSION, GOC_LLVM_VERSION);
    return 0;
  }
  if (cmd != "build" && cmd != "run") {
    if (!cmd.empty()) std::fprintf(stderr, "goc %s: unknown command\n", cmd.c_str());
    std::fputs(kUsage, stderr);
    return 2;
  }
  Options o;
  o.command = cmd;
  if (!parseArgs(argc, argv, o)) return 2;
  return cmd == "build" ? build(o) : run(o);
}
