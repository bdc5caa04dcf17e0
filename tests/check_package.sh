#!/usr/bin/env bash
# Builds the .deb with CPack into a temporary folder and checks that it installs both programs,
# the desktop entry and the icon, and depends on the runtime libraries.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/geisep ./usr/bin/geisep-cli ./usr/share/applications/geisep.desktop \
         ./usr/share/icons/hicolor/scalable/apps/geisep.svg \
         ./usr/share/geisep/data/tr_4prov_mahalle.geojson.gz \
         ./usr/share/geisep/data/SOURCES.md; do
  grep -q " $f\$" <<<"$contents" || { echo "missing from $deb: $f"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libgdal libproj libgeos libqt6widgets6 libsqlite3; do
  grep -q "$lib" <<<"$depends" || { echo "$deb does not depend on $lib: $depends"; exit 1; }
done
echo "$(basename "$deb"): 6 files and runtime dependencies ok"
