"""The lit test format of goc's testdata/ (used by ../lit.cfg.py).

Lives in a module, not in lit.cfg.py, so that lit's worker processes can
unpickle it.
"""
import os
import sys

import lit.formats
import lit.Test
import lit.util


def _in_module(root, path):
    """True if path lies inside (or is) a directory holding go.mod."""
    d = path if os.path.isdir(path) else os.path.dirname(path)
    top = os.path.join(root, "testdata")
    while d.startswith(top) and d != top:
        if os.path.exists(os.path.join(d, "go.mod")):
            return True
        d = os.path.dirname(d)
    return False


def _kind(path_in_suite):
    """codegen, run or errors for paths below testdata/, else ''."""
    if len(path_in_suite) >= 2 and path_in_suite[0] == "testdata":
        return path_in_suite[1]
    return ""


class GocFormat(lit.formats.ShTest):
    """Dispatches on the test's top folder under testdata/."""

    def __init__(self, root, goc):
        super().__init__(execute_external=False)
        self.root = root
        self.goc = goc

    def getTestsInDirectory(self, suite, path_in_suite, lit_config, local_config):
        src = suite.getSourcePath(path_in_suite)
        kind = _kind(path_in_suite)
        if kind not in ("codegen", "run", "errors"):
            return
        for name in sorted(os.listdir(src)):
            path = os.path.join(src, name)
            if name.startswith(".") or name in local_config.excludes or name == "Output":
                continue
            if kind in ("run", "errors") and os.path.isdir(path) and os.path.exists(os.path.join(path, "go.mod")):
                if not _in_module(self.root, src):
                    yield lit.Test.Test(suite, path_in_suite + (name,), local_config)
            elif os.path.isfile(path) and name.endswith(".go") and not _in_module(self.root, path):
                yield lit.Test.Test(suite, path_in_suite + (name,), local_config)

    def execute(self, test, lit_config):
        kind = _kind(test.path_in_suite)
        src = test.getSourcePath()
        if kind == "codegen":
            return super().execute(test, lit_config)
        if kind == "run":
            cmd = [os.path.join(self.root, "testdata", "run-tests.sh"), self.goc, src]
        else:
            cmd = [sys.executable, os.path.join(self.root, "testdata", "errors", "errcheck.py"), self.goc, src]
        try:
            out, err, code = lit.util.executeCommand(cmd, env=test.config.environment, timeout=300)
        except lit.util.ExecuteCommandTimeoutException as e:
            return lit.Test.TIMEOUT, "timed out: %s" % (e.msg,)
        report = "$ %s\n%s%s" % (" ".join(cmd), out, err)
        return (lit.Test.PASS if code == 0 else lit.Test.FAIL), report


