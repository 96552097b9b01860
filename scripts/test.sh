#!/usr/bin/env bash
# Runs the whole test suite and ends with the line "N passed, M failed".
#   ./scripts/test.sh                 build (ninja -C build), then test
#   ./scripts/test.sh --no-build DIR  test the goc in DIR/bin without building
# Parts: lit over testdata/ (codegen, run, errors); the acceptance sets listed
# in testdata/acceptance-sets from ../shared/acceptance (if present); the
# runtime's own tests (runtime/tests/run.sh, if present); 1,000 fuzzed inputs
# when build-asan/ exists (FUZZ_QUICK=0 skips it, FUZZ_COUNT=N resizes it).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=$root/build
if [[ ${1:-} == --no-build ]]; then build=$(realpath "${2:-build}"); else
  ninja -C "$build" || { echo "0 passed, 1 failed"; exit 1; }
fi
goc=$build/bin/goc
lit=/usr/lib/llvm-19/build/utils/lit/lit.py
log=$(mktemp -d); trap 'rm -rf "$log"' EXIT
pass=0 fail=0

add() {  # add PASSED FAILED LABEL
  echo "== $3: $1 passed, $2 failed"
  pass=$((pass + $1)); fail=$((fail + $2))
}

# 1. lit: codegen, run and errors tests.
echo "== lit testdata/"
python3 "$lit" -sv --param build="$build" -o "$log/lit.json" "$root/testdata" | grep -v '^PASS:' || true
if [[ -f $log/lit.json ]]; then
  read -r p f < <(python3 - "$log/lit.json" <<'PY'
import json, sys
tests = json.load(open(sys.argv[1]))["tests"]
ok = {"PASS", "XFAIL", "UNSUPPORTED"}
p = sum(1 for t in tests if t["code"] in ok)
print(p, len(tests) - p)
PY
)
  add "$p" "$f" "lit"
else
  add 0 1 "lit (no results)"
fi

# 2. Acceptance sets.
acc=${ACCEPTANCE:-$root/../shared/acceptance}
if [[ -x $acc/run.sh ]]; then
  while read -r set; do
    [[ -z $set || $set == \#* ]] && continue
    "$root/testdata/run-tests.sh" "$goc" "$acc/$set" > "$log/acc.txt" 2>&1
    grep -v ' passed, .* failed$' "$log/acc.txt"
    read -r p f < <(tail -1 "$log/acc.txt" | awk '{print $1, $3}')
    add "${p:-0}" "${f:-1}" "acceptance/$set"
  done < "$root/testdata/acceptance-sets"
else
  echo "== acceptance: $acc/run.sh not found, skipped"
fi

# 3. The runtime's own tests.
if [[ -x $root/runtime/tests/run.sh ]]; then
  if "$root/runtime/tests/run.sh" "$build" > "$log/rt.txt" 2>&1; then rc=0; else rc=1; fi
  tail -20 "$log/rt.txt"
  last=$(tail -1 "$log/rt.txt")
  if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    add "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" "runtime/tests"
  elif ((rc == 0)); then add 1 0 "runtime/tests"; else add 0 1 "runtime/tests"; fi
fi

# 4. Fuzzing with the ASan+UBSan compiler, when build-asan/ exists (.ci/run builds
# it; 1,000 mutants take about 30 s on 2 cores). Its runtime comes from $build.
if [[ ${FUZZ_QUICK:-1} != 0 && -x $root/build-asan/bin/goc ]]; then
  if GOC_ROOT=$build python3 "$root/scripts/fuzz_frontend.py" --goc "$root/build-asan/bin/goc" --count "${FUZZ_COUNT:-1000}" \
       > "$log/fuzz.txt" 2>&1; then add 1 0 "fuzz (quick)"; else add 0 1 "fuzz (quick)"; fi
  tail -3 "$log/fuzz.txt"
fi

# 5. Smoke tests of the benchmark runner and the differential tester (no timing).
for t in bench/tests/smoke.sh tools/difftest/smoke_test.sh; do
  [[ -x $root/$t ]] || continue
  "$root/$t" "$goc" > "$log/smoke.txt" 2>&1
  grep '^FAIL' "$log/smoke.txt"
  read -r p f < <(tail -1 "$log/smoke.txt" | awk '{print $1, $3}')
  add "${p:-0}" "${f:-1}" "$t"
done

echo "$pass passed, $fail failed"
((fail == 0))
