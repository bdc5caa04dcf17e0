// FeatureEditor: splitting polygons with a drawn line.
#include "gis/edit/featureedit.h"

#include "core/gpkg.h"
#include "gis/geos.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace geisep {

namespace {

using geos::GeometryPtr;

// The pieces of one polygon a line cuts it into (those inside it: not its holes), or none when
// the line does not cut it from side to side.
std::vector<GeometryPtr> cut(const GEOSGeometry *polygon, const GEOSGeometry *line)
{
    GEOSContextHandle_t h = geos::context();
    std::vector<GeometryPtr> pieces;
    GeometryPtr boundary(GEOSBoundary_r(h, polygon));
    if (!boundary)
        return pieces;
    GeometryPtr noded(GEOSUnion_r(h, boundary.get(), line)); // noded where they cross
    if (!noded)
        return pieces;
    const GEOSGeometry *input[] = {noded.get()};
    GeometryPtr polygons(GEOSPolygonize_r(h, input, 1));
    if (!polygons)
        return pieces;
    for (int i = 0; i < GEOSGetNumGeometries_r(h, polygons.get()); ++i) {
        const GEOSGeometry *piece = GEOSGetGeometryN_r(h, polygons.get(), i);
        GeometryPtr inside(GEOSPointOnSurface_r(h, piece));
        if (inside && GEOSContains_r(h, polygon, inside.get()) == 1)
            pieces.emplace_back(GEOSGeom_clone_r(h, piece));
    }
    if (pieces.size() < 2)
        pieces.clear();
    return pieces;
}

double area(const GEOSGeometry *g)
{
    double a = 0;
    GEOSArea_r(geos::context(), g, &a);
    return a;
}

} // namespace

Result<FeatureEditor::Split> FeatureEditor::splitFeatures(qint64 layerId, const QByteArray &lineWkb,
                                                          QList<qint64> fids)
{
    if (auto ok = m_project.checkWritable(); !ok)
        return std::unexpected(ok.error());
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    if (!l->geometryType.toUpper().endsWith(u"POLYGON"))
        return fail(tr("Only areas (polygons) can be split; \"%1\" holds %2.")
                        .arg(l->info.name, l->geometryType),
                    m_project.path());
    GEOSContextHandle_t h = geos::context();
    const GeometryPtr line = geos::fromWkb(lineWkb);
    if (!line || GEOSGeomTypeId_r(h, line.get()) != GEOS_LINESTRING)
        return fail(tr("Draw the splitting line with two points or more."), m_project.path());
    Database &db = m_project.db();
    const Identifier table = *Identifier::make(l->info.tableName);
    if (fids.isEmpty()) {
        // Every polygon whose box the line's box touches (the R-tree), checked exactly below.
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        GEOSGeom_getXMin_r(h, line.get(), &minX);
        GEOSGeom_getYMin_r(h, line.get(), &minY);
        GEOSGeom_getXMax_r(h, line.get(), &maxX);
        GEOSGeom_getYMax_r(h, line.get(), &maxY);
        auto near = db.prepareWith(
            "SELECT id FROM %1 WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ? ORDER "
            "BY id",
            {*Identifier::make(QStringLiteral("rtree_%1_geom").arg(l->info.tableName))});
        if (!near)
            return std::unexpected(near.error());
        near->bind(1, minX).bind(2, maxX).bind(3, minY).bind(4, maxY);
        if (auto rows = near->forEachRow([&] { fids << near->int64(0); }); !rows)
            return std::unexpected(rows.error());
    }

    return withTransaction(db, [&]() -> Result<FeatureEditor::Split> {
        Split split;
        for (const qint64 fid : std::as_const(fids)) {
            auto wkb = geometry(layerId, fid);
            if (!wkb)
                return std::unexpected(wkb.error());
            const GeometryPtr shape = geos::fromWkb(*wkb);
            if (!shape || GEOSIntersects_r(h, shape.get(), line.get()) != 1)
                continue;
            // Each part on its own: one the line does not cut stays whole with the feature.
            std::vector<GeometryPtr> kept, pieces;
            for (int p = 0; p < GEOSGetNumGeometries_r(h, shape.get()); ++p) {
                const GEOSGeometry *part = GEOSGetGeometryN_r(h, shape.get(), p);
                std::vector<GeometryPtr> cutParts = cut(part, line.get());
                if (cutParts.empty())
                    kept.emplace_back(GEOSGeom_clone_r(h, part));
                for (GeometryPtr &piece : cutParts)
                    pieces.push_back(std::move(piece));
            }
            if (pieces.empty())
                continue;
            // The largest piece stays with the feature, with its fields, area and links.
            std::sort(pieces.begin(), pieces.end(), [](const GeometryPtr &a, const GeometryPtr &b) {
                return area(a.get()) > area(b.get());
            });
            kept.push_back(std::move(pieces.front()));
            std::vector<GEOSGeometry *> keptRaw;
            for (GeometryPtr &g : kept)
                keptRaw.push_back(g.release());
            GeometryPtr keptShape(GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, keptRaw.data(),
                                                              unsigned(keptRaw.size())));
            if (!keptShape)
                return fail(tr("Feature %1 could not be split.").arg(fid), m_project.path());
            split.oldShapes.insert(fid, *wkb);
            if (auto ok = setGeometry(layerId, fid, geos::toWkb(keptShape.get())); !ok)
                return std::unexpected(ok.error());
            // The other pieces: new features with the same fields.
            auto row = db.prepareWith("SELECT * FROM %1 WHERE fid = ?", {table});
            if (!row)
                return std::unexpected(row.error());
            row->bind(1, fid);
            if (auto found = row->step(); !found || !*found)
                return fail(tr("Feature %1 is gone from the layer.").arg(fid), m_project.path());
            QVariantMap values;
            for (int i = 0; i < row->columnCount(); ++i) {
                const QString name = row->columnName(i);
                if (name != u"fid" && name != u"geom" && !row->isNull(i))
                    values.insert(name, row->value(i));
            }
            row->reset();
            for (std::size_t i = 1; i < pieces.size(); ++i) {
                auto added = addFeature(layerId, geos::toWkb(pieces[i].get()), values);
                if (!added)
                    return std::unexpected(added.error());
                split.added << *added;
            }
        }
        if (split.oldShapes.isEmpty())
            return fail(
                tr("The line cuts no area of \"%1\" from one side to the other.").arg(l->info.name),
                m_project.path(), tr("Draw it across the area, starting and ending outside."));
        return split;
    });
}

Result<void> FeatureEditor::unsplit(qint64 layerId, const Split &split)
{
    Database &db = m_project.db();
    return withTransaction(db, [&]() -> Result<void> {
        if (!split.added.isEmpty())
            if (auto removed = deleteFeatures(layerId, split.added); !removed)
                return std::unexpected(removed.error());
        for (auto it = split.oldShapes.begin(); it != split.oldShapes.end(); ++it)
            if (auto ok = setGeometry(layerId, it.key(), it.value()); !ok)
                return ok;
        return {};
    });
}

} // namespace geisep
