#pragma once

#include "core/error.h"
#include "core/gpkg.h"
#include "core/sqlite.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace geisep {

// A layer's geometry in flat arrays, for drawing and hit tests without one heap object per
// feature: all vertices in one array, rings as offsets into it, features as offsets into the
// rings, and a box per feature.
struct LayerGeometry
{
    enum class Kind { Points, Lines, Polygons };
    Kind kind = Kind::Polygons;
    qint64 layerId = 0;
    QString role;
    std::vector<double> xy;                  // x0, y0, x1, y1, …
    std::vector<std::uint32_t> ringStart;    // first vertex of each ring (+ one past the end)
    std::vector<std::uint32_t> featureStart; // first ring of each feature (+ one past the end)
    std::vector<Envelope> boxes;
    std::vector<qint64> fids;
    std::vector<QString> category; // e.g. the service type of infrastructure features
    Envelope extent;

    std::size_t featureCount() const { return fids.size(); }
};

// The feature under a map point: for polygons the one whose rings hold it (even-odd, so holes
// count), for points and lines the nearest within `tolerance` map units; the topmost (last)
// wins. nullopt when nothing is there.
std::optional<std::size_t> featureAt(const LayerGeometry &layer, double x, double y,
                                     double tolerance);

// Reads a feature table of the project into flat arrays.
Result<LayerGeometry> loadLayerGeometry(Database &db, const QString &table, qint64 layerId,
                                        const QString &role, const QString &categoryColumn = {});

} // namespace geisep
