// FeatureEditor: area rows brought in step with features another program (QGIS) added, deleted
// or renamed while the project was closed.
#include "gis/edit/featureedit.h"

#include "core/gpkg.h"
#include "core/text/turkish.h"
#include "gis/io/importer.h"

namespace geisep {

namespace {

// A feature with no area row: its number, shape (WKB) and field values.
struct FreshFeature
{
    qint64 fid = 0;
    QVariantMap values;
    QByteArray shape;
};

// Features with no area row: drawn or imported in another program.
Result<QList<FreshFeature>> featuresWithoutArea(Database &db, const Identifier &table,
                                                qint64 layerId)
{
    QList<FreshFeature> added;
    auto fresh = db.prepareWith("SELECT * FROM %1 t WHERE NOT EXISTS (SELECT 1 FROM "
                                "geisep_areas a WHERE a.layer_id = ? AND a.fid = t.fid)",
                                {table});
    if (!fresh)
        return std::unexpected(fresh.error());
    fresh->bind(1, layerId);
    if (auto rows = fresh->forEachRow([&] {
            FreshFeature feature;
            for (int i = 0; i < fresh->columnCount(); ++i) {
                const QString name = fresh->columnName(i);
                if (name == u"fid")
                    feature.fid = fresh->int64(i);
                else if (name == u"geom") {
                    const QByteArray blob = fresh->blob(i);
                    if (const auto header = gpkg::decodeHeader(blob); header && !header->empty)
                        feature.shape = blob.mid(header->wkbOffset);
                } else
                    feature.values.insert(name, fresh->value(i));
            }
            added.append(feature);
        });
        !rows)
        return std::unexpected(rows.error());
    return added;
}

// Areas whose feature is gone (deleted in another program): their ids, and their names added
// to `removedNames`.
Result<QList<qint64>> areasWithoutFeature(Database &db, const Identifier &table, qint64 layerId,
                                          QStringList &removedNames)
{
    QList<qint64> orphans;
    auto gone = db.prepareWith("SELECT a.id, a.name FROM geisep_areas a WHERE a.layer_id = ? "
                               "AND NOT EXISTS (SELECT 1 FROM %1 t WHERE t.fid = a.fid) "
                               "ORDER BY a.id",
                               {table});
    if (!gone)
        return std::unexpected(gone.error());
    gone->bind(1, layerId);
    if (auto rows = gone->forEachRow([&] {
            orphans << gone->int64(0);
            removedNames << gone->text(1);
        });
        !rows)
        return std::unexpected(rows.error());
    return orphans;
}

// Features whose name field differs from their area row's name: edited in another program.
Result<QList<qint64>> renamedFeatures(Database &db, const Identifier &table, qint64 layerId,
                                      const QString &nameField)
{
    QList<qint64> renamed;
    auto differ = db.prepareWith(
        "SELECT t.fid FROM %1 t JOIN geisep_areas a ON a.layer_id = ? AND a.fid = t.fid "
        "WHERE coalesce(trim(t.%2), '') <> coalesce(a.name, '')",
        {table, *Identifier::make(nameField)});
    if (!differ)
        return std::unexpected(differ.error());
    differ->bind(1, layerId);
    if (auto rows = differ->forEachRow([&] { renamed << differ->int64(0); }); !rows)
        return std::unexpected(rows.error());
    return renamed;
}

// The rows of other tables that went with removed areas, counted by table.
void countRemoved(const RemovedRows &removed, ReconciledLayer &changed)
{
    for (const RemovedRows::Table &t : removed.tables)
        if (t.name != u"geisep_areas")
            changed.removedRows[t.name] += t.rows.size();
    if (!removed.clearedStakeholders.isEmpty())
        changed.removedRows[QStringLiteral("geisep_stakeholders")]
            += removed.clearedStakeholders.size();
}

} // namespace

Result<QList<ReconciledLayer>> FeatureEditor::reconcileAreas()
{
    Database &db = m_project.db();
    QList<ReconciledLayer> out;
    if (m_project.isReadOnly())
        return out;                // brought in step the next time it is opened for editing
    std::optional<Transaction> tx; // begun at the first change only
    const auto begin = [&]() -> Result<void> {
        if (tx)
            return {};
        tx.emplace(db);
        return tx->begun();
    };
    for (const LayerInfo &info : m_project.layers()) {
        if (!isAreaRole(info.role) || info.isRaster || info.featureCount < 0)
            continue;
        auto l = layer(info.id);
        if (!l)
            continue; // a damaged layer is for validate to report, not for opening to stop at
        const Identifier table = *Identifier::make(l->info.tableName);
        ReconciledLayer changed;
        changed.layer = info.name;

        // Features with no area row: drawn or imported in another program.
        auto added = featuresWithoutArea(db, table, info.id);
        if (!added)
            return std::unexpected(added.error());
        for (const FreshFeature &feature : std::as_const(*added)) {
            if (auto ok = begin(); !ok)
                return std::unexpected(ok.error());
            if (auto ok = writeAreaRow(*l, feature.fid, feature.shape, feature.values); !ok)
                return std::unexpected(ok.error());
            const QStringList names = feature.values.keys();
            const int at = areaColumnsOf(names).name;
            const QString name
                = at >= 0 ? feature.values.value(names[at]).toString().trimmed() : QString();
            changed.added << (name.isEmpty() ? tr("No. %1").arg(feature.fid) : name);
        }

        // Areas whose feature is gone: deleted in another program.
        auto orphans = areasWithoutFeature(db, table, info.id, changed.removed);
        if (!orphans)
            return std::unexpected(orphans.error());
        if (!orphans->isEmpty()) {
            if (auto ok = begin(); !ok)
                return std::unexpected(ok.error());
            RemovedRows removed;
            if (auto ok = takeAreas(*orphans, removed); !ok)
                return std::unexpected(ok.error());
            countRemoved(removed, changed);
        }

        // Areas whose name field was edited there.
        auto columns = fields(info.id);
        if (!columns)
            return std::unexpected(columns.error());
        QStringList names;
        for (const EditField &c : std::as_const(*columns))
            names << c.name;
        if (const int at = areaColumnsOf(names).name; at >= 0) {
            auto renamed = renamedFeatures(db, table, info.id, names[at]);
            if (!renamed)
                return std::unexpected(renamed.error());
            for (const qint64 fid : std::as_const(*renamed)) {
                if (auto ok = begin(); !ok)
                    return std::unexpected(ok.error());
                if (auto ok = refreshAreaFromFields(*l, fid); !ok)
                    return std::unexpected(ok.error());
            }
            changed.renamed = renamed->size();
        }
        // Migrant areas without their mahalle shares (drawn before version 6, or elsewhere).
        if (info.role == LayerRole::MigrantArea) {
            if (auto ok = begin(); !ok)
                return std::unexpected(ok.error());
            if (auto shares = refreshMahalleShares(info.id, true); !shares)
                return std::unexpected(shares.error());
        }
        if (!changed.added.isEmpty() || !changed.removed.isEmpty() || changed.renamed > 0)
            out.append(changed);
    }
    if (tx)
        if (auto ok = tx->commit(); !ok)
            return std::unexpected(ok.error());
    return out;
}

} // namespace geisep
