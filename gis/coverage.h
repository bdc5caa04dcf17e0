#pragma once

#include "core/error.h"
#include "gis/layerdata.h"

#include <QPointF>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace geisep {

// Infrastructure coverage per area (DESIGN.md, analyses): for each service, the part of each
// area within reach — a catchment distance around facility points, or given coverage polygons
// — with overlapping catchments counted once, the population inside it (spread evenly over the
// area), and the distance from the area's interior point to the nearest facility.
struct CoverageService
{
    QString name;                            // school, health, water, transit, …
    double distance = 0;                     // catchment radius in map units (metres), points only
    std::vector<QPointF> points;             // facilities
    const LayerGeometry *polygons = nullptr; // or given coverage polygons (all features)
};

struct CoverageRow
{
    std::size_t area = 0; // feature index in the areas layer
    QString service;
    double areaM2 = 0;
    double coveredM2 = 0;
    double coveredShare = 0; // 0–1
    double coveredPopulation = std::numeric_limits<double>::quiet_NaN();
    double nearest = std::numeric_limits<double>::quiet_NaN(); // points only
};

struct CoverageOptions
{
    int quadrantSegments = 16;      // of each catchment circle
    std::vector<double> population; // per area feature; empty or NaN: unknown
    bool indexed = true;            // false: every area against every catchment (reference)
    const std::atomic_bool *cancel = nullptr;
    std::function<void(int done, int total)> progress;
};

// One row per area and service, areas in feature order, services in the given order.
Result<std::vector<CoverageRow>> computeCoverage(const LayerGeometry &areas,
                                                 const std::vector<CoverageService> &services,
                                                 const CoverageOptions &options = {});

} // namespace geisep
