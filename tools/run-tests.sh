#!/usr/bin/env bash
# Set up, build and run the whole test suite (CTest + QtTest, offscreen). This
# is what CI runs (.ci/run). By default it builds the asan preset (./build-asan:
# clang, AddressSanitizer + UndefinedBehaviorSanitizer) and runs every test
# under the sanitizers, plus a 5-second run of each fuzzer. CI builds only this
# preset: two full builds do not fit its 20 minutes on 2 cores
# (docs/RELIABILITY.md has the measurements).
# GAOZI_PRESET=default runs the same suite in the normal build (./build).
set -euo pipefail
cd "$(dirname "$0")/.."
export GAOZI_PRESET="${GAOZI_PRESET:-asan}"
tools/setup.sh
if [ "$GAOZI_PRESET" = default ]; then
  build="${GAOZI_BUILD_DIR:-build}"
else
  build="${GAOZI_BUILD_DIR:-build-$GAOZI_PRESET}"
fi
ctest --test-dir "$build" --output-on-failure --timeout 900 -j"$(nproc)"
