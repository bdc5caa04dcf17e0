#!/usr/bin/env bash
# The long random GUI run (issue 17): the seeded monkey of tests/app/test_monkey.cpp driving the
# real window offscreen for half an hour (GEISEP_MONKEY_SECONDS, default 1800), under ASan and
# UBSan when the sanitizer build is there (./setup.sh sanitize makes build-sanitize; it is
# preferred over BUILD_DIR unless GEISEP_MONKEY_PLAIN=1). Builds nothing. The seed is random
# unless GEISEP_MONKEY_SEED is set; it is printed first and last, with the events a second. A
# failure (a check, a crash, a sanitizer report, a hang) prints the seed and every event, keeps
# the log and exits non-zero; the same seed replays the run.
# Usage: tests/bench/monkey.sh [BUILD_DIR]     e.g. GEISEP_MONKEY_SECONDS=60 tests/bench/monkey.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-build}
SANITIZED=${SANITIZE_DIR:-$ROOT/build-sanitize}
if [[ -z ${GEISEP_MONKEY_PLAIN:-} && -x $SANITIZED/tests/tests_app ]]; then
  BUILD=$SANITIZED
fi
BUILD=$(cd "$BUILD" && pwd)
if [[ ! -x $BUILD/tests/tests_app ]]; then
  echo "monkey: no $BUILD/tests/tests_app; build it first (cmake --build $BUILD --target tests_app)" >&2
  exit 2
fi
if grep -q '^GEISEP_SANITIZE:BOOL=ON' "$BUILD/CMakeCache.txt" 2>/dev/null; then
  KIND="ASan+UBSan"
else
  KIND="no sanitizers"
fi
SECONDS_WANTED=${GEISEP_MONKEY_SECONDS:-1800}
SEED=${GEISEP_MONKEY_SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
LOGS=$(mktemp -d)
LOG="$LOGS/monkey-$SEED.log"
OUT="$LOGS/output.txt"
echo "monkey: seed $SEED, ${SECONDS_WANTED} s, $BUILD ($KIND)"

status=0
start=$(date +%s)
(
  cd "$BUILD/tests"
  # As ./setup.sh sanitize runs the tests: the first report ends the process.
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8 \
    GEISEP_MONKEY_SEED=$SEED GEISEP_MONKEY_SECONDS=$SECONDS_WANTED GEISEP_MONKEY_LOG=$LOG \
    ./tests_app "[monkey]"
) >"$OUT" 2>&1 || status=$?
took=$(($(date +%s) - start))
events=$(grep -c '^#[0-9]' "$LOG" 2>/dev/null || true)
rate=$(echo "scale=1; ${events:-0} / $((took > 0 ? took : 1))" | bc -l)

if ((status == 0)); then
  grep -E '^Monkey: seed [0-9]+: [0-9]+ events' "$OUT" || true
  echo "monkey: seed $SEED passed: $events events in $took s, $rate events a second ($KIND)"
  rm -rf "$LOGS"
  exit 0
fi
# What failed (a check, a sanitizer's report, Catch's summary) without the event log the test
# printed, then the last events; the whole log stays in its file.
awk '/^==== The events so far:/ {skip = 1; next} /^==== End of the monkey.s log/ {skip = 0} !skip' \
  "$OUT" | grep -v '^This plugin does not support' >&2 || true
echo "monkey: the last events:" >&2
tail -n 60 "$LOG" >&2 || true
echo "monkey: FAILED (exit $status), seed $SEED, after $events events in $took s ($rate events a second, $KIND)" >&2
echo "monkey: replay with GEISEP_MONKEY_SEED=$SEED GEISEP_MONKEY_SECONDS=$SECONDS_WANTED $0 $BUILD" >&2
echo "monkey: the whole log is $LOG, the test's output $OUT" >&2
exit 1
