#pragma once

#include "core/error.h"
#include "core/gpkg.h"
#include "core/layerrole.h"
#include "core/sqlite.h"
#include "gis/map/spatialindex.h"

#include <QPointF>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
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
    // Outlines stroked once (issue 19): neighbouring areas share their boundary, and drawing
    // each area's rings whole strokes it twice. Ring r's own outline is the runs of segments no
    // earlier ring has (the same two vertices, either way round), each the first and last vertex
    // of a polyline, in outlineRuns[outlineRunStart[r] .. outlineRunStart[r + 1]); a ring that
    // shares nothing has one run, itself whole (see ringWhole). Both empty when no ring shares.
    std::vector<std::uint32_t> outlineRunStart;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> outlineRuns;

    // Levels of detail (issue 19): for a large layer, copies with every vertex moved to the
    // centre of a grid cell of `gridSize` map units and repeats dropped, coarsest first. The
    // same vertex lands in the same cell from either side of a shared boundary, so neighbours
    // stay joined and their boundary is still stroked once. Features, boxes and ids as here.
    std::vector<std::shared_ptr<const LayerGeometry>> levels;
    double gridSize = 0; // of a level; 0 for the layer itself

    std::size_t featureCount() const { return fids.size(); }
    // The coarsest level whose grid is at most a quarter of a pixel of `unitsPerPixel` map
    // units (no more than 0.22 px from any vertex), or this geometry.
    const LayerGeometry &atScale(double unitsPerPixel) const;
    bool sharesEdges() const { return !outlineRunStart.empty(); }
    // Whether ring r's own outline is the whole ring (always so when no ring shares an edge).
    bool ringWhole(std::uint32_t r) const
    {
        return !sharesEdges()
               || (outlineRunStart[r + 1] - outlineRunStart[r] == 1
                   && outlineRuns[outlineRunStart[r]]
                          == std::pair(ringStart[r], ringStart[r + 1] - 1));
    }
    // Builds the index, label points, outline runs and levels once the arrays are filled.
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
