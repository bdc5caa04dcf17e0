#pragma once

#include "gis/analysis/coverage.h"
#include "gis/map/layerdata.h"

#include <vector>

namespace geisep {

// A made-up city for benchmarks and scale tests (issue 6): `areas` mahalle-like polygons that
// tile a 60 × 60 km square in metres (Voronoi cells of points crowded round three centres, their
// edges densified every 40 m so they carry as many vertices as real mahalle), a population per
// area, and `facilities` points shared out round-robin over school (1,000 m), health (1,000 m),
// water (500 m) and transit (500 m), placed near areas in proportion to their population. The
// same seed gives the same city on every machine.
struct SyntheticCity
{
    LayerGeometry areas;
    std::vector<double> population;
    std::vector<CoverageService> services;
};

SyntheticCity generateCity(int areas, int facilities, unsigned seed);

} // namespace geisep
