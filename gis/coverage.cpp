#include "gis/coverage.h"

#include "gis/geos.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <thread>

namespace geisep {

namespace {

using geos::context;
using geos::GeometryPtr;
using geos::PreparedPtr;

GEOSCoordSequence *sequence(const double *xy, std::uint32_t count, bool close)
{
    GEOSContextHandle_t h = context();
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(h, count + (close ? 1 : 0), 2);
    for (std::uint32_t v = 0; v < count; ++v)
        GEOSCoordSeq_setXY_r(h, seq, v, xy[2 * v], xy[2 * v + 1]);
    if (close) // closed whatever the source did
        GEOSCoordSeq_setXY_r(h, seq, count, xy[0], xy[1]);
    return seq;
}

GeometryPtr ringPolygon(const LayerGeometry &g, std::size_t ring)
{
    GEOSContextHandle_t h = context();
    const std::uint32_t from = g.ringStart[ring], to = g.ringStart[ring + 1];
    GEOSGeometry *shell
        = GEOSGeom_createLinearRing_r(h, sequence(&g.xy[2 * from], to - from, true));
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

GeometryPtr lineString(const std::vector<QPointF> &line)
{
    static_assert(sizeof(QPointF) == 2 * sizeof(double));
    if (line.size() < 2)
        return {};
    GEOSContextHandle_t h = context();
    return GeometryPtr(GEOSGeom_createLineString_r(
        h, sequence(reinterpret_cast<const double *>(line.data()), std::uint32_t(line.size()),
                    false)));
}

void collect(void *item, void *data)
{
    static_cast<std::vector<const GEOSGeometry *> *>(data)->push_back(
        static_cast<const GEOSGeometry *>(item));
}

// One service's reach, built by each worker thread for itself (GEOS objects stay with the
// thread that made them): the catchment shapes, an index over them, and the facilities for
// the nearest-distance query.
struct Catchments
{
    std::vector<GeometryPtr> shapes;
    std::vector<GeometryPtr> facilities;
    GEOSSTRtree *tree = nullptr;
    GEOSSTRtree *nearest = nullptr;

    Catchments(const CoverageService &service, const CoverageOptions &options)
    {
        GEOSContextHandle_t h = context();
        auto facility = [&](GeometryPtr g, bool buffer) {
            if (!g)
                return;
            if (buffer)
                shapes.emplace_back(GEOSBuffer_r(h, g.get(), service.distance,
                                                 options.quadrantSegments));
            else
                shapes.emplace_back(GEOSGeom_clone_r(h, g.get()));
            facilities.push_back(std::move(g));
        };
        for (const QPointF &p : service.points)
            facility(GeometryPtr(GEOSGeom_createPointFromXY_r(h, p.x(), p.y())), true);
        for (const std::vector<QPointF> &line : service.lines)
            facility(lineString(line), true);
        if (service.polygons) {
            auto add = [&](std::size_t f) { facility(featurePolygon(*service.polygons, f), false); };
            if (service.polygonFeatures.empty())
                for (std::size_t f = 0; f < service.polygons->featureCount(); ++f)
                    add(f);
            else
                for (std::size_t f : service.polygonFeatures)
                    add(f);
        }
        std::erase_if(shapes, [](const GeometryPtr &s) { return !s; });
        tree = GEOSSTRtree_create_r(h, 10);
        for (GeometryPtr &s : shapes)
            GEOSSTRtree_insert_r(h, tree, s.get(), s.get());
        nearest = GEOSSTRtree_create_r(h, 10);
        for (GeometryPtr &g : facilities)
            GEOSSTRtree_insert_r(h, nearest, g.get(), g.get());
    }
    ~Catchments()
    {
        GEOSSTRtree_destroy_r(context(), tree);
        GEOSSTRtree_destroy_r(context(), nearest);
    }
    Catchments(const Catchments &) = delete;
    Catchments &operator=(const Catchments &) = delete;
};

// The part of the area within reach: the catchments near it through the index, a catchment
// that holds the whole area taken at once, else the union of the near ones (overlaps count
// once) cut to the area.
GeometryPtr reachIndexed(const Catchments &c, const GEOSGeometry *area,
                         const GEOSPreparedGeometry *prepared)
{
    GEOSContextHandle_t h = context();
    std::vector<const GEOSGeometry *> near;
    GEOSSTRtree_query_r(h, c.tree, area, collect, &near);
    std::erase_if(near, [&](const GEOSGeometry *g) {
        return GEOSPreparedIntersects_r(h, prepared, g) != 1;
    });
    if (near.empty())
        return {};
    for (const GEOSGeometry *g : near)
        if (GEOSPreparedCoveredBy_r(h, prepared, g) == 1)
            return GeometryPtr(GEOSGeom_clone_r(h, area));
    GeometryPtr all;
    if (near.size() == 1) {
        all.reset(GEOSGeom_clone_r(h, near.front()));
    } else {
        std::vector<GEOSGeometry *> parts;
        parts.reserve(near.size());
        for (const GEOSGeometry *g : near)
            parts.push_back(GEOSGeom_clone_r(h, g));
        GeometryPtr collection(GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                           unsigned(parts.size())));
        all.reset(GEOSUnaryUnion_r(h, collection.get()));
    }
    return GeometryPtr(all ? GEOSIntersection_r(h, area, all.get()) : nullptr);
}

// The straightforward method, the benchmark's reference: the area intersected with every
// catchment, the non-empty pieces unioned.
GeometryPtr reachNaive(const Catchments &c, const GEOSGeometry *area)
{
    GEOSContextHandle_t h = context();
    std::vector<GEOSGeometry *> pieces;
    for (const GeometryPtr &shape : c.shapes) {
        GEOSGeometry *piece = GEOSIntersection_r(h, area, shape.get());
        if (piece && GEOSisEmpty_r(h, piece) == 0)
            pieces.push_back(piece);
        else if (piece)
            GEOSGeom_destroy_r(h, piece);
    }
    if (pieces.empty())
        return {};
    GeometryPtr collection(GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, pieces.data(),
                                                       unsigned(pieces.size())));
    return GeometryPtr(GEOSUnaryUnion_r(h, collection.get()));
}

// The polygons of a geometry as one MULTIPOLYGON (a gap layer holds one geometry type).
GeometryPtr asMultiPolygon(const GEOSGeometry *g)
{
    GEOSContextHandle_t h = context();
    std::vector<GEOSGeometry *> polygons;
    const int n = GEOSGetNumGeometries_r(h, g);
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry *part = GEOSGetGeometryN_r(h, g, i);
        if (GEOSGeomTypeId_r(h, part) == GEOS_POLYGON && GEOSisEmpty_r(h, part) == 0)
            polygons.push_back(GEOSGeom_clone_r(h, part));
    }
    if (polygons.empty())
        return {};
    return GeometryPtr(GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polygons.data(),
                                                   unsigned(polygons.size())));
}

// The points standing for the finer layer's features: a point feature's first vertex, a
// polygon's interior point.
std::vector<QPointF> finerPoints(const LayerGeometry &finer)
{
    std::vector<QPointF> out(finer.featureCount());
    for (std::size_t f = 0; f < out.size(); ++f) {
        if (finer.kind == LayerGeometry::Kind::Polygons && f < finer.labelPoints.size()) {
            out[f] = finer.labelPoints[f];
        } else {
            const std::uint32_t v = finer.ringStart[finer.featureStart[f]];
            out[f] = QPointF(finer.xy[2 * v], finer.xy[2 * v + 1]);
        }
    }
    return out;
}

struct Shared
{
    const LayerGeometry &areas;
    const std::vector<CoverageService> &services;
    const CoverageOptions &options;
    std::vector<QPointF> finer;
    std::vector<CoverageRow> &rows;
    std::atomic<std::size_t> next{0};
    std::atomic<int> done{0};
    std::atomic_bool stop{false};
};

bool cancelled(const Shared &s)
{
    return s.stop.load() || (s.options.cancel && s.options.cancel->load());
}

void computeArea(Shared &s, std::vector<std::unique_ptr<Catchments>> &catchments, std::size_t f)
{
    GEOSContextHandle_t h = context();
    const CoverageOptions &options = s.options;
    GeometryPtr area = featurePolygon(s.areas, f);
    double areaM2 = 0;
    if (area)
        GEOSArea_r(h, area.get(), &areaM2);
    PreparedPtr prepared(area && areaM2 > 0 ? GEOSPrepare_r(h, area.get()) : nullptr);
    const double population
        = f < options.population.size() ? options.population[f] : std::nan("");

    // The finer features whose point lies in the area, once for all services.
    std::vector<std::pair<GeometryPtr, double>> inside;
    double insideCount = 0;
    if (options.finer && prepared) {
        for (std::uint32_t i : options.finer->index.query(s.areas.boxes[f])) {
            const QPointF p = s.finer[i];
            GeometryPtr point(GEOSGeom_createPointFromXY_r(h, p.x(), p.y()));
            const double count = i < options.finerCounts.size() ? options.finerCounts[i] : 0;
            if (count > 0 && GEOSPreparedIntersects_r(h, prepared.get(), point.get()) == 1) {
                insideCount += count;
                inside.emplace_back(std::move(point), count);
            }
        }
    }

    for (std::size_t k = 0; k < s.services.size(); ++k) {
        Catchments &c = *catchments[k];
        CoverageRow &row = s.rows[f * s.services.size() + k];
        row.area = f;
        row.service = s.services[k].name;
        row.areaM2 = areaM2;
        GeometryPtr reach;
        if (prepared) {
            if (options.indexed)
                reach = reachIndexed(c, area.get(), prepared.get());
            else
                reach = reachNaive(c, area.get());
            double m2 = 0;
            if (reach && GEOSArea_r(h, reach.get(), &m2))
                row.coveredM2 = std::min(m2, areaM2);
            row.coveredShare = areaM2 > 0 ? row.coveredM2 / areaM2 : 0;
            if (options.gaps && row.coveredShare < 1) {
                GeometryPtr gap(reach ? GEOSDifference_r(h, area.get(), reach.get())
                                      : GEOSGeom_clone_r(h, area.get()));
                double gapM2 = 0;
                if (gap && GEOSArea_r(h, gap.get(), &gapM2) && gapM2 > 1e-6 * areaM2)
                    if (GeometryPtr multi = asMultiPolygon(gap.get()))
                        row.gapWkb = geos::toWkb(multi.get());
            }
        }
        if (options.finer && insideCount > 0) {
            double covered = 0;
            if (row.coveredShare >= 1) {
                covered = insideCount;
            } else if (reach) {
                PreparedPtr within(GEOSPrepare_r(h, reach.get()));
                for (const auto &[point, count] : inside)
                    if (GEOSPreparedIntersects_r(h, within.get(), point.get()) == 1)
                        covered += count;
            }
            row.coveredPopulation = std::isfinite(population) ? population * covered / insideCount
                                                              : covered;
        } else if (std::isfinite(population)) {
            row.coveredPopulation = population * row.coveredShare;
        }
        if (!c.facilities.empty() && f < s.areas.labelPoints.size()) {
            const QPointF p = s.areas.labelPoints[f];
            GeometryPtr from(GEOSGeom_createPointFromXY_r(h, p.x(), p.y()));
            const auto *nearest
                = static_cast<const GEOSGeometry *>(GEOSSTRtree_nearest_r(h, c.nearest, from.get()));
            double d = 0;
            if (nearest && GEOSDistance_r(h, from.get(), nearest, &d))
                row.nearest = d;
        }
    }
}

void work(Shared &s, bool reports)
{
    std::vector<std::unique_ptr<Catchments>> catchments;
    for (const CoverageService &service : s.services)
        catchments.push_back(std::make_unique<Catchments>(service, s.options));
    const std::size_t n = s.areas.featureCount();
    const int total = int(n * s.services.size());
    for (std::size_t f = s.next++; f < n; f = s.next++) {
        if (cancelled(s)) {
            s.stop = true;
            return;
        }
        computeArea(s, catchments, f);
        const int done = s.done += int(s.services.size());
        if (reports && s.options.progress)
            s.options.progress(done, total);
    }
}

} // namespace

Result<std::vector<CoverageRow>> computeCoverage(const LayerGeometry &areas,
                                                 const std::vector<CoverageService> &services,
                                                 const CoverageOptions &options)
{
    if (areas.kind != LayerGeometry::Kind::Polygons)
        return fail(QCoreApplication::translate("Coverage", "Coverage needs a layer of areas "
                                                            "(polygons)."));
    std::vector<CoverageRow> rows(areas.featureCount() * services.size());
    Shared shared{areas, services, options, {}, rows};
    if (options.finer)
        shared.finer = finerPoints(*options.finer);
    const int threads = std::clamp(options.threads > 0 ? options.threads
                                                       : QThread::idealThreadCount(),
                                   1, std::max(1, int(areas.featureCount() / 64)));
    {
        std::vector<std::jthread> helpers;
        for (int t = 1; t < threads; ++t)
            helpers.emplace_back([&shared] { work(shared, false); });
        work(shared, true); // this thread works too, and reports progress
    }
    if (cancelled(shared))
        return fail(QCoreApplication::translate("Coverage", "Cancelled."));
    if (options.progress)
        options.progress(int(rows.size()), int(rows.size()));
    return rows;
}

} // namespace geisep
