#!/usr/bin/env bash
# The sources follow .clang-format: lists each file clang-format would change, and fails.
# Fix with: find core gis app tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i
set -uo pipefail
cd "$1"
bad=()
while IFS= read -r -d '' f; do
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done < <(find core gis app tests \( -name '*.cpp' -o -name '*.h' \) -print0)
if ((${#bad[@]})); then
  printf 'not formatted by .clang-format: %s\n' "${bad[@]}"
  echo "Fix with: find core gis app tests -name '*.cpp' -o -name '*.h' | xargs clang-format -i"
  exit 1
fi
echo "all sources formatted"
