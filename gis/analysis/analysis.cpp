// Analyses' runs: the list, a run's values and parameters, removing a run, the area layer an
// analysis works on; and the helpers every analysis shares (analysis_p.h).
#include "gis/analysis/analysis.h"
#include "gis/analysis/analysis_p.h"

#include "core/findlayer.h"
#include "core/plan/planviews.h"
#include "core/text/turkish.h"
#include "gis/map/style.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace geisep {

namespace {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const LayerInfo *findLayer(const QList<LayerInfo> &layers, const QString &name)
{
    return findByName(
        layers, name, [](const LayerInfo &l) { return l.name; },
        [](const LayerInfo &l) { return l.tableName; });
}

QString layerNames(const QList<LayerInfo> &layers)
{
    QStringList names;
    for (const LayerInfo &l : layers)
        if (!l.isRaster)
            names << l.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

namespace analysis {

Result<LayerInfo> vectorLayer(Project &project, const QString &name)
{
    const QList<LayerInfo> layers = project.layers();
    const LayerInfo *layer = findLayer(layers, name);
    if (!layer || layer->isRaster)
        return fail(Analyses::tr("The project has no layer \"%1\".").arg(name), project.path(),
                    Analyses::tr("Layers in the project: %1.").arg(layerNames(layers)));
    return *layer;
}

// The areas of a layer aligned to its geometry: id and "Name (District)" per feature.
Result<void> areaRows(Database &db, const LayerInfo &layer, const LayerGeometry &geometry,
                      std::vector<qint64> &ids, std::vector<QString> &labels)
{
    ids.assign(geometry.featureCount(), 0);
    labels.assign(geometry.featureCount(), QString());
    auto stmt = db.prepare("SELECT id, fid, name, district FROM geisep_areas WHERE layer_id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, layer.id);
    return stmt->forEachRow([&] {
        if (const auto f = geometry.indexOfFid(stmt->int64(1))) {
            ids[*f] = stmt->int64(0);
            labels[*f] = areaLabel(stmt->text(2), stmt->text(3));
        }
    });
}

// Periods of a variable on a layer's areas, ascending.
Result<QList<int>> figurePeriods(Database &db, qint64 layerId, const QString &variable)
{
    auto stmt = db.prepare("SELECT DISTINCT f.period FROM geisep_area_figures f JOIN "
                           "geisep_areas a ON a.id = f.area_id WHERE a.layer_id = ? AND "
                           "f.variable = ? ORDER BY f.period");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, layerId).bind(2, variable);
    QList<int> out;
    auto rows = stmt->forEachRow([&] { out << int(stmt->int64(0)); });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

// A variable's figures of one period by area id.
Result<QHash<qint64, double>> figures(Database &db, qint64 layerId, const QString &variable,
                                      int period)
{
    auto stmt = db.prepare("SELECT f.area_id, f.value FROM geisep_area_figures f JOIN "
                           "geisep_areas a ON a.id = f.area_id WHERE a.layer_id = ? AND "
                           "f.variable = ? AND f.period = ? AND f.value IS NOT NULL");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, layerId).bind(2, variable).bind(3, period);
    QHash<qint64, double> out;
    auto rows = stmt->forEachRow([&] { out.insert(stmt->int64(0), stmt->real(1)); });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

// The text of a column for every feature (by fid), or nullopt when the table has no such column.
std::optional<QHash<qint64, QVariant>> columnValues(Database &db, const QString &table,
                                                    const QString &column)
{
    const auto t = Identifier::make(table);
    const auto c = Identifier::make(column);
    if (!t || !c)
        return std::nullopt;
    auto stmt = db.prepareWith("SELECT fid, %2 FROM %1", {*t, *c});
    if (!stmt)
        return std::nullopt;
    QHash<qint64, QVariant> out;
    if (!stmt->forEachRow([&] { out.insert(stmt->int64(0), stmt->value(1)); }))
        return std::nullopt;
    return out;
}

// The columns of a layer table but fid and geom.
QStringList layerColumns(Database &db, const QString &table)
{
    QStringList out;
    const auto t = Identifier::make(table);
    if (!t)
        return out;
    if (auto stmt = db.prepareWith("SELECT * FROM %1 LIMIT 0", {*t}))
        for (int c = 0; c < stmt->columnCount(); ++c)
            if (stmt->columnName(c) != u"fid" && stmt->columnName(c) != u"geom")
                out << stmt->columnName(c);
    return out;
}

// The column of a table whose folded name is one of `names`, or empty.
QString findColumn(Database &db, const QString &table, const QStringList &names)
{
    const auto t = Identifier::make(table);
    if (!t)
        return {};
    auto stmt = db.prepareWith("SELECT * FROM %1 LIMIT 0", {*t});
    if (!stmt)
        return {};
    for (const QString &name : names)
        for (int c = 0; c < stmt->columnCount(); ++c)
            if (foldTurkish(stmt->columnName(c)) == name)
                return stmt->columnName(c);
    return {};
}

// Inserts the run row; returns its id.
Result<qint64> insertRun(Database &db, const QString &kind, const QJsonObject &parameters,
                         const QStringList &inputs, const QDateTime &started, const QString &status,
                         const QString &note)
{
    auto stmt = db.prepare("INSERT INTO geisep_analysis_runs (kind, parameters, input_layers, "
                           "started, finished, status, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, kind);
    stmt->bind(2, QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact)));
    stmt->bind(
        3, QString::fromUtf8(
               QJsonDocument(QJsonArray::fromStringList(inputs)).toJson(QJsonDocument::Compact)));
    stmt->bind(4, started.toUTC().toString(Qt::ISODateWithMs)).bind(5, isoNow());
    stmt->bind(6, status).bindNullable(7, note);
    if (auto ok = stmt->exec(); !ok)
        return std::unexpected(ok.error());
    return db.lastInsertRowId();
}

} // namespace analysis

using analysis::insertRun;
using analysis::vectorLayer;

// ---- Runs -----------------------------------------------------------------------------------

Result<QList<AnalysisRun>> Analyses::runs(Database &db)
{
    auto stmt = db.prepare("SELECT id, kind, parameters, input_layers, started, finished, status, "
                           "note FROM geisep_analysis_runs ORDER BY id DESC");
    if (!stmt)
        return std::unexpected(stmt.error());
    auto layers = db.prepare("SELECT id FROM geisep_layers WHERE analysis_run_id = ? AND "
                             "removed = 0 ORDER BY id");
    if (!layers)
        return std::unexpected(layers.error());
    QList<AnalysisRun> out;
    auto rows = stmt->forEachRow([&] {
        AnalysisRun run;
        run.id = stmt->int64(0);
        run.kind = stmt->text(1);
        run.parameters = QJsonDocument::fromJson(stmt->text(2).toUtf8()).object();
        for (const QJsonValue &v : QJsonDocument::fromJson(stmt->text(3).toUtf8()).array())
            run.inputLayers << v.toString();
        run.started = QDateTime::fromString(stmt->text(4), Qt::ISODateWithMs);
        run.finished = QDateTime::fromString(stmt->text(5), Qt::ISODateWithMs);
        run.status = stmt->text(6);
        run.note = stmt->text(7);
        layers->reset();
        layers->bind(1, run.id);
        (void)layers->forEachRow([&] { run.layers << layers->int64(0); });
        out << run;
    });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<qint64> Analyses::latestRun(Database &db, const QString &kind, qint64 layerId)
{
    auto stmt = db.prepare(
        "SELECT r.id FROM geisep_analysis_runs r WHERE r.kind = ? AND r.status = 'done' AND "
        "EXISTS (SELECT 1 FROM geisep_analysis_results x JOIN geisep_areas a ON a.id = "
        "x.area_id WHERE x.run_id = r.id AND a.layer_id = ?) ORDER BY r.id DESC LIMIT 1");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, kind).bind(2, layerId);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->int64(0) : 0;
}

Result<QHash<qint64, double>> Analyses::values(Database &db, qint64 runId, const QString &variable,
                                               const QString &category)
{
    auto stmt = db.prepare("SELECT area_id, value FROM geisep_analysis_results WHERE run_id = ? "
                           "AND variable = ? AND coalesce(category, '') = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, runId).bind(2, variable).bind(3, category);
    QHash<qint64, double> out;
    auto rows = stmt->forEachRow([&] { out.insert(stmt->int64(0), stmt->real(1)); });
    if (!rows)
        return std::unexpected(rows.error());
    return out;
}

Result<QJsonObject> Analyses::parameters(Database &db, qint64 runId)
{
    auto stmt = db.prepare("SELECT parameters FROM geisep_analysis_runs WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, runId);
    auto found = stmt->step();
    if (!found)
        return std::unexpected(found.error());
    return *found ? QJsonDocument::fromJson(stmt->text(0).toUtf8()).object() : QJsonObject();
}

Result<qint64> Analyses::recordUnfinished(Project &project, const QString &kind,
                                          const QJsonObject &parameters, const QDateTime &started,
                                          const QString &status, const QString &note)
{
    return withTransaction(project.db(), [&]() -> Result<qint64> {
        return insertRun(project.db(), kind, parameters, {}, started, status, note);
    });
}

Result<void> Analyses::removeRun(Project &project, qint64 runId)
{
    auto list = runs(project.db());
    if (!list)
        return std::unexpected(list.error());
    const auto it = std::find_if(list->cbegin(), list->cend(),
                                 [&](const AnalysisRun &r) { return r.id == runId; });
    if (it == list->cend())
        return fail(tr("There is no analysis run %1.").arg(runId), project.path());
    return withTransaction(project.db(), [&]() -> Result<void> {
        for (qint64 layer : it->layers)
            if (auto ok = project.setLayerRemoved(layer, true); !ok)
                return ok;
        auto stmt = project.db().prepare("DELETE FROM geisep_analysis_runs WHERE id = ?");
        if (!stmt)
            return std::unexpected(stmt.error());
        return stmt->bind(1, runId).exec();
    });
}

Result<LayerInfo> Analyses::areaLayer(Project &project, const QString &name)
{
    auto layer = vectorLayer(project, name);
    if (!layer)
        return layer;
    if (!isAreaRole(layer->role) || !layer->geometryType.contains(QStringLiteral("POLYGON")))
        return fail(tr("\"%1\" is not a layer of areas.").arg(layer->name), project.path(),
                    tr("Choose a layer of muhtar districts or migrant areas."));
    return layer;
}

QString Analyses::kindTitle(const QString &kind)
{
    if (kind == u"coverage")
        return tr("Coverage");
    if (kind == u"pressure")
        return tr("Migration pressure");
    if (kind == u"projection")
        return tr("Projection");
    return kind;
}

QString Analyses::parametersText(const AnalysisRun &run)
{
    const QJsonObject &p = run.parameters;
    const QLocale locale;
    auto number = [&](double v, int decimals) {
        return locale.toString(v, 'f', decimals);
    };
    QStringList parts;
    if (const QString areas = p.value(QStringLiteral("areas")).toString(); !areas.isEmpty())
        parts << areas;
    if (run.kind == u"coverage") {
        if (p.contains(QStringLiteral("period")))
            parts << tr("population of %1").arg(p.value(QStringLiteral("period")).toInt());
        QStringList reach;
        const QJsonObject distances = p.value(QStringLiteral("distances")).toObject();
        for (auto it = distances.begin(); it != distances.end(); ++it)
            reach << tr("%1 within %2 m")
                         .arg(serviceTitle(it.key()), number(it.value().toDouble(), 0));
        if (!reach.isEmpty())
            parts << reach.join(QStringLiteral(", "));
        if (const QString finer = p.value(QStringLiteral("finer")).toString(); !finer.isEmpty())
            parts << tr("people placed by %1").arg(finer);
    } else if (run.kind == u"pressure") {
        parts << tr("%1 to %2")
                     .arg(p.value(QStringLiteral("from_period")).toInt())
                     .arg(p.value(QStringLiteral("period")).toInt());
        parts << tr("weights: %1")
                     .arg(PressureWeights::presetTitle(
                         p.value(QStringLiteral("preset")).toString()));
        parts << tr("%1 classes").arg(p.value(QStringLiteral("classes")).toInt());
        if (const qint64 coverage = p.value(QStringLiteral("coverage_run")).toInteger();
            coverage > 0)
            parts << tr("coverage of run %1").arg(coverage);
    } else if (run.kind == u"projection") {
        parts << tr("%1 to %2")
                     .arg(p.value(QStringLiteral("base_period")).toInt())
                     .arg(p.value(QStringLiteral("horizon")).toInt());
        const QJsonObject rates = p.value(QStringLiteral("rates")).toObject();
        parts << tr("growth %1 / %2 / %3 % a year")
                     .arg(number(rates.value(QStringLiteral("low")).toDouble(), 2),
                          number(rates.value(QStringLiteral("medium")).toDouble(), 2),
                          number(rates.value(QStringLiteral("high")).toDouble(), 2));
        if (const QString f = p.value(QStringLiteral("facilities")).toString(); !f.isEmpty())
            parts << tr("school places from %1").arg(f);
    }
    return parts.join(QStringLiteral(" · "));
}

QStringList Analyses::layerColumns(Database &db, const QString &table)
{
    return analysis::layerColumns(db, table);
}

Result<QStringList> Analyses::services(Database &db, const QString &table)
{
    QStringList out;
    const auto t = Identifier::make(table);
    if (!t)
        return out; // not a layer table of ours: no services
    auto stmt = db.prepareWith(
        "SELECT DISTINCT service FROM %1 WHERE service IS NOT NULL ORDER BY service", {*t});
    if (!stmt)
        return std::unexpected(stmt.error());
    auto read = stmt->forEachRow([&] {
        if (!stmt->text(0).isEmpty())
            out << stmt->text(0);
    });
    if (!read)
        return std::unexpected(read.error());
    return out;
}

QString Analyses::capacityColumn(Database &db, const QString &table)
{
    return analysis::findColumn(
        db, table,
        {QStringLiteral("capacity"), QStringLiteral("kapasite"), QStringLiteral("kontenjan")});
}

} // namespace geisep
