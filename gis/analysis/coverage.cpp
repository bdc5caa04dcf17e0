#include "gis/analysis/coverage.h"

#include "gis/geos.h"
#include "gis/map/spatialindex.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <thread>
#include <unordered_map>

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

// The catchment around a facility point: the regular polygon with 4 × quadrantSegments
// vertices on the circle, which is what GEOSBuffer makes of a point, built directly (a buffer
// call per facility and thread cost an eighth of the run).
// The vertices of the unit circle polygon with 4 × quadrantSegments corners, counter-clockwise
// from east.
std::vector<QPointF> unitCircle(int quadrantSegments)
{
    const int n = 4 * std::max(1, quadrantSegments);
    std::vector<QPointF> out(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        out[std::size_t(i)] = QPointF(std::cos(2 * M_PI * i / n), std::sin(2 * M_PI * i / n));
    return out;
}

QPointF onCircle(const QPointF &centre, double radius, const QPointF &unit)
{
    return QPointF(centre.x() + radius * unit.x(), centre.y() + radius * unit.y());
}

GeometryPtr circle(const QPointF &centre, double radius, const std::vector<QPointF> &unit)
{
    GEOSContextHandle_t h = context();
    const auto n = unsigned(unit.size());
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(h, n + 1, 2);
    for (unsigned i = 0; i <= n; ++i) {
        const QPointF p = onCircle(centre, radius, unit[i % n]);
        GEOSCoordSeq_setXY_r(h, seq, i, p.x(), p.y());
    }
    GEOSGeometry *shell = GEOSGeom_createLinearRing_r(h, seq);
    return GeometryPtr(shell ? GEOSGeom_createPolygon_r(h, shell, nullptr, 0) : nullptr);
}

// The area of a ring cut to a convex polygon (counter-clockwise), by Sutherland–Hodgman: for
// any simple ring the signed area of what it returns is that of the intersection (the
// zero-width bridges it leaves across a concave ring's gaps enclose nothing).
double clippedRingArea(const GEOSGeometry *ring, const std::vector<QPointF> &convex,
                       std::vector<QPointF> &in, std::vector<QPointF> &out)
{
    GEOSContextHandle_t h = context();
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(h, ring);
    unsigned size = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(h, seq, &size) || size < 4)
        return 0;
    in.resize(size);
    static_assert(sizeof(QPointF) == 2 * sizeof(double));
    GEOSCoordSeq_copyToBuffer_r(h, seq, reinterpret_cast<double *>(in.data()), 0, 0);
    in.pop_back(); // the closing vertex
    auto signedArea = [](const std::vector<QPointF> &r) {
        double twice = 0;
        for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
            twice += r[j].x() * r[i].y() - r[i].x() * r[j].y();
        return twice / 2;
    };
    const double sign = signedArea(in) < 0 ? -1 : 1;
    for (std::size_t e = 0; e < convex.size() && !in.empty(); ++e) {
        const QPointF a = convex[e], b = convex[(e + 1) % convex.size()];
        const double ex = b.x() - a.x(), ey = b.y() - a.y();
        auto side = [&](const QPointF &p) {
            return ex * (p.y() - a.y()) - ey * (p.x() - a.x());
        };
        out.clear();
        bool cut = false;
        for (std::size_t i = 0, j = in.size() - 1; i < in.size(); j = i++) {
            const double si = side(in[i]), sj = side(in[j]);
            if ((si >= 0) != (sj >= 0)) {
                const double t = sj / (sj - si);
                out.emplace_back(in[j].x() + t * (in[i].x() - in[j].x()),
                                 in[j].y() + t * (in[i].y() - in[j].y()));
                cut = true;
            }
            if (si >= 0)
                out.push_back(in[i]);
            else
                cut = true;
        }
        if (cut)
            std::swap(in, out);
    }
    return in.size() < 3 ? 0 : sign * signedArea(in);
}

// The area of a polygonal geometry inside a convex polygon.
double clippedArea(const GEOSGeometry *polygonal, const std::vector<QPointF> &convex)
{
    GEOSContextHandle_t h = context();
    std::vector<QPointF> in, out;
    double total = 0;
    const int parts = GEOSGetNumGeometries_r(h, polygonal);
    for (int p = 0; p < parts; ++p) {
        const GEOSGeometry *polygon = GEOSGetGeometryN_r(h, polygonal, p);
        if (GEOSGeomTypeId_r(h, polygon) != GEOS_POLYGON)
            continue;
        total += std::abs(clippedRingArea(GEOSGetExteriorRing_r(h, polygon), convex, in, out));
        for (int r = 0; r < GEOSGetNumInteriorRings_r(h, polygon); ++r)
            total -= std::abs(
                clippedRingArea(GEOSGetInteriorRingN_r(h, polygon, r), convex, in, out));
    }
    return std::max(0.0, total);
}

GeometryPtr lineString(const std::vector<QPointF> &line)
{
    static_assert(sizeof(QPointF) == 2 * sizeof(double));
    if (line.size() < 2)
        return {};
    GEOSContextHandle_t h = context();
    return GeometryPtr(
        GEOSGeom_createLineString_r(h, sequence(reinterpret_cast<const double *>(line.data()),
                                                std::uint32_t(line.size()), false)));
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
    std::vector<GeometryPtr> facilities; // lines and polygons; points are in `points`
    GEOSSTRtree *tree = nullptr;
    GEOSSTRtree *nearest = nullptr;
    // Facility points and a packed R-tree over them: the nearest point is found by widening a
    // box around the area, which costs a fraction of GEOS's generic nearest-neighbour search.
    std::vector<QPointF> points;
    SpatialIndex pointIndex;
    double searchRadius = 0;
    // The circles among `shapes` with their centres, and the radius of the circle inscribed in
    // each polygon: an area whose vertices all lie within it is covered without an overlay.
    std::unordered_map<const GEOSGeometry *, QPointF> shapeCentres;
    double innerRadius = 0;
    double radius = 0;
    std::vector<QPointF> unit; // of unitCircle()

    Catchments(const CoverageService &service, const CoverageOptions &options)
    {
        GEOSContextHandle_t h = context();
        auto facility = [&](GeometryPtr g, bool buffer) {
            if (!g)
                return;
            if (buffer)
                shapes.emplace_back(
                    GEOSBuffer_r(h, g.get(), service.distance, options.quadrantSegments));
            else
                shapes.emplace_back(GEOSGeom_clone_r(h, g.get()));
            facilities.push_back(std::move(g));
        };
        Envelope extent;
        std::vector<Envelope> boxes;
        unit = unitCircle(options.quadrantSegments);
        radius = service.distance;
        for (const QPointF &p : service.points) {
            GeometryPtr shape = circle(p, service.distance, unit);
            if (!shape)
                continue;
            shapeCentres.emplace(shape.get(), p);
            shapes.push_back(std::move(shape));
            points.push_back(p);
            Envelope box;
            box.expand(p.x(), p.y());
            boxes.push_back(box);
            extent.expand(box);
        }
        innerRadius
            = service.distance * std::cos(M_PI / (4 * std::max(1, options.quadrantSegments)));
        if (!points.empty()) {
            pointIndex = SpatialIndex(boxes);
            // About two facilities' spacing: most searches end at the first box.
            searchRadius
                = std::max(1.0, 2
                                    * std::sqrt(std::max(extent.width() * extent.height(), 1.0)
                                                / double(points.size())));
        }
        for (const std::vector<QPointF> &line : service.lines)
            facility(lineString(line), true);
        if (service.polygons) {
            auto add = [&](std::size_t f) {
                facility(featurePolygon(*service.polygons, f), false);
            };
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

    bool hasFacilities() const { return !points.empty() || !facilities.empty(); }

    // The distance from `p` to the nearest facility, NaN without any.
    double nearestDistance(const QPointF &p) const
    {
        double best = std::numeric_limits<double>::infinity();
        if (!points.empty()) {
            // The nearest point within the box of half-side r, if it lies within r, is the
            // nearest of all; else widen the box.
            for (double r = searchRadius;; r *= 2) {
                Envelope box;
                box.expand(p.x() - r, p.y() - r);
                box.expand(p.x() + r, p.y() + r);
                const std::vector<std::uint32_t> hits = pointIndex.query(box);
                for (std::uint32_t i : hits)
                    best = std::min(best, std::hypot(points[i].x() - p.x(), points[i].y() - p.y()));
                if (best <= r || hits.size() == points.size())
                    break;
            }
        }
        if (!facilities.empty()) {
            GEOSContextHandle_t h = context();
            GeometryPtr from(GEOSGeom_createPointFromXY_r(h, p.x(), p.y()));
            const auto *nearestShape
                = static_cast<const GEOSGeometry *>(GEOSSTRtree_nearest_r(h, nearest, from.get()));
            double d = 0;
            if (nearestShape && GEOSDistance_r(h, from.get(), nearestShape, &d))
                best = std::min(best, d);
        }
        return std::isfinite(best) ? best : std::numeric_limits<double>::quiet_NaN();
    }
};

// The part of the area within reach: the catchments near it through the index, a catchment
// that holds the whole area taken at once, else the union of the near ones (overlaps count
// once) cut to the area.
// The part of an area within reach: its geometry, or only its area where the caller needs
// no geometry and a cheaper way gave it.
struct Reach
{
    GeometryPtr geometry;
    double m2 = -1; // < 0: the area of `geometry`
};

// `vertices` are the area's own vertices (x, y pairs): a repaired area lies within their hull.
Reach reachIndexed(const Catchments &c, const GEOSGeometry *area,
                   const GEOSPreparedGeometry *prepared, const double *vertices,
                   std::size_t vertexCount, bool needGeometry)
{
    GEOSContextHandle_t h = context();
    std::vector<const GEOSGeometry *> near;
    GEOSSTRtree_query_r(h, c.tree, area, collect, &near);
    // A circle holding every vertex holds the area (both are inside the convex circle).
    const double inner2 = c.innerRadius * c.innerRadius;
    for (const GEOSGeometry *g : near) {
        const auto centre = c.shapeCentres.find(g);
        if (centre == c.shapeCentres.end())
            continue;
        bool all = true;
        for (std::size_t v = 0; v < vertexCount && all; ++v) {
            const double dx = vertices[2 * v] - centre->second.x(),
                         dy = vertices[2 * v + 1] - centre->second.y();
            all = dx * dx + dy * dy <= inner2;
        }
        if (all)
            return {GeometryPtr(GEOSGeom_clone_r(h, area))};
    }
    std::erase_if(
        near, [&](const GEOSGeometry *g) { return GEOSPreparedIntersects_r(h, prepared, g) != 1; });
    if (near.empty())
        return {};
    for (const GEOSGeometry *g : near)
        if (!c.shapeCentres.contains(g) && GEOSPreparedCoveredBy_r(h, prepared, g) == 1)
            return {GeometryPtr(GEOSGeom_clone_r(h, area))};
    // Half the partly covered areas meet one circle only: its area is the area clipped to
    // that convex polygon, several times cheaper than an overlay.
    if (near.size() == 1 && !needGeometry) {
        if (const auto centre = c.shapeCentres.find(near.front()); centre != c.shapeCentres.end()) {
            std::vector<QPointF> convex(c.unit.size());
            for (std::size_t i = 0; i < convex.size(); ++i)
                convex[i] = onCircle(centre->second, c.radius, c.unit[i]);
            return {GeometryPtr(), clippedArea(area, convex)};
        }
    }
    GeometryPtr all;
    if (near.size() == 1) {
        all.reset(GEOSGeom_clone_r(h, near.front()));
    } else {
        // Each catchment cut to the area's box first: what lies outside cannot reach the area,
        // and the union of the small pieces costs a fraction of the union of whole circles.
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        GEOSGeom_getXMin_r(h, area, &minX);
        GEOSGeom_getYMin_r(h, area, &minY);
        GEOSGeom_getXMax_r(h, area, &maxX);
        GEOSGeom_getYMax_r(h, area, &maxY);
        const double pad = 1e-6 * std::max(maxX - minX, maxY - minY) + 1e-3;
        std::vector<GEOSGeometry *> parts;
        parts.reserve(near.size());
        for (const GEOSGeometry *g : near)
            if (GEOSGeometry *piece
                = GEOSClipByRect_r(h, g, minX - pad, minY - pad, maxX + pad, maxY + pad))
                parts.push_back(piece);
        GeometryPtr collection(GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                           unsigned(parts.size())));
        all.reset(GEOSUnaryUnion_r(h, collection.get()));
    }
    return {GeometryPtr(all ? GEOSIntersection_r(h, area, all.get()) : nullptr)};
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
    const std::uint32_t firstVertex = s.areas.ringStart[s.areas.featureStart[f]];
    const double *vertices = s.areas.xy.data() + 2 * std::size_t(firstVertex);
    const std::size_t vertexCount = s.areas.ringStart[s.areas.featureStart[f + 1]] - firstVertex;
    const double population = f < options.population.size() ? options.population[f] : std::nan("");

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
            double m2 = 0;
            if (options.indexed) {
                Reach r = reachIndexed(c, area.get(), prepared.get(), vertices, vertexCount,
                                       options.gaps || options.finer);
                reach = std::move(r.geometry);
                m2 = r.m2;
            } else {
                reach = reachNaive(c, area.get());
            }
            if (m2 < 0 || reach)
                m2 = 0;
            if (reach)
                GEOSArea_r(h, reach.get(), &m2);
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
            row.coveredPopulation
                = std::isfinite(population) ? population * covered / insideCount : covered;
        } else if (std::isfinite(population)) {
            row.coveredPopulation = population * row.coveredShare;
        }
        if (c.hasFacilities() && f < s.areas.labelPoints.size())
            row.nearest = c.nearestDistance(s.areas.labelPoints[f]);
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
    const int threads
        = std::clamp(options.threads > 0 ? options.threads : QThread::idealThreadCount(), 1,
                     std::max(1, int(areas.featureCount() / 64)));
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
