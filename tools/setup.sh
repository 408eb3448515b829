#!/usr/bin/env bash
# Installs the Debian 12 packages Gaozi needs to build, run and test, and
# configures + builds it in ./build (or another preset, see GAOZI_PRESET below).
# Safe to re-run: installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
  libzip-dev libsqlite3-dev libicu-dev libssl-dev libgl-dev
  fonts-noto-cjk xvfb xauth
  poppler-utils libreoffice-writer-nogui ripgrep
  clang libclang-rt-14-dev llvm
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# GAOZI_PRESET picks a configure preset from CMakePresets.json: "default"
# (./build) or "asan" (./build-asan: clang, ASan + UBSan, the fuzzers).
PRESET="${GAOZI_PRESET:-default}"
if [ "$PRESET" = default ]; then
  BUILD_DIR="${GAOZI_BUILD_DIR:-build}"
else
  BUILD_DIR="${GAOZI_BUILD_DIR:-build-$PRESET}"
fi
cmake --preset "$PRESET" -B "$BUILD_DIR" >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
