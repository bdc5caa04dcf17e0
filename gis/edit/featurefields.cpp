// FeatureEditor: a layer's fields — adding and removing them, and setting one for many
// features at once (the field calculator).
#include "gis/edit/featureedit.h"
#include "gis/edit/featureedit_p.h"

#include "core/gpkg.h"
#include "core/text/turkish.h"
#include "gis/edit/featuretable.h"
#include "gis/io/importer.h"
#include "gis/map/maplayer.h"

namespace geisep {

QString FeatureEditor::columnNameFor(const QString &typed)
{
    return asciiSlug(typed.trimmed(), QString(), 40);
}

Result<QHash<qint64, QVariant>> FeatureEditor::values(qint64 layerId, const QString &field,
                                                      const QList<qint64> &fids)
{
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    const auto column = Identifier::make(field);
    if (!column)
        return fail(tr("The layer \"%1\" has no field \"%2\".").arg(l->info.name, field));
    auto stmt = m_project.db().prepareWith(
        "SELECT fid, %2 FROM %1 WHERE fid IN (SELECT value FROM json_each(?))",
        {*Identifier::make(l->info.tableName), *column});
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, jsonIdList(fids));
    QHash<qint64, QVariant> out;
    if (auto rows = stmt->forEachRow([&] { out.insert(stmt->int64(0), stmt->value(1)); }); !rows)
        return std::unexpected(rows.error());
    return out;
}

Result<void> FeatureEditor::setValues(qint64 layerId, const QString &fieldName,
                                      const QHash<qint64, QVariant> &values, bool parse)
{
    if (auto ok = m_project.checkWritable(); !ok)
        return ok;
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    auto columns = fields(layerId);
    if (!columns)
        return std::unexpected(columns.error());
    const auto f = std::find_if(columns->begin(), columns->end(),
                                [&](const EditField &c) { return c.name == fieldName; });
    if (f == columns->end())
        return fail(tr("The layer \"%1\" has no field \"%2\".").arg(l->info.name, fieldName),
                    m_project.path());
    Database &db = m_project.db();
    return withTransaction(db, [&]() -> Result<void> {
        auto stmt
            = db.prepareWith("UPDATE %1 SET %2 = ? WHERE fid = ?",
                             {*Identifier::make(l->info.tableName), *Identifier::make(f->name)});
        if (!stmt)
            return std::unexpected(stmt.error());
        // In feature order, so that the first refused value is the same every time.
        QList<qint64> fids = values.keys();
        std::sort(fids.begin(), fids.end());
        for (const qint64 fid : std::as_const(fids)) {
            QVariant value = values.value(fid);
            if (parse) {
                auto parsed = parseValue(*f, value);
                if (!parsed)
                    return fail(
                        tr("Feature %1: %2")
                            .arg(fid)
                            .arg(featureedit::fieldMessage(f->name, parsed.error().message)),
                        m_project.path(), tr("Nothing was changed."));
                value = *parsed;
            }
            stmt->bind(1, value).bind(2, fid);
            if (auto ok = stmt->exec(); !ok)
                return ok;
            if (db.changes() == 0)
                return fail(tr("The layer \"%1\" has no feature %2.").arg(l->info.name).arg(fid),
                            m_project.path());
            if (isAreaRole(l->info.role))
                if (auto ok = refreshAreaFromFields(*l, fid); !ok)
                    return ok;
        }
        return {};
    });
}

Result<void> FeatureEditor::addField(qint64 layerId, const EditField &field)
{
    if (auto ok = m_project.checkWritable(); !ok)
        return ok;
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    const auto name = Identifier::make(field.name);
    if (!name || field.name.compare(u"fid", Qt::CaseInsensitive) == 0
        || field.name.compare(u"geom", Qt::CaseInsensitive) == 0)
        return fail(tr("\"%1\" cannot be a field name here.").arg(field.name), m_project.path(),
                    tr("Use letters, digits and _, not fid or geom."));
    auto columns = fields(layerId);
    if (!columns)
        return std::unexpected(columns.error());
    for (const EditField &c : std::as_const(*columns))
        if (c.name.compare(field.name, Qt::CaseInsensitive) == 0) // as SQLite compares them
            return fail(
                tr("The layer \"%1\" already has a field \"%2\".").arg(l->info.name, c.name),
                m_project.path(), tr("Choose another name."));
    if (field.type == EditField::Type::Blob)
        return fail(tr("A field holds numbers, text, dates or yes/no."), m_project.path());
    Database &db = m_project.db();
    return withTransaction(db, [&]() -> Result<void> {
        const auto table = *Identifier::make(l->info.tableName);
        return gpkg::addColumn(db, table, {*name, field.sqlType()});
    });
}

Result<RemovedField> FeatureEditor::removeField(qint64 layerId, const QString &name)
{
    if (auto ok = m_project.checkWritable(); !ok)
        return std::unexpected(ok.error());
    auto l = layer(layerId);
    if (!l)
        return std::unexpected(l.error());
    auto columns = fields(layerId);
    if (!columns)
        return std::unexpected(columns.error());
    const auto f = std::find_if(columns->begin(), columns->end(),
                                [&](const EditField &c) { return c.name == name; });
    if (f == columns->end())
        return fail(tr("The layer \"%1\" has no field \"%2\".").arg(l->info.name, name),
                    m_project.path());
    Database &db = m_project.db();
    const LayerStyle style = savedStyle(db, layerId, l->info.role);
    const QString key = QStringLiteral("field.") + name;
    if (style.field == key || style.labelField == key)
        return fail(
            style.field == key
                ? tr("The style of \"%1\" colours by the field \"%2\".").arg(l->info.name, name)
                : tr("The style of \"%1\" labels by the field \"%2\".").arg(l->info.name, name),
            m_project.path(), tr("Choose another field in the layer's style first (Style…)."));
    if (isAreaRole(l->info.role)) {
        QStringList names;
        for (const EditField &c : std::as_const(*columns))
            names << c.name;
        const AreaColumns area = areaColumnsOf(names);
        const int at = int(f - columns->begin());
        if (at == area.name || at == area.code || at == area.district || at == area.province)
            return fail(
                tr("The field \"%1\" names the layer's areas and cannot be removed.").arg(name),
                m_project.path(), tr("Change its values instead."));
    }
    RemovedField removed;
    removed.layerId = layerId;
    removed.field = *f;
    auto stmt = db.prepareWith("SELECT fid, %2 FROM %1 WHERE %2 IS NOT NULL",
                               {*Identifier::make(l->info.tableName), *Identifier::make(name)});
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto rows
        = stmt->forEachRow([&] { removed.values.insert(stmt->int64(0), stmt->value(1)); });
        !rows)
        return std::unexpected(rows.error());

    return withTransaction(db, [&]() -> Result<RemovedField> {
        if (auto ok
            = gpkg::dropColumn(db, *Identifier::make(l->info.tableName), *Identifier::make(name));
            !ok)
            return std::unexpected(ok.error());
        // The filter must still read without it (the transaction rolls back if not).
        if (auto kept = layerFilterFids(db, layerId); !kept)
            return fail(tr("The filter of \"%1\" names the field \"%2\".").arg(l->info.name, name),
                        m_project.path(),
                        tr("Change or clear the layer's filter first (Filter…)."));
        return removed;
    });
}

Result<void> FeatureEditor::restoreField(const RemovedField &removed)
{
    Database &db = m_project.db();
    return withTransaction(db, [&]() -> Result<void> {
        if (auto ok = addField(removed.layerId, removed.field); !ok)
            return ok;
        return setValues(removed.layerId, removed.field.name, removed.values, false);
    });
}

} // namespace geisep
