#!/usr/bin/env python3
"""Feeds goc random token-level mutations of Go programs; no run may crash.

    fuzz_frontend.py --goc build-asan/bin/goc [--count 1000] [--seed 1]
                     [--frontend-only] [--keep DIR] [SOURCES...]

SOURCES are .go files or directories searched recursively (default: the
acceptance programs in ../shared/acceptance and testdata/). Each mutant deletes,
duplicates or swaps one to three tokens of a program (tokens from a small
regex tokenizer of Go). goc builds it with a timeout; a run passes if it ends
with exit status 0 (built) or 1 (diagnostics), and fails on a signal, any other
status, a timeout (hang), "internal compiler error" or a sanitizer report.
Programs that fail unmutated (features not implemented yet) are left out.
Failing inputs are kept (--keep, default /tmp/goc-fuzz-failures).
"""
import argparse
import concurrent.futures
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

TOKEN_RE = re.compile(r'''
    (?P<ws>[ \t\r]+)
  | (?P<nl>\n)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<raw>`[^`]*`)
  | (?P<str>"(?:[^"\\\n]|\\.)*")
  | (?P<rune>'(?:[^'\\\n]|\\.)*')
  | (?P<num>(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)i?)
  | (?P<ident>[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)
  | (?P<op><<=|>>=|&\^=|\.\.\.|&&|\|\||<-|\+\+|--|==|!=|<=|>=|:=|<<|>>|&\^|[-+*/%&|^]=|[-+*/%&|^<>=!()\[\]{},;.:~])
  | (?P<other>.)
''', re.S | re.X)

SANITIZER_MARKS = ("AddressSanitizer", "UndefinedBehaviorSanitizer", "LeakSanitizer",
                   "runtime error:", "internal compiler error")


def tokenize(text):
    return [m.group(0) for m in TOKEN_RE.finditer(text)]


def significant(tokens):
    return [i for i, t in enumerate(tokens) if not t.isspace() and not t.startswith("//") and not t.startswith("/*")]


def mutate(text, rng):
    toks = tokenize(text)
    for _ in range(rng.randint(1, 3)):
        sig = significant(toks)
        if len(sig) < 2:
            break
        op = rng.choice(("delete", "duplicate", "swap"))
        i = rng.choice(sig)
        if op == "delete":
            toks[i] = ""
        elif op == "duplicate":
            toks[i] = toks[i] + " " + toks[i]
        else:
            j = rng.choice(sig)
            toks[i], toks[j] = toks[j], toks[i]
    return "".join(toks), op


def sources(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for d, _, names in os.walk(p):
                out += [os.path.join(d, n) for n in names if n.endswith(".go") and "/Output/" not in d]
        elif p.endswith(".go"):
            out.append(p)
    return sorted(set(out))


def run_one(goc, text, frontend_only, timeout):
    with tempfile.TemporaryDirectory(prefix="goc-fuzz-") as tmp:
        src = os.path.join(tmp, "prog.go")
        with open(src, "w") as f:
            f.write(text)
        cmd = [goc, "build", "--dump=typed", "-o", os.path.join(tmp, "dump")] if frontend_only else \
              [goc, "build", "-o", os.path.join(tmp, "prog")]
        env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0:abort_on_error=0",
                   UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1")
        try:
            p = subprocess.run(cmd + [src], cwd=tmp, capture_output=True, text=True, errors="replace",
                               timeout=timeout, env=env)
        except subprocess.TimeoutExpired:
            return "hang (no result after %d s)" % timeout, ""
        out = p.stdout + p.stderr
        for mark in SANITIZER_MARKS:
            if mark in out:
                return mark, out
        if p.returncode < 0:
            return "killed by signal %d" % -p.returncode, out
        if p.returncode not in (0, 1):
            return "exit status %d" % p.returncode, out
        return None, out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser()
    ap.add_argument("--goc", default=os.path.join(root, "build-asan", "bin", "goc"))
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=int, default=30)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--frontend-only", action="store_true", help="stop after checking (--dump=typed)")
    ap.add_argument("--keep", default="/tmp/goc-fuzz-failures")
    ap.add_argument("sources", nargs="*")
    args = ap.parse_args()
    args.goc = os.path.abspath(args.goc)

    files = sources(args.sources or [os.path.join(root, "..", "shared", "acceptance"), os.path.join(root, "testdata")])
    if not files:
        print("no sources")
        return 2
    texts = [open(f, encoding="utf-8", errors="replace").read() for f in files]
    # A program goc cannot build unmutated (a feature not implemented yet ends
    # in an internal compiler error) says nothing about robustness: leave it out.
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        base = list(pool.map(lambda t: run_one(args.goc, t, args.frontend_only, args.timeout)[0], texts))
    skipped = [f for f, why in zip(files, base) if why]
    for f in skipped:
        print("skipped (fails unmutated): %s" % os.path.relpath(f, root))
    keep = [i for i, why in enumerate(base) if not why]
    files, texts = [files[i] for i in keep], [texts[i] for i in keep]
    rng = random.Random(args.seed)
    jobs = []
    for n in range(args.count):
        k = rng.randrange(len(files))
        text, op = mutate(texts[k], rng)
        jobs.append((n, files[k], text))

    failures = []
    outcomes = {"built": 0, "diagnosed": 0}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futs = {pool.submit(run_one, args.goc, text, args.frontend_only, args.timeout): (n, f, text)
                for n, f, text in jobs}
        for fut in concurrent.futures.as_completed(futs):
            n, f, text = futs[fut]
            why, out = fut.result()
            if why:
                failures.append((n, f, why, text, out))
            elif re.search(r"\.go:\d+:\d+: ", out):
                outcomes["diagnosed"] += 1
            else:
                outcomes["built"] += 1

    if failures:
        os.makedirs(args.keep, exist_ok=True)
        for n, f, why, text, out in sorted(failures)[:50]:
            base = os.path.join(args.keep, "mutant%04d" % n)
            with open(base + ".go", "w") as o:
                o.write(text)
            with open(base + ".out", "w") as o:
                o.write(out)
            print("FAIL mutant %d of %s: %s (kept in %s.go)" % (n, os.path.relpath(f, root), why, base))
    print("fuzz: %d mutants of %d programs: %d built, %d diagnosed, %d failed" %
          (args.count, len(files), outcomes["built"], outcomes["diagnosed"], len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
