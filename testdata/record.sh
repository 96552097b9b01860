#!/usr/bin/env bash
# Re-records the expectations of testdata/run/ with gc (go 1.19):
#   testdata/record.sh [PATH...]     (default: all of testdata/run)
# Programs whose first line is "// expectations written by hand" are skipped.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if (($# == 0)); then set -- "$here/run"; fi
exec "$here/run-tests.sh" --record "$@"
