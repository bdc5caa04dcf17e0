// FeatureEditor: a drawn polygon made to fit its neighbours and its mahalle, and the mahalle a
// migrant area lies in with the share of its area in each.
#include "gis/edit/featureedit.h"
#include "gis/edit/featureedit_p.h"

#include "core/gpkg.h"
#include "gis/geos.h"

namespace geisep {

using featureedit::Candidate;
using featureedit::candidates;
using geos::GeometryPtr;

namespace {

Envelope envelopeOf(const GEOSGeometry *g)
{
    GEOSContextHandle_t h = geos::context();
    Envelope e;
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    if (GEOSGeom_getXMin_r(h, g, &minX) && GEOSGeom_getYMin_r(h, g, &minY)
        && GEOSGeom_getXMax_r(h, g, &maxX) && GEOSGeom_getYMax_r(h, g, &maxY))
        e = Envelope{minX, minY, maxX, maxY};
    return e;
}

double areaOf(const GEOSGeometry *g)
{
    double a = 0;
    GEOSArea_r(geos::context(), g, &a);
    return a;
}

} // namespace

namespace featureedit {

Result<std::vector<Candidate>> candidates(Database &db, const QString &table, qint64 layerId,
                                          const Envelope &box)
{
    std::vector<Candidate> out;
    const auto t = Identifier::make(table);
    const auto rtree = Identifier::make(QStringLiteral("rtree_%1_geom").arg(table));
    if (!t || !rtree || !db.tableExists(rtree->name()))
        return out;
    auto stmt = db.prepareWith(
        "SELECT t.fid, t.geom, a.name, a.district, a.province FROM %2 r JOIN %1 t ON t.fid = "
        "r.id LEFT JOIN geisep_areas a ON a.layer_id = ? AND a.fid = t.fid WHERE r.maxx >= ? AND "
        "r.minx <= ? AND r.maxy >= ? AND r.miny <= ? ORDER BY t.fid",
        {*t, *rtree});
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, layerId).bind(2, box.minX).bind(3, box.maxX).bind(4, box.minY).bind(5, box.maxY);
    auto rows = stmt->forEachRow([&] {
        const QByteArray blob = stmt->blob(1);
        const auto header = gpkg::decodeHeader(blob);
        if (!header || header->empty)
            return;
        GeometryPtr g = geos::fromWkb(blob.mid(header->wkbOffset));
        if (g)
            out.push_back(
                {stmt->int64(0), stmt->text(2), stmt->text(3), stmt->text(4), std::move(g)});
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

} // namespace featureedit

Result<void> FeatureEditor::writeAreaParts(const Layer &l, qint64 fid, const QByteArray &wkb)
{
    if (l.info.role != LayerRole::MigrantArea)
        return {};
    Database &db = m_project.db();
    auto id = db.prepare("SELECT id FROM geisep_areas WHERE layer_id = ? AND fid = ?");
    if (!id)
        return std::unexpected(id.error());
    id->bind(1, l.info.id).bind(2, fid);
    auto found = id->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return {};
    const qint64 areaId = id->int64(0);
    auto clear = db.prepare("DELETE FROM geisep_area_parts WHERE area_id = ?");
    if (!clear)
        return std::unexpected(clear.error());
    if (auto ok = clear->bind(1, areaId).exec(); !ok)
        return ok;
    GEOSContextHandle_t h = geos::context();
    const GeometryPtr shape = geos::fromWkb(wkb);
    const double whole = shape ? areaOf(shape.get()) : 0;
    if (whole <= 0)
        return {};
    auto insert = db.prepare("INSERT INTO geisep_area_parts (area_id, mahalle_id, share) SELECT "
                             "?, id, ? FROM geisep_areas WHERE layer_id = ? AND fid = ?");
    if (!insert)
        return std::unexpected(insert.error());
    for (const LayerInfo &other : m_project.layers()) {
        if (other.role != LayerRole::MuhtarDistrict || other.isRaster)
            continue;
        auto near = candidates(db, other.tableName, other.id, envelopeOf(shape.get()));
        if (!near)
            return std::unexpected(near.error());
        for (const Candidate &c : *near) {
            const GeometryPtr common(GEOSIntersection_r(h, shape.get(), c.shape.get()));
            const double share = common ? std::min(1.0, areaOf(common.get()) / whole) : 0;
            if (share < 1e-6) // a shared edge, or a sliver of snapping
                continue;
            insert->bind(1, areaId).bind(2, share).bind(3, other.id).bind(4, c.fid);
            if (auto ok = insert->exec(); !ok)
                return ok;
        }
    }
    return {};
}

Result<int> FeatureEditor::refreshMahalleShares(qint64 layerId, bool missingOnly)
{
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    if (l->info.role != LayerRole::MigrantArea)
        return 0;
    Database &db = m_project.db();
    QList<QPair<qint64, QByteArray>> areas;
    auto stmt = db.prepareWith(
        "SELECT t.fid, t.geom FROM %1 t JOIN geisep_areas a ON a.layer_id = ?1 AND a.fid = t.fid "
        "WHERE ?2 = 0 OR NOT EXISTS (SELECT 1 FROM geisep_area_parts p WHERE p.area_id = a.id)",
        {*Identifier::make(l->info.tableName)});
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, layerId).bind(2, qint64(missingOnly ? 1 : 0));
    if (auto rows = stmt->forEachRow([&] {
            const QByteArray blob = stmt->blob(1);
            if (const auto header = gpkg::decodeHeader(blob); header && !header->empty)
                areas.append({stmt->int64(0), blob.mid(header->wkbOffset)});
        });
        !rows)
        return std::unexpected(rows.error());
    if (areas.isEmpty())
        return 0;
    return withTransaction(db, [&]() -> Result<int> {
        for (const auto &[fid, wkb] : std::as_const(areas))
            if (auto ok = writeAreaParts(*l, fid, wkb); !ok)
                return std::unexpected(ok.error());
        return int(areas.size());
    });
}

Result<QList<FeatureEditor::MahalleShare>> FeatureEditor::mahalleShares(qint64 layerId, qint64 fid)
{
    auto stmt = m_project.db().prepare(
        "SELECT p.mahalle_id, m.name, m.district, p.share FROM geisep_area_parts p JOIN "
        "geisep_areas a ON a.id = p.area_id JOIN geisep_areas m ON m.id = p.mahalle_id WHERE "
        "a.layer_id = ? AND a.fid = ? ORDER BY p.share DESC, m.name");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, layerId).bind(2, fid);
    QList<MahalleShare> out;
    if (auto rows = stmt->forEachRow([&] {
            out.append({stmt->int64(0), stmt->text(1), stmt->text(2), stmt->real(3)});
        });
        !rows)
        return std::unexpected(rows.error());
    return out;
}

Result<QByteArray> FeatureEditor::fitShape(qint64 layerId, const QByteArray &wkb,
                                           bool avoidOverlaps, bool clipToMahalle,
                                           QStringList *notes)
{
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    GEOSContextHandle_t h = geos::context();
    GeometryPtr shape = geos::fromWkb(wkb);
    if (!shape || !l->geometryType.toUpper().endsWith(u"POLYGON")
        || (!avoidOverlaps && !clipToMahalle))
        return wkb;
    Database &db = m_project.db();
    const double drawnArea = areaOf(shape.get());

    if (clipToMahalle) {
        // The mahalle the shape mostly lies in, of every muhtar-district layer but this one.
        GeometryPtr best;
        QString bestName;
        double bestShare = 0;
        for (const LayerInfo &other : m_project.layers()) {
            if (other.role != LayerRole::MuhtarDistrict || other.id == layerId || other.isRaster)
                continue;
            auto found = candidates(db, other.tableName, other.id, envelopeOf(shape.get()));
            if (!found)
                return std::unexpected(found.error());
            for (Candidate &c : *found) {
                GeometryPtr common(GEOSIntersection_r(h, shape.get(), c.shape.get()));
                const double share = common ? areaOf(common.get()) : 0;
                if (share > bestShare) {
                    bestShare = share;
                    best = std::move(common);
                    bestName = c.name;
                }
            }
        }
        if (!best || bestShare <= 0)
            return fail(tr("The area lies in no mahalle, so it cannot be clipped to one."),
                        m_project.path(), tr("Turn off clipping, or draw it inside a mahalle."));
        if (bestShare < drawnArea * (1 - 1e-9) && notes)
            *notes << tr("clipped to %1").arg(bestName.isEmpty() ? tr("its mahalle") : bestName);
        shape = std::move(best);
    }

    if (avoidOverlaps) {
        auto found = candidates(db, l->info.tableName, layerId, envelopeOf(shape.get()));
        if (!found)
            return std::unexpected(found.error());
        int trimmed = 0;
        for (Candidate &c : *found) {
            if (GEOSIntersects_r(h, shape.get(), c.shape.get()) != 1)
                continue;
            GeometryPtr rest(GEOSDifference_r(h, shape.get(), c.shape.get()));
            if (!rest)
                return fail(tr("The area could not be trimmed against feature %1.").arg(c.fid),
                            m_project.path());
            if (areaOf(rest.get()) < areaOf(shape.get()) * (1 - 1e-9))
                ++trimmed;
            shape = std::move(rest);
        }
        if (trimmed > 0 && notes)
            *notes << tr("trimmed where it overlapped %n feature(s) of the layer", nullptr,
                         trimmed);
    }

    // Only the polygonal parts: a difference may leave slivers of lines or points.
    GeometryPtr polygonal = geos::makeValidPolygonal(shape.get());
    if (!polygonal || GEOSisEmpty_r(h, polygonal.get()) == 1 || areaOf(polygonal.get()) <= 0)
        return fail(tr("Nothing of the area is left once it is kept off the other areas."),
                    m_project.path(), tr("Draw it where the layer has no area yet."));
    return geos::toWkb(polygonal.get());
}

} // namespace geisep
