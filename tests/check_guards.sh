#!/usr/bin/env bash
# No test waits on a person, and a missing data file fails fast: runs the hidden [.guards] tests
# of tests_app (each meant to fail) and one real test with the data folder pointed away, and
# checks that each fails within its time limit with a message that says why.
# Usage: check_guards.sh BUILD_DIR
set -uo pipefail
app=$1/tests/tests_app
gis=$1/tests/tests_gis
export QT_QPA_PLATFORM=offscreen GEISEP_TEST_MODAL_LIMIT_MS=2000
status=0
expect_failure() { # SECONDS PATTERN COMMAND...: fails within SECONDS, printing PATTERN
  local limit=$1 pattern=$2
  shift 2
  local start out code took
  start=$(date +%s)
  out=$(timeout "$limit" "$@" --warn NoTests 2>&1)
  code=$?
  took=$(($(date +%s) - start))
  if ((code == 124)); then
    echo "HUNG (over ${limit} s): $*"; status=1
  elif ((code == 0)); then
    echo "PASSED but should have failed: $*"; status=1
  elif ! grep -qF -- "$pattern" <<<"$out"; then
    echo "failed without saying \"$pattern\": $*"; echo "$out" | tail -20; status=1
  else
    echo "ok (${took} s): ${*: -1}"
  fi
}
expect_failure 30 "showed a message nobody expected" \
  "$app" "Guard: an error nobody expects fails the test at once"
expect_failure 30 "showed a message nobody expected: question" \
  "$app" "Guard: a question nobody answers fails the test and is answered no"
expect_failure 30 "Kimse kapatmıyor" \
  "$app" "Guard: a dialog nobody closes is rejected and fails the test"
export GEISEP_TEST_DATA_DIR=/nonexistent/geisep-data
expect_failure 30 "/nonexistent/geisep-data/tr_4prov_mahalle.geojson.gz" \
  "$app" "Guard: a missing data file fails the test naming the file"
expect_failure 60 "/nonexistent/geisep-data/tr_4prov_ilce.geojson.gz" \
  "$app" "A click inside a mahalle shows it in the area inspector"
expect_failure 60 "/nonexistent/geisep-data/tr_4prov_mahalle.geojson.gz" \
  "$gis" "The 4-province mahalle file imports whole\\, valid\\, with its area"
exit $status
