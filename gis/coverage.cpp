#include "gis/coverage.h"

#include "gis/geos.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace geisep {

namespace {

using geos::context;
using geos::GeometryPtr;

GeometryPtr ringPolygon(const LayerGeometry &g, std::size_t ring)
{
    GEOSContextHandle_t h = context();
    const std::uint32_t from = g.ringStart[ring], to = g.ringStart[ring + 1];
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(h, to - from + 1, 2);
    for (std::uint32_t v = from; v < to; ++v)
        GEOSCoordSeq_setXY_r(h, seq, v - from, g.xy[2 * v], g.xy[2 * v + 1]);
    // Closed whatever the source did.
    GEOSCoordSeq_setXY_r(h, seq, to - from, g.xy[2 * from], g.xy[2 * from + 1]);
    GEOSGeometry *shell = GEOSGeom_createLinearRing_r(h, seq);
    if (!shell)
        return {};
    return GeometryPtr(GEOSGeom_createPolygon_r(h, shell, nullptr, 0));
}

// A polygon feature of the flat arrays as a GEOS geometry: its rings combined even-odd (a ring
// inside another is a hole), as the renderer and featureArea read them.
GeometryPtr featurePolygon(const LayerGeometry &g, std::size_t f)
{
    GEOSContextHandle_t h = context();
    GeometryPtr result;
    for (std::uint32_t r = g.featureStart[f]; r < g.featureStart[f + 1]; ++r) {
        if (g.ringStart[r + 1] - g.ringStart[r] < 3)
            continue;
        GeometryPtr ring = ringPolygon(g, r);
        if (!ring)
            continue;
        if (!GEOSisValid_r(h, ring.get()))
            ring = geos::makeValidPolygonal(ring.get());
        if (!ring)
            continue;
        result = result ? GeometryPtr(GEOSSymDifference_r(h, result.get(), ring.get()))
                        : std::move(ring);
    }
    return result;
}

struct Catchments
{
    std::vector<GeometryPtr> shapes;
    GEOSSTRtree *tree = nullptr;
    GEOSSTRtree *points = nullptr;
    std::vector<GeometryPtr> pointGeoms;
    ~Catchments()
    {
        if (tree)
            GEOSSTRtree_destroy_r(context(), tree);
        if (points)
            GEOSSTRtree_destroy_r(context(), points);
    }
};

} // namespace

Result<std::vector<CoverageRow>> computeCoverage(const LayerGeometry &areas,
                                                 const std::vector<CoverageService> &services,
                                                 const CoverageOptions &options)
{
    GEOSContextHandle_t h = context();
    if (areas.kind != LayerGeometry::Kind::Polygons)
        return fail(QCoreApplication::translate("Coverage", "Coverage needs a layer of areas "
                                                            "(polygons)."));
    const std::size_t n = areas.featureCount();
    std::vector<GeometryPtr> areaShapes(n);
    std::vector<double> areaM2(n, 0);
    for (std::size_t f = 0; f < n; ++f) {
        areaShapes[f] = featurePolygon(areas, f);
        if (areaShapes[f])
            GEOSArea_r(h, areaShapes[f].get(), &areaM2[f]);
    }

    std::vector<CoverageRow> rows;
    rows.reserve(n * services.size());
    const int total = int(n * services.size());
    int done = 0;
    for (const CoverageService &service : services) {
        Catchments c;
        if (service.polygons) {
            for (std::size_t f = 0; f < service.polygons->featureCount(); ++f)
                if (GeometryPtr p = featurePolygon(*service.polygons, f))
                    c.shapes.push_back(std::move(p));
        } else {
            c.points = GEOSSTRtree_create_r(h, 10);
            for (const QPointF &p : service.points) {
                GeometryPtr point(GEOSGeom_createPointFromXY_r(h, p.x(), p.y()));
                c.shapes.emplace_back(
                    GEOSBuffer_r(h, point.get(), service.distance, options.quadrantSegments));
                GEOSSTRtree_insert_r(h, c.points, point.get(), point.get());
                c.pointGeoms.push_back(std::move(point));
            }
        }
        if (options.indexed) {
            c.tree = GEOSSTRtree_create_r(h, 10);
            for (GeometryPtr &s : c.shapes)
                GEOSSTRtree_insert_r(h, c.tree, s.get(), s.get());
        }
        for (std::size_t f = 0; f < n; ++f) {
            if (options.cancel && options.cancel->load())
                return fail(QCoreApplication::translate("Coverage", "Cancelled."));
            CoverageRow row;
            row.area = f;
            row.service = service.name;
            row.areaM2 = areaM2[f];
            const GEOSGeometry *area = areaShapes[f].get();
            if (area && areaM2[f] > 0) {
                // The catchments that may touch the area: through the index, or all of them.
                std::vector<const GEOSGeometry *> near;
                if (options.indexed) {
                    GEOSSTRtree_query_r(
                        h, c.tree, area,
                        [](void *item, void *data) {
                            static_cast<std::vector<const GEOSGeometry *> *>(data)->push_back(
                                static_cast<const GEOSGeometry *>(item));
                        },
                        &near);
                } else {
                    for (const GeometryPtr &s : c.shapes)
                        near.push_back(s.get());
                }
                if (!near.empty()) {
                    // The union of the near catchments cut to the area: overlaps count once.
                    std::vector<GEOSGeometry *> parts;
                    parts.reserve(near.size());
                    for (const GEOSGeometry *s : near)
                        parts.push_back(GEOSGeom_clone_r(h, s));
                    GeometryPtr collection(GEOSGeom_createCollection_r(
                        h, GEOS_GEOMETRYCOLLECTION, parts.data(), unsigned(parts.size())));
                    GeometryPtr reach(GEOSUnaryUnion_r(h, collection.get()));
                    GeometryPtr covered(reach ? GEOSIntersection_r(h, area, reach.get()) : nullptr);
                    double m2 = 0;
                    if (covered && GEOSArea_r(h, covered.get(), &m2))
                        row.coveredM2 = std::min(m2, areaM2[f]);
                }
                row.coveredShare = row.coveredM2 / areaM2[f];
            }
            if (f < options.population.size() && std::isfinite(options.population[f]))
                row.coveredPopulation = options.population[f] * row.coveredShare;
            if (c.points && !c.pointGeoms.empty() && f < areas.labelPoints.size()) {
                GeometryPtr from(GEOSGeom_createPointFromXY_r(h, areas.labelPoints[f].x(),
                                                              areas.labelPoints[f].y()));
                const auto *nearest = static_cast<const GEOSGeometry *>(
                    GEOSSTRtree_nearest_r(h, c.points, from.get()));
                double d = 0;
                if (nearest && GEOSDistance_r(h, from.get(), nearest, &d))
                    row.nearest = d;
            }
            rows.push_back(std::move(row));
            if (options.progress)
                options.progress(++done, total);
        }
    }
    return rows;
}

} // namespace geisep
