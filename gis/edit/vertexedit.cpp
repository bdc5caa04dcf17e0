#include "gis/edit/vertexedit.h"

#include "gis/geos.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace geisep {

namespace {

QPolygonF ringPoints(GEOSContextHandle_t ctx, const GEOSGeometry *ring, bool closed)
{
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(ctx, ring);
    unsigned int size = 0;
    GEOSCoordSeq_getSize_r(ctx, seq, &size);
    QPolygonF out;
    for (unsigned int i = 0; i < size; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx, seq, i, &x, &y);
        out << QPointF(x, y);
    }
    if (closed && out.size() > 1 && out.first() == out.last())
        out.removeLast();
    return out;
}

GEOSCoordSequence *sequence(GEOSContextHandle_t ctx, const QPolygonF &points, bool close)
{
    const unsigned int size = unsigned(points.size()) + (close ? 1 : 0);
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(ctx, size, 2);
    for (unsigned int i = 0; i < size; ++i) {
        const QPointF &p = points[qsizetype(i % unsigned(points.size()))];
        GEOSCoordSeq_setXY_r(ctx, seq, i, p.x(), p.y());
    }
    return seq;
}

} // namespace

std::optional<EditableShape> EditableShape::fromWkb(const QByteArray &wkb)
{
    GEOSContextHandle_t ctx = geos::context();
    const geos::GeometryPtr g = geos::fromWkb(wkb);
    if (!g)
        return std::nullopt;
    EditableShape shape;
    const int type = GEOSGeomTypeId_r(ctx, g.get());
    shape.multi
        = type == GEOS_MULTIPOLYGON || type == GEOS_MULTILINESTRING || type == GEOS_MULTIPOINT;
    const int n = shape.multi ? GEOSGetNumGeometries_r(ctx, g.get()) : 1;
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry *part = shape.multi ? GEOSGetGeometryN_r(ctx, g.get(), i) : g.get();
        std::vector<QPolygonF> rings;
        switch (GEOSGeomTypeId_r(ctx, part)) {
        case GEOS_POLYGON: {
            shape.kind = Kind::Polygon;
            rings.push_back(ringPoints(ctx, GEOSGetExteriorRing_r(ctx, part), true));
            for (int h = 0; h < GEOSGetNumInteriorRings_r(ctx, part); ++h)
                rings.push_back(ringPoints(ctx, GEOSGetInteriorRingN_r(ctx, part, h), true));
            break;
        }
        case GEOS_LINESTRING:
            shape.kind = Kind::Line;
            rings.push_back(ringPoints(ctx, part, false));
            break;
        case GEOS_POINT:
            shape.kind = Kind::Point;
            rings.push_back(ringPoints(ctx, part, false));
            break;
        default:
            return std::nullopt;
        }
        shape.parts.push_back(std::move(rings));
    }
    return shape;
}

QByteArray EditableShape::toWkb() const
{
    GEOSContextHandle_t ctx = geos::context();
    std::vector<GEOSGeometry *> built;
    for (const std::vector<QPolygonF> &rings : parts) {
        if (rings.empty() || rings.front().isEmpty())
            continue;
        if (kind == Kind::Polygon) {
            GEOSGeometry *shell = GEOSGeom_createLinearRing_r(ctx, sequence(ctx, rings[0], true));
            std::vector<GEOSGeometry *> holes;
            for (std::size_t r = 1; r < rings.size(); ++r)
                holes.push_back(GEOSGeom_createLinearRing_r(ctx, sequence(ctx, rings[r], true)));
            built.push_back(
                GEOSGeom_createPolygon_r(ctx, shell, holes.data(), unsigned(holes.size())));
        } else if (kind == Kind::Line) {
            built.push_back(GEOSGeom_createLineString_r(ctx, sequence(ctx, rings[0], false)));
        } else {
            built.push_back(GEOSGeom_createPoint_r(ctx, sequence(ctx, rings[0], false)));
        }
    }
    if (built.empty())
        return {};
    geos::GeometryPtr g;
    if (multi) {
        const int type = kind == Kind::Polygon ? GEOS_MULTIPOLYGON
                         : kind == Kind::Line  ? GEOS_MULTILINESTRING
                                               : GEOS_MULTIPOINT;
        g.reset(GEOSGeom_createCollection_r(ctx, type, built.data(), unsigned(built.size())));
    } else {
        g.reset(built.front());
        for (std::size_t i = 1; i < built.size(); ++i)
            GEOSGeom_destroy_r(ctx, built[i]);
    }
    return geos::toWkb(g.get());
}

int EditableShape::vertexCount() const
{
    int n = 0;
    for (const auto &rings : parts)
        for (const QPolygonF &ring : rings)
            n += int(ring.size());
    return n;
}

std::optional<EditableShape::Vertex> EditableShape::nearestVertex(QPointF p, double tolerance) const
{
    std::optional<Vertex> best;
    double bestDistance = tolerance;
    for (int pi = 0; pi < int(parts.size()); ++pi)
        for (int ri = 0; ri < int(parts[pi].size()); ++ri)
            for (int vi = 0; vi < int(parts[pi][ri].size()); ++vi) {
                const QPointF q = parts[pi][ri][vi];
                const double d = std::hypot(q.x() - p.x(), q.y() - p.y());
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = Vertex{pi, ri, vi};
                }
            }
    return best;
}

std::optional<std::pair<EditableShape::Vertex, QPointF>>
EditableShape::nearestEdge(QPointF p, double tolerance) const
{
    std::optional<std::pair<Vertex, QPointF>> best;
    double bestDistance = tolerance;
    for (int pi = 0; pi < int(parts.size()); ++pi)
        for (int ri = 0; ri < int(parts[pi].size()); ++ri) {
            const QPolygonF &ring = parts[pi][ri];
            const int n = int(ring.size());
            const int edges = kind == Kind::Polygon ? n : n - 1;
            for (int vi = 0; vi < edges; ++vi) {
                const QPointF a = ring[vi], b = ring[(vi + 1) % n];
                const double dx = b.x() - a.x(), dy = b.y() - a.y();
                const double length2 = dx * dx + dy * dy;
                if (length2 <= 0)
                    continue;
                const double t
                    = std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2, 0.0, 1.0);
                const QPointF on(a.x() + t * dx, a.y() + t * dy);
                const double d = std::hypot(on.x() - p.x(), on.y() - p.y());
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = std::make_pair(Vertex{pi, ri, vi}, on);
                }
            }
        }
    return best;
}

void EditableShape::insertAfter(Vertex after, QPointF p)
{
    QPolygonF &ring = parts[after.part][after.ring];
    ring.insert(after.index + 1, p);
}

bool EditableShape::remove(Vertex v)
{
    QPolygonF &ring = parts[v.part][v.ring];
    const qsizetype least = kind == Kind::Polygon ? 3 : kind == Kind::Line ? 2 : 1;
    if (ring.size() <= least)
        return false;
    ring.removeAt(v.index);
    return true;
}

} // namespace geisep
