#include "gis/layerdata.h"

#include <QCoreApplication>

namespace geisep {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(geisep::LayerGeometry)
};

} // namespace

Result<LayerGeometry> loadLayerGeometry(Database &db, const QString &table, qint64 layerId,
                                        const QString &role, const QString &categoryColumn)
{
    const auto id = Identifier::make(table);
    if (!id)
        return fail(Text::tr("The layer table name %1 is not one this program writes.").arg(table),
                    db.path());
    const auto category = Identifier::make(categoryColumn.isEmpty() ? QStringLiteral("fid")
                                                                    : categoryColumn);
    auto stmt = db.prepareWith("SELECT fid, geom, %2 FROM %1 ORDER BY fid", {*id, *category});
    if (!stmt)
        return std::unexpected(stmt.error());
    LayerGeometry out;
    out.layerId = layerId;
    out.role = role;
    auto typeStmt = db.prepare("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE "
                               "table_name = ?");
    if (typeStmt) {
        typeStmt->bind(1, table);
        if (typeStmt->step().value_or(false)) {
            const QString type = typeStmt->text(0);
            out.kind = type.contains(QStringLiteral("POINT"))  ? LayerGeometry::Kind::Points
                       : type.contains(QStringLiteral("LINE")) ? LayerGeometry::Kind::Lines
                                                               : LayerGeometry::Kind::Polygons;
        }
    }
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const QByteArray blob = stmt->blob(1);
        const auto header = gpkg::decodeHeader(blob);
        if (!header || header->empty)
            continue;
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
            continue;
        }
        Envelope box;
        for (std::size_t i = xyBefore; i < out.xy.size(); i += 2)
            box.expand(out.xy[i], out.xy[i + 1]);
        out.featureStart.push_back(std::uint32_t(ringsBefore));
        out.boxes.push_back(box);
        out.fids.push_back(stmt->int64(0));
        out.category.push_back(categoryColumn.isEmpty() ? QString() : stmt->text(2));
        out.extent.expand(box);
    }
    out.ringStart.push_back(std::uint32_t(out.xy.size() / 2));
    out.featureStart.push_back(std::uint32_t(out.ringStart.size() - 1));
    return out;
}

} // namespace geisep
