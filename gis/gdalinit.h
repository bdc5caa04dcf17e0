#pragma once

namespace geisep {

// Registers GDAL's drivers once per process (thread-safe); every gis entry point that opens a
// file through GDAL calls it first.
void ensureGdal();

} // namespace geisep
