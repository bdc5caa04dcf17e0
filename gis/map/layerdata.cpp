#include "gis/map/layerdata.h"

#include "gis/edit/featuretable.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace geisep {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(LayerGeometry)
};

} // namespace

void LayerGeometry::finish()
{
    index = SpatialIndex(boxes);
    labelPoints.clear();
    if (kind != Kind::Polygons)
        return;
    labelPoints.reserve(featureCount());
    for (std::size_t f = 0; f < featureCount(); ++f)
        labelPoints.push_back(interiorPoint(*this, f));
}

std::optional<std::size_t> LayerGeometry::indexOfFid(qint64 fid) const
{
    // fids are loaded in ascending order.
    const auto it = std::lower_bound(fids.begin(), fids.end(), fid);
    if (it == fids.end() || *it != fid)
        return std::nullopt;
    return std::size_t(it - fids.begin());
}

QPointF interiorPoint(const LayerGeometry &layer, std::size_t f)
{
    const Envelope &box = layer.boxes[f];
    const std::uint32_t r0 = layer.featureStart[f], r1 = layer.featureStart[f + 1];
    QPointF best((box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2);
    double bestWidth = -1;
    std::vector<double> crossings;
    for (const double t : {0.5, 0.35, 0.65, 0.2, 0.8}) {
        const double y = box.minY + t * box.height();
        crossings.clear();
        for (std::uint32_t r = r0; r < r1; ++r) {
            const std::uint32_t v0 = layer.ringStart[r], v1 = layer.ringStart[r + 1];
            for (std::uint32_t i = v0, j = v1 - 1; i < v1; j = i++) {
                const double xi = layer.xy[2 * i], yi = layer.xy[2 * i + 1];
                const double xj = layer.xy[2 * j], yj = layer.xy[2 * j + 1];
                if ((yi > y) != (yj > y))
                    crossings.push_back(xi + (y - yi) * (xj - xi) / (yj - yi));
            }
        }
        std::sort(crossings.begin(), crossings.end());
        // Even-odd: inside between crossings 0–1, 2–3, …
        for (std::size_t k = 0; k + 1 < crossings.size(); k += 2) {
            const double width = crossings[k + 1] - crossings[k];
            if (width > bestWidth) {
                bestWidth = width;
                best = QPointF((crossings[k] + crossings[k + 1]) / 2, y);
            }
        }
        // The middle line is preferred unless another is clearly wider.
        if (t == 0.5 && bestWidth > 0.6 * box.width())
            break;
    }
    return best;
}

namespace {

double ringSignedArea(const LayerGeometry &layer, std::uint32_t r)
{
    const std::uint32_t v0 = layer.ringStart[r], v1 = layer.ringStart[r + 1];
    double sum = 0;
    for (std::uint32_t i = v0, j = v1 - 1; i < v1; j = i++)
        sum += (layer.xy[2 * j] - layer.xy[2 * i]) * (layer.xy[2 * j + 1] + layer.xy[2 * i + 1]);
    return sum / 2;
}

bool ringContains(const LayerGeometry &layer, std::uint32_t r, double x, double y)
{
    bool inside = false;
    const std::uint32_t v0 = layer.ringStart[r], v1 = layer.ringStart[r + 1];
    for (std::uint32_t i = v0, j = v1 - 1; i < v1; j = i++) {
        const double xi = layer.xy[2 * i], yi = layer.xy[2 * i + 1];
        const double xj = layer.xy[2 * j], yj = layer.xy[2 * j + 1];
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            inside = !inside;
    }
    return inside;
}

} // namespace

double featureArea(const LayerGeometry &layer, std::size_t f)
{
    const std::uint32_t r0 = layer.featureStart[f], r1 = layer.featureStart[f + 1];
    if (r1 - r0 == 1)
        return std::abs(ringSignedArea(layer, r0));
    std::vector<std::pair<double, std::uint32_t>> rings;
    for (std::uint32_t r = r0; r < r1; ++r)
        if (layer.ringStart[r + 1] > layer.ringStart[r])
            rings.emplace_back(std::abs(ringSignedArea(layer, r)), r);
    std::sort(rings.begin(), rings.end(), [](auto &a, auto &b) { return a.first > b.first; });
    double total = 0;
    for (std::size_t i = 0; i < rings.size(); ++i) {
        const std::uint32_t v = layer.ringStart[rings[i].second];
        const double x = layer.xy[2 * v], y = layer.xy[2 * v + 1];
        int depth = 0;
        for (std::size_t k = 0; k < i; ++k)
            depth += ringContains(layer, rings[k].second, x, y) ? 1 : 0;
        total += depth % 2 ? -rings[i].first : rings[i].first;
    }
    return total;
}

namespace {

bool polygonContains(const std::vector<QPointF> &poly, double x, double y)
{
    bool inside = false;
    for (std::size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
        const double xi = poly[i].x(), yi = poly[i].y(), xj = poly[j].x(), yj = poly[j].y();
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            inside = !inside;
    }
    return inside;
}

bool segmentsCross(QPointF a, QPointF b, QPointF c, QPointF d)
{
    auto orient = [](QPointF p, QPointF q, QPointF r) {
        const double v = (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x());
        return (v > 0) - (v < 0);
    };
    return orient(a, b, c) * orient(a, b, d) <= 0 && orient(c, d, a) * orient(c, d, b) <= 0
           && std::max(a.x(), b.x()) >= std::min(c.x(), d.x())
           && std::max(c.x(), d.x()) >= std::min(a.x(), b.x())
           && std::max(a.y(), b.y()) >= std::min(c.y(), d.y())
           && std::max(c.y(), d.y()) >= std::min(a.y(), b.y());
}

} // namespace

std::vector<std::size_t> featuresIntersecting(const LayerGeometry &layer,
                                              const std::vector<QPointF> &polygon)
{
    std::vector<std::size_t> out;
    if (polygon.size() < 3)
        return out;
    Envelope box;
    for (const QPointF &p : polygon)
        box.expand(p.x(), p.y());
    for (const std::uint32_t f : layer.index.query(box)) {
        const std::uint32_t r0 = layer.featureStart[f], r1 = layer.featureStart[f + 1];
        const std::uint32_t first = layer.ringStart[r0], last = layer.ringStart[r1];
        bool hit = false;
        for (std::uint32_t v = first; v < last && !hit; ++v)
            hit = polygonContains(polygon, layer.xy[2 * v], layer.xy[2 * v + 1]);
        if (!hit && layer.kind == LayerGeometry::Kind::Polygons)
            for (const QPointF &p : polygon) {
                bool inside = false;
                for (std::uint32_t r = r0; r < r1; ++r)
                    inside ^= ringContains(layer, r, p.x(), p.y());
                if ((hit = inside))
                    break;
            }
        if (!hit && layer.kind != LayerGeometry::Kind::Points)
            for (std::uint32_t r = r0; r < r1 && !hit; ++r)
                for (std::uint32_t v = layer.ringStart[r]; v + 1 < layer.ringStart[r + 1] && !hit;
                     ++v) {
                    const QPointF a(layer.xy[2 * v], layer.xy[2 * v + 1]);
                    const QPointF b(layer.xy[2 * v + 2], layer.xy[2 * v + 3]);
                    for (std::size_t i = 0, j = polygon.size() - 1; i < polygon.size() && !hit;
                         j = i++)
                        hit = segmentsCross(a, b, polygon[j], polygon[i]);
                }
        if (hit)
            out.push_back(f);
    }
    return out;
}

std::optional<std::size_t> featureAt(const LayerGeometry &layer, double x, double y,
                                     double tolerance)
{
    std::optional<std::size_t> best;
    double bestDistance2 = tolerance * tolerance;
    const Envelope probe{x - tolerance, y - tolerance, x + tolerance, y + tolerance};
    std::vector<std::uint32_t> candidates;
    if (layer.index.size() == layer.featureCount()) {
        candidates = layer.index.query(probe);
    } else {
        for (std::size_t f = 0; f < layer.featureCount(); ++f)
            if (layer.boxes[f].intersects(probe))
                candidates.push_back(std::uint32_t(f));
    }
    for (const std::uint32_t f : candidates) {
        const std::uint32_t r0 = layer.featureStart[f], r1 = layer.featureStart[f + 1];
        if (layer.kind == LayerGeometry::Kind::Polygons) {
            bool inside = false; // even-odd over all rings, so holes count
            for (std::uint32_t r = r0; r < r1; ++r)
                inside ^= ringContains(layer, r, x, y);
            if (inside)
                best = f;
            continue;
        }
        for (std::uint32_t v = layer.ringStart[r0]; v < layer.ringStart[r1]; ++v) {
            const double dx = layer.xy[2 * v] - x, dy = layer.xy[2 * v + 1] - y;
            if (dx * dx + dy * dy <= bestDistance2) {
                bestDistance2 = dx * dx + dy * dy;
                best = f;
            }
        }
    }
    return best;
}

Result<LayerGeometry> loadLayerGeometry(Database &db, const QString &table, qint64 layerId,
                                        LayerRole role)
{
    const auto id = Identifier::make(table);
    if (!id)
        return fail(Text::tr("The layer table name %1 is not one this program writes.").arg(table),
                    db.path());
    // Only the features the layer's filter keeps, as QGIS reads a layer through its subset
    // string: the map, analyses and print all read geometry here.
    auto kept = layerFilterFids(db, layerId);
    if (!kept)
        return std::unexpected(kept.error());
    auto stmt = db.prepareWith("SELECT fid, geom FROM %1 ORDER BY fid", {*id});
    if (!stmt)
        return std::unexpected(stmt.error());
    std::size_t nextKept = 0; // both in ascending order
    LayerGeometry out;
    out.layerId = layerId;
    out.role = role;
    auto typeStmt = db.prepare("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE "
                               "table_name = ?");
    if (typeStmt) {
        typeStmt->bind(1, table);
        auto row = typeStmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row) {
            const QString type = typeStmt->text(0);
            out.kind = type.contains(QStringLiteral("POINT"))  ? LayerGeometry::Kind::Points
                       : type.contains(QStringLiteral("LINE")) ? LayerGeometry::Kind::Lines
                                                               : LayerGeometry::Kind::Polygons;
        }
    }
    auto rows = stmt->forEachRow([&] {
        if (*kept) {
            const qint64 fid = stmt->int64(0);
            while (nextKept < (*kept)->size() && (**kept)[nextKept] < fid)
                ++nextKept;
            if (nextKept == (*kept)->size() || (**kept)[nextKept] != fid)
                return;
        }
        const QByteArray blob = stmt->blob(1);
        const auto header = gpkg::decodeHeader(blob);
        if (!header || header->empty)
            return;
        const std::size_t ringsBefore = out.ringStart.size();
        const std::size_t xyBefore = out.xy.size();
        const bool ok = gpkg::walkWkb(
            blob.constData() + header->wkbOffset, blob.size() - header->wkbOffset,
            [&](quint32) { out.ringStart.push_back(std::uint32_t(out.xy.size() / 2)); },
            [&](double x, double y) {
                out.xy.push_back(x);
                out.xy.push_back(y);
            });
        if (!ok) {
            out.ringStart.resize(ringsBefore);
            out.xy.resize(xyBefore);
            return;
        }
        Envelope box;
        for (std::size_t i = xyBefore; i < out.xy.size(); i += 2)
            box.expand(out.xy[i], out.xy[i + 1]);
        out.featureStart.push_back(std::uint32_t(ringsBefore));
        out.boxes.push_back(box);
        out.fids.push_back(stmt->int64(0));
        out.extent.expand(box);
    });
    if (!rows)
        return std::unexpected(rows.error());
    out.ringStart.push_back(std::uint32_t(out.xy.size() / 2));
    out.featureStart.push_back(std::uint32_t(out.ringStart.size() - 1));
    out.finish();
    return out;
}

} // namespace geisep
