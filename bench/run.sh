#!/usr/bin/env bash
# run.sh: every solieu benchmark in one command. Takes the options below; gives the detailed
# output of stage_bench, icu_words and gen_facts, then ONE summary table (one row per contender:
# wall s, CPU s, MB/s by the wall clock and per core, peak RSS, load average) and the issue's
# goals as "goal ... met/not met" lines. Builds Release if needed and generates the synthetic
# corpus once (bench/gen_corpus.py). Installs nothing: it says what is missing and how to get it.
# Prints, never asserts (a slow machine must not fail anything); CI does not run it.
#
# Usage: bench/run.sh [--quick] [--corpus DIR] [--build DIR] [--facts N] [--no-stages] [--summary FILE]
#   --quick          ~10 MB corpus and 100,000 facts, for a look in a minute or two
#   --corpus DIR     corpus folder (default /tmp/solieu-bench-corpus, or ...-quick with --quick);
#                    generated when it has no .complete marker
#   --build DIR      build folder (default ./build); configured as Release when it has no cache
#   --facts N        facts for gen_facts (default 1,000,000)
#   --no-stages      skip stage_bench (per-stage figures; it takes about twice extract's time)
#   --summary FILE   also write the summary table and the goal lines to FILE
# Environment: GEN_FACTS_TIMEOUT (seconds, default 600) bounds the rule-engine run;
#   GNU_TIME (default /usr/bin/time) names GNU time, "none" to use the Python fallback.
# Tested by: running it (bench/README.md has its figures); no unit test times anything.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD="$ROOT/build"
MB=100
FACTS=1000000
CORPUS=""
QUICK=0
STAGES=1
SUMMARY_FILE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1; MB=10; FACTS=100000 ;;
    --corpus) CORPUS="$2"; shift ;;
    --build) BUILD="$2"; shift ;;
    --facts) FACTS="$2"; shift ;;
    --no-stages) STAGES=0 ;;
    --summary) SUMMARY_FILE="$2"; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$CORPUS" ]; then
  if [ "$QUICK" = 1 ]; then CORPUS=/tmp/solieu-bench-corpus-quick; else CORPUS=/tmp/solieu-bench-corpus; fi
fi
JOBS=$(nproc)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# --- (a) what the machine lacks: said, never installed ---------------------------------------
# ripgrep is a contender; GNU time gives CPU and peak RSS (a Python getrusage wrapper stands in
# without it); python3 writes the corpus and is that wrapper.
MISSING=()
command -v rg >/dev/null 2>&1 || MISSING+=(ripgrep)
GNU_TIME=${GNU_TIME:-/usr/bin/time}
[ -x "$GNU_TIME" ] || MISSING+=(time)
command -v python3 >/dev/null 2>&1 || MISSING+=(python3)
missing_note() {
  [ ${#MISSING[@]} -gt 0 ] || return 0
  echo "run.sh: missing: ${MISSING[*]}."
  case " ${MISSING[*]} " in *" ripgrep "*) echo "  without ripgrep the rg rows and the 'within 3x of rg' goal are skipped." ;; esac
  case " ${MISSING[*]} " in *" time "*) echo "  without GNU time, CPU and peak RSS come from Python's getrusage(RUSAGE_CHILDREN)." ;; esac
  case " ${MISSING[*]} " in *" python3 "*) echo "  without python3 the corpus cannot be generated, nor time replaced." ;; esac
  echo "  install (Debian): sudo apt-get install -y ${MISSING[*]}   (hyperfine too, for repeated timings)"
}
missing_note >&2
if [ ! -x "$GNU_TIME" ] && ! command -v python3 >/dev/null 2>&1; then
  echo "run.sh: need GNU time or python3 to measure; nothing measured" >&2
  exit 2
fi

# --- (b) build -------------------------------------------------------------------------------
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD/CMakeCache.txt")
[ "$build_type" = Release ] || echo "run.sh: warning: $BUILD is a '$build_type' build; figures are for Release" >&2
# Each target on its own, so a program that does not link yet costs only its own rows.
for target in solieu stage_bench icu_words gen_facts; do
  cmake --build "$BUILD" --target "$target" -j2 >"$TMP/build-$target.log" 2>&1 ||
    { echo "run.sh: $target did not build; its rows are skipped" >&2; tail -5 "$TMP/build-$target.log" >&2; }
done
SOLIEU="$BUILD/solieu"
STAGE_BENCH="$BUILD/bench/stage_bench"
ICU_WORDS="$BUILD/bench/icu_words"
GEN_FACTS="$BUILD/bench/gen_facts"

# --- (c) corpus ------------------------------------------------------------------------------
if [ ! -f "$CORPUS/.complete" ]; then
  command -v python3 >/dev/null 2>&1 || { echo "run.sh: no corpus in $CORPUS and no python3 to write one" >&2; exit 2; }
  rm -rf "$CORPUS"
  python3 "$ROOT/bench/gen_corpus.py" --out "$CORPUS" --mb "$MB"
  touch "$CORPUS/.complete"
fi
BYTES=$(find "$CORPUS" -type f \( -name '*.txt' -o -name '*.md' \) -printf '%s\n' | awk '{s += $1} END {print s + 0}')
FILES=$(find "$CORPUS" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
CORPUS_MB=$(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b / 1e6}')

# --- (d) measure -----------------------------------------------------------------------------
load1() { cut -d' ' -f1 /proc/loadavg; }

# measure OUT CMD...: runs CMD with stdout to OUT and stderr to $TMP/err; sets WALL and CPU
# (user + system, s, the process and its threads), PEAK (MB), LOAD (1-minute load average when
# it started) and STATUS. CPU is the steadier figure on a shared machine: others' builds
# lengthen the wall clock, not our CPU seconds.
measure() {
  local out="$1"; shift
  STATUS=0
  LOAD=$(load1)
  if [ -x "$GNU_TIME" ]; then
    local start end
    start=$(date +%s.%N)
    "$GNU_TIME" -f '%U %S %M' -o "$TMP/time" "$@" >"$out" 2>"$TMP/err" || STATUS=$?
    end=$(date +%s.%N)
    WALL=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}')
    # A failing command adds a "Command exited with non-zero status" line first.
    read -r user sys kib < <(tail -n 1 "$TMP/time")
    CPU=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
    PEAK=$(awk -v k="$kib" 'BEGIN {printf "%.1f", k / 1024}')
  else
    python3 - "$TMP" "$out" "$@" <<'EOF' || STATUS=$?
import resource, subprocess, sys, time
tmp, out_path, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
start = time.monotonic()
with open(out_path, "wb") as out, open(f"{tmp}/err", "wb") as err:
    try:
        code = subprocess.run(cmd, stdout=out, stderr=err).returncode
    except OSError as e:  # the command could not start: a row that says so, not a crash
        err.write(f"{cmd[0]}: {e}\n".encode())
        code = 127
wall = time.monotonic() - start
r = resource.getrusage(resource.RUSAGE_CHILDREN)
open(f"{tmp}/measure", "w").write(f"{wall:.2f} {r.ru_utime + r.ru_stime:.2f} {r.ru_maxrss / 1024:.1f}\n")
sys.exit(code)
EOF
    WALL=- CPU=- PEAK=-
    [ ! -s "$TMP/measure" ] || read -r WALL CPU PEAK <"$TMP/measure"
    rm -f "$TMP/measure"
  fi
}

# Rows of the summary, and the per-core MB/s of each contender the goals compare (by label).
ROWS=()
declare -A CORE_MBPS
mbps() { awk -v b="$BYTES" -v s="$1" 'BEGIN {if (s > 0) printf "%.1f", b / 1e6 / s; else print "-"}'; }
row() {  # key, label, note: one row from the last measure
  local wall_mbps core_mbps
  wall_mbps=$(mbps "$WALL")
  core_mbps=$(mbps "$CPU")
  CORE_MBPS[$1]=$core_mbps
  ROWS+=("$(printf '%-38s %8s %8s %8s %9s %8s %5s  %s' "$2" "$WALL" "$CPU" "$wall_mbps" "$core_mbps" "$PEAK" "$LOAD" "$3")")
}
row_without_mbps() {  # label, note: a row whose input is not the corpus (gen_facts)
  ROWS+=("$(printf '%-38s %8s %8s %8s %9s %8s %5s  %s' "$1" "$WALL" "$CPU" "-" "-" "$PEAK" "$LOAD" "$2")")
}
failed() { echo "exit $STATUS: $(head -c 160 "$TMP/err" | tr '\n' ' ')"; }

# Numbers with a unit or counted noun, with an optional qualifier: what solieu's number grammar
# finds first, written as one regular expression ("hơn 1,48 tỷ USD", "1.967 ha", "75,6%").
# No \b: a Unicode word boundary sends ripgrep 13 off its DFA (about 3 MB/s instead of 50), so
# the qualifier's left edge is spelled as a line start, space or parenthesis ("nước 1.769" is no "ước").
QUAL='(?:(?:^|[ (])(?:khoảng|hơn|gần|trên|dưới|xấp xỉ|ước tính|ước) )?'
NUM='[0-9]+(?:[.,][0-9]+)*'
MAG='(?: (?:nghìn|ngàn|triệu|tỷ|tỉ))*'
UNIT='(?:%| ?(?:ha|héc-ta|hecta|đồng|USD|KCN|CCN|khu công nghiệp|cụm công nghiệp|dự án|lao động|doanh nghiệp|người))'
PATTERN="$QUAL$NUM$MAG$UNIT"

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
echo "run.sh: measuring $FILES files, $CORPUS_MB MB in $CORPUS (load average $LOAD_START)" >&2

if [ -x "$SOLIEU" ]; then
  # The fact sheet goes to a file, as a user would write it: -o for one job, stdout for all.
  measure "$TMP/stdout" "$SOLIEU" extract "$CORPUS" --jobs 1 -o "$TMP/extract1.json" --quiet
  if [ "$STATUS" = 0 ]; then
    row extract1 "solieu extract --jobs 1 -o FILE" "$(wc -c <"$TMP/extract1.json") bytes of JSON"
  else
    row extract1 "solieu extract --jobs 1 -o FILE" "$(failed)"
  fi
  measure "$TMP/extractN.json" "$SOLIEU" extract "$CORPUS" --jobs "$JOBS" --quiet
  if [ "$STATUS" = 0 ]; then
    same="differs from --jobs 1!"
    cmp -s "$TMP/extractN.json" "$TMP/extract1.json" && same="same bytes as --jobs 1"
    row extractN "solieu extract --jobs $JOBS > FILE" "$(wc -c <"$TMP/extractN.json") bytes, $same"
  else
    row extractN "solieu extract --jobs $JOBS > FILE" "$(failed)"
  fi
  rm -f "$TMP/extract1.json" "$TMP/extractN.json"
  # Exit 1 is the expected answer: the corpus's perturbed figures contradict each other.
  measure "$TMP/stdout" "$SOLIEU" check "$CORPUS" --jobs "$JOBS" --format json -o "$TMP/check.json" --quiet
  if [ "$STATUS" -le 1 ] && [ -f "$TMP/check.json" ]; then
    findings=$(grep -o '"rule": *"' "$TMP/check.json" | wc -l || true)
    row checkN "solieu check --jobs $JOBS --format json" "exit $STATUS (1 expected), $(wc -c <"$TMP/check.json") bytes, ~$findings findings"
  else
    row checkN "solieu check --jobs $JOBS --format json" "$(failed)"
  fi
  rm -f "$TMP/check.json"
fi
if command -v rg >/dev/null 2>&1; then
  for threads in 1 "$JOBS"; do
    measure "$TMP/rg.out" rg -o --no-filename --no-line-number -j "$threads" -e "$PATTERN" "$CORPUS"
    row "rg$threads" "rg -o number+unit (-j $threads)" "$(wc -l <"$TMP/rg.out") matches"
  done
  rm -f "$TMP/rg.out"
fi
ICU_BREAKS=""
if [ -x "$ICU_WORDS" ]; then
  measure "$TMP/icu.txt" "$ICU_WORDS" "$CORPUS"
  # The breaks alone, read time apart: CPU MB/s from icu_words' own "icu word breaks" row.
  ICU_BREAKS=$(awk '/^icu word breaks/ {print $NF}' "$TMP/icu.txt")
  row icu "icu_words (BreakIterator, 1 core)" "$(sed -n 1p "$TMP/icu.txt" | sed 's/^icu_words: [0-9]* files, [0-9.]* MB, //'); breaks alone ${ICU_BREAKS:-?} MB/s cpu"
fi
if [ "$STAGES" = 1 ] && [ -x "$STAGE_BENCH" ]; then
  measure "$TMP/stages.txt" "$STAGE_BENCH" "$CORPUS"
  [ "$STATUS" = 0 ] || echo "stage_bench: $(failed)" >>"$TMP/stages.txt"
fi
RULES_LINE=""
if [ -x "$GEN_FACTS" ]; then
  # The rules on every core, as `solieu check` runs them (--jobs, default the number of cores).
  measure "$TMP/facts.txt" timeout "${GEN_FACTS_TIMEOUT:-600}" "$GEN_FACTS" --facts "$FACTS" --jobs "$JOBS"
  RULES_LINE=$(grep '^rules: ' "$TMP/facts.txt" | tail -n 1 || true)
  if [ "$STATUS" = 124 ]; then
    row_without_mbps "gen_facts (rules, $FACTS facts, --jobs $JOBS)" "timed out after ${GEN_FACTS_TIMEOUT:-600} s"
  elif [ "$STATUS" != 0 ]; then
    row_without_mbps "gen_facts (rules, $FACTS facts, --jobs $JOBS)" "$(failed)"
  else
    row_without_mbps "gen_facts (rules, $FACTS facts, --jobs $JOBS)" "${RULES_LINE:-no 'rules:' line}"
  fi
fi
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

# --- (e) report: details first, the summary last ---------------------------------------------
if [ -f "$TMP/icu.txt" ]; then echo; echo "== icu_words"; cat "$TMP/icu.txt"; fi
if [ -f "$TMP/stages.txt" ]; then echo; echo "== stage_bench (in-process, one core)"; cat "$TMP/stages.txt"; fi
if [ -f "$TMP/facts.txt" ]; then echo; echo "== gen_facts ($FACTS facts)"; cat "$TMP/facts.txt"; fi

# goal NAME OK TEXT: one "goal ... met/not met" line; OK is 1, 0 or "" (could not be measured).
goal() {
  local verdict="not measured"
  [ "$2" = 1 ] && verdict="met"
  [ "$2" = 0 ] && verdict="not met"
  printf 'goal %-34s %-13s %s\n' "$1" "$verdict" "$3"
}
ge() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "" || b == "" || a == "-" || b == "-" || a == "?" || b == "?") print ""; else print (a + 0 >= b + 0) ? 1 : 0}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "" || b == "" || a == "-" || b == "-" || b + 0 == 0) print "?"; else printf "%.1f", a / b}'; }

summary() {
  echo "== summary: $FILES files, $CORPUS_MB MB ($CORPUS); $JOBS cores, $(uname -m);" \
    "$(basename "$BUILD") ($build_type); $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet 2>/dev/null || echo '+changes'); $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "load average $LOAD_START at the start, $LOAD_END at the end (1, 5, 15 min); MB/s/core = MB / CPU s"
  echo
  printf '%-38s %8s %8s %8s %9s %8s %5s  %s\n' "contender" "wall s" "CPU s" "MB/s" "MB/s/core" "peak MB" "load" "note"
  printf '%-38s %8s %8s %8s %9s %8s %5s  %s\n' "---------" "------" "-----" "----" "---------" "-------" "----" "----"
  for r in "${ROWS[@]}"; do echo "$r"; done
  echo
  local sol="${CORE_MBPS[extract1]:-}" solN="${CORE_MBPS[extractN]:-}" rg="${CORE_MBPS[rg1]:-}" icu="${CORE_MBPS[icu]:-}"
  local r
  r=$(ratio "$rg" "$sol")
  local rg_text="rg ${rg:-?} vs solieu extract --jobs 1 ${sol:-?} MB/s/core: rg is ${r}x faster"
  [ -n "$rg" ] || rg_text="no rg -o figure (ripgrep missing, or it failed)"
  goal "solieu within 3x of rg -o (1 thread)" "$(ge 3 "$r")" "$rg_text"
  goal "solieu faster than ICU BreakIterator" "$(ge "$sol" "${ICU_BREAKS:-}")" \
    "solieu ${sol:-?} vs ICU word breaks alone ${ICU_BREAKS:-?} MB/s cpu (icu_words with reading: ${icu:-?} MB/s/core)"
  goal "solieu >= 150 MB/s per core" "$(ge "$sol" 150)" \
    "extract --jobs 1 ${sol:-?} MB/s/core; --jobs $JOBS ${solN:-?} MB/s/core"
  local rules_ok="" rules_s
  rules_s=$(echo "$RULES_LINE" | sed -n 's/^rules: \([0-9]*\) facts, \([0-9.]*\) s.*/\1 \2/p')
  if [ -n "$rules_s" ]; then
    # shellcheck disable=SC2086
    rules_ok=$(set -- $rules_s; awk -v n="$1" -v s="$2" 'BEGIN {if (n >= 1000000) print (s < 2) ? 1 : 0}')
  fi
  goal "rules: 1,000,000 facts under 2 s" "$rules_ok" "${RULES_LINE:-gen_facts did not report} (project goal; needs --facts 1000000)"
  missing_note
}
echo
summary
if [ -n "$SUMMARY_FILE" ]; then summary >"$SUMMARY_FILE"; fi
