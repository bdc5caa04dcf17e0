#!/usr/bin/env bash
# Atlas benchmark (issue 7): the sample project's Şahinbey + Şehitkamil fact-sheet atlas (330
# area pages, a cover and 2 contents pages) printed to one vector PDF by `geisep-cli print`,
# best of three runs, against the same atlas printed naively once (every feature of every layer
# drawn on every page, no spatial index) in the same script. Prints pages a second, the ratio, and the
# PDF's size.
# Usage: tests/bench/atlas.sh [BUILD_DIR]
set -euo pipefail
BUILD=${1:-build}
DATA=$(dirname "$0")/../../data # the repository's own copy (data/SOURCES.md)
CLI="$BUILD/app/geisep-cli"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
P="$TMP/ornek.gpkg"
"$CLI" sample "$P" --data "$DATA" >/dev/null 2>&1
run() { # prints the seconds of one print
  local start end
  start=$(date +%s.%N)
  "$CLI" print "$P" --layout "Mahalle bilgi kartı" -o "$TMP/atlas.pdf" --date 2026-12-02 "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
best() { # the fastest of three runs
  local b=""
  for _ in 1 2 3; do
    t=$(run "$@")
    if [[ -z $b ]] || (($(echo "$t < $b" | bc -l))); then b=$t; fi
  done
  echo "$b"
}
indexed=$(best)
pages=$(pdfinfo "$TMP/atlas.pdf" | awk '/^Pages:/ {print $2}')
size=$(stat -c %s "$TMP/atlas.pdf")
naive=$(run --naive) # one run: it takes over a minute
printf 'atlas: %d pages, %.1f MB\n' "$pages" "$(echo "$size / 1048576" | bc -l)"
printf 'indexed: %.2f s, %.1f pages a second (best of 3, whole command)\n' "$indexed" "$(echo "$pages / $indexed" | bc -l)"
printf 'naive:   %.2f s, %.1f pages a second\n' "$naive" "$(echo "$pages / $naive" | bc -l)"
printf 'ratio naive / indexed: %.2f\n' "$(echo "$naive / $indexed" | bc -l)"
