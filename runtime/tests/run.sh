#!/bin/sh
# run.sh <builddir>: builds each tests/*.cpp against <builddir>/lib/goc/libgort.a
# (standing in for compiled Go: -fsplit-stack, swiftcc), runs it, and compares
# its stderr and exit status with tests/<name>.expected (`{{regex}}` matches a
# regular expression inside a line; a test whose expected output contains
# "panic:" or "fatal error:" must exit 2, the others 0). Also checks that no
# linked test has a prologue rewritten by lld (`stc`: a split-stack function
# calling code without split-stack notes).
# Then: the host unit tests (<builddir>/runtime/runtime_unittests, GoogleTest,
# one result per test), and the scheduler programs tests/go/NAME.go, built
# with <builddir>/bin/goc and run under GOMAXPROCS=1 and 2 (stderr compared
# with NAME.expected the same way; the PASS line shows wall time and peak RSS).
# Prints "N passed, N failed".
set -u
build=${1:?usage: run.sh <builddir>}
here=$(cd "$(dirname "$0")" && pwd)
rt=$(dirname "$here")
lib=$build/lib/goc/libgort.a
out=$build/runtime-tests
mkdir -p "$out"
CXX=/usr/lib/llvm-19/bin/clang++
LD=/usr/lib/llvm-19/bin/ld.lld
OBJDUMP=/usr/lib/llvm-19/bin/llvm-objdump
L=/usr/lib/x86_64-linux-gnu
GL=/usr/lib/gcc/x86_64-linux-gnu/12
pass=0
fail=0

ok() { pass=$((pass + 1)); echo "PASS: $1"; }
bad() { fail=$((fail + 1)); echo "FAIL: $1: $2"; }

# Compares actual output ($1) with expected ($2) line by line; {{re}} is a regex.
matches() {
  awk -v exp_file="$2" '
    function quote(s,   r) { r = s; gsub(/[][\\.^$*+?(){}|\/]/, "\\\\&", r); return r }
    function pattern(line,   re, i, j) {
      re = ""
      while ((i = index(line, "{{")) > 0) {
        j = index(substr(line, i + 2), "}}")
        re = re quote(substr(line, 1, i - 1)) substr(line, i + 2, j - 1)
        line = substr(line, i + 2 + j + 1)
      }
      return "^" re quote(line) "$"
    }
    BEGIN { n = 0; while ((getline l < exp_file) > 0) want[++n] = l }
    { got[++m] = $0 }
    END {
      if (m < n) { print "output ends before expected line " m + 1 ": " want[m + 1]; exit 1 }
      for (k = 1; k <= n; k++) if (got[k] !~ pattern(want[k])) {
        print "line " k ": got \"" got[k] "\", want \"" want[k] "\""; exit 1 }
    }' "$1"
}

for src in "$here"/*.cpp; do
  name=$(basename "$src" .cpp)
  exe=$out/$name
  if ! $CXX -std=c++20 -fsplit-stack -O2 -fno-exceptions -fno-rtti -fno-stack-protector \
      -fno-pic -I"$rt" -c "$src" -o "$exe.o" 2>"$out/$name.build"; then
    bad "$name" "compile failed (see $out/$name.build)"; continue
  fi
  if ! $LD -static -o "$exe" $L/crt1.o $L/crti.o $GL/crtbeginT.o "$exe.o" "$lib" \
      -L$L -L$GL --start-group -lc -lgcc -lgcc_eh --end-group $GL/crtend.o $L/crtn.o \
      2>"$out/$name.build"; then
    bad "$name" "link failed (see $out/$name.build)"; continue
  fi
  if $OBJDUMP -d "$exe" | grep -qE '[[:space:]]stc[[:space:]]*$'; then
    bad "$name" "lld rewrote a split-stack prologue (stc)"; continue
  fi
  timeout 60 "$exe" >"$out/$name.stdout" 2>"$out/$name.stderr"
  status=$?
  want=0
  grep -q -e '^panic:' -e '^fatal error:' "$here/$name.expected" && want=2
  if [ "$status" -ne "$want" ]; then
    bad "$name" "exit status $status, want $want"; continue
  fi
  if ! why=$(matches "$out/$name.stderr" "$here/$name.expected"); then
    bad "$name" "$why"; continue
  fi
  ok "$name"
done
# Host unit tests: run queues, stack segment pools.
ut=$build/runtime/runtime_unittests
if [ -x "$ut" ]; then
  "$ut" >"$out/unittests.txt" 2>&1
  status=$?
  okn=$(grep -c '^\[       OK \]' "$out/unittests.txt")
  failn=$(grep -E '^\[  FAILED  \] [A-Za-z0-9_/]+\.[A-Za-z0-9_/]+' "$out/unittests.txt" | awk '{print $4}' | sort -u | wc -l)
  [ "$status" -ne 0 ] && [ "$failn" -eq 0 ] && failn=1  # crashed
  pass=$((pass + okn))
  fail=$((fail + failn))
  echo "unit tests: $okn passed, $failn failed (see $out/unittests.txt)"
else
  bad "runtime_unittests" "not built ($ut; is GoogleTest installed?)"
fi

# Scheduler programs in Go, under one and two Ps.
goc=$build/bin/goc
TIME=/usr/bin/time
for src in "$here"/go/*.go; do
  [ -e "$src" ] || continue
  name=$(basename "$src" .go)
  exe=$out/go_$name
  if ! "$goc" build -O2 -o "$exe" "$src" 2>"$out/go_$name.build"; then
    bad "go/$name" "goc build failed (see $out/go_$name.build)"; continue
  fi
  want=0
  grep -q -e '^panic:' -e '^fatal error:' "$here/go/$name.expected" && want=2
  for procs in 1 2; do
    t=go/$name/GOMAXPROCS=$procs
    if [ -x $TIME ]; then
      GOMAXPROCS=$procs $TIME -f '%e s, peak RSS %M KB' -o "$exe.time" timeout 120 "$exe" \
        >"$exe.$procs.stdout" 2>"$exe.$procs.stderr"
    else
      GOMAXPROCS=$procs timeout 120 "$exe" >"$exe.$procs.stdout" 2>"$exe.$procs.stderr"
      echo "-" >"$exe.time"
    fi
    status=$?
    if [ "$status" -ne "$want" ]; then
      bad "$t" "exit status $status, want $want"; continue
    fi
    if ! why=$(matches "$exe.$procs.stderr" "$here/go/$name.expected"); then
      bad "$t" "$why"; continue
    fi
    ok "$t ($(tail -1 "$exe.time"))"
  done
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
