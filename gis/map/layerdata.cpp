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
// segment joins the same two vertices, either way round. Segments are first put in buckets by
// where their lesser end lies (a grid of about 256 segments a cell, stable, so earlier stays
// earlier); a segment and its twin share a bucket, and each bucket is matched through a small
// open-addressing table keyed by the two ends that stays in the cache. (One table for the whole
// layer was a cache and TLB miss a segment: 1.4 s and 256 MB for 14 M vertices.)
std::vector<std::uint8_t> repeatedSegments(const LayerGeometry &g, bool &any)
{
    const std::size_t n = g.xy.size() / 2;
    std::vector<std::uint8_t> repeated(n, 0);
    any = false;
    const double *xy = g.xy.data();
    // The segment from v as (lesser end, greater end).
    auto ends = [xy](std::uint32_t v) {
        const double *a = xy + 2 * std::size_t(v), *b = a + 2;
        return std::lexicographical_compare(b, b + 2, a, a + 2) ? std::pair(b, a) : std::pair(a, b);
    };
    // Segments of closed rings only; the others are drawn whole.
    auto forEachSegment = [&](auto use) {
        for (std::size_t r = 0; r + 1 < g.ringStart.size(); ++r) {
            const std::uint32_t v0 = g.ringStart[r], v1 = g.ringStart[r + 1];
            if (v1 - v0 < 4 || xy[2 * v0] != xy[2 * (v1 - 1)]
                || xy[2 * v0 + 1] != xy[2 * (v1 - 1) + 1])
                continue;
            for (std::uint32_t v = v0; v + 1 < v1; ++v)
                use(v);
        }
    };
    const std::size_t side
        = std::clamp<std::size_t>(std::size_t(std::sqrt(double(n) / 256)), 1, 2048);
    const Envelope &e = g.extent;
    const double perX = e.width() > 0 ? double(side) / e.width() : 0;
    const double perY = e.height() > 0 ? double(side) / e.height() : 0;
    auto bucketOf = [&](std::uint32_t v) {
        const double *a = ends(v).first;
        const auto cell = [&](double t, double per) {
            const double c = t * per; // NaN or out of range (a broken file) goes to an edge
            return c > 0 && c < double(side - 1) ? std::size_t(c) : c > 0 ? side - 1 : 0;
        };
        return cell(a[1] - e.minY, perY) * side + cell(a[0] - e.minX, perX);
    };
    std::vector<std::uint32_t> start(side * side + 1, 0);
    forEachSegment([&](std::uint32_t v) { ++start[bucketOf(v) + 1]; });
    for (std::size_t b = 1; b < start.size(); ++b)
        start[b] += start[b - 1];
    std::vector<std::uint32_t> segments(start.back());
    {
        std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
        forEachSegment([&](std::uint32_t v) { segments[next[bucketOf(v)]++] = v; });
    }
    std::vector<std::uint32_t> table; // v + 1 per slot, 0 when empty
    for (std::size_t b = 0; b + 1 < start.size(); ++b) {
        const std::uint32_t count = start[b + 1] - start[b];
        if (count < 2)
            continue;
        table.assign(std::bit_ceil(std::size_t(2) * count), 0);
        const std::size_t mask = table.size() - 1;
        for (std::uint32_t i = start[b]; i < start[b + 1]; ++i) {
            const std::uint32_t v = segments[i];
            const auto [a, c] = ends(v);
            std::size_t slot
                = mix(bits(a[0]) ^ mix(bits(a[1]) ^ mix(bits(c[0]) ^ mix(bits(c[1]))))) & mask;
            bool seen = false;
            for (; table[slot] != 0; slot = (slot + 1) & mask) {
                const auto [d, f] = ends(table[slot] - 1);
                if (std::equal(a, a + 2, d) && std::equal(c, c + 2, f)) {
                    seen = true;
                    break;
                }
            }
            if (seen) {
                repeated[v] = 1;
                any = true;
            } else {
                table[slot] = v + 1;
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
// one is (`repeated`, null when none is): its twin crosses between the same cells. Null when it
// would keep more than `atMost` vertices; counted first, so its arrays are allocated once.
std::shared_ptr<const LayerGeometry> snapped(const LayerGeometry &g, double size,
                                             const std::vector<std::uint8_t> *repeated,
                                             std::vector<std::uint8_t> &outRepeated,
                                             std::size_t atMost)
{
    const double perCell = 1 / size;
    // The nearest cell centre's index (a truncation corrected below zero: std::floor is a call
    // on the baseline x86-64 this is built for).
    const auto cell = [perCell](double t) -> std::int64_t {
        const double u = t * perCell + 0.5;
        constexpr double kFar = 4e18; // beyond it (or NaN: a broken file), one cell at the edge
        if (!(std::abs(u) < kFar))
            return u > 0 ? std::int64_t(kFar) : -std::int64_t(kFar);
        const auto c = std::int64_t(u);
        return c - (u < double(c) ? 1 : 0);
    };
    // Calls ring() as each ring begins and keep(v, cx, cy, first in its ring) for each vertex
    // kept.
    const auto walk = [&](auto ring, auto keep) {
        for (std::size_t r = 0; r + 1 < g.ringStart.size(); ++r) {
            ring();
            std::int64_t lastX = 0, lastY = 0;
            const std::uint32_t v0 = g.ringStart[r];
            for (std::uint32_t v = v0; v < g.ringStart[r + 1]; ++v) {
                const std::int64_t cx = cell(g.xy[2 * v]), cy = cell(g.xy[2 * v + 1]);
                if (v > v0 && cx == lastX && cy == lastY)
                    continue;
                keep(v, cx, cy, v == v0);
                lastX = cx;
                lastY = cy;
            }
        }
    };
    std::size_t count = 0;
    walk([] {}, [&](std::uint32_t, std::int64_t, std::int64_t, bool) { ++count; });
    if (count > atMost)
        return nullptr;
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
    out->xy.reserve(2 * count);
    // outRepeated[k]: the flag of the segment from vertex k to k + 1 (0 at a ring's last).
    outRepeated.assign(repeated ? count : 0, 0);
    walk([&] { out->ringStart.push_back(std::uint32_t(out->xy.size() / 2)); },
         [&](std::uint32_t v, std::int64_t cx, std::int64_t cy, bool first) {
             if (repeated && !first)
                 outRepeated[out->xy.size() / 2 - 1] = (*repeated)[v - 1];
             out->xy.push_back(double(cx) * size);
             out->xy.push_back(double(cy) * size);
         });
    out->ringStart.push_back(std::uint32_t(out->xy.size() / 2));
    if (repeated)
        setOutlineRuns(*out, outRepeated);
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
    // Each level is snapped from the finer one kept, which has fewer vertices; a vertex is then
    // at most 1.25 cells × √½ from where it was (0.22 px where the level is drawn), and the same
    // vertex still lands in the same cell from either side.
    const LayerGeometry *from = this;
    std::vector<std::uint8_t> fromRepeated = std::move(repeated), levelRepeated;
    for (const double cells : {131072.0, 32768.0, 8192.0, 2048.0}) {
        auto level = snapped(*from, span / cells, shares ? &fromRepeated : nullptr, levelRepeated,
                             from->xy.size() / 2 * 3 / 4);
        if (!level)
            continue;
        from = level.get();
        std::swap(fromRepeated, levelRepeated);
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
    // The vertices' room at once, from the geometry's bytes (16 a vertex in WKB; SQLite reads a
    // blob's length without its content): grown by doubling, the array of a national layer was
    // copied a dozen times and held twice at its peak (issue 19).
    if (auto bytes = db.prepareWith("SELECT total(length(geom)) FROM %1", {*id})) {
        if (auto row = bytes->step(); row && *row)
            out.xy.reserve(std::size_t(bytes->real(0) / 16) * 2);
    }
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
    if (out.xy.capacity() > out.xy.size() + out.xy.size() / 4)
        out.xy.shrink_to_fit(); // a filter kept few of the features
    out.finish();
    return out;
}

} // namespace geisep
