#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (as root), builds goc into build/ and
# compiles and runs examples/hello.go with it.
#   ./scripts/setup.sh            install packages, configure, build, run the example
#   SKIP_APT=1 ./scripts/setup.sh (packages already there)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake ninja-build python3 gcc g++ libgmp-dev golang-1.19-go
          llvm-19-dev llvm-19-tools clang-19 lld-19 libclang-19-dev
          gccgo-12 time libgtest-dev tzdata)
if [[ -z ${SKIP_APT:-} ]]; then
  missing=()
  for p in "${packages[@]}"; do dpkg -s "$p" > /dev/null 2>&1 || missing+=("$p"); done
  if ((${#missing[@]})); then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
  fi
fi

cmake -G Ninja -S . -B build -DCMAKE_PREFIX_PATH=/usr/lib/llvm-19 > /dev/null
ninja -C build

echo "--- build/bin/goc run examples/hello.go"
build/bin/goc run examples/hello.go
