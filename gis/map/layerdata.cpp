#include "gis/map/layerdata.h"

#include "gis/edit/featuretable.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace geisep {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(LayerGeometry)
};

std::uint64_t mix(std::uint64_t h)
{
    // splitmix64's finaliser
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

std::uint64_t bits(double d)
{
    std::uint64_t b;
    std::memcpy(&b, &d, sizeof b);
    return b;
}

// For each segment (vertex v to v + 1) of the closed rings of polygons, whether an earlier
// segment joins the same two vertices, either way round: one pass over an open-addressing table
// of segments keyed by their ends, the lesser end first. A slot holds the key's hash above the
// segment's first vertex, so a probe reads the vertices only when the hashes match.
std::vector<std::uint8_t> repeatedSegments(const LayerGeometry &g, bool &any)
{
    const std::size_t n = g.xy.size() / 2;
    std::vector<std::uint8_t> repeated(n, 0);
    any = false;
    std::vector<std::uint64_t> table(std::bit_ceil(std::max<std::size_t>(16, n + n / 2)), 0);
    const std::size_t mask = table.size() - 1;
    const double *xy = g.xy.data();
    // The segment from v as (lesser end, greater end).
    auto ends = [xy](std::uint32_t v) {
        const double *a = xy + 2 * std::size_t(v), *b = a + 2;
        return std::lexicographical_compare(b, b + 2, a, a + 2) ? std::pair(b, a) : std::pair(a, b);
    };
    for (std::size_t r = 0; r + 1 < g.ringStart.size(); ++r) {
        const std::uint32_t v0 = g.ringStart[r], v1 = g.ringStart[r + 1];
        if (v1 - v0 < 4 || xy[2 * v0] != xy[2 * (v1 - 1)] || xy[2 * v0 + 1] != xy[2 * (v1 - 1) + 1])
            continue; // not a closed ring: drawn whole
        // Hashes a block ahead, their slots fetched before they are probed: the table is far
        // larger than the cache, and a probe's miss, not the hashing, is the cost.
        constexpr std::uint32_t kAhead = 32;
        std::uint64_t hashes[kAhead];
        for (std::uint32_t v = v0; v + 1 < v1; ++v) {
            if ((v - v0) % kAhead == 0) {
                for (std::uint32_t i = 0; i < kAhead && v + i + 1 < v1; ++i) {
                    const auto [a, b] = ends(v + i);
                    hashes[i]
                        = mix(bits(a[0]) ^ mix(bits(a[1]) ^ mix(bits(b[0]) ^ mix(bits(b[1])))));
                    __builtin_prefetch(&table[hashes[i] & mask]);
                }
            }
            const auto [a, b] = ends(v);
            const std::uint64_t h = hashes[(v - v0) % kAhead];
            // The slot's entry: the hash's upper half, and v + 1 (0 is an empty slot).
            const std::uint64_t tag = h & 0xffffffff00000000ULL;
            std::size_t slot = h & mask;
            bool seen = false;
            for (; table[slot] != 0; slot = (slot + 1) & mask) {
                if ((table[slot] & 0xffffffff00000000ULL) != tag)
                    continue;
                const auto [c, d] = ends(std::uint32_t(table[slot]) - 1);
                if (std::equal(a, a + 2, c) && std::equal(b, b + 2, d)) {
                    seen = true;
                    break;
                }
            }
            if (seen) {
                repeated[v] = 1;
                any = true;
            } else {
                table[slot] = tag | (std::uint64_t(v) + 1);
            }
        }
    }
    return repeated;
}

// Ring by ring, the runs of segments not `repeated` as g's outline runs.
void setOutlineRuns(LayerGeometry &g, const std::vector<std::uint8_t> &repeated)
{
    g.outlineRunStart.clear();
    g.outlineRuns.clear();
    const std::size_t rings = g.ringStart.size() - 1;
    g.outlineRunStart.reserve(rings + 1);
    for (std::size_t r = 0; r < rings; ++r) {
        g.outlineRunStart.push_back(std::uint32_t(g.outlineRuns.size()));
        const std::uint32_t v0 = g.ringStart[r], v1 = g.ringStart[r + 1];
        for (std::uint32_t v = v0; v + 1 < v1;) {
            if (repeated[v]) {
                ++v;
                continue;
            }
            const std::uint32_t first = v;
            while (v + 1 < v1 && !repeated[v])
                ++v;
            g.outlineRuns.emplace_back(first, v);
        }
    }
    g.outlineRunStart.push_back(std::uint32_t(g.outlineRuns.size()));
}

// `g` with every vertex moved to the centre of its cell in a grid of `size` map units and a
// vertex in the cell of the one before it dropped; every ring and feature kept. A segment of it
// goes from one cell to the next, as exactly one of g's segments does, and is repeated when that
// one is (`repeated`, null when none is): its twin crosses between the same cells.
std::shared_ptr<const LayerGeometry> snapped(const LayerGeometry &g, double size,
                                             const std::vector<std::uint8_t> *repeated)
{
    auto out = std::make_shared<LayerGeometry>();
    out->kind = g.kind;
    out->layerId = g.layerId;
    out->role = g.role;
    out->featureStart = g.featureStart;
    out->boxes = g.boxes;
    out->fids = g.fids;
    out->extent = g.extent;
    out->gridSize = size;
    out->ringStart.reserve(g.ringStart.size());
    out->xy.reserve(g.xy.size() / 2);
    std::vector<std::uint8_t> outRepeated;
    const double perCell = 1 / size;
    for (std::size_t r = 0; r + 1 < g.ringStart.size(); ++r) {
        const std::size_t first = out->xy.size();
        out->ringStart.push_back(std::uint32_t(first / 2));
        for (std::uint32_t v = g.ringStart[r]; v < g.ringStart[r + 1]; ++v) {
            const double x = std::floor(g.xy[2 * v] * perCell + 0.5) * size;
            const double y = std::floor(g.xy[2 * v + 1] * perCell + 0.5) * size;
            const std::size_t n = out->xy.size();
            if (n > first && out->xy[n - 2] == x && out->xy[n - 1] == y)
                continue;
            if (repeated) // the flag of the segment ending here, at the one before
                outRepeated.push_back(n > first ? (*repeated)[v - 1] : 0);
            out->xy.push_back(x);
            out->xy.push_back(y);
        }
    }
    out->ringStart.push_back(std::uint32_t(out->xy.size() / 2));
    out->xy.shrink_to_fit();
    if (repeated) {
        // outRepeated[k] holds the flag of the segment ending at vertex k; a segment is flagged
        // at the vertex it starts from.
        outRepeated.erase(outRepeated.begin());
        outRepeated.push_back(0);
        setOutlineRuns(*out, outRepeated);
    }
    return out;
}

} // namespace

const LayerGeometry &LayerGeometry::atScale(double unitsPerPixel) const
{
    for (const auto &level : levels)
        if (level->gridSize <= unitsPerPixel / 4)
            return *level;
    return *this;
}

void LayerGeometry::finish()
{
    index = SpatialIndex(boxes);
    labelPoints.clear();
    levels.clear();
    outlineRunStart.clear();
    outlineRuns.clear();
    bool shares = false;
    std::vector<std::uint8_t> repeated;
    if (kind == Kind::Polygons) {
        labelPoints.reserve(featureCount());
        for (std::size_t f = 0; f < featureCount(); ++f)
            labelPoints.push_back(interiorPoint(*this, f));
        repeated = repeatedSegments(*this, shares);
        if (shares)
            setOutlineRuns(*this, repeated);
    }
    // Levels for a layer too large to draw whole at small scales: grids of 1/2,048 to
    // 1/131,072 of its extent, four times finer each (a full-extent frame about 2,000 pixels
    // wide takes the 1/8,192 one); a level that keeps more than 3/4 of the finer one's
    // vertices is not worth its memory.
    constexpr std::size_t kLevelsFrom = 100000;
    const double span = std::max(extent.width(), extent.height());
    if (kind == Kind::Points || xy.size() / 2 < kLevelsFrom || !(span > 0))
        return;
    std::size_t finer = xy.size() / 2;
    for (const double cells : {131072.0, 32768.0, 8192.0, 2048.0}) {
        auto level = snapped(*this, span / cells, shares ? &repeated : nullptr);
        if (level->xy.size() / 2 > finer * 3 / 4)
            continue;
        finer = level->xy.size() / 2;
        levels.insert(levels.begin(), std::move(level));
    }
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
