// Linking: the object files + the runtime (libgort.a) -> a static executable.
//
// ld.lld is invoked directly (no compiler driver), with glibc's static start
// files and gcc's crtbeginT.o/crtend.o, as runtime/README.md prescribes:
//   ld.lld -static --eh-frame-hdr -o OUT crt1.o crti.o crtbeginT.o prog.o libgort.a
//          --start-group -lc -lgcc -lgcc_eh --end-group crtend.o crtn.o
// The tool and directory paths were found when goc was configured
// (goc_config.h).
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "goc_config.h"
#include "tools/goc/driver.h"

namespace goc {

std::string gocRoot() {
  if (const char* env = std::getenv("GOC_ROOT"); env && *env) return env;
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return ".";
  std::string exe(buf, static_cast<size_t>(n));
  std::string bindir = exe.substr(0, exe.rfind('/'));
  return bindir.substr(0, bindir.rfind('/'));
}

static bool exists(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0;
}

bool linkExecutable(const std::vector<std::string>& objects, const std::string& output) {
  std::string runtime = gocRoot() + "/lib/goc/libgort.a";
  if (!exists(runtime)) {
    std::fprintf(stderr, "goc: runtime library %s not found (is the runtime built?)\n", runtime.c_str());
    return false;
  }
  std::string libc = GOC_LIBC_DIR, gcc = GOC_GCC_LIB_DIR;
  std::vector<std::string> argv = {
      GOC_LLD_PATH, "-static", "--eh-frame-hdr", "-z", "noexecstack", "-o", output,
      "-L", gcc, "-L", libc,
      libc + "/crt1.o", libc + "/crti.o", gcc + "/crtbeginT.o",
  };
  argv.insert(argv.end(), objects.begin(), objects.end());
  argv.push_back(runtime);
  for (const char* a : {"--start-group", "-lc", "-lgcc", "-lgcc_eh", "--end-group"}) argv.push_back(a);
  argv.push_back(gcc + "/crtend.o");
  argv.push_back(libc + "/crtn.o");
  int status = 0;
  if (!runChild(argv, "the linker " + argv[0], false, false, &status)) return false;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return true;
  std::fprintf(stderr, "goc: linking %s failed\n", output.c_str());
  return false;
}

}  // namespace goc
