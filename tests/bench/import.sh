#!/usr/bin/env bash
# Import benchmark: geisep-cli importing the 4-province mahalle file (4,458 polygons, ~1.29 M
# vertices; read, reproject to TM36, GEOS validity check and repair, write with R-tree and area
# rows) against `ogr2ogr -makevalid` doing the same into a GeoPackage, in the same script.
# Prints the median of 5 runs of each and their ratio.  Usage: tests/bench/import.sh [BUILD_DIR]
set -euo pipefail
BUILD=${1:-build}
DATA=$(dirname "$0")/../../data # the repository's own copy (data/SOURCES.md)
SRC="$DATA/tr_4prov_mahalle.geojson.gz"
CLI="$BUILD/app/geisep-cli"
exec /usr/bin/python3 - "$CLI" "$SRC" <<'PY'
import os, statistics, subprocess, sys, tempfile, time
cli, src = sys.argv[1], sys.argv[2]
def timed(cmd):
    t = time.perf_counter(); subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); return time.perf_counter() - t
ours, ref = [], []
with tempfile.TemporaryDirectory() as tmp:
    for i in range(5):
        p = os.path.join(tmp, f"p{i}.gpkg")
        subprocess.run([cli, "new", p, "--name", "bench", "--crs", "EPSG:5256"], check=True, stdout=subprocess.DEVNULL)
        ours.append(timed([cli, "import", p, src, "--role", "muhtar_district"]))
        o = os.path.join(tmp, f"o{i}.gpkg")
        ref.append(timed(["ogr2ogr", "-f", "GPKG", o, "/vsigzip/" + os.path.abspath(src), "-t_srs", "EPSG:5256", "-makevalid", "-nlt", "PROMOTE_TO_MULTI"]))
a, b = statistics.median(ours), statistics.median(ref)
print(f"import 4-province mahalle: geisep-cli {a:.2f} s, ogr2ogr -makevalid {b:.2f} s, ratio {a/b:.2f} (median of 5)")
PY
