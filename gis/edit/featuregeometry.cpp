#include "gis/edit/featureedit.h"
#include "gis/edit/featureedit_p.h"

#include "core/findlayer.h"
#include "core/gpkg.h"
#include "core/text/csv.h"
#include "core/text/turkish.h"
#include "gis/geos.h"
#include "gis/io/importer.h"
#include "gis/map/maplayer.h"
#include "gis/print/printwords.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace geisep {

namespace {

bool sameFamily(int geosType, const QString &layerType)
{
    const QString t = layerType.toUpper();
    if (t == u"GEOMETRY" || t == u"GEOMETRYCOLLECTION")
        return true;
    if (t.endsWith(u"POLYGON"))
        return geosType == GEOS_POLYGON || geosType == GEOS_MULTIPOLYGON;
    if (t.endsWith(u"LINESTRING"))
        return geosType == GEOS_LINESTRING || geosType == GEOS_MULTILINESTRING;
    if (t.endsWith(u"POINT"))
        return geosType == GEOS_POINT || geosType == GEOS_MULTIPOINT;
    return false;
}

} // namespace

QByteArray FeatureEditor::shapeWkb(const QPolygonF &points, const QString &geometryType)
{
    const QString t = geometryType.toUpper();
    const bool polygon = t.endsWith(u"POLYGON");
    const bool line = t.endsWith(u"LINESTRING");
    const qsizetype needed = polygon ? 3 : line ? 2 : 1;
    if (points.size() < needed)
        return {};
    QByteArray wkb;
    auto u32 = [&](quint32 v) {
        char buf[4];
        qToLittleEndian<quint32>(v, buf);
        wkb.append(buf, 4);
    };
    auto xy = [&](const QPointF &p) {
        char buf[16];
        qToLittleEndian<double>(p.x(), buf);
        qToLittleEndian<double>(p.y(), buf + 8);
        wkb.append(buf, 16);
    };
    wkb.append(char(1));
    if (polygon) {
        const bool closed = points.first() == points.last();
        u32(3);
        u32(1);
        u32(quint32(points.size() + (closed ? 0 : 1)));
        for (const QPointF &p : points)
            xy(p);
        if (!closed)
            xy(points.first());
    } else if (line) {
        u32(2);
        u32(quint32(points.size()));
        for (const QPointF &p : points)
            xy(p);
    } else {
        u32(1);
        xy(points.first());
    }
    return wkb;
}

Result<QByteArray> FeatureEditor::checkedGeometry(const QByteArray &wkb, const QString &layerType,
                                                  bool repair)
{
    GEOSContextHandle_t ctx = geos::context();
    geos::GeometryPtr g = geos::fromWkb(wkb);
    if (!g)
        return fail(tr("The drawn shape is not a geometry (too few points?)."), {},
                    tr("Draw at least three points for an area, two for a line."));
    if (GEOSisEmpty_r(ctx, g.get()) == 1)
        return fail(tr("The drawn shape is empty."));
    const int type = GEOSGeomTypeId_r(ctx, g.get());
    if (!sameFamily(type, layerType))
        return fail(tr("This layer holds %1; the shape drawn is not one.")
                        .arg(featureedit::familyWord(layerType)),
                    {}, tr("Draw into a layer of the same kind, or make a new layer."));
    char *reason = nullptr;
    GEOSGeometry *location = nullptr;
    if (GEOSisValidDetail_r(ctx, g.get(), 0, &reason, &location) != 1) {
        const QString why = reason ? QString::fromUtf8(reason) : QString();
        double x = 0, y = 0;
        if (location) {
            GEOSGeomGetX_r(ctx, location, &x);
            GEOSGeomGetY_r(ctx, location, &y);
            GEOSGeom_destroy_r(ctx, location);
        }
        GEOSFree_r(ctx, reason);
        if (!repair)
            return fail(tr("The shape is not valid at %1, %2: %3.")
                            .arg(QString::number(x, 'f', 1), QString::number(y, 'f', 1), why),
                        {},
                        tr("Move the crossing vertices apart, or let the program repair the "
                           "shape."));
        g = type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON
                ? geos::makeValidPolygonal(g.get())
                : geos::GeometryPtr(GEOSMakeValid_r(ctx, g.get()));
        if (!g || GEOSisEmpty_r(ctx, g.get()) == 1
            || !sameFamily(GEOSGeomTypeId_r(ctx, g.get()), layerType))
            return fail(tr("The shape could not be repaired: nothing of it is left as %1.")
                            .arg(featureedit::familyWord(layerType)),
                        {}, tr("Draw it again."));
    }
    const QString t = layerType.toUpper();
    const int single = GEOSGeomTypeId_r(ctx, g.get());
    const int multi = t == u"MULTIPOLYGON"      ? GEOS_MULTIPOLYGON
                      : t == u"MULTILINESTRING" ? GEOS_MULTILINESTRING
                      : t == u"MULTIPOINT"      ? GEOS_MULTIPOINT
                                                : -1;
    if (multi >= 0 && single != multi) {
        GEOSGeometry *part = g.release();
        g.reset(GEOSGeom_createCollection_r(ctx, multi, &part, 1));
    } else if (multi < 0 && t != u"GEOMETRY" && GEOSGetNumGeometries_r(ctx, g.get()) > 1) {
        return fail(tr("This layer holds one part per feature; the shape has %1.")
                        .arg(GEOSGetNumGeometries_r(ctx, g.get())));
    } else if (multi < 0 && single != type && GEOSGetNumGeometries_r(ctx, g.get()) == 1) {
        g.reset(GEOSGeom_clone_r(ctx, GEOSGetGeometryN_r(ctx, g.get(), 0)));
    }
    return geos::toWkb(g.get());
}

Result<qint64> FeatureEditor::addFeature(qint64 layerId, const QByteArray &wkb,
                                         const QVariantMap &values, bool repair)
{
    if (auto ok = m_project.checkWritable(); !ok)
        return std::unexpected(ok.error());
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    auto checked = checkedGeometry(wkb, l->geometryType, repair);
    if (!checked)
        return std::unexpected(checked.error());
    auto columns = fields(layerId);
    if (!columns)
        return std::unexpected(columns.error());
    QList<Identifier> names = {*Identifier::make(QStringLiteral("geom"))};
    QVariantList bound;
    for (const EditField &f : *columns) {
        if (!values.contains(f.name))
            continue;
        auto parsed = parseValue(f, values.value(f.name));
        if (!parsed)
            return fail(featureedit::fieldMessage(f.name, parsed.error().message),
                        m_project.path());
        names.append(*Identifier::make(f.name));
        bound.append(*parsed);
    }
    for (auto it = values.begin(); it != values.end(); ++it)
        if (std::none_of(columns->begin(), columns->end(),
                         [&](const EditField &f) { return f.name == it.key(); }))
            return fail(tr("The layer \"%1\" has no field \"%2\".").arg(l->info.name, it.key()),
                        m_project.path());

    Database &db = m_project.db();
    return withTransaction(db, [&]() -> Result<qint64> {
        auto insert = db.prepareInsert(*Identifier::make(l->info.tableName), names);
        if (!insert)
            return std::unexpected(insert.error());
        const auto envelope = gpkg::wkbEnvelope(checked->constData(), checked->size());
        insert->bindBlob(
            1, gpkg::encodeGeometry(l->info.srsId, *checked, envelope.value_or(Envelope{})));
        for (qsizetype i = 0; i < bound.size(); ++i)
            insert->bind(int(i) + 2, bound[i]);
        if (auto ok = insert->exec(); !ok)
            return std::unexpected(ok.error());
        const qint64 fid = db.lastInsertRowId();
        if (isAreaRole(l->info.role))
            if (auto ok = writeAreaRow(*l, fid, *checked, values); !ok)
                return std::unexpected(ok.error());
        if (auto ok = gpkg::refreshExtent(db, *Identifier::make(l->info.tableName)); !ok)
            return std::unexpected(ok.error());
        return fid;
    });
}

Result<void> FeatureEditor::writeAreaRow(const Layer &l, qint64 fid, const QByteArray &wkb,
                                         const QVariantMap &values)
{
    Database &db = m_project.db();
    QStringList names;
    QVariantList given;
    for (auto it = values.begin(); it != values.end(); ++it) {
        names.append(it.key());
        given.append(it.value());
    }
    const AreaColumns columns = areaColumnsOf(names);
    auto take = [&](int column) {
        return column < 0 ? QString() : given[column].toString().trimmed();
    };
    const QString name = take(columns.name);
    QString district = take(columns.district);
    QString province = take(columns.province);

    // Where the file says nothing, the district and province of the mahalle the area lies in.
    if (district.isEmpty() || province.isEmpty()) {
        GEOSContextHandle_t ctx = geos::context();
        const geos::GeometryPtr shape = geos::fromWkb(wkb);
        const geos::GeometryPtr inside(shape ? GEOSPointOnSurface_r(ctx, shape.get()) : nullptr);
        double x = 0, y = 0;
        if (inside && GEOSGeomGetX_r(ctx, inside.get(), &x) == 1
            && GEOSGeomGetY_r(ctx, inside.get(), &y) == 1) {
            for (const LayerInfo &other : m_project.layers()) {
                if (other.role != LayerRole::MuhtarDistrict || other.id == l.info.id)
                    continue;
                auto near
                    = featureedit::candidates(db, other.tableName, other.id, Envelope{x, y, x, y});
                if (!near)
                    return std::unexpected(near.error());
                const auto mahalle
                    = std::find_if(near->begin(), near->end(), [&](const auto &candidate) {
                          return GEOSIntersects_r(ctx, candidate.shape.get(), inside.get()) == 1;
                      });
                if (mahalle == near->end())
                    continue;
                if (district.isEmpty())
                    district = mahalle->district;
                if (province.isEmpty())
                    province = mahalle->province;
                break;
            }
        }
    }
    auto row = db.prepare("INSERT INTO geisep_areas (layer_id, fid, code, name, district, "
                          "province, name_folded) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!row)
        return std::unexpected(row.error());
    row->bind(1, l.info.id).bind(2, fid).bindNullable(3, take(columns.code));
    row->bindNullable(4, name).bindNullable(5, district).bindNullable(6, province);
    row->bind(7, foldTurkish(name));
    if (auto ok = row->exec(); !ok)
        return ok;
    return writeAreaParts(l, fid, wkb);
}

Result<QByteArray> FeatureEditor::geometry(qint64 layerId, qint64 fid)
{
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    auto stmt = m_project.db().prepareWith("SELECT geom FROM %1 WHERE fid = ?",
                                           {*Identifier::make(l->info.tableName)});
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, fid);
    auto found = stmt->step();
    if (!found)
        return std::unexpected(found.error());
    const QByteArray blob = *found ? stmt->blob(0) : QByteArray();
    const auto header = gpkg::decodeHeader(blob);
    if (!header)
        return fail(
            tr("The layer \"%1\" has no feature %2 with a shape.").arg(l->info.name).arg(fid),
            m_project.path());
    return blob.mid(header->wkbOffset);
}

Result<void> FeatureEditor::setGeometry(qint64 layerId, qint64 fid, const QByteArray &wkb,
                                        bool repair)
{
    if (auto ok = m_project.checkWritable(); !ok)
        return ok;
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    auto checked = checkedGeometry(wkb, l->geometryType, repair);
    if (!checked)
        return std::unexpected(checked.error());
    Database &db = m_project.db();
    return withTransaction(db, [&]() -> Result<void> {
        auto stmt = db.prepareWith("UPDATE %1 SET geom = ? WHERE fid = ?",
                                   {*Identifier::make(l->info.tableName)});
        if (!stmt)
            return std::unexpected(stmt.error());
        const auto envelope = gpkg::wkbEnvelope(checked->constData(), checked->size());
        stmt->bindBlob(
            1, gpkg::encodeGeometry(l->info.srsId, *checked, envelope.value_or(Envelope{})));
        stmt->bind(2, fid);
        if (auto ok = stmt->exec(); !ok)
            return ok;
        if (db.changes() == 0)
            return fail(tr("The layer \"%1\" has no feature %2.").arg(l->info.name).arg(fid),
                        m_project.path());
        if (auto ok = writeAreaParts(*l, fid, *checked); !ok)
            return ok;
        return gpkg::refreshExtent(db, *Identifier::make(l->info.tableName));
    });
}

Result<FeatureEditor::Merged> FeatureEditor::mergeFeatures(qint64 layerId, QList<qint64> fids)
{
    if (auto ok = m_project.checkWritable(); !ok)
        return std::unexpected(ok.error());
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    std::sort(fids.begin(), fids.end());
    fids.erase(std::unique(fids.begin(), fids.end()), fids.end());
    if (fids.size() < 2)
        return fail(tr("Select at least two features to merge."));
    if (!l->geometryType.toUpper().endsWith(u"POLYGON"))
        return fail(tr("Only areas (polygons) are merged; \"%1\" holds %2.")
                        .arg(l->info.name, featureedit::familyWord(l->geometryType)));
    GEOSContextHandle_t ctx = geos::context();
    std::vector<GEOSGeometry *> shapes;
    Merged merged;
    merged.kept = fids.first();
    for (const qint64 fid : std::as_const(fids)) {
        auto wkb = geometry(layerId, fid);
        if (!wkb) {
            for (GEOSGeometry *g : shapes)
                GEOSGeom_destroy_r(ctx, g);
            return std::unexpected(wkb.error());
        }
        if (fid == merged.kept)
            merged.oldShape = *wkb;
        shapes.push_back(geos::fromWkb(*wkb).release());
    }
    const geos::GeometryPtr all(GEOSGeom_createCollection_r(
        ctx, GEOS_GEOMETRYCOLLECTION, shapes.data(), unsigned(shapes.size())));
    const geos::GeometryPtr united(all ? GEOSUnaryUnion_r(ctx, all.get()) : nullptr);
    if (!united)
        return fail(tr("The features could not be merged."), m_project.path());
    Database &db = m_project.db();
    return withTransaction(db, [&]() -> Result<FeatureEditor::Merged> {
        if (auto ok = setGeometry(layerId, merged.kept, geos::toWkb(united.get())); !ok)
            return std::unexpected(ok.error());
        auto removed = deleteFeatures(layerId, fids.mid(1));
        if (!removed)
            return std::unexpected(removed.error());
        merged.removed = std::move(*removed);
        return merged;
    });
}

} // namespace geisep
