#!/usr/bin/env bash
# Set up, build and run the whole test suite (CTest + QtTest, offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
cd "${GAOZI_BUILD_DIR:-build}"
ctest --output-on-failure --timeout 600 -j"$(nproc)"
