#!/usr/bin/env bash
# Runs every libFuzzer target (tests/fuzz) for SECONDS each, one after the
# other, in the asan preset's build (ASan + UBSan, clang):
#
#   tools/fuzz.sh [SECONDS]          # default 600 per target
#   tools/fuzz.sh 60 search checks   # only these targets
#
# Builds what it needs first. Each target's corpus grows in
# $BUILD/tests/fuzz/corpus/<target> (kept between runs); crashing inputs land
# in $BUILD/tests/fuzz/crashes/<target>/. Keep every crash as a regression in
# tests/fuzz/regressions/<target>/ once it is fixed (docs/RELIABILITY.md).
# Prints executions, coverage and features per target; exits non-zero when a
# target crashed. GAOZI_ASAN_BUILD_DIR picks the build folder (default build-asan).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-600}"
shift || true
targets=("$@")
((${#targets[@]})) || targets=(text docx docxxml search checks)
build="${GAOZI_ASAN_BUILD_DIR:-build-asan}"

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake --preset asan -B "$build" >/dev/null
fi
cmake --build "$build" --target gaozi_fuzzseeds $(printf 'fuzz_%s ' "${targets[@]}")

fuzz="$build/tests/fuzz"
"$fuzz/gaozi_fuzzseeds" "$fuzz/seeds"
# Same options as the CTest smoke runs, so findings reproduce there.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

status=0
printf '%-8s %10s %8s %8s %8s %7s %s\n' target execs exec/s cov ft corpus result
for t in "${targets[@]}"; do
  mkdir -p "$fuzz/corpus/$t" "$fuzz/crashes/$t"
  dict="tests/fuzz/dicts/$t.dict"
  [ "$t" = checks ] && dict="tests/fuzz/dicts/text.dict"
  dictArg=()
  [ -f "$dict" ] && dictArg=(-dict="$dict")
  log="$fuzz/$t.log"
  result=ok
  "$fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=3072 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$fuzz/crashes/$t/" "${dictArg[@]}" \
    "$fuzz/corpus/$t" "$fuzz/seeds/$t" "tests/fuzz/regressions/$t" >"$log" 2>&1 || { result="CRASH (see $log)"; status=1; }
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  units=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
  printf '%-8s %10s %8s %8s %8s %7s %s\n' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${units:-?}" "$result"
done
exit "$status"
