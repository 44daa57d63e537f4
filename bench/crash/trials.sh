#!/usr/bin/env bash
# Crash trials as a benchmark: privateca-server killed with SIGKILL at a random instant under
# concurrent IssueCertificate / RevokeCertificate / TagCertificateAuthority load, restarted,
# and every acknowledged write and the audit trail checked, TRIALS times (default 200). The
# suite tests/client/tst_crash_trials.cpp runs the same with 10 trials in CTest.
#
#   bash bench/crash/trials.sh [TRIALS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BINARY="${PRIVATECA_BUILD_DIR:-$ROOT/build}/tests/client/tst_crash_trials"
if [ ! -x "$BINARY" ]; then
    echo "error: $BINARY is missing; build first (bash scripts/test.sh or run.sh)" >&2
    exit 1
fi
TRIALS="${1:-200}"
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
if PRIVATECA_CRASH_TRIALS="$TRIALS" QT_QPA_PLATFORM=offscreen "$BINARY" >"$LOG" 2>&1; then
    grep -E 'trials, .* acknowledged writes checked' "$LOG" | sed 's/^.*() //'
    echo "result: every acknowledged write survived $TRIALS SIGKILLs; the audit trail verified each time"
else
    grep -E 'FAIL|trial [0-9]+:' "$LOG" | tail -5
    echo "result: FAILED (full log: rerun with the same command)"
    exit 1
fi
