// Lists of areas for pickers (declared in core/areas.h).
#include "core/areas.h"

namespace geisep {

namespace {

// Rows of (id, name, district) from a prepared statement, in its order.
Result<QList<AreaEntry>> readAreas(Statement &stmt)
{
    QList<AreaEntry> out;
    auto rows = stmt.forEachRow([&] { out.append({stmt.int64(0), stmt.text(1), stmt.text(2)}); });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

} // namespace

Result<QList<AreaEntry>> muhtarAreas(Database &db)
{
    auto stmt = db.prepare("SELECT a.id, a.name, a.district FROM geisep_areas a JOIN "
                           "geisep_layers l ON l.id = a.layer_id WHERE l.role = "
                           "'muhtar_district' AND NOT l.removed ORDER BY a.district, "
                           "a.name_folded");
    if (!stmt)
        return std::unexpected(stmt.error());
    return readAreas(*stmt);
}

Result<QList<AreaEntry>> areasOfLayer(Database &db, const QString &layerName)
{
    auto stmt = db.prepare(
        "SELECT a.id, a.name, a.district FROM geisep_areas a JOIN geisep_layers l ON l.id = "
        "a.layer_id WHERE l.name = ? AND l.removed = 0 ORDER BY a.name");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, layerName);
    return readAreas(*stmt);
}

} // namespace geisep
