#!/usr/bin/env bash
# Builds the compiler with ASan+UBSan in build-asan/ and feeds its front end
# 1,000 token mutations of the acceptance programs and testdata/
# (scripts/fuzz_frontend.py). Extra arguments go to the Python script, e.g.
#   scripts/fuzz-frontend.sh --count 5000 --seed 7
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -G Ninja -S . -B build-asan -DGOC_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug > /dev/null
ninja -C build-asan goc
exec python3 scripts/fuzz_frontend.py --goc build-asan/bin/goc "$@"
