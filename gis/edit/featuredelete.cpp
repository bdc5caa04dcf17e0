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
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <cmath>

namespace geisep {

namespace {

// Every row of `table` whose `column` is in `ids`, as it is.
Result<RemovedRows::Table> snapshot(Database &db, const QString &table, const QString &column,
                                    const QString &ids)
{
    const auto t = Identifier::make(table);
    const auto c = Identifier::make(column);
    if (!t || !c)
        return fail(FeatureEditor::tr("The table \"%1\" has a name this program does not write.")
                        .arg(table),
                    db.path(), FeatureEditor::tr("Run geisep-cli validate on the project."));
    auto stmt
        = db.prepareWith("SELECT * FROM %1 WHERE %2 IN (SELECT value FROM json_each(?))", {*t, *c});
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, ids);
    RemovedRows::Table out{table, {}, {}};
    for (int i = 0; i < stmt->columnCount(); ++i)
        out.columns.append(stmt->columnName(i));
    auto rows = stmt->forEachRow([&] {
        QVariantList row;
        row.reserve(out.columns.size());
        for (int i = 0; i < out.columns.size(); ++i)
            row.append(stmt->value(i));
        out.rows.append(row);
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<void> deleteWhereIn(Database &db, const QString &table, const QString &column,
                           const QString &ids)
{
    auto stmt = db.prepareWith("DELETE FROM %1 WHERE %2 IN (SELECT value FROM json_each(?))",
                               {*Identifier::make(table), *Identifier::make(column)});
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, ids);
    return stmt->exec();
}

// The tables whose rows name an area (geisep_area_links, geisep_area_figures, …), with the
// column that does, as the schema declares them: a table added later is covered by itself.
Result<QList<QPair<QString, QString>>> areaReferences(Database &db)
{
    auto stmt = db.prepare("SELECT m.name, f.\"from\" FROM sqlite_master m, "
                           "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND "
                           "f.\"table\" = 'geisep_areas' ORDER BY m.name");
    if (!stmt)
        return std::unexpected(stmt.error());
    QList<QPair<QString, QString>> out;
    auto rows = stmt->forEachRow([&] { out.append({stmt->text(0), stmt->text(1)}); });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

} // namespace

qsizetype RemovedRows::count(const QString &table) const
{
    for (const Table &t : tables)
        if (t.name == table)
            return t.rows.size();
    return 0;
}

Result<QMap<QString, qint64>> FeatureEditor::dependents(qint64 layerId, const QList<qint64> &fids)
{
    Database &db = m_project.db();
    QMap<QString, qint64> out;
    auto references = areaReferences(db);
    if (!references)
        return std::unexpected(references.error());
    for (const auto &[table, column] : *references) {
        auto stmt = db.prepareWith("SELECT count(*) FROM %1 WHERE %2 IN (SELECT id FROM "
                                   "geisep_areas WHERE layer_id = ? AND fid IN (SELECT value "
                                   "FROM json_each(?)))",
                                   {*Identifier::make(table), *Identifier::make(column)});
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, layerId).bind(2, jsonIdList(fids));
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row && stmt->int64(0) > 0)
            out.insert(table, stmt->int64(0));
    }
    return out;
}

Result<RemovedRows> FeatureEditor::deleteFeatures(qint64 layerId, const QList<qint64> &fids)
{
    if (auto ok = m_project.checkWritable(); !ok)
        return std::unexpected(ok.error());
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    Database &db = m_project.db();
    return withTransaction(db, [&]() -> Result<RemovedRows> {
        RemovedRows removed;
        removed.layerId = layerId;
        removed.fids = fids;
        const QString fidList = jsonIdList(fids);
        auto features = snapshot(db, l->info.tableName, QStringLiteral("fid"), fidList);
        if (!features)
            return std::unexpected(features.error());
        if (features->rows.size() != QSet<qint64>(fids.begin(), fids.end()).size())
            return fail(tr("Some of the features to delete are no longer in the layer \"%1\".")
                            .arg(l->info.name),
                        m_project.path(), tr("Close the attribute table and open it again."));
        removed.tables.push_back(std::move(*features));

        // The areas of these features, and every row that names them.
        QList<qint64> areaIds;
        auto ids = db.prepare("SELECT id FROM geisep_areas WHERE layer_id = ? AND fid IN (SELECT "
                              "value FROM json_each(?))");
        if (!ids)
            return std::unexpected(ids.error());
        ids->bind(1, layerId).bind(2, fidList);
        if (auto ok = ids->forEachRow([&] { areaIds.append(ids->int64(0)); }); !ok)
            return std::unexpected(ok.error());
        if (auto ok = takeAreas(areaIds, removed); !ok)
            return std::unexpected(ok.error());
        if (auto ok = deleteWhereIn(db, l->info.tableName, QStringLiteral("fid"), fidList); !ok)
            return std::unexpected(ok.error());
        if (auto ok = gpkg::refreshExtent(db, *Identifier::make(l->info.tableName)); !ok)
            return std::unexpected(ok.error());
        return removed;
    });
}

Result<void> FeatureEditor::takeAreas(const QList<qint64> &areaIds, RemovedRows &removed)
{
    if (areaIds.isEmpty())
        return {};
    Database &db = m_project.db();
    const QString areaList = jsonIdList(areaIds);
    auto areas = snapshot(db, QStringLiteral("geisep_areas"), QStringLiteral("id"), areaList);
    if (!areas)
        return std::unexpected(areas.error());
    removed.tables.push_back(std::move(*areas));
    auto references = areaReferences(db);
    if (!references)
        return std::unexpected(references.error());
    for (const auto &[table, column] : *references) {
        if (table == u"geisep_stakeholders") {
            // A person or institution is not deleted with an area; only the link goes.
            auto people = db.prepare("SELECT id, area_id FROM geisep_stakeholders WHERE area_id "
                                     "IN (SELECT value FROM json_each(?))");
            if (!people)
                return std::unexpected(people.error());
            people->bind(1, areaList);
            if (auto ok = people->forEachRow([&] {
                    removed.clearedStakeholders.append({people->int64(0), people->int64(1)});
                });
                !ok)
                return ok;
            auto clear = db.prepare("UPDATE geisep_stakeholders SET area_id = NULL WHERE area_id "
                                    "IN (SELECT value FROM json_each(?))");
            if (!clear)
                return std::unexpected(clear.error());
            clear->bind(1, areaList);
            if (auto ok = clear->exec(); !ok)
                return std::unexpected(ok.error());
            continue;
        }
        auto rows = snapshot(db, table, column, areaList);
        if (!rows)
            return std::unexpected(rows.error());
        if (auto ok = deleteWhereIn(db, table, column, areaList); !ok)
            return std::unexpected(ok.error());
        if (!rows->rows.isEmpty())
            removed.tables.push_back(std::move(*rows));
    }
    return deleteWhereIn(db, QStringLiteral("geisep_areas"), QStringLiteral("id"), areaList);
}

Result<void> FeatureEditor::restore(const RemovedRows &removed)
{
    if (auto ok = m_project.checkWritable(); !ok)
        return ok;
    auto l = layer(removed.layerId);
    if (!l)
        return std::unexpected(l.error());
    Database &db = m_project.db();
    return withTransaction(db, [&]() -> Result<void> {
        for (const RemovedRows::Table &table : removed.tables) {
            const auto name = Identifier::make(table.name);
            QList<Identifier> columns;
            for (const QString &c : table.columns)
                if (const auto id = Identifier::make(c))
                    columns.append(*id);
            if (!name || columns.size() != table.columns.size())
                return fail(
                    tr("The table \"%1\" has a name this program does not write.").arg(table.name),
                    m_project.path());
            auto insert = db.prepareInsert(*name, columns);
            if (!insert)
                return std::unexpected(insert.error());
            for (const QVariantList &row : table.rows) {
                for (qsizetype i = 0; i < row.size(); ++i)
                    insert->bind(int(i) + 1, row[i]);
                if (auto ok = insert->exec(); !ok)
                    return ok;
            }
        }
        auto person = db.prepare("UPDATE geisep_stakeholders SET area_id = ? WHERE id = ?");
        if (!person)
            return std::unexpected(person.error());
        for (const auto &[id, area] : removed.clearedStakeholders) {
            person->bind(1, area).bind(2, id);
            if (auto ok = person->exec(); !ok)
                return ok;
        }
        return gpkg::refreshExtent(db, *Identifier::make(l->info.tableName));
    });
}

} // namespace geisep
