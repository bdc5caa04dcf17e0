#include "core/validate.h"

#include "core/schema.h"
#include "core/sqlite.h"

#include <QFileInfo>

namespace geisep {

Result<QList<Problem>> ProjectValidator::check(const QString &path)
{
    if (!QFileInfo::exists(path))
        return fail(tr("The file does not exist."), path, tr("Check the path."));
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened)
        return std::unexpected(opened.error());
    Database &db = *opened;
    QList<Problem> problems;
    auto add = [&](Problem::Kind kind, const QString &message) {
        problems.append(Problem{kind, message});
    };

    // SQLite itself.
    if (auto stmt = db.prepare("PRAGMA integrity_check")) {
        while (stmt->step().value_or(false))
            if (stmt->text(0) != u"ok")
                add(Problem::Kind::Integrity, tr("SQLite integrity: %1").arg(stmt->text(0)));
    }
    if (auto stmt = db.prepare("PRAGMA foreign_key_check")) {
        while (stmt->step().value_or(false))
            add(Problem::Kind::Integrity,
                tr("Row %1 of %2 refers to a row of %3 that does not exist.")
                    .arg(stmt->int64(1))
                    .arg(stmt->text(0), stmt->text(2)));
    }

    // GeoPackage structure.
    if (db.queryInt("PRAGMA application_id").value_or(0) != schema::kApplicationId)
        add(Problem::Kind::GeoPackage, tr("The application id is not \"GPKG\"."));
    if (db.queryInt("PRAGMA user_version").value_or(0) < 10200)
        add(Problem::Kind::GeoPackage, tr("The GeoPackage version (user_version) is below 1.2."));
    for (const char *table : {"gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns",
                              "gpkg_extensions"}) {
        if (!db.tableExists(QString::fromLatin1(table)))
            add(Problem::Kind::GeoPackage,
                tr("The required table %1 is missing.").arg(QString::fromLatin1(table)));
    }
    const bool hasContents = db.tableExists(QStringLiteral("gpkg_contents"));
    for (int srs : {-1, 0, 4326}) {
        if (!db.tableExists(QStringLiteral("gpkg_spatial_ref_sys")))
            break;
        auto stmt = db.prepare("SELECT 1 FROM gpkg_spatial_ref_sys WHERE srs_id = ?");
        if (stmt && !stmt->bind(1, srs).step().value_or(false))
            add(Problem::Kind::GeoPackage,
                tr("gpkg_spatial_ref_sys lacks the required row for srs_id %1.").arg(srs));
    }
    auto contents = db.prepare(
            "SELECT c.table_name, c.data_type, c.srs_id, g.column_name, "
            "(SELECT count(*) FROM gpkg_spatial_ref_sys s WHERE s.srs_id = c.srs_id) "
            "FROM gpkg_contents c LEFT JOIN gpkg_geometry_columns g USING (table_name)");
    if (hasContents && contents) {
        Statement *stmt = &*contents;
        while (stmt->step().value_or(false)) {
            const QString table = stmt->text(0);
            const QString type = stmt->text(1);
            if (!db.tableExists(table)) {
                add(Problem::Kind::GeoPackage,
                    tr("gpkg_contents lists the table %1, which does not exist.").arg(table));
                continue;
            }
            if (type != u"features")
                continue;
            if (stmt->isNull(3))
                add(Problem::Kind::GeoPackage,
                    tr("The layer %1 has no row in gpkg_geometry_columns.").arg(table));
            if (stmt->int64(4) == 0)
                add(Problem::Kind::GeoPackage,
                    tr("The layer %1 uses srs_id %2, which gpkg_spatial_ref_sys does not hold.")
                        .arg(table)
                        .arg(stmt->int64(2)));
            // An R-tree that disagrees with its table makes features vanish from the map.
            const auto id = Identifier::make(table);
            const auto rtree = Identifier::make(QStringLiteral("rtree_") + table
                                                + QStringLiteral("_") + stmt->text(3));
            if (!id || !rtree || !db.tableExists(rtree->name()))
                continue;
            auto geomColumn = Identifier::make(stmt->text(3));
            if (!geomColumn)
                continue;
            auto count = db.prepareWith("SELECT (SELECT count(*) FROM %1 WHERE %3 IS NOT NULL "
                                        "AND NOT ST_IsEmpty(%3)), (SELECT count(*) FROM %2)",
                                        {*id, *rtree, *geomColumn});
            if (count && count->step().value_or(false) && count->int64(0) != count->int64(1))
                add(Problem::Kind::GeoPackage,
                    tr("The spatial index of %1 has %2 entries for %3 geometries.")
                        .arg(table)
                        .arg(count->int64(1))
                        .arg(count->int64(0)));
        }
    }

    // GEİSEP plan tables and their references.
    const auto version = schema::version(db);
    if (!version || *version == 0) {
        add(Problem::Kind::Plan, tr("geisep_meta or its schema_version is missing: this is not a "
                                    "GEİSEP project."));
        return problems;
    }
    if (*version > schema::kCurrentVersion)
        add(Problem::Kind::Plan, tr("The schema version %1 is newer than this program's (%2); "
                                    "only the parts it knows were checked.")
                                     .arg(*version)
                                     .arg(schema::kCurrentVersion));
    for (const QString &table : schema::planTables()) {
        if (table == u"geisep_match_fixes" && *version < 2)
            continue;
        if (!db.tableExists(table)) {
            add(Problem::Kind::Plan, tr("The plan table %1 is missing.").arg(table));
            continue;
        }
        auto stmt = db.prepare("SELECT data_type FROM gpkg_contents WHERE table_name = ?");
        if (stmt && !stmt->bind(1, table).step().value_or(false))
            add(Problem::Kind::Plan,
                tr("The plan table %1 is not registered in gpkg_contents.").arg(table));
    }
    if (auto stmt = db.prepare("SELECT count(*) FROM geisep_meta m JOIN gpkg_spatial_ref_sys s "
                               "ON s.srs_id = CAST(m.value AS INTEGER) WHERE m.key = 'srs_id'");
        stmt && stmt->step().value_or(false) && stmt->int64(0) == 0)
        add(Problem::Kind::Plan, tr("The project's CRS (geisep_meta srs_id) is not in "
                                    "gpkg_spatial_ref_sys."));
    if (auto stmt = db.prepare(
            "SELECT l.id, l.name, l.table_name, c.data_type FROM geisep_layers l "
            "LEFT JOIN gpkg_contents c ON c.table_name = l.table_name WHERE l.kind = 'vector' "
            "AND l.removed = 0")) {
        while (stmt->step().value_or(false)) {
            if (stmt->isNull(3) || !db.tableExists(stmt->text(2)))
                add(Problem::Kind::Plan, tr("The layer \"%1\" points at the table %2, which is "
                                            "missing.")
                                             .arg(stmt->text(1), stmt->text(2)));
        }
    }
    // Areas must point at features that still exist.
    if (auto stmt = db.prepare("SELECT DISTINCT l.id, l.table_name FROM geisep_areas a JOIN "
                               "geisep_layers l ON l.id = a.layer_id")) {
        while (stmt->step().value_or(false)) {
            const auto table = Identifier::make(stmt->text(1));
            if (!table || !db.tableExists(table->name()))
                continue;
            auto orphans = db.prepareWith("SELECT count(*) FROM geisep_areas a WHERE a.layer_id "
                                          "= ? AND NOT EXISTS (SELECT 1 FROM %1 f WHERE f.fid = "
                                          "a.fid)",
                                          {*table});
            if (orphans && orphans->bind(1, stmt->int64(0)).step().value_or(false)
                && orphans->int64(0) > 0)
                add(Problem::Kind::Plan, tr("%1 areas point at features missing from %2.")
                                             .arg(orphans->int64(0))
                                             .arg(table->name()));
        }
    }
    return problems;
}

} // namespace geisep
