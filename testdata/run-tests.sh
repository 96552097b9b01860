#!/usr/bin/env bash
# Runs Go programs and compares what they do with recorded expectations.
#
#   run-tests.sh GOC PATH...       check programs built by GOC (e.g. build/bin/goc)
#   run-tests.sh --record PATH...  record expectations with gc (go 1.19; $GO overrides)
#
# A program is a .go file, or a directory holding go.mod (one package main);
# a directory PATH without go.mod stands for the programs in it.
# Expectations for NAME.go (or directory NAME):
#   NAME.stdout  exact standard output
#   NAME.stderr  standard error, cut before the first line that starts a
#                goroutine trace ("goroutine N [") or a signal report ("[signal")
#   NAME.exit    exit status (absent: 0)
#   NAME.args    command-line arguments (optional, one line)
# Files whose first line is "// expectations written by hand" are never recorded
# (they use features newer than go 1.19).
# Same format and rules as the project's acceptance runner
# (../shared/acceptance/run.sh). Ends with the line "N passed, M failed".
set -u
record=0
if [[ ${1:-} == --record ]]; then record=1; shift; else goc=$(realpath "$1"); shift; fi
GO=${GO:-/usr/lib/go-1.19/bin/go}
export GOCACHE=${GOCACHE:-/tmp/goc-gocache} GOPATH=${GOPATH:-/tmp/goc-gopath} GOFLAGS=${GOFLAGS:-} GOTOOLCHAIN=local
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
pass=0 fail=0

cut_trace() { awk '/^goroutine [0-9]+ \[/ || /^\[signal /{exit} {print}'; }

programs() {
  for p in "$@"; do
    p=${p%/}
    if [[ -f $p/go.mod ]]; then echo "$p"
    elif [[ -d $p ]]; then
      find "$p" -maxdepth 1 -name '*.go'
      find "$p" -mindepth 2 -maxdepth 2 -name go.mod | while read -r m; do dirname "$m"; done
    else echo "$p"; fi
  done | sort -u
}

for prog in $(programs "$@"); do
  name=${prog%.go}
  if [[ -f $prog ]] && head -1 "$prog" | grep -q '^// expectations written by hand'; then
    ((record)) && continue
  fi
  args=(); [[ -f $name.args ]] && read -r -a args < "$name.args"
  bin=$work/prog
  rm -f "$bin"
  if ((record)); then
    if [[ -d $prog ]]; then (cd "$prog" && "$GO" build -o "$bin" .) else "$GO" build -o "$bin" "$prog"; fi || { echo "record: $prog does not build"; continue; }
  else
    if ! timeout 300 "$goc" build -o "$bin" "$prog" > "$work/build.log" 2>&1; then
      echo "FAIL $prog: build failed: $(head -c 600 "$work/build.log" | tr '\n' ' ')"; ((fail++)); continue
    fi
  fi
  (cd "$(dirname "$prog")" && timeout 60 "$bin" "${args[@]}" > "$work/out" 2> "$work/err" < /dev/null)
  code=$?
  cut_trace < "$work/err" > "$work/err.cut"
  if ((record)); then
    cp "$work/out" "$name.stdout"; cp "$work/err.cut" "$name.stderr"
    if ((code != 0)); then echo "$code" > "$name.exit"; else rm -f "$name.exit"; fi
    echo "recorded $prog (exit $code)"; continue
  fi
  want=0; [[ -f $name.exit ]] && want=$(cat "$name.exit")
  why=""
  ((code == 124)) && why="timed out after 60 s"
  [[ -z $why && $code != "$want" ]] && why="exit status $code, want $want"
  [[ -z $why && ! -f $name.stdout ]] && why="no expectations ($name.stdout missing)"
  [[ -z $why ]] && ! cmp -s "$work/out" "$name.stdout" && why="stdout differs: $(diff "$name.stdout" "$work/out" | head -8 | tr '\n' ' ')"
  [[ -z $why ]] && ! cmp -s "$work/err.cut" "$name.stderr" && why="stderr differs: $(diff "$name.stderr" "$work/err.cut" | head -8 | tr '\n' ' ')"
  if [[ -z $why ]]; then ((pass++)); else echo "FAIL $prog: $why"; ((fail++)); fi
done
echo "$pass passed, $fail failed"
((fail == 0))
