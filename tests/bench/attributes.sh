#!/usr/bin/env bash
# Attribute table benchmark (issue 16): 100,000 made-up mahalle in a project, opened, scrolled,
# sorted and filtered in the attribute table's model, against reading the whole table first.
# Usage: tests/bench/attributes.sh [BUILD_DIR] [FEATURES]
set -euo pipefail
BUILD=${1:-build}
shift || true
ninja -C "$BUILD" geisep_bench_attributes >/dev/null
"$BUILD/tests/geisep_bench_attributes" "$@"
