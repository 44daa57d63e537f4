#!/usr/bin/env bash
# Long fuzzing campaigns: runs every libFuzzer target of the sanitizer tree (or the ones named)
# for SECONDS each, JOBS at a time, growing the corpus in <build>/sanitize/tests/fuzz/corpus,
# and prints per target the executions, the coverage (edges and features) and any finding.
#
#   bash bench/fuzz/campaign.sh [--seconds N] [--jobs N] [target...]
#   bash bench/fuzz/campaign.sh --seconds 14400 --jobs 2        # four hours a target
#
# Needs the sanitizer tree that `bash scripts/test.sh` builds (or PRIVATECA_SANITIZER_DIR).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TREE="${PRIVATECA_SANITIZER_DIR:-$ROOT/build/sanitize}"
FUZZ="$TREE/tests/fuzz"
SECONDS_EACH=3600
JOBS="$(nproc)"
TARGETS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) SECONDS_EACH="$2"; shift 2 ;;
        --jobs) JOBS="$2"; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) TARGETS+=("$1"); shift ;;
    esac
done
if [ ! -d "$FUZZ" ]; then
    echo "error: no fuzz targets in $FUZZ; run bash scripts/test.sh first" >&2
    exit 1
fi
if [ "${#TARGETS[@]}" -eq 0 ]; then
    for binary in "$FUZZ"/fuzz_*; do
        [ -f "$binary" ] && [ -x "$binary" ] && TARGETS+=("$(basename "$binary" | sed 's/^fuzz_//')")
    done
fi
LOGS="$FUZZ/campaign-logs"
mkdir -p "$LOGS" "$FUZZ/artifacts"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen

run_target() {
    local name="$1"
    mkdir -p "$FUZZ/corpus/$name"
    "$FUZZ/fuzz_$name" -max_total_time="$SECONDS_EACH" -print_final_stats=1 -timeout=25 \
        -rss_limit_mb=2560 -max_len=65536 -artifact_prefix="$FUZZ/artifacts/$name-" \
        "$FUZZ/corpus/$name" "$ROOT/tests/fuzz/corpus/$name" >"$LOGS/$name.log" 2>&1
}

echo "Fuzzing ${#TARGETS[@]} targets for ${SECONDS_EACH} s each, $JOBS at a time (logs: $LOGS)"
pids=()
names=()
for name in "${TARGETS[@]}"; do
    run_target "$name" &
    pids+=($!)
    names+=("$name")
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do
        wait -n || true
    done
done
failed=0
for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || failed=1
done

printf '%-20s %14s %10s %8s %8s  %s\n' target executions exec/s edges features result
for name in "${TARGETS[@]}"; do
    log="$LOGS/$name.log"
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}' | tail -1)
    rate=$(grep -o 'stat::average_exec_per_sec: [0-9]*' "$log" | awk '{print $2}' | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | grep -o 'cov: [0-9]* ft: [0-9]*' | tail -1)
    edges=$(echo "$last" | awk '{print $2}')
    features=$(echo "$last" | awk '{print $4}')
    if grep -qE 'ERROR: (libFuzzer|AddressSanitizer|UndefinedBehaviorSanitizer|LeakSanitizer)|runtime error|FINDING' "$log"; then
        result="FINDING: $(grep -m1 -E 'FINDING|SUMMARY' "$log" | cut -c1-100)"
        failed=1
    else
        result=clean
    fi
    printf '%-20s %14s %10s %8s %8s  %s\n' "$name" "${execs:-?}" "${rate:-?}" "${edges:-?}" \
        "${features:-?}" "$result"
done
exit "$failed"
