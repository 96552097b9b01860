#!/usr/bin/env python3
"""Checks goc's diagnostics against `// ERROR "regexp"` comments.

    errcheck.py GOC (FILE.go | MODULEDIR)

Every line carrying `// ERROR "re" ["re"...]` (double- or back-quoted Go
strings) must get, for each regexp, one diagnostic on that line whose message
matches it (re.search). Any diagnostic not claimed by an ERROR comment is a
failure, and so is a zero exit status, a crash (signal, sanitizer report,
"internal compiler error") or an exit status other than 1. The compiler runs
with -e (no error limit) in the test's directory, so paths print as gc's
`./x.go:LINE:COL: message`.
"""
import os
import re
import subprocess
import sys
import tempfile

ERROR_RE = re.compile(r'//\s*ERROR\s+(.*)$')
QUOTED_RE = re.compile(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`')
DIAG_RE = re.compile(r'^(.+?\.go):(\d+):(\d+): (.*)$')


def expectations(path, rel):
    want = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            m = ERROR_RE.search(line)
            if not m:
                continue
            for q in QUOTED_RE.finditer(m.group(1)):
                # Double-quoted: a regexp in which only \" is unescaped.
                pattern = q.group(2) if q.group(2) is not None else q.group(1).replace('\\"', '"')
                want.append((rel, n, pattern))
    return want


def main():
    goc, target = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    if os.path.isdir(target):
        cwd, arg = target, "."
        files = []
        for d, _, names in os.walk(target):
            files += [os.path.join(d, n) for n in names if n.endswith(".go")]
    else:
        cwd, arg = os.path.dirname(target), os.path.basename(target)
        files = [target]
    want = []
    for f in sorted(files):
        want += expectations(f, os.path.relpath(f, cwd))
    if not want:
        print("%s: no // ERROR comments" % target)
        return 1

    with tempfile.TemporaryDirectory() as tmp:
        try:
            p = subprocess.run([goc, "build", "-e", "-o", os.path.join(tmp, "a.out"), arg], cwd=cwd,
                               capture_output=True, text=True, errors="replace", timeout=120)
        except subprocess.TimeoutExpired:
            print("goc timed out")
            return 1
    out = p.stdout + p.stderr
    problems = []
    if p.returncode == 0:
        problems.append("goc succeeded; errors were expected")
    elif p.returncode != 1:
        problems.append("goc exited with status %d (a crash?)" % p.returncode)
    if "internal compiler error" in out or "Sanitizer" in out or "runtime error:" in out:
        problems.append("goc crashed")

    got = []
    for line in p.stderr.splitlines():
        # gc continues a diagnostic on tab-indented lines (have/want lists,
        # "previous case" positions): they belong to the diagnostic above.
        if line.startswith("\t") and got:
            got[-1][2] += "\n" + line.strip()
            continue
        m = DIAG_RE.match(line)
        if m:
            got.append([os.path.normpath(m.group(1)), int(m.group(2)), m.group(4), False])
    for rel, n, pattern in want:
        try:
            rx = re.compile(pattern)
        except re.error as e:
            problems.append("%s:%d: bad regexp %r: %s" % (rel, n, pattern, e))
            continue
        for g in got:
            if not g[3] and g[0] == os.path.normpath(rel) and g[1] == n and rx.search(g[2]):
                g[3] = True
                break
        else:
            near = [g[2] for g in got if g[0] == os.path.normpath(rel) and g[1] == n]
            problems.append("%s:%d: no diagnostic matching %r%s" % (rel, n, pattern,
                            " (got: %s)" % "; ".join(near) if near else ""))
    for g in got:
        if not g[3]:
            problems.append("%s:%d: unexpected diagnostic: %s" % (g[0], g[1], g[2]))
    if problems:
        print("\n".join(problems))
        print("--- goc output (exit %d) ---\n%s" % (p.returncode, out))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
