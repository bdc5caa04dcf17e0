#!/usr/bin/env bash
# The fuzz harnesses for longer than CI gives them: FUZZ_SECONDS each (default 600).
#   bash tests/bench/fuzz.sh        (builds build-fuzz with clang 19 if needed)
set -euo pipefail
cd "$(dirname "$0")/../.."
./setup.sh fuzz "${FUZZ_SECONDS:-600}"
