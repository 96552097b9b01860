#!/usr/bin/env bash
# Smoke test of tools/difftest (no timing involved):
#   tools/difftest/smoke_test.sh [GOC]      (default build/bin/goc)
# Runs difftest on tools/difftest/testdata/, where prints.go agrees under goc
# and gc and wrong_expectations.go has a deliberately wrong hand-written
# expectation, and checks the exit status, the table and the summary line; also
# checks the stderr normalisation. Ends with "N passed, M failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
goc=${1:-$here/../../build/bin/goc}
pass=0 fail=0
check() {  # check DESCRIPTION COMMAND...
  if "${@:2}" > /dev/null 2>&1; then ((pass++)); else echo "FAIL: $1"; ((fail++)); fi
}
out=$("$here/difftest" --goc "$goc" "$here/testdata" 2>&1); code=$?
echo "$out" | sed 's/^/  /'
check "difftest exits 1 when a program fails" test "$code" = 1
check "summary is '1 passed, 1 failed'" test "$(echo "$out" | tail -1)" = "1 passed, 1 failed"
check "prints.go passes" grep -Eq 'prints\.go +PASS' <<< "$out"
check "wrong_expectations.go fails against its recorded stdout" \
  grep -Eq 'wrong_expectations\.go +FAIL .*stdout differs from recorded' <<< "$out"
out=$("$here/difftest" --goc "$goc" --hand=skip "$here/testdata" 2>&1); code=$?
check "--hand=skip: exit 0" test "$code" = 0
check "--hand=skip: '1 skipped' then '1 passed, 0 failed'" \
  test "$(echo "$out" | tail -2 | tr '\n' '/')" = "1 skipped/1 passed, 0 failed/"
check "stderr normalisation cuts traces and masks addresses" python3 - "$here/difftest" <<'PY'
import importlib.machinery, sys
d = importlib.machinery.SourceFileLoader("difftest", sys.argv[1]).load_module()
got = d.normalise_stderr("panic: at 0xc000012345\nmain.f()\n\t/x.go:3 +0x1d\n"
                         "goroutine 1 [running]:\nmain.main()\n")
sys.exit(got != "panic: at 0x?\nmain.f()\n\t/x.go:3 +0x?\n")
PY
echo "$pass passed, $fail failed"
((fail == 0))
