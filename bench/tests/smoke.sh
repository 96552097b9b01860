#!/usr/bin/env bash
# Smoke test of bench/run (no timing number is checked):
#   bench/tests/smoke.sh [GOC]      (default build/bin/goc)
# Runs `bench/run --quick` on bench/tests/fixture (a tiny program and one that
# no compiler builds) with goc, gc and, if installed, gccgo-12, and checks
# that RESULTS.md has the expected tables and columns, that the broken
# program is listed as "does not build yet" with its first error line, and
# that ratios.svg and results.json are written. Ends with "N passed, M failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
goc=${1:-$here/../../build/bin/goc}
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
compilers=goc,gc
command -v gccgo-12 > /dev/null && compilers=goc,gc,gccgo
pass=0 fail=0
check() {  # check DESCRIPTION COMMAND...
  if "${@:2}" > /dev/null 2>&1; then ((pass++)); else echo "FAIL: $1"; ((fail++)); fi
}
"$here/../run" --quick --dir "$here/fixture" --out "$out" --goc "$goc" --compilers "$compilers" \
  > "$out/log" 2>&1
code=$?
sed 's/^/  /' "$out/log" | tail -5
r=$out/RESULTS.md
check "bench/run exits 0" test "$code" = 0
check "RESULTS.md written" test -s "$r"
check "machine line (nproc, CPU model, date)" grep -Eq '^Written by `bench/run` on [0-9]{4}-[0-9]{2}-[0-9]{2} .*Machine: [0-9]+ CPUs' "$r"
check "wall-time table columns" grep -Fq '| program | GOMAXPROCS | goc | gc |' "$r"
check "ratio column goc/gc" grep -Eq '^\| program \|.*\| goc/gc \|.*\| output \|$' "$r"
check "CPU and RSS table" grep -Fq '| goc cpu | gc cpu |' "$r"
check "per-operation table" grep -Fq '## Per operation, ns' "$r"
check "build table (size, compile time)" grep -Fq '| goc size | gc size |' "$r"
check "tiny: a row for each GOMAXPROCS, output the same" \
  test "$(grep -Ec '^\| tiny \| [12] \|.*\| same \|$' "$r")" = 2
check "broken: listed as does not build yet" grep -Eq '^\| broken \| 1 \| does not build yet \| does not build yet \|' "$r"
check "broken: first error line given" grep -Eq '^\| broken \| goc \| does not build yet \| `.*main\.go:5:' "$r"
check "ratios.svg written" grep -q '^<svg ' "$out/ratios.svg"
check "results.json parses" python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$out/results.json"
echo "$pass passed, $fail failed"
((fail == 0))
