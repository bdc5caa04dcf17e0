#!/usr/bin/env bash
# Render benchmark: the 4-province mahalle layer (4,458 polygons, ~1.29 M vertices) drawn by
# `geisep-cli render` at full extent, 1920×1080, against the same frame drawn naively (one
# thread, every vertex, no index, no simplification) in the same process; then the frame
# zoomed to one district (Şahinbey). Prints medians of 20 frames and the ratios.
# Usage: tests/bench/render.sh [BUILD_DIR]
set -euo pipefail
BUILD=${1:-build}
DATA=$(dirname "$0")/../../data # the repository's own copy (data/SOURCES.md)
CLI="$BUILD/app/geisep-cli"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
P="$TMP/bench.gpkg"
"$CLI" new "$P" --name bench --crs EPSG:5256 >/dev/null
"$CLI" import "$P" "$DATA/tr_4prov_mahalle.geojson.gz" --role muhtar_district --as Mahalle >/dev/null
"$CLI" import "$P" "$DATA/tr_4prov_ilce.geojson.gz" --role reference --as Ilceler >/dev/null
FID=$(sqlite3 "$P" "SELECT fid FROM $(sqlite3 "$P" "SELECT table_name FROM geisep_layers WHERE name = 'Ilceler'") WHERE name = 'Şahinbey'")
echo "full extent, mahalle only:"
"$CLI" render "$P" -o "$TMP/full.png" --layers Mahalle --repeat 20 --compare-naive 2>/dev/null
echo "zoomed to Şahinbey (fid $FID), mahalle and districts:"
"$CLI" render "$P" -o "$TMP/district.png" --zoom-to "Ilceler:$FID" --repeat 20 --compare-naive 2>/dev/null
