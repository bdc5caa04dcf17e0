#!/usr/bin/env bash
# National scale (issue 19): a layer of about 50,000 mahalle-like polygons (≈14 M vertices) made
# from the repository's four provinces (data/tr_4prov_mahalle.geojson.gz) tiled eleven times on a
# grid with ogr2ogr, each copy shifted by whole province widths and its names numbered, so it
# keeps the real data's shared boundaries, holes and multi-part mahalle. Then, each against a
# reference in the same run:
#   - import: `geisep-cli import` (CRS transform, validation, areas, index) against `ogr2ogr -f GPKG
#     -t_srs` of the same file;
#   - project open to first frame: the whole `geisep-cli render --repeat 1` process (open, read
#     every vertex, index, shared boundaries and levels of detail, one 1920×1080 frame, PNG);
#   - the full-extent frame and a frame zoomed to one province-sized view, medians of 5, against
#     the naive frame (one thread, every vertex, no index) in the same process;
#   - peak memory of that render process;
#   - QGIS 3.22 (Debian `apt-get install qgis python3-qgis`) opening and drawing the same layer at
#     the same size and views, with its peak memory, when it is installed; skipped otherwise.
# Usage: tests/bench/national.sh [BUILD_DIR]   (2 minutes, 5 with QGIS; 1 GB in a temporary folder)
set -euo pipefail
BUILD=${1:-build}
DATA=$(dirname "$0")/../../data # the repository's own copy (data/SOURCES.md)
CLI="$BUILD/app/geisep-cli"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
SRC="$TMP/national.gpkg"

# Eleven copies on a 4 × 3 grid of the four provinces' extent (6.3° × 4.4°).
SQL=""
t=0
for j in 0 1 2; do
  for i in 0 1 2 3; do
    [ "$t" -ge 11 ] && continue
    dx=$(awk -v i="$i" 'BEGIN { print (i - 1.5) * 6.3 }')
    dy=$(awk -v j="$j" 'BEGIN { print (j - 1) * 4.4 }')
    [ -n "$SQL" ] && SQL="$SQL UNION ALL "
    SQL="$SQL SELECT ST_Translate(geometry, $dx, $dy, 0) AS geometry, name || ' ($((t + 1)))' AS name,
      districtId FROM \"tr_4prov_mahalle.geojson\""
    t=$((t + 1))
  done
done
ogr2ogr -f GPKG "$SRC" "/vsigzip/$DATA/tr_4prov_mahalle.geojson.gz" -dialect SQLite -sql "$SQL" \
  -nln mahalle -nlt PROMOTE_TO_MULTI
FEATURES=$(sqlite3 "$SRC" "SELECT count(*) FROM mahalle")
echo "National layer: $FEATURES mahalle ($(du -m "$SRC" | cut -f1) MB GeoPackage)"

seconds() { # command…; prints its wall time in seconds
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }'
}

P="$TMP/project.gpkg"
"$CLI" new "$P" --name national --crs EPSG:5256 >/dev/null 2>&1
OURS=$(seconds "$CLI" import "$P" "$SRC" --role muhtar_district --as Mahalle)
REF=$(seconds ogr2ogr -f GPKG "$TMP/ref.gpkg" "$SRC" -t_srs EPSG:5256 -nln mahalle)
awk -v a="$OURS" -v b="$REF" 'BEGIN { printf "Import: %.2f s; ogr2ogr -f GPKG -t_srs: %.2f s (%.2f×)\n", a, b, a / b }'

OPEN=$(seconds "$CLI" render "$P" -o "$TMP/first.png" --layers Mahalle --repeat 1)
echo "Project open to first frame (the whole render process): $OPEN s"

render() { # extra arguments…; prints the render's report with its peak memory
  /usr/bin/time -f "Peak memory of the process: %M KB" "$CLI" render "$P" -o "$TMP/f.png" \
    --layers Mahalle --repeat 5 --compare-naive "$@" 2>&1 | grep -v XDG_RUNTIME | sed 's/^/  /'
}
echo "Full extent, 1920×1080:"
render | tee "$TMP/full.txt"
# A province-sized view (250 km × 150 km) in the copy shifted 3.15° west, south part.
echo "Zoomed to about one province:"
render --extent 300000,4070000,550000,4220000 | tee "$TMP/zoom.txt"
frameOf() { sed -n 's/^ *Frame: \([0-9.]*\) ms.*/\1/p' "$1"; }

# QGIS reads ogr2ogr's copy in the map's CRS (as the project holds it) with
# tests/bench/qgis_render.py, through Debian's own Python, where python3-qgis installs.
if /usr/bin/python3 -c 'import qgis.core' 2>/dev/null; then
  qgis() { # [extent]; prints QGIS's report and its peak memory
    QT_QPA_PLATFORM=offscreen /usr/bin/time -f "peak %M" /usr/bin/python3 \
      "$(dirname "$0")/qgis_render.py" "$TMP/ref.gpkg" "$@" 2>&1 | grep -E '^(first|frame|peak) '
  }
  echo "QGIS 3.22, the same layer from ogr2ogr's copy, 1920×1080 (mean of two frames after the first):"
  OURS_PEAK=$(sed -n 's/.*Peak memory of the process: \([0-9]*\) KB/\1/p' "$TMP/full.txt")
  qgis | awk -v open="$OPEN" -v frame="$(frameOf "$TMP/full.txt")" -v peak="$OURS_PEAK" '
    /^first/ { printf "  open to first frame: %.2f s (ours ÷ QGIS %.3f)\n", $2, open / $2 }
    /^frame/ { printf "  full-extent frame: %.1f ms (ours ÷ QGIS %.4f)\n", $2, frame / $2 }
    /^peak/  { printf "  peak memory: %d KB (ours ÷ QGIS %.2f)\n", $2, peak / $2 }'
  qgis 300000,4070000,550000,4220000 | awk -v frame="$(frameOf "$TMP/zoom.txt")" '
    /^frame/ { printf "  zoomed to about one province: %.1f ms (ours ÷ QGIS %.4f)\n", $2, frame / $2 }'
else
  echo "QGIS not installed (apt-get install qgis python3-qgis): its column is skipped."
fi
