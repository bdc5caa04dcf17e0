#pragma once

#include "core/error.h"
#include "gis/map/layerdata.h"

#include <QByteArray>
#include <QPointF>
#include <QString>

#include <atomic>
#include <functional>
#include <limits>
#include <vector>

namespace geisep {

// Infrastructure coverage per area (DESIGN.md, analyses): for each service, the part of each
// area within reach — a catchment distance around facility points, a buffer around network
// lines, or given coverage polygons — with overlapping catchments counted once, the population
// inside it, the distance from the area's interior point to the nearest facility, and the
// uncovered rest (the gap).
struct CoverageService
{
    QString name;                             // school, health, water, transit, …
    double distance = 0;                      // catchment radius / buffer in metres
    std::vector<QPointF> points;              // facilities
    const LayerGeometry *polygons = nullptr;  // given coverage polygons, taken as they are
    std::vector<std::size_t> polygonFeatures; // of `polygons`; empty: all of them
    std::vector<std::vector<QPointF>> lines;  // network lines, buffered by `distance`
};

struct CoverageRow
{
    std::size_t area = 0; // feature index in the areas layer
    QString service;
    double areaM2 = 0;
    double coveredM2 = 0;
    double coveredShare = 0; // 0–1
    double coveredPopulation = std::numeric_limits<double>::quiet_NaN();
    double nearest = std::numeric_limits<double>::quiet_NaN(); // to a point, line or polygon
    QByteArray gapWkb; // the uncovered part (ISO WKB), when CoverageOptions::gaps; may be empty
};

struct CoverageOptions
{
    int quadrantSegments = 16;      // of each catchment circle and buffer
    std::vector<double> population; // per area feature; empty or NaN: unknown
    // Population is spread evenly over an area unless a finer layer with counts is given
    // (buildings or residential blocks, points or polygons): then the area's population is
    // shared out by the counts of the finer features whose point lies in it, and the covered
    // population is the share of those inside the reach. Where the area's population is
    // unknown, the counts themselves are taken.
    const LayerGeometry *finer = nullptr;
    std::vector<double> finerCounts; // per finer feature
    bool gaps = false;               // fill CoverageRow::gapWkb
    bool indexed = true;             // false: every area against every catchment (reference)
    int threads = 0;                 // 0: as many as the machine has cores
    const std::atomic_bool *cancel = nullptr;
    // Called on the calling thread; `done` counts rows.
    std::function<void(int done, int total)> progress;
};

// One row per area and service, areas in feature order, services in the given order.
Result<std::vector<CoverageRow>> computeCoverage(const LayerGeometry &areas,
                                                 const std::vector<CoverageService> &services,
                                                 const CoverageOptions &options = {});

} // namespace geisep
