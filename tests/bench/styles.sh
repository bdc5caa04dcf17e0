#!/usr/bin/env bash
# Style benchmark (issue 19): the 4-province mahalle layer (4,458 polygons, ~1.29 M vertices)
# drawn by `geisep-cli render` at full extent, 1920×1080, in every default style and the user
# styles a planner can pick in the style dialog (outline widths from hairline to 5 px, fills,
# fill opacity, a translucent outline, graduated colours with a wide outline), and zoomed to
# Şahinbey with and without labels (the halos). Prints each style's median of 20 frames, its
# ratio to the fastest style in the same run (the goal: every style within 1.5×), and the naive
# reference (every vertex through QPainter's own stroker, one thread, no index) for the default.
# The render itself runs on as many threads as the machine has, as the window does.
# Usage: tests/bench/styles.sh [BUILD_DIR]
set -euo pipefail
BUILD=${1:-build}
DATA=$(dirname "$0")/../../data # the repository's own copy (data/SOURCES.md)
CLI="$BUILD/app/geisep-cli"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
P="$TMP/styles.gpkg"
"$CLI" new "$P" --name styles --crs EPSG:5256 >/dev/null 2>&1
"$CLI" import "$P" "$DATA/tr_4prov_mahalle.geojson.gz" --role muhtar_district --as Mahalle \
  >/dev/null 2>&1
LAYER=$(sqlite3 "$P" "SELECT id FROM geisep_layers WHERE name = 'Mahalle'")
TABLE=$(sqlite3 "$P" "SELECT table_name FROM geisep_layers WHERE name = 'Mahalle'")
# Şahinbey's extent, from the district layer's R-tree (the district layer is not drawn).
"$CLI" import "$P" "$DATA/tr_4prov_ilce.geojson.gz" --role reference --as Ilceler >/dev/null 2>&1
ILCE=$(sqlite3 "$P" "SELECT table_name FROM geisep_layers WHERE name = 'Ilceler'")
EXTENT=$(sqlite3 "$P" "SELECT r.minx || ',' || r.miny || ',' || r.maxx || ',' || r.maxy
  FROM rtree_${ILCE}_geom r JOIN \"$ILCE\" d ON d.fid = r.id WHERE d.name = 'Şahinbey'")

# name|style JSON (as the style dialog saves it)
STYLES=(
  "muhtar district (default): 0.8 px outline, labels|{\"kind\":\"single\",\"fill\":\"#00f4f1ea\",\"stroke\":\"#3b5b7a\",\"strokeWidth\":0.8,\"label\":\"area.name\"}"
  "migrant area (default): graduated fill, 0.5 px|{\"kind\":\"graduated\",\"field\":\"derived.density\",\"method\":\"jenks\",\"classes\":5,\"ramp\":\"YlOrRd\",\"stroke\":\"#808080\",\"strokeWidth\":0.5,\"label\":\"area.name\"}"
  "reference (default): 2.2 px outline|{\"kind\":\"single\",\"fill\":\"#00000000\",\"stroke\":\"#555555\",\"strokeWidth\":2.2}"
  "basemap (default): grey fill, 0.5 px|{\"kind\":\"single\",\"fill\":\"#eeeeee\",\"stroke\":\"#bbbbbb\",\"strokeWidth\":0.5}"
  "no outline, fill only|{\"kind\":\"single\",\"fill\":\"#9ecae1\",\"stroke\":\"#00000000\",\"strokeWidth\":0}"
  "1 px outline|{\"kind\":\"single\",\"fill\":\"#00000000\",\"stroke\":\"#333333\",\"strokeWidth\":1.0}"
  "1.5 px outline|{\"kind\":\"single\",\"fill\":\"#00000000\",\"stroke\":\"#333333\",\"strokeWidth\":1.5}"
  "3 px outline|{\"kind\":\"single\",\"fill\":\"#00000000\",\"stroke\":\"#333333\",\"strokeWidth\":3.0}"
  "5 px outline|{\"kind\":\"single\",\"fill\":\"#00000000\",\"stroke\":\"#333333\",\"strokeWidth\":5.0}"
  "translucent 2.2 px outline|{\"kind\":\"single\",\"fill\":\"#00000000\",\"stroke\":\"#80333333\",\"strokeWidth\":2.2}"
  "fill at 50 % opacity, 1 px|{\"kind\":\"single\",\"fill\":\"#3182bd\",\"fillOpacity\":0.5,\"stroke\":\"#333333\",\"strokeWidth\":1.0}"
  "graduated fill, 2.2 px outline|{\"kind\":\"graduated\",\"field\":\"derived.density\",\"method\":\"quantile\",\"classes\":7,\"ramp\":\"viridis\",\"stroke\":\"#222222\",\"strokeWidth\":2.2}"
)

setStyle() {
  sqlite3 "$P" "DELETE FROM geisep_styles WHERE layer_id = $LAYER;
    INSERT INTO geisep_styles (layer_id, name, definition, is_current) VALUES ($LAYER, 'bench', '$1', 1);"
}

frame() { # extra render arguments…; prints the median frame time in ms
  "$CLI" render "$P" -o "$TMP/f.png" --layers Mahalle --repeat 20 "$@" 2>/dev/null \
    | sed -n 's/^Frame: \([0-9.]*\) ms.*/\1/p'
}

declare -a NAMES TIMES
for entry in "${STYLES[@]}"; do
  NAMES+=("${entry%%|*}")
  setStyle "${entry#*|}"
  TIMES+=("$(frame)")
done
FASTEST=$(printf '%s\n' "${TIMES[@]}" | sort -g | head -1)
echo "Full extent, 1920×1080, median of 20 frames (fastest $FASTEST ms):"
for i in "${!NAMES[@]}"; do
  awk -v n="${NAMES[$i]}" -v t="${TIMES[$i]}" -v f="$FASTEST" \
    'BEGIN { printf "  %-52s %7.1f ms  %5.2f× the fastest\n", n, t, t / f }'
done
setStyle "${STYLES[0]#*|}"
echo "The default style against the naive reference (same frame):"
"$CLI" render "$P" -o "$TMP/f.png" --layers Mahalle --repeat 20 --compare-naive 2>/dev/null \
  | sed 's/^/  /'
if [ -n "$EXTENT" ]; then
  WITH=$(frame --extent "$EXTENT")
  setStyle '{"kind":"single","fill":"#00f4f1ea","stroke":"#3b5b7a","strokeWidth":0.8}'
  WITHOUT=$(frame --extent "$EXTENT")
  awk -v a="$WITH" -v b="$WITHOUT" 'BEGIN { printf "Zoomed to Şahinbey: with labels and their halos %.1f ms, without %.1f ms (%.2f×)\n", a, b, a / b }'
fi
