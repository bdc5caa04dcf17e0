#!/usr/bin/env bash
# Coverage benchmark (issue 6): 10,000 made-up mahalle, 5,000 facilities, four services; the
# indexed full run against the straightforward method on a subset, in the same process.
# Usage: tests/bench/coverage.sh [BUILD_DIR] [AREAS FACILITIES SUBSET]
set -euo pipefail
BUILD=${1:-build}
shift || true
ninja -C "$BUILD" geisep_bench_coverage >/dev/null
"$BUILD/tests/geisep_bench_coverage" "$@"
