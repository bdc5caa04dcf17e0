#pragma once

#include "core/error.h"
#include "core/gpkg.h"
#include "core/layerrole.h"
#include "core/sqlite.h"
#include "gis/map/spatialindex.h"

#include <QPointF>
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
    LayerRole role = LayerRole::Reference;
    std::vector<double> xy;                  // x0, y0, x1, y1, …
    std::vector<std::uint32_t> ringStart;    // first vertex of each ring (+ one past the end)
    std::vector<std::uint32_t> featureStart; // first ring of each feature (+ one past the end)
    std::vector<Envelope> boxes;
    std::vector<qint64> fids;
    Envelope extent;
    SpatialIndex index;               // over `boxes`
    std::vector<QPointF> labelPoints; // polygons: a point inside each feature, for its label

    std::size_t featureCount() const { return fids.size(); }
    // Builds the index and label points once the arrays are filled.
    void finish();
    // Index of a feature id, or nullopt.
    std::optional<std::size_t> indexOfFid(qint64 fid) const;
};

// A point inside polygon feature f, away from its edges where possible: the middle of the widest
// inside stretch of a few horizontal scan lines (as GEOS's interior point does with one).
QPointF interiorPoint(const LayerGeometry &layer, std::size_t f);

// The area of polygon feature f in square map units: outer rings minus holes, a ring being a
// hole when it lies inside an odd number of the feature's larger rings.
double featureArea(const LayerGeometry &layer, std::size_t f);

// The feature under a map point: for polygons the one whose rings hold it (even-odd, so holes
// count), for points and lines the nearest within `tolerance` map units; the topmost (last)
// wins. nullopt when nothing is there.
std::optional<std::size_t> featureAt(const LayerGeometry &layer, double x, double y,
                                     double tolerance);

// Features that touch a polygon given in map units (a rectangle or a drawn polygon): a vertex
// of one inside the other, or crossing edges. Points are taken when inside. Ascending order.
std::vector<std::size_t> featuresIntersecting(const LayerGeometry &layer,
                                              const std::vector<QPointF> &polygon);

// Reads a feature table of the project into flat arrays.
Result<LayerGeometry> loadLayerGeometry(Database &db, const QString &table, qint64 layerId,
                                        LayerRole role);

} // namespace geisep
