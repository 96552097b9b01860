# lit configuration for goc's tests (testdata/).
#
#   python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv testdata
#   (or scripts/test.sh, which also runs the acceptance sets)
#
# Three kinds of tests, chosen by folder:
#   testdata/codegen/*.go   RUN: lines (ShTest), usually `%goc build -S -o - %s | FileCheck %s`
#   testdata/run/*.go       (and module directories holding go.mod): built with goc,
#                           run, stdout/stderr/exit compared with NAME.stdout,
#                           NAME.stderr, NAME.exit (testdata/run-tests.sh does it)
#   testdata/errors/*.go    `// ERROR "regexp"` comments matched against goc's
#                           diagnostics (testdata/errors/errcheck.py)
# The goc under test is <build>/bin/goc; <build> is the lit parameter `build`,
# else $GOC_BUILD, else build/.
import os
import sys


config.name = "goc"
config.suffixes = [".go"]
config.excludes = ["Inputs"]
root = os.path.dirname(os.path.abspath(__file__))
build = os.path.abspath(lit_config.params.get("build", os.environ.get("GOC_BUILD", os.path.join(root, "build"))))
config.test_source_root = root
config.test_exec_root = os.path.join(build, "lit")
goc = os.path.join(build, "bin", "goc")
llvm_bin = "/usr/lib/llvm-19/bin"

config.environment["PATH"] = os.pathsep.join([llvm_bin, config.environment.get("PATH", os.environ.get("PATH", ""))])
config.environment["HOME"] = os.environ.get("HOME", "/tmp")
config.environment["TMPDIR"] = os.environ.get("TMPDIR", "/tmp")
config.substitutions.append(("%goc", goc))
config.substitutions.append(("%not", os.path.join(llvm_bin, "not")))
config.substitutions.append(("%root", root))


sys.path.insert(0, os.path.join(root, "testdata"))
import goclit  # noqa: E402

config.test_format = goclit.GocFormat(root, goc)
