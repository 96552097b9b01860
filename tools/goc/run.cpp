// goc run: the built executable runs as a child; its exit status becomes
// goc's (gc's `go run` prints "exit status N" and exits 1 instead: goc passes
// the status through so scripts and tests see the program's own).
#include <dirent.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "tools/goc/driver.h"

namespace goc {

std::string makeTempDir() {
  const char* base = std::getenv("TMPDIR");
  std::string tmpl = std::string(base && *base ? base : "/tmp") + "/goc-XXXXXX";
  if (!mkdtemp(tmpl.data())) {
    std::fprintf(stderr, "goc: cannot create a temporary directory: %s\n", std::strerror(errno));
    std::exit(1);
  }
  return tmpl;
}

void removeTree(const std::string& dir) {
  // Only goc's own temporary directories come here: flat, holding a few files.
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      if (std::strcmp(e->d_name, ".") && std::strcmp(e->d_name, ".."))
        unlink((dir + "/" + e->d_name).c_str());
    }
    closedir(d);
  }
  rmdir(dir.c_str());
}

bool runChild(const std::vector<std::string>& argv, const std::string& what, bool withErrno,
              bool leaveInterrupts, int* status) {
  std::vector<std::string> args = argv;
  std::vector<char*> cargv;
  for (std::string& a : args) cargv.push_back(a.data());
  cargv.push_back(nullptr);

  std::fflush(stdout);
  std::fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) {
    std::perror("goc: fork");
    return false;
  }
  if (pid == 0) {
    execv(cargv[0], cargv.data());
    if (withErrno) std::fprintf(stderr, "goc: cannot run %s: %s\n", what.c_str(), std::strerror(errno));
    else std::fprintf(stderr, "goc: cannot run %s\n", what.c_str());
    _exit(127);
  }
  if (leaveInterrupts) {
    signal(SIGINT, SIG_IGN);
    signal(SIGQUIT, SIG_IGN);
  }
  *status = 0;
  while (waitpid(pid, status, 0) < 0) {
    if (errno != EINTR) return false;
  }
  if (leaveInterrupts) {
    signal(SIGINT, SIG_DFL);
    signal(SIGQUIT, SIG_DFL);
  }
  return true;
}

int runExecutable(const std::string& path, const std::vector<std::string>& args) {
  std::vector<std::string> argv = {path};
  argv.insert(argv.end(), args.begin(), args.end());
  // Like a shell, leave interrupts to the child while it runs.
  int status = 0;
  if (!runChild(argv, path, true, true, &status)) return 1;
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}

}  // namespace goc
