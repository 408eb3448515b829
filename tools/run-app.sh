#!/usr/bin/env bash
# Set up, build and start Gaozi on its default library (the bundled corpus is
# mined on first start). Extra arguments go to the app, e.g. --db FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
GAOZI_PRESET=default tools/setup.sh # the normal build, whatever the tests use
exec "${GAOZI_BUILD_DIR:-build}/app/gui/gaozi" "$@"
