#include "gis/layerdata.h"

#include <QCoreApplication>

namespace geisep {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(geisep::LayerGeometry)
};

} // namespace

std::optional<std::size_t> featureAt(const LayerGeometry &layer, double x, double y,
                                     double tolerance)
{
    std::optional<std::size_t> best;
    double bestDistance2 = tolerance * tolerance;
    for (std::size_t f = 0; f < layer.featureCount(); ++f) {
        const Envelope &b = layer.boxes[f];
        if (x < b.minX - tolerance || x > b.maxX + tolerance || y < b.minY - tolerance
            || y > b.maxY + tolerance)
            continue;
        const std::uint32_t r0 = layer.featureStart[f], r1 = layer.featureStart[f + 1];
        if (layer.kind == LayerGeometry::Kind::Polygons) {
            bool inside = false;
            for (std::uint32_t r = r0; r < r1; ++r) {
                const std::uint32_t v0 = layer.ringStart[r], v1 = layer.ringStart[r + 1];
                for (std::uint32_t i = v0, j = v1 - 1; i < v1; j = i++) {
                    const double xi = layer.xy[2 * i], yi = layer.xy[2 * i + 1];
                    const double xj = layer.xy[2 * j], yj = layer.xy[2 * j + 1];
                    if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
                        inside = !inside;
                }
            }
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
