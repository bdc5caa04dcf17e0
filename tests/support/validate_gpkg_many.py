"""Runs GDAL's GeoPackage validator (Debian package python3-gdal) over several files in one
process. Exit 0 when every file passes; otherwise prints "FILE: error" lines and exits 1."""
import sys

sys.path.insert(0, "/usr/lib/python3/dist-packages/osgeo_utils/samples")
import validate_gpkg  # noqa: E402

failed = False
for path in sys.argv[1:]:
    try:
        errors = validate_gpkg.check(path, abort_at_first_error=False, warning_msg=False)
    except Exception as e:  # the validator raises on the first error in some paths
        errors = [(None, str(e))]
    for req, msg in errors or []:
        failed = True
        print(f"{path}: requirement {req}: {msg}")
sys.exit(1 if failed else 0)
