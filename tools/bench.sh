#!/bin/sh
# tools/bench.sh SIZE_MB [OUT_DIR]
# The figures of docs/BENCHMARKS.md in one go: generates a deterministic
# SIZE_MB synthetic corpus (kept and reused if OUT_DIR/corpus exists), imports
# it into a fresh library, measures search (and `rg -F` over the same files,
# when rg is installed) and the 30-page .docx export, then the window's
# start-up and keystroke-to-results on that library. Writes OUT_DIR/figures.json,
# OUT_DIR/gui.json and OUT_DIR/figures.txt (the lines printed here).
#   GAOZI_BUILD               build tree with the benchmarks (default: build)
#   GAOZI_BENCH_REPETITIONS   runs per search query and export (default 20)
#   GAOZI_BENCH_STARTS        window start-ups timed (default 5)
set -eu
SIZE=${1:?usage: tools/bench.sh SIZE_MB [OUT_DIR]}
OUT=${2:-bench-out/$SIZE}
BUILD=${GAOZI_BUILD:-build}
REPS=${GAOZI_BENCH_REPETITIONS:-20}
STARTS=${GAOZI_BENCH_STARTS:-5}
BENCH="$BUILD/tools/bench/gaozi-bench"
GUI="$BUILD/tools/bench/gaozi-bench-gui"
for tool in "$BENCH" "$GUI"; do
    [ -x "$tool" ] || { echo "tools/bench.sh: $tool not built (ninja -C $BUILD gaozi-bench gaozi-bench-gui)" >&2; exit 1; }
done
mkdir -p "$OUT"
if [ ! -d "$OUT/corpus" ]; then
    "$BENCH" generate --mb "$SIZE" --out "$OUT/corpus"
fi
"$BENCH" run --corpus "$OUT/corpus" --db "$OUT/library.sqlite" --repetitions "$REPS" \
    --json "$OUT/figures.json" | tee "$OUT/figures.txt"
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$GUI" --db "$OUT/library.sqlite" --starts "$STARTS" \
    --repetitions "$(( REPS < 5 ? REPS : 5 ))" --json "$OUT/gui.json" | tee -a "$OUT/figures.txt"
for f in figures.json gui.json; do
    [ -s "$OUT/$f" ] || { echo "tools/bench.sh: $OUT/$f was not written" >&2; exit 1; }
done
echo "figures in $OUT"
