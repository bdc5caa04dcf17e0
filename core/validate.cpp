#include "core/validate.h"

#include "core/gpkg.h"
#include "core/layout.h"
#include "core/schema.h"
#include "core/sqlite.h"
#include "core/text/atlasfilter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>
#include <map>

namespace geisep {

namespace {

using AddProblem = std::function<void(Problem::Kind, const QString &)>;

// One step of a probing statement. The file is what is being checked, so a read error is one
// of its problems, reported, never taken for "no row"; the caller then sees no row.
bool stepOrReport(Statement &stmt, const AddProblem &add)
{
    auto row = stmt.step();
    if (!row)
        add(Problem::Kind::Integrity,
            ProjectValidator::tr("Part of the file cannot be read: %1").arg(row.error().message));
    return row && *row;
}

const char *const kWkbTypes[]
    = {"GEOMETRY",   "POINT",           "LINESTRING",   "POLYGON",
       "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION"};

// The geometries of one feature table, as GDAL's GeoPackage validator reads them
// (requirements 19, 32, 33, 152): a readable header, the column's srs_id, WKB that parses
// within GDAL's nesting limit, and the column's geometry type. Problems are counted per table,
// with the first feature of each kind, rather than listed one by one.
void checkGeometries(Database &db, const Identifier &table, const Identifier &column,
                     const QString &declaredType, qint64 srsId, const AddProblem &add)
{
    auto stmt = db.prepareWith("SELECT fid, %2 FROM %1", {table, column});
    if (!stmt) {
        add(Problem::Kind::GeoPackage, ProjectValidator::tr("The layer %1 cannot be read: %2")
                                           .arg(table.name(), stmt.error().message));
        return;
    }
    qint64 badHeader = 0, badWkb = 0, otherSrs = 0, firstBadHeader = 0, firstBadWkb = 0;
    QSet<QString> found;
    auto rows = stmt->forEachRow([&] {
        if (stmt->isNull(1))
            return;
        const qint64 fid = stmt->int64(0);
        const QByteArray blob = stmt->blob(1);
        const auto header = gpkg::decodeHeader(blob);
        if (!header) {
            if (badHeader++ == 0)
                firstBadHeader = fid;
            return;
        }
        if (header->srsId != srsId)
            ++otherSrs;
        const char *wkb = blob.constData() + header->wkbOffset;
        const qsizetype size = blob.size() - header->wkbOffset;
        const bool parses = size >= 5 && static_cast<unsigned char>(wkb[0]) <= 1
                            && gpkg::walkWkb(
                                wkb, size, [](quint32) {}, [](double, double) {});
        if (!parses) {
            if (badWkb++ == 0)
                firstBadWkb = fid;
            return;
        }
        const quint32 type
            = (wkb[0] == 1 ? qFromLittleEndian<quint32>(wkb + 1) : qFromBigEndian<quint32>(wkb + 1))
              & 0x0fffffffu;
        if (type % 1000 < std::size(kWkbTypes))
            found.insert(QString::fromLatin1(kWkbTypes[type % 1000]));
    });
    if (!rows) {
        add(Problem::Kind::GeoPackage, ProjectValidator::tr("The layer %1 cannot be read: %2")
                                           .arg(table.name(), rows.error().message));
        return;
    }
    if (badHeader > 0)
        add(Problem::Kind::GeoPackage,
            ProjectValidator::tr("The layer %1 has %2 geometries that are not GeoPackage "
                                 "geometry blobs (the first is feature %3).")
                .arg(table.name(), QString::number(badHeader), QString::number(firstBadHeader)));
    if (badWkb > 0)
        add(Problem::Kind::GeoPackage,
            ProjectValidator::tr("The layer %1 has %2 geometries that cannot be read, cut short "
                                 "or nested too deep (the first is feature %3).")
                .arg(table.name(), QString::number(badWkb), QString::number(firstBadWkb)));
    if (otherSrs > 0)
        add(Problem::Kind::GeoPackage,
            ProjectValidator::tr("The layer %1 has %2 geometries in another CRS than its "
                                 "column's (srs_id %3).")
                .arg(table.name(), QString::number(otherSrs), QString::number(srsId)));
    static const QSet<QString> single{
        QStringLiteral("POINT"),           QStringLiteral("LINESTRING"),
        QStringLiteral("POLYGON"),         QStringLiteral("MULTIPOINT"),
        QStringLiteral("MULTILINESTRING"), QStringLiteral("MULTIPOLYGON")};
    if (single.contains(declaredType) && !found.isEmpty() && found != QSet<QString>{declaredType}) {
        QStringList types(found.begin(), found.end());
        types.sort();
        add(Problem::Kind::GeoPackage,
            ProjectValidator::tr("The layer %1 is declared %2 but holds %3.")
                .arg(table.name(), declaredType, types.join(QStringLiteral(", "))));
    }
}

// The R-tree of a feature table: declared in gpkg_extensions, with its six triggers
// (requirements 75, 78). Our own layers always have one.
void checkSpatialIndex(Database &db, const QString &table, const QString &column, bool ours,
                       const AddProblem &add)
{
    const QString rtree = QStringLiteral("rtree_%1_%2").arg(table, column);
    if (!db.tableExists(rtree)) {
        if (ours)
            add(Problem::Kind::GeoPackage,
                ProjectValidator::tr("The layer %1 has no spatial index (%2 is missing).")
                    .arg(table, rtree));
        return;
    }
    auto declared = db.prepare("SELECT 1 FROM gpkg_extensions WHERE extension_name = "
                               "'gpkg_rtree_index' AND table_name = ? AND column_name = ?");
    if (declared && !stepOrReport(declared->bind(1, table).bind(2, column), add))
        add(Problem::Kind::GeoPackage,
            ProjectValidator::tr("The spatial index of %1 is not declared in gpkg_extensions.")
                .arg(table));
    // GeoPackage 1.2/1.3 writers make update1–4; 1.4 writers make some of update5–7 in place of
    // some of those: an insert, a delete and at least three update triggers keep it true.
    QStringList missing;
    for (const char *suffix : {"_insert", "_delete"}) {
        auto trigger
            = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?");
        const QString name = rtree + QString::fromLatin1(suffix);
        if (trigger && !stepOrReport(trigger->bind(1, name), add))
            missing << name;
    }
    auto updates = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name "
                              "LIKE ? ESCAPE '\\'");
    QStringList present;
    if (updates) {
        updates->bind(1, QString(rtree).replace(u'_', QStringLiteral("\\_"))
                             + QStringLiteral("\\_update%"));
        (void)updates->forEachRow([&] { present << updates->text(0); });
    }
    // Without any of the 1.4 names, the four of 1.2/1.3 must all be there.
    const bool newer = std::any_of(present.cbegin(), present.cend(), [&](const QString &name) {
        return name.endsWith(QStringLiteral("_update5"))
               || name.endsWith(QStringLiteral("_update6"))
               || name.endsWith(QStringLiteral("_update7"));
    });
    if (!newer || present.size() < 3)
        for (const char *suffix : {"_update1", "_update2", "_update3", "_update4"})
            if (!present.contains(rtree + QString::fromLatin1(suffix)))
                missing << rtree + QString::fromLatin1(suffix);
    if (!missing.isEmpty())
        add(Problem::Kind::GeoPackage,
            ProjectValidator::tr("The spatial index of %1 lacks its triggers %2: edits would "
                                 "not reach it.")
                .arg(table, missing.join(QStringLiteral(", "))));
}

// Styles whose definition the map could only replace with its plain one: not a JSON object, no
// known kind (every style written has one), a class count outside 1–9, categories that are not a
// list of objects.
void checkStyles(Database &db, const AddProblem &add)
{
    auto stmt = db.prepare("SELECT l.name, s.definition FROM geisep_styles s LEFT JOIN "
                           "geisep_layers l ON l.id = s.layer_id ORDER BY s.id");
    if (!stmt) {
        add(Problem::Kind::Plan,
            ProjectValidator::tr("The styles cannot be read: %1").arg(stmt.error().message));
        return;
    }
    (void)stmt->forEachRow([&] {
        const QString layer = stmt->text(0);
        const QJsonDocument doc = QJsonDocument::fromJson(stmt->text(1).toUtf8());
        const QJsonObject o = doc.object();
        QString why;
        if (!doc.isObject())
            why = ProjectValidator::tr("it is not JSON");
        else if (const QJsonValue kind = o.value(QStringLiteral("kind"));
                 !QStringList{QStringLiteral("single"), QStringLiteral("categorized"),
                              QStringLiteral("graduated")}
                      .contains(kind.toString()))
            why = ProjectValidator::tr("its kind is unknown");
        else if (const QJsonValue classes = o.value(QStringLiteral("classes"));
                 !classes.isUndefined() && !(classes.toInt(0) >= 1 && classes.toInt(0) <= 9))
            why = ProjectValidator::tr("its number of classes is not 1 to 9");
        else if (const QJsonValue categories = o.value(QStringLiteral("categories"));
                 !categories.isUndefined()) {
            const QJsonArray list = categories.toArray();
            if (!categories.isArray() || std::any_of(list.begin(), list.end(), [](const auto &c) {
                    return !QJsonValue(c).isObject();
                }))
                why = ProjectValidator::tr("its categories are not a list of values and colours");
        }
        if (!why.isEmpty())
            add(Problem::Kind::Plan,
                ProjectValidator::tr("The style of the layer \"%1\" is damaged (%2); the map "
                                     "draws the layer plainly.")
                    .arg(layer, why));
    });
}

// Analysis runs whose parameters or input layers are not the JSON the run list reads.
void checkRuns(Database &db, const AddProblem &add)
{
    auto stmt = db.prepare("SELECT id, parameters, input_layers FROM geisep_analysis_runs");
    if (!stmt)
        return;
    (void)stmt->forEachRow([&] {
        const bool parameters = QJsonDocument::fromJson(stmt->text(1).toUtf8()).isObject();
        const bool inputs = stmt->isNull(2) || stmt->text(2).isEmpty()
                            || QJsonDocument::fromJson(stmt->text(2).toUtf8()).isArray();
        if (!parameters || !inputs)
            add(Problem::Kind::Plan,
                ProjectValidator::tr("Analysis run %1 is damaged: its %2 cannot be read.")
                    .arg(QString::number(stmt->int64(0)),
                         !parameters ? ProjectValidator::tr("parameters")
                                     : ProjectValidator::tr("input layers")));
    });
}

// Layouts that cannot be read, and items a reader would take for absurd.
void checkLayouts(Database &db, const AddProblem &add)
{
    auto stmt = db.prepare("SELECT name, definition FROM geisep_layouts ORDER BY name");
    if (!stmt) {
        add(Problem::Kind::Plan,
            ProjectValidator::tr("The layouts cannot be read: %1").arg(stmt.error().message));
        return;
    }
    auto rows = stmt->forEachRow([&] {
        const QString name = stmt->text(0);
        const QJsonDocument doc = QJsonDocument::fromJson(stmt->text(1).toUtf8());
        if (!doc.isObject()) {
            add(Problem::Kind::Plan,
                ProjectValidator::tr("The layout \"%1\" is damaged: its definition is not JSON.")
                    .arg(name));
            return;
        }
        if (!doc.object().value(QStringLiteral("items")).isArray()) {
            add(Problem::Kind::Plan,
                ProjectValidator::tr("The layout \"%1\" is damaged: it has no list of items.")
                    .arg(name));
            return;
        }
        auto layout = Layout::fromJson(doc.object());
        if (!layout) {
            add(Problem::Kind::Plan, ProjectValidator::tr("The layout \"%1\" cannot be read: %2")
                                         .arg(name, layout.error().message));
            return;
        }
        const QSizeF page = layout->page.sizeMm();
        for (const QJsonValue &v : doc.object()[QStringLiteral("items")].toArray()) {
            const QJsonArray r = v.toObject()[QStringLiteral("rect")].toArray();
            const double x = r.at(0).toDouble(), y = r.at(1).toDouble();
            const double w = r.at(2).toDouble(), h = r.at(3).toDouble();
            const bool onPage = std::isfinite(x) && std::isfinite(y) && std::isfinite(w)
                                && std::isfinite(h) && x > -page.width() && y > -page.height()
                                && x < 2 * page.width() && y < 2 * page.height()
                                && w <= 2 * page.width() && h <= 2 * page.height();
            if (!onPage)
                add(Problem::Kind::Plan,
                    ProjectValidator::tr("The layout \"%1\" has an item (\"%2\") far outside its "
                                         "page; it is drawn within the page.")
                        .arg(name, v.toObject()[QStringLiteral("id")].toString()));
        }
        if (auto filter = AtlasFilter::parse(layout->atlas.filter, AtlasFilter::areaFields());
            !filter)
            add(Problem::Kind::Plan,
                ProjectValidator::tr("The atlas filter of the layout \"%1\" cannot be used: %2")
                    .arg(name, filter.error().message));
    });
    if (!rows)
        add(Problem::Kind::Plan,
            ProjectValidator::tr("The layouts cannot be read: %1").arg(rows.error().message));
}

// SQLite itself: its integrity check, and rows whose foreign keys point nowhere.
void checkSqlite(Database &db, const AddProblem &add)
{
    if (auto stmt = db.prepare("PRAGMA integrity_check")) {
        while (stepOrReport(*stmt, add))
            if (stmt->text(0) != u"ok")
                add(Problem::Kind::Integrity,
                    ProjectValidator::tr("SQLite integrity: %1").arg(stmt->text(0)));
    }
    if (auto stmt = db.prepare("PRAGMA foreign_key_check")) {
        // One line per table and parent, not per row: a lost table can orphan thousands.
        struct Orphans
        {
            qint64 count = 0;
            QList<qint64> first;
        };
        std::map<std::pair<QString, QString>, Orphans> orphans;
        while (stepOrReport(*stmt, add)) {
            Orphans &o = orphans[{stmt->text(0), stmt->text(2)}];
            if (o.count++ < 5)
                o.first << stmt->int64(1);
        }
        for (const auto &[tables, o] : orphans) {
            QStringList rows;
            for (qint64 r : o.first)
                rows << QString::number(r);
            if (o.count > o.first.size())
                rows << QStringLiteral("…");
            add(Problem::Kind::Integrity,
                ProjectValidator::tr(
                    "%n row(s) of %1 refer to rows of %2 that do not exist (rows %3).", nullptr,
                    int(o.count))
                    .arg(tables.first, tables.second, rows.join(QStringLiteral(", "))));
        }
    }
}

// The GeoPackage's identity and its required tables and rows.
void checkGeoPackage(Database &db, const AddProblem &add)
{
    if (db.queryInt("PRAGMA application_id").value_or(0) != schema::kApplicationId)
        add(Problem::Kind::GeoPackage, ProjectValidator::tr("The application id is not \"GPKG\"."));
    if (db.queryInt("PRAGMA user_version").value_or(0) < 10200)
        add(Problem::Kind::GeoPackage,
            ProjectValidator::tr("The GeoPackage version (user_version) is below 1.2."));
    for (const char *table :
         {"gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns", "gpkg_extensions"}) {
        if (!db.tableExists(QString::fromLatin1(table)))
            add(Problem::Kind::GeoPackage, ProjectValidator::tr("The required table %1 is missing.")
                                               .arg(QString::fromLatin1(table)));
    }
    for (int srs : {-1, 0, 4326}) {
        if (!db.tableExists(QStringLiteral("gpkg_spatial_ref_sys")))
            break;
        auto stmt = db.prepare("SELECT 1 FROM gpkg_spatial_ref_sys WHERE srs_id = ?");
        if (stmt && !stepOrReport(stmt->bind(1, srs), add))
            add(Problem::Kind::GeoPackage,
                ProjectValidator::tr("gpkg_spatial_ref_sys lacks the required row for srs_id %1.")
                    .arg(srs));
    }
}

// An R-tree that disagrees with its table makes features vanish from the map.
void checkIndexCount(Database &db, const QString &table, const QString &column,
                     const AddProblem &add)
{
    const auto id = Identifier::make(table);
    const auto rtree
        = Identifier::make(QStringLiteral("rtree_") + table + QStringLiteral("_") + column);
    if (!id || !rtree || !db.tableExists(rtree->name()))
        return;
    auto geomColumn = Identifier::make(column);
    if (!geomColumn)
        return;
    auto count = db.prepareWith("SELECT (SELECT count(*) FROM %1 WHERE %3 IS NOT NULL "
                                "AND NOT ST_IsEmpty(%3)), (SELECT count(*) FROM %2)",
                                {*id, *rtree, *geomColumn});
    if (count && stepOrReport(*count, add) && count->int64(0) != count->int64(1))
        add(Problem::Kind::GeoPackage,
            ProjectValidator::tr("The spatial index of %1 has %2 entries for %3 geometries.")
                .arg(table, QString::number(count->int64(1)), QString::number(count->int64(0))));
}

// Each table gpkg_contents lists: there, and for features, with its geometry column, CRS,
// geometries and spatial index in order.
void checkContents(Database &db, const AddProblem &add)
{
    const bool hasContents = db.tableExists(QStringLiteral("gpkg_contents"));
    auto contents
        = db.prepare("SELECT c.table_name, c.data_type, c.srs_id, g.column_name, "
                     "(SELECT count(*) FROM gpkg_spatial_ref_sys s WHERE s.srs_id = c.srs_id) "
                     "FROM gpkg_contents c LEFT JOIN gpkg_geometry_columns g USING (table_name)");
    QSet<QString> ourLayers;
    if (db.tableExists(QStringLiteral("geisep_layers")))
        if (auto layers = db.prepare("SELECT table_name FROM geisep_layers WHERE kind = 'vector'"))
            (void)layers->forEachRow([&] { ourLayers.insert(layers->text(0)); });
    if (hasContents && contents) {
        Statement *stmt = &*contents;
        while (stepOrReport(*stmt, add)) {
            const QString table = stmt->text(0);
            const QString type = stmt->text(1);
            if (!db.tableExists(table)) {
                add(Problem::Kind::GeoPackage,
                    ProjectValidator::tr("gpkg_contents lists the table %1, which does not exist.")
                        .arg(table));
                continue;
            }
            if (type != u"features")
                continue;
            if (stmt->isNull(3))
                add(Problem::Kind::GeoPackage,
                    ProjectValidator::tr("The layer %1 has no row in gpkg_geometry_columns.")
                        .arg(table));
            if (stmt->int64(4) == 0)
                add(Problem::Kind::GeoPackage,
                    ProjectValidator::tr(
                        "The layer %1 uses srs_id %2, which gpkg_spatial_ref_sys does not hold.")
                        .arg(table, QString::number(stmt->int64(2))));
            if (const auto t = Identifier::make(table), c = Identifier::make(stmt->text(3));
                t && c) {
                auto declared = db.prepare("SELECT geometry_type_name, srs_id FROM "
                                           "gpkg_geometry_columns WHERE table_name = ?");
                if (declared && stepOrReport(declared->bind(1, table), add))
                    checkGeometries(db, *t, *c, declared->text(0).toUpper(), declared->int64(1),
                                    add);
                checkSpatialIndex(db, table, stmt->text(3), ourLayers.contains(table), add);
            }
            checkIndexCount(db, table, stmt->text(3), add);
        }
    }
}

// The plan tables: there and registered, the project's CRS known, layers' and areas' tables
// and features there.
void checkPlanTables(Database &db, int version, const AddProblem &add)
{
    for (const QString &table : schema::planTables()) {
        if (table == u"geisep_match_fixes" && version < 2)
            continue;
        if (!db.tableExists(table)) {
            add(Problem::Kind::Plan,
                ProjectValidator::tr("The plan table %1 is missing.").arg(table));
            continue;
        }
        auto stmt = db.prepare("SELECT data_type FROM gpkg_contents WHERE table_name = ?");
        if (stmt && !stepOrReport(stmt->bind(1, table), add))
            add(Problem::Kind::Plan,
                ProjectValidator::tr("The plan table %1 is not registered in gpkg_contents.")
                    .arg(table));
    }
    if (auto stmt = db.prepare("SELECT count(*) FROM geisep_meta m JOIN gpkg_spatial_ref_sys s "
                               "ON s.srs_id = CAST(m.value AS INTEGER) WHERE m.key = 'srs_id'");
        stmt && stepOrReport(*stmt, add) && stmt->int64(0) == 0)
        add(Problem::Kind::Plan,
            ProjectValidator::tr("The project's CRS (geisep_meta srs_id) is not in "
                                 "gpkg_spatial_ref_sys."));
    if (auto stmt = db.prepare(
            "SELECT l.id, l.name, l.table_name, c.data_type FROM geisep_layers l "
            "LEFT JOIN gpkg_contents c ON c.table_name = l.table_name WHERE l.kind = 'vector' "
            "AND l.removed = 0")) {
        while (stepOrReport(*stmt, add)) {
            if (stmt->isNull(3) || !db.tableExists(stmt->text(2)))
                add(Problem::Kind::Plan,
                    ProjectValidator::tr("The layer \"%1\" points at the table %2, which is "
                                         "missing.")
                        .arg(stmt->text(1), stmt->text(2)));
        }
    }
    // Areas must point at features that still exist.
    if (auto stmt = db.prepare("SELECT DISTINCT l.id, l.table_name FROM geisep_areas a JOIN "
                               "geisep_layers l ON l.id = a.layer_id")) {
        while (stepOrReport(*stmt, add)) {
            const auto table = Identifier::make(stmt->text(1));
            if (!table || !db.tableExists(table->name()))
                continue;
            auto orphans = db.prepareWith("SELECT count(*) FROM geisep_areas a WHERE a.layer_id "
                                          "= ? AND NOT EXISTS (SELECT 1 FROM %1 f WHERE f.fid = "
                                          "a.fid)",
                                          {*table});
            if (orphans && stepOrReport(orphans->bind(1, stmt->int64(0)), add)
                && orphans->int64(0) > 0)
                add(Problem::Kind::Plan,
                    ProjectValidator::tr("%1 areas point at features missing from %2.")
                        .arg(orphans->int64(0))
                        .arg(table->name()));
        }
    }
}

} // namespace

Result<QList<Problem>> ProjectValidator::check(const QString &path)
{
    if (!QFileInfo::exists(path))
        return fail(tr("The file does not exist."), path, tr("Check the path."));
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened)
        return std::unexpected(opened.error());
    Database &db = *opened;
    QList<Problem> problems;
    const AddProblem add = [&](Problem::Kind kind, const QString &message) {
        problems.append(Problem{kind, message});
    };
    checkSqlite(db, add);
    checkGeoPackage(db, add);
    checkContents(db, add);

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
    checkPlanTables(db, *version, add);
    if (db.tableExists(QStringLiteral("geisep_layouts")))
        checkLayouts(db, add);
    if (db.tableExists(QStringLiteral("geisep_styles")))
        checkStyles(db, add);
    if (db.tableExists(QStringLiteral("geisep_analysis_runs")))
        checkRuns(db, add);
    return problems;
}

} // namespace geisep
