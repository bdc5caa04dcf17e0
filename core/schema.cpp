#include "core/schema.h"

#include <QCoreApplication>

namespace geisep::schema {

namespace {

class SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(SchemaText)
};

// GeoPackage 1.3 core tables (spec clauses 1.1.2, 1.1.3, 2.1.5) and the metadata extension
// tables GDAL expects to find.
constexpr Sql kGeoPackageCore
    = "PRAGMA application_id = 1196444487;"
      "PRAGMA user_version = 10300;"
      "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY "
      "KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT "
      "NOT NULL, description TEXT);"
      "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
      "identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT "
      "(strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y "
      "DOUBLE, srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES "
      "gpkg_spatial_ref_sys(srs_id));"
      "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
      "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT "
      "NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT "
      "uk_gc_table_name UNIQUE (table_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) "
      "REFERENCES gpkg_contents(table_name), CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES "
      "gpkg_spatial_ref_sys (srs_id));"
      "CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT "
      "NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, "
      "column_name, extension_name));"
      "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, "
      "'undefined', 'undefined cartesian coordinate reference system');"
      "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, "
      "'undefined', 'undefined geographic coordinate reference system');";

// Schema version 1: the data model of DESIGN.md. Every table has an INTEGER PRIMARY KEY
// AUTOINCREMENT (GeoPackage requirement 119 for attribute tables) and only GeoPackage column
// types. Choices are CHECKed so QGIS edits cannot put unknown values in.
constexpr Sql kSchemaV1
    = "CREATE TABLE geisep_meta (id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, "
      "value TEXT);"

      "CREATE TABLE geisep_sectors (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT NOT NULL "
      "UNIQUE, name_tr TEXT NOT NULL, name_en TEXT, description TEXT, position INTEGER NOT NULL "
      "DEFAULT 0);"

      "CREATE TABLE geisep_goals (id INTEGER PRIMARY KEY AUTOINCREMENT, sector_id INTEGER NOT NULL "
      "REFERENCES geisep_sectors(id), code TEXT, title_tr TEXT NOT NULL, title_en TEXT, "
      "description TEXT, position INTEGER NOT NULL DEFAULT 0);"

      "CREATE TABLE geisep_objectives (id INTEGER PRIMARY KEY AUTOINCREMENT, goal_id INTEGER NOT "
      "NULL REFERENCES geisep_goals(id), code TEXT, title_tr TEXT NOT NULL, title_en TEXT, "
      "description TEXT, position INTEGER NOT NULL DEFAULT 0);"

      "CREATE TABLE geisep_stakeholders (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL "
      "CHECK (kind IN ('valilik','belediye','ministry','university','chamber','professional',"
      "'union','ngo','kent_konseyi','muhtar','other')), is_person BOOLEAN NOT NULL DEFAULT 0, "
      "name TEXT NOT NULL, organisation TEXT, title TEXT, phone TEXT, email TEXT, address TEXT, "
      "area_id INTEGER REFERENCES geisep_areas(id), note TEXT);"

      "CREATE TABLE geisep_actions (id INTEGER PRIMARY KEY AUTOINCREMENT, objective_id INTEGER NOT "
      "NULL REFERENCES geisep_objectives(id), code TEXT, title_tr TEXT NOT NULL, title_en TEXT, "
      "description TEXT, responsible_id INTEGER REFERENCES geisep_stakeholders(id), start_date "
      "DATE, end_date DATE, budget REAL, currency TEXT, funding_kind TEXT CHECK (funding_kind IN "
      "('own','national','international')), funding_source TEXT, status TEXT NOT NULL DEFAULT "
      "'planned' CHECK (status IN ('planned','in_progress','done','dropped')), method_step "
      "INTEGER CHECK (method_step BETWEEN 1 AND 5), position INTEGER NOT NULL DEFAULT 0);"

      "CREATE TABLE geisep_action_stakeholders (id INTEGER PRIMARY KEY AUTOINCREMENT, action_id "
      "INTEGER NOT NULL REFERENCES geisep_actions(id) ON DELETE CASCADE, stakeholder_id INTEGER "
      "NOT NULL REFERENCES geisep_stakeholders(id), role TEXT NOT NULL DEFAULT 'partner' CHECK "
      "(role IN ('responsible','partner','funder')), UNIQUE (action_id, stakeholder_id, role));"

      "CREATE TABLE geisep_indicators (id INTEGER PRIMARY KEY AUTOINCREMENT, objective_id INTEGER "
      "REFERENCES geisep_objectives(id), action_id INTEGER REFERENCES geisep_actions(id), code "
      "TEXT, name_tr TEXT NOT NULL, name_en TEXT, unit TEXT, direction TEXT NOT NULL DEFAULT 'up' "
      "CHECK (direction IN ('up','down')), kind TEXT NOT NULL DEFAULT 'count' CHECK (kind IN "
      "('count','percent','ratio')), aggregation TEXT NOT NULL DEFAULT 'sum' CHECK (aggregation IN "
      "('sum','mean','max')), position INTEGER NOT NULL DEFAULT 0, CHECK ((objective_id IS NULL) "
      "<> (action_id IS NULL)));"

      "CREATE TABLE geisep_layers (id INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL "
      "UNIQUE, name TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('muhtar_district',"
      "'migrant_area','infrastructure','reference','basemap')), source_path TEXT, source_layer "
      "TEXT, source_encoding TEXT, source_crs TEXT, service_field TEXT, service_type TEXT, "
      "import_report TEXT, is_sample BOOLEAN NOT NULL DEFAULT 0, visible BOOLEAN NOT NULL DEFAULT "
      "1, opacity REAL NOT NULL DEFAULT 1.0, position INTEGER NOT NULL DEFAULT 0, created DATETIME "
      "NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));"

      "CREATE TABLE geisep_areas (id INTEGER PRIMARY KEY AUTOINCREMENT, layer_id INTEGER NOT NULL "
      "REFERENCES geisep_layers(id) ON DELETE CASCADE, fid INTEGER NOT NULL, code TEXT, name TEXT, "
      "district TEXT, province TEXT, name_folded TEXT, valid_from DATE, valid_to DATE, "
      "UNIQUE (layer_id, fid));"

      "CREATE TABLE geisep_indicator_values (id INTEGER PRIMARY KEY AUTOINCREMENT, indicator_id "
      "INTEGER NOT NULL REFERENCES geisep_indicators(id) ON DELETE CASCADE, area_id INTEGER "
      "REFERENCES geisep_areas(id), period INTEGER NOT NULL, kind TEXT NOT NULL CHECK (kind IN "
      "('baseline','target','actual')), value REAL NOT NULL, source TEXT, note TEXT, UNIQUE "
      "(indicator_id, area_id, period, kind));"

      "CREATE TABLE geisep_area_links (id INTEGER PRIMARY KEY AUTOINCREMENT, area_id INTEGER NOT "
      "NULL REFERENCES geisep_areas(id) ON DELETE CASCADE, goal_id INTEGER REFERENCES "
      "geisep_goals(id) ON DELETE CASCADE, objective_id INTEGER REFERENCES geisep_objectives(id) "
      "ON DELETE CASCADE, action_id INTEGER REFERENCES geisep_actions(id) ON DELETE CASCADE, "
      "priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high','medium','low')), note "
      "TEXT, CHECK ((goal_id IS NOT NULL) + (objective_id IS NOT NULL) + (action_id IS NOT NULL) "
      "= 1));"

      "CREATE TABLE geisep_variables (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT NOT NULL "
      "UNIQUE, name_tr TEXT NOT NULL, name_en TEXT, unit TEXT, sensitive BOOLEAN NOT NULL DEFAULT "
      "0);"

      "CREATE TABLE geisep_area_figures (id INTEGER PRIMARY KEY AUTOINCREMENT, area_id INTEGER NOT "
      "NULL REFERENCES geisep_areas(id) ON DELETE CASCADE, period INTEGER NOT NULL, variable TEXT "
      "NOT NULL REFERENCES geisep_variables(code), value REAL, source TEXT, UNIQUE (area_id, "
      "period, variable));"

      "CREATE TABLE geisep_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, layer_id INTEGER NOT NULL "
      "REFERENCES geisep_layers(id) ON DELETE CASCADE, name TEXT NOT NULL, definition TEXT NOT "
      "NULL, is_current BOOLEAN NOT NULL DEFAULT 1);"

      "CREATE TABLE geisep_layouts (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL "
      "UNIQUE, definition TEXT NOT NULL, modified DATETIME NOT NULL DEFAULT "
      "(strftime('%Y-%m-%dT%H:%M:%fZ','now')));"

      "CREATE TABLE geisep_analysis_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL "
      "CHECK (kind IN ('coverage','pressure','projection')), parameters TEXT NOT NULL, "
      "input_layers TEXT, started DATETIME NOT NULL, finished DATETIME, status TEXT NOT NULL "
      "DEFAULT 'done' CHECK (status IN ('done','cancelled','failed')), result_layer_id INTEGER "
      "REFERENCES geisep_layers(id) ON DELETE SET NULL, note TEXT);"

      "CREATE TABLE geisep_analysis_results (id INTEGER PRIMARY KEY AUTOINCREMENT, run_id INTEGER "
      "NOT NULL REFERENCES geisep_analysis_runs(id) ON DELETE CASCADE, area_id INTEGER REFERENCES "
      "geisep_areas(id) ON DELETE CASCADE, category TEXT, variable TEXT NOT NULL, value REAL);"

      "CREATE INDEX geisep_goals_sector ON geisep_goals(sector_id);"
      "CREATE INDEX geisep_objectives_goal ON geisep_objectives(goal_id);"
      "CREATE INDEX geisep_actions_objective ON geisep_actions(objective_id);"
      "CREATE INDEX geisep_area_links_area ON geisep_area_links(area_id);"
      "CREATE INDEX geisep_areas_name ON geisep_areas(name_folded);"
      "CREATE INDEX geisep_analysis_results_run ON geisep_analysis_results(run_id);"

      // The eight sectors of the plan, Turkish name first (DESIGN.md).
      "INSERT INTO geisep_sectors (code, name_tr, name_en, position) VALUES "
      "('HOUSING', 'Konut / şehir planlaması', 'Housing and urban planning', 1),"
      "('INFRA', 'Temel yerel altyapı ve hizmetler (su, kanalizasyon, çöp, toplu taşıma, "
      "elektrik)',"
      " 'Basic local infrastructure and services (water, sewage, waste, public transport, "
      "electricity)', 2),"
      "('EDU_HEALTH', 'Eğitim ve sağlık hizmetleri', 'Education and health services', 3),"
      "('LABOUR', 'İşgücü piyasasına erişim, mesleki eğitim, çocuk işçiler', 'Labour market "
      "access, "
      "vocational training, child labour', 4),"
      "('SOCIAL', 'Sosyal yardım ve sosyal hizmetler', 'Social assistance and social services', 5),"
      "('SAFETY', 'Suça yönelik ve uyuşturucu alışkanlığının önlenmesi', 'Crime and drug-use "
      "prevention', 6),"
      "('CITIZENSHIP', 'Vatandaşlık hak ve ödevleri', 'Citizenship rights and duties', 7),"
      "('ATTITUDES', 'Göçle gelenlere karşı toplumsal davranışların yönlendirilmesi', 'Shaping "
      "public attitudes towards migrants', 8);"

      "INSERT INTO geisep_variables (code, name_tr, name_en, unit, sensitive) VALUES "
      "('population', 'Nüfus', 'Population', 'kişi', 0),"
      "('migrant_population', 'Göçmen nüfusu', 'Migrant population', 'kişi', 1),"
      "('households', 'Hane sayısı', 'Households', 'hane', 0),"
      "('migrant_households', 'Göçmen hane sayısı', 'Migrant households', 'hane', 1);"

      "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
      "VALUES (NULL, NULL, 'geisep_plan', "
      "'GEISEP Workbench plan tables: docs/architecture.md, section Project file', 'write-only');";

// Version 2: the store of hand-made name matches, and the privacy threshold.
constexpr Sql kMigrateV1toV2
    = "CREATE TABLE geisep_match_fixes (id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT "
      "NULL, province_folded TEXT, district_folded TEXT, name_folded TEXT NOT NULL, area_id "
      "INTEGER REFERENCES geisep_areas(id) ON DELETE CASCADE, created DATETIME NOT NULL DEFAULT "
      "(strftime('%Y-%m-%dT%H:%M:%fZ','now')), UNIQUE (source, province_folded, district_folded, "
      "name_folded));"
      "INSERT INTO geisep_meta (key, value) VALUES ('privacy_threshold', '10');";

// Version 3: raster basemaps in the layer list, and undoable removal of layers.
constexpr Sql kMigrateV2toV3
    = "ALTER TABLE geisep_layers ADD COLUMN kind TEXT NOT NULL DEFAULT 'vector' CHECK (kind IN "
      "('vector','raster'));"
      "ALTER TABLE geisep_layers ADD COLUMN removed BOOLEAN NOT NULL DEFAULT 0;";

// Version 4: layers an analysis run made (coverage gaps) name their run.
constexpr Sql kMigrateV3toV4
    = "ALTER TABLE geisep_layers ADD COLUMN analysis_run_id INTEGER REFERENCES "
      "geisep_analysis_runs(id) ON DELETE SET NULL;";

// Version 5: a layer's filter (as QGIS's subset string), in the atlas filter's language.
constexpr Sql kMigrateV4toV5
    = "ALTER TABLE geisep_layers ADD COLUMN filter TEXT NOT NULL DEFAULT '';";

// Version 6: the mahalle a migrant area lies in, with the share of its area in each, so its
// figures and plan links can roll up to mahalle and district.
constexpr Sql kMigrateV5toV6
    = "CREATE TABLE geisep_area_parts (id INTEGER PRIMARY KEY AUTOINCREMENT, area_id INTEGER NOT "
      "NULL REFERENCES geisep_areas(id) ON DELETE CASCADE, mahalle_id INTEGER NOT NULL REFERENCES "
      "geisep_areas(id) ON DELETE CASCADE, share REAL NOT NULL CHECK (share > 0 AND share <= "
      "1.000001), UNIQUE (area_id, mahalle_id));"
      "CREATE INDEX geisep_area_parts_mahalle ON geisep_area_parts (mahalle_id);";

// The shared plan (docs/architecture.md): each row pulled from the province's server, by its
// uid there, with the local row it became and the fields as last pulled (the base a later
// pull compares both sides with).
constexpr Sql kMigrateV6toV7
    = "CREATE TABLE geisep_shared_rows (id INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL "
      "UNIQUE, kind TEXT NOT NULL, local_id INTEGER NOT NULL, institution TEXT NOT NULL, fields "
      "TEXT, pulled DATETIME, own BOOLEAN NOT NULL DEFAULT 0, UNIQUE (kind, local_id));"
      "CREATE TABLE geisep_sync_conflicts (id INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT "
      "NULL UNIQUE, kind TEXT NOT NULL, local_id INTEGER NOT NULL, institution TEXT, base TEXT, "
      "theirs TEXT NOT NULL, mine TEXT NOT NULL, found DATETIME);";

const QList<QString> kTablesV1 = {QStringLiteral("geisep_meta"),
                                  QStringLiteral("geisep_sectors"),
                                  QStringLiteral("geisep_goals"),
                                  QStringLiteral("geisep_objectives"),
                                  QStringLiteral("geisep_actions"),
                                  QStringLiteral("geisep_stakeholders"),
                                  QStringLiteral("geisep_action_stakeholders"),
                                  QStringLiteral("geisep_indicators"),
                                  QStringLiteral("geisep_indicator_values"),
                                  QStringLiteral("geisep_layers"),
                                  QStringLiteral("geisep_areas"),
                                  QStringLiteral("geisep_area_links"),
                                  QStringLiteral("geisep_variables"),
                                  QStringLiteral("geisep_area_figures"),
                                  QStringLiteral("geisep_styles"),
                                  QStringLiteral("geisep_layouts"),
                                  QStringLiteral("geisep_analysis_runs"),
                                  QStringLiteral("geisep_analysis_results")};

const QList<QString> kTablesV2 = {QStringLiteral("geisep_match_fixes")};
const QList<QString> kTablesV6 = {QStringLiteral("geisep_area_parts")};
const QList<QString> kTablesV7
    = {QStringLiteral("geisep_shared_rows"), QStringLiteral("geisep_sync_conflicts")};

Result<void> registerAttributes(Database &db, const QList<QString> &tables)
{
    auto stmt = db.prepare("INSERT INTO gpkg_contents (table_name, data_type, identifier, "
                           "description) VALUES (?, 'attributes', ?, ?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    for (const QString &table : tables) {
        stmt->bind(1, table).bind(2, table).bind(3, QStringLiteral("GEİSEP plan table"));
        if (auto ok = stmt->exec(); !ok)
            return ok;
    }
    return {};
}

Result<void> insertSrs(Database &db, const SpatialRefSys &srs)
{
    auto stmt = db.prepare("INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, "
                           "organization, organization_coordsys_id, definition, description) "
                           "VALUES (?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, srs.name).bind(2, srs.srsId).bind(3, srs.organization);
    stmt->bind(4, srs.organizationCoordsysId).bind(5, srs.definition);
    stmt->bindNullable(6, srs.description);
    return stmt->exec();
}

Result<void> setMeta(Database &db, const QString &key, const QString &value)
{
    auto stmt = db.prepare("INSERT INTO geisep_meta (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, key).bind(2, value);
    return stmt->exec();
}

} // namespace

QList<QString> planTables()
{
    return kTablesV1 + kTablesV2 + kTablesV6 + kTablesV7;
}

Result<void> createProject(Database &db, const NewProject &project, int upToVersion)
{
    if (auto ok = db.exec(kGeoPackageCore); !ok)
        return ok;
    if (auto ok = insertSrs(db, project.wgs84); !ok)
        return ok;
    if (auto ok = insertSrs(db, project.crs); !ok)
        return ok;
    if (auto ok = db.exec(kSchemaV1); !ok)
        return ok;
    if (auto ok = registerAttributes(db, kTablesV1); !ok)
        return ok;
    const QList<std::pair<QString, QString>> meta = {
        {QStringLiteral("schema_version"), QStringLiteral("1")},
        {QStringLiteral("name"), project.name},
        {QStringLiteral("province"), project.province},
        {QStringLiteral("municipality"), project.municipality},
        {QStringLiteral("srs_id"), QString::number(project.crs.srsId)},
        {QStringLiteral("languages"), QStringLiteral("tr,en")},
        {QStringLiteral("created_by"), QStringLiteral("GEİSEP Workbench")},
    };
    for (const auto &[key, value] : meta)
        if (auto ok = setMeta(db, key, value); !ok)
            return ok;
    if (auto ok = db.exec("INSERT INTO geisep_meta (key, value) VALUES ('created', "
                          "strftime('%Y-%m-%dT%H:%M:%SZ','now'))");
        !ok)
        return ok;
    return migrate(db, 1, upToVersion);
}

Result<int> version(Database &db)
{
    if (!db.tableExists(QStringLiteral("geisep_meta")))
        return 0;
    auto text = db.queryText("SELECT value FROM geisep_meta WHERE key = 'schema_version'");
    if (!text)
        return std::unexpected(text.error());
    bool ok = false;
    const int v = text->toInt(&ok);
    if (!ok || v < 1)
        return fail(
            SchemaText::tr("The project's schema version \"%1\" is not a number.").arg(*text),
            db.path(), SchemaText::tr("The file may have been edited by hand."));
    return v;
}

Result<void> migrate(Database &db, int from)
{
    return migrate(db, from, kCurrentVersion);
}

Result<void> migrate(Database &db, int from, int to)
{
    for (int v = from; v < to; ++v) {
        switch (v) {
        case 1:
            if (auto ok = db.exec(kMigrateV1toV2); !ok)
                return ok;
            if (auto ok = registerAttributes(db, kTablesV2); !ok)
                return ok;
            break;
        case 2:
            if (auto ok = db.exec(kMigrateV2toV3); !ok)
                return ok;
            break;
        case 3:
            if (auto ok = db.exec(kMigrateV3toV4); !ok)
                return ok;
            break;
        case 4:
            if (auto ok = db.exec(kMigrateV4toV5); !ok)
                return ok;
            break;
        case 5:
            if (auto ok = db.exec(kMigrateV5toV6); !ok)
                return ok;
            if (auto ok = registerAttributes(db, kTablesV6); !ok)
                return ok;
            break;
        case 6:
            if (auto ok = db.exec(kMigrateV6toV7); !ok)
                return ok;
            if (auto ok = registerAttributes(db, kTablesV7); !ok)
                return ok;
            break;
        default:
            return fail(SchemaText::tr("No migration from schema version %1.").arg(v), db.path());
        }
        if (auto ok = setMeta(db, QStringLiteral("schema_version"), QString::number(v + 1)); !ok)
            return ok;
    }
    return {};
}

Result<void> presentAsCurrent(Database &db, int version)
{
    if (version < 2) {
        if (auto ok = db.exec("CREATE TEMP TABLE geisep_match_fixes (id INTEGER PRIMARY KEY, "
                              "source TEXT NOT NULL, province_folded TEXT, district_folded TEXT, "
                              "name_folded TEXT NOT NULL, area_id INTEGER, created DATETIME)");
            !ok)
            return ok;
    }
    if (version < 6) {
        if (auto ok = db.exec("CREATE TEMP TABLE geisep_area_parts (id INTEGER PRIMARY KEY, "
                              "area_id INTEGER NOT NULL, mahalle_id INTEGER NOT NULL, share REAL "
                              "NOT NULL)");
            !ok)
            return ok;
    }
    if (version < 7) {
        if (auto ok = db.exec("CREATE TEMP TABLE geisep_shared_rows (id INTEGER PRIMARY KEY, uid "
                              "TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, local_id INTEGER NOT "
                              "NULL, institution TEXT NOT "
                              "NULL, fields TEXT, pulled DATETIME, own BOOLEAN NOT NULL DEFAULT 0);"
                              "CREATE TEMP TABLE geisep_sync_conflicts (id INTEGER PRIMARY KEY, "
                              "uid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, local_id INTEGER NOT "
                              "NULL, institution TEXT, base TEXT, theirs TEXT NOT NULL, mine "
                              "TEXT NOT NULL, found DATETIME)");
            !ok)
            return ok;
    }
    switch (version) {
    case 1:
    case 2:
        return db.exec("CREATE TEMP VIEW geisep_layers AS SELECT *, 'vector' AS kind, 0 AS "
                       "removed, NULL AS analysis_run_id, '' AS filter FROM main.geisep_layers");
    case 3:
        return db.exec("CREATE TEMP VIEW geisep_layers AS SELECT *, NULL AS analysis_run_id, '' "
                       "AS filter FROM main.geisep_layers");
    case 4:
        return db.exec("CREATE TEMP VIEW geisep_layers AS SELECT *, '' AS filter FROM "
                       "main.geisep_layers");
    default:
        return {};
    }
}

} // namespace geisep::schema
