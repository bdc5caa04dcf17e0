#!/usr/bin/env bash
# Runs every libFuzzer harness of a GEISEP_FUZZ build for a fixed time each.
#   tests/fuzz/run.sh BUILD_DIR [SECONDS per harness, default 20]
# Each starts from its seeds (tests/fuzz/corpus/NAME, left unchanged: new inputs go to a
# temporary folder) and its regressions. A crash, a leak, a sanitizer report, a broken
# invariant, a hang over 10 s or 4 GB of memory fails the run; the input is kept under
# $FUZZ_ARTIFACTS (default build-fuzz/artifacts) and the command to replay it is printed.
set -euo pipefail
build=${1:?usage: run.sh BUILD_DIR [SECONDS]}
seconds=${2:-20}
here=$(cd "$(dirname "$0")" && pwd)
artifacts=${FUZZ_ARTIFACTS:-$build/artifacts}
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=()
total=0
printf '%-12s %10s %10s %8s %s\n' harness inputs "per sec" corpus result
for source in "$here"/fuzz_*.cpp; do
  name=$(basename "$source" .cpp)
  name=${name#fuzz_}
  mkdir -p "$work/$name"
  dirs=("$work/$name" "$here/corpus/$name")
  [[ -d $here/regressions/$name ]] && dirs+=("$here/regressions/$name")
  log="$work/$name.log"
  status=ok
  "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$artifacts/$name-" "${dirs[@]}" >"$log" 2>&1 ||
    status=FAILED
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  corpus=$(find "$work/$name" -type f | wc -l)
  total=$((total + runs))
  printf '%-12s %10s %10s %8s %s\n' "$name" "$runs" "$rate" "$corpus" "$status"
  if [[ $status != ok ]]; then
    failed+=("$name")
    tail -n 60 "$log"
    echo "Replay: $build/tests/fuzz/fuzz_$name $artifacts/$name-*  (then add the input to" \
      "tests/fuzz/regressions/$name/ with the fix)"
  fi
done
echo "fuzz: $total inputs tried in all, ${seconds} s a harness"
((${#failed[@]} == 0)) || { echo "fuzz: failed: ${failed[*]}" >&2; exit 1; }
