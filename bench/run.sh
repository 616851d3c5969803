#!/usr/bin/env bash
# run.sh: every solieu benchmark in one command, printed as one table plus the stage details.
# Builds Release if needed, generates the synthetic corpus once (bench/gen_corpus.py), then
# measures wall time, MB/s and peak RSS of: solieu extract with --jobs 1 and --jobs $(nproc);
# ripgrep extracting an equivalent number-with-unit pattern (the "how fast can text be scanned"
# bound); ICU's word BreakIterator alone (the tokenizer's baseline); then prints stage_bench
# (per-stage MB/s) and gen_facts (the rule engine over synthetic facts). Prints, never asserts.
#
# Usage: bench/run.sh [--quick] [--corpus DIR] [--build DIR] [--facts N]
#   --quick        ~10 MB corpus and 100,000 facts, for a fast look
#   --corpus DIR   corpus folder (default /tmp/solieu-bench-corpus, or ...-quick with --quick);
#                  generated when it has no .complete marker
#   --build DIR    build folder (default ./build); configured as Release when it has no cache
#   --facts N      facts for gen_facts (default 1,000,000)
# Environment: GEN_FACTS_TIMEOUT (seconds, default 600) bounds the rule-engine run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD="$ROOT/build"
MB=100
FACTS=1000000
CORPUS=""
QUICK=0
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1; MB=10; FACTS=100000 ;;
    --corpus) CORPUS="$2"; shift ;;
    --build) BUILD="$2"; shift ;;
    --facts) FACTS="$2"; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$CORPUS" ]; then
  if [ "$QUICK" = 1 ]; then CORPUS=/tmp/solieu-bench-corpus-quick; else CORPUS=/tmp/solieu-bench-corpus; fi
fi
JOBS=$(nproc)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# --- (a) build -------------------------------------------------------------------------------
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD/CMakeCache.txt")
[ "$build_type" = Release ] || echo "run.sh: warning: $BUILD is a '$build_type' build; figures are for Release" >&2
# Each target on its own, so a stage that does not link yet costs only its own rows.
for target in solieu stage_bench icu_words gen_facts; do
  cmake --build "$BUILD" --target "$target" -j2 >"$TMP/build-$target.log" 2>&1 ||
    { echo "run.sh: $target did not build (see below); its rows are skipped" >&2; tail -5 "$TMP/build-$target.log" >&2; }
done
SOLIEU="$BUILD/solieu"
STAGE_BENCH="$BUILD/bench/stage_bench"
ICU_WORDS="$BUILD/bench/icu_words"
GEN_FACTS="$BUILD/bench/gen_facts"

# --- (b) corpus ------------------------------------------------------------------------------
if [ ! -f "$CORPUS/.complete" ]; then
  rm -rf "$CORPUS"
  python3 "$ROOT/bench/gen_corpus.py" --out "$CORPUS" --mb "$MB"
  touch "$CORPUS/.complete"
fi
BYTES=$(find "$CORPUS" -type f \( -name '*.txt' -o -name '*.md' \) -printf '%s\n' | awk '{s += $1} END {print s + 0}')
FILES=$(find "$CORPUS" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)

# --- (c) measure -----------------------------------------------------------------------------
# measure CMD...: runs CMD with stdout to $TMP/out, sets WALL (s) and PEAK (MB) and STATUS.
measure() {
  STATUS=0
  if [ -x /usr/bin/time ]; then
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$TMP/time" "$@" >"$TMP/out" 2>"$TMP/err" || STATUS=$?
    end=$(date +%s.%N)
    WALL=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}')
    PEAK=$(awk -F: '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$TMP/time")
  else
    # No GNU time: the children's peak RSS from getrusage, in a small Python wrapper.
    python3 - "$TMP" "$@" <<'EOF' || STATUS=$?
import resource, subprocess, sys, time
tmp, cmd = sys.argv[1], sys.argv[2:]
start = time.monotonic()
with open(f"{tmp}/out", "wb") as out, open(f"{tmp}/err", "wb") as err:
    code = subprocess.run(cmd, stdout=out, stderr=err).returncode
wall = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
open(f"{tmp}/measure", "w").write(f"{wall:.3f} {peak:.1f}\n")
sys.exit(code)
EOF
    read -r WALL PEAK <"$TMP/measure"
  fi
}

ROWS=()
row() {  # label, note: one table row from the last measure
  local mbps
  mbps=$(awk -v b="$BYTES" -v s="$WALL" 'BEGIN {printf "%.1f", (s > 0 ? b / 1e6 / s : 0)}')
  ROWS+=("$(printf '%-34s %9s %9s %11s  %s' "$1" "$WALL" "$mbps" "$PEAK" "$2")")
}

# Numbers with a unit or counted noun, with an optional qualifier: what solieu's number grammar
# finds first, written as one regular expression ("hơn 1,48 tỷ USD", "1.967 ha", "75,6%").
# No \b: a Unicode word boundary sends ripgrep 13 off its DFA (about 3 MB/s instead of 50), so
# the qualifier's left edge is spelled as a line start, space or parenthesis ("nước 1.769" is no "ước").
QUAL='(?:(?:^|[ (])(?:khoảng|hơn|gần|trên|dưới|xấp xỉ|ước tính|ước) )?'
NUM='[0-9]+(?:[.,][0-9]+)*'
MAG='(?: (?:nghìn|ngàn|triệu|tỷ|tỉ))*'
UNIT='(?:%| ?(?:ha|héc-ta|hecta|đồng|USD|KCN|CCN|khu công nghiệp|cụm công nghiệp|dự án|lao động|doanh nghiệp|người))'
PATTERN="$QUAL$NUM$MAG$UNIT"

if [ -x "$SOLIEU" ]; then
  for jobs in 1 "$JOBS"; do
    measure "$SOLIEU" extract "$CORPUS" --format json --jobs "$jobs"
    note="exit $STATUS, $(wc -c <"$TMP/out") bytes of JSON"
    [ "$STATUS" -le 1 ] || note="exit $STATUS: $(head -c 200 "$TMP/err" | tr '\n' ' ')"
    row "solieu extract --jobs $jobs" "$note"
  done
fi
for threads in 1 "$JOBS"; do
  measure rg -o --no-filename --no-line-number -j "$threads" -e "$PATTERN" "$CORPUS"
  row "rg -o number+unit (-j $threads)" "$(wc -l <"$TMP/out") matches"
done
if [ -x "$ICU_WORDS" ]; then
  measure "$ICU_WORDS" "$CORPUS"
  row "icu_words (BreakIterator, 1 core)" "$(sed -n 1p "$TMP/out" | sed 's/^icu_words: //')"
  cp "$TMP/out" "$TMP/icu.txt"
fi

echo
echo "solieu benchmarks: $FILES files, $(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b / 1e6}') MB in $CORPUS;" \
  "$JOBS cores; $(uname -m); build $BUILD ($build_type)"
echo
printf '%-34s %9s %9s %11s  %s\n' "what" "wall s" "MB/s" "peak RSS MB" "note"
printf '%-34s %9s %9s %11s  %s\n' "----" "------" "----" "-----------" "----"
for r in "${ROWS[@]}"; do echo "$r"; done

if [ -f "$TMP/icu.txt" ]; then
  echo
  echo "== icu_words"
  cat "$TMP/icu.txt"
fi
if [ -x "$STAGE_BENCH" ]; then
  echo
  echo "== stage_bench (in-process, one core)"
  "$STAGE_BENCH" "$CORPUS" || echo "stage_bench failed (exit $?)"
fi
if [ -x "$GEN_FACTS" ]; then
  echo
  echo "== gen_facts ($FACTS facts, timeout ${GEN_FACTS_TIMEOUT:-600} s)"
  status=0
  timeout "${GEN_FACTS_TIMEOUT:-600}" "$GEN_FACTS" --facts "$FACTS" || status=$?
  [ "$status" != 124 ] || echo "gen_facts: timed out after ${GEN_FACTS_TIMEOUT:-600} s (rules did not finish)"
fi
