#include "gis/analysis.h"

#include "core/csv.h"
#include "core/findlayer.h"
#include "core/gpkg.h"
#include "core/planviews.h"
#include "core/privacy.h"
#include "core/turkish.h"
#include "gis/maplayer.h"
#include "gis/printwords.h"
#include "gis/style.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace geisep {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

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

// Writes results through one prepared statement.
class ResultWriter
{
public:
    static Result<ResultWriter> make(Database &db, qint64 runId)
    {
        auto stmt = db.prepare("INSERT INTO geisep_analysis_results (run_id, area_id, category, "
                               "variable, value) VALUES (?, ?, ?, ?, ?)");
        if (!stmt)
            return std::unexpected(stmt.error());
        return ResultWriter(std::move(*stmt), runId);
    }
    Result<void> add(qint64 areaId, const QString &category, const QString &variable, double value)
    {
        if (!std::isfinite(value) || areaId <= 0)
            return {};
        m_stmt.reset();
        m_stmt.bind(1, m_run).bind(2, areaId).bindNullable(3, category);
        m_stmt.bind(4, variable).bind(5, value);
        return m_stmt.exec();
    }

private:
    ResultWriter(Statement stmt, qint64 run)
        : m_stmt(std::move(stmt))
        , m_run(run)
    {}
    Statement m_stmt;
    qint64 m_run;
};

// Min–max over the finite values; all equal gives 0 for each (no area stands out).
void normalise(std::vector<PressureRow> &rows, int c)
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const PressureRow &r : rows)
        if (std::isfinite(r.raw[std::size_t(c)])) {
            lo = std::min(lo, r.raw[std::size_t(c)]);
            hi = std::max(hi, r.raw[std::size_t(c)]);
        }
    for (PressureRow &r : rows) {
        const double v = r.raw[std::size_t(c)];
        r.normalised[std::size_t(c)] = !std::isfinite(v) ? kNaN
                                       : hi > lo         ? (v - lo) / (hi - lo)
                                                         : 0;
    }
}

} // namespace

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

Result<qint64> Analyses::recordUnfinished(Project &project, const QString &kind,
                                          const QJsonObject &parameters, const QDateTime &started,
                                          const QString &status, const QString &note)
{
    Transaction tx(project.db());
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto id = insertRun(project.db(), kind, parameters, {}, started, status, note);
    if (!id)
        return id;
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return id;
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
    Transaction tx(project.db());
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    for (qint64 layer : it->layers)
        if (auto ok = project.setLayerRemoved(layer, true); !ok)
            return ok;
    auto stmt = project.db().prepare("DELETE FROM geisep_analysis_runs WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, runId).exec(); !ok)
        return ok;
    return tx.commit();
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

// ---- Coverage -------------------------------------------------------------------------------

double defaultCatchment(const QString &service)
{
    if (service == u"school" || service == u"health")
        return 1000;
    return 500; // water, transit and anything else
}

QString catchmentSource(const QString &service)
{
    if (service == u"water")
        return Coverage::tr("Sphere Handbook: a water point within 500 m of every household");
    if (service == u"transit")
        return Coverage::tr("SDG indicator 11.2.1: a stop within 500 m walking distance");
    if (service == u"school")
        return Coverage::tr("Primary school walking distance, 500–1000 m");
    if (service == u"health")
        return Coverage::tr("Health centre (aile sağlığı merkezi) within 1000 m");
    return Coverage::tr("No published standard; 500 m until you set one");
}

Result<CoverageJob> Coverage::prepare(Project &project, const CoverageRequest &request)
{
    Database &db = project.db();
    CoverageJob job;
    job.request = request;
    job.started = QDateTime::currentDateTimeUtc();
    auto areasLayer = Analyses::areaLayer(project, request.areas);
    if (!areasLayer)
        return std::unexpected(areasLayer.error());
    job.areasLayer = *areasLayer;
    auto areas = loadLayerGeometry(db, areasLayer->tableName, areasLayer->id, areasLayer->role);
    if (!areas)
        return std::unexpected(areas.error());
    job.areas = std::make_shared<LayerGeometry>(std::move(*areas));
    if (auto ok = areaRows(db, job.areasLayer, *job.areas, job.areaIds, job.areaLabels); !ok)
        return std::unexpected(ok.error());
    job.inputLayers << job.areasLayer.name;

    // Population of the period asked for, or the latest.
    QJsonObject parameters;
    parameters[QStringLiteral("areas")] = job.areasLayer.name;
    if (!request.populationVariable.isEmpty()) {
        auto periods = figurePeriods(db, job.areasLayer.id, request.populationVariable);
        if (!periods)
            return std::unexpected(periods.error());
        if (request.period > 0 && !periods->contains(request.period))
            return fail(tr("The layer \"%1\" has no %2 figures for %3.")
                            .arg(job.areasLayer.name, request.populationVariable,
                                 QString::number(request.period)),
                        project.path(),
                        periods->isEmpty() ? tr("Join the figures first.")
                                           : tr("Periods with figures: %1.").arg([&] {
                                                 QStringList p;
                                                 for (int y : *periods)
                                                     p << QString::number(y);
                                                 return p.join(QStringLiteral(", "));
                                             }()),
                        QStringLiteral("figuresAction"));
        const int period = request.period > 0   ? request.period
                           : periods->isEmpty() ? 0
                                                : periods->last();
        if (period > 0) {
            auto values = figures(db, job.areasLayer.id, request.populationVariable, period);
            if (!values)
                return std::unexpected(values.error());
            job.options.population.assign(job.areas->featureCount(), kNaN);
            for (std::size_t f = 0; f < job.areaIds.size(); ++f)
                job.options.population[f] = values->value(job.areaIds[f], kNaN);
            parameters[QStringLiteral("population")] = request.populationVariable;
            parameters[QStringLiteral("period")] = period;
        }
    }

    // Facilities by service.
    if (request.facilities.isEmpty())
        return fail(tr("Say which layer holds the facilities."), project.path(),
                    tr("Give an infrastructure layer (points, network lines or coverage "
                       "polygons)."));
    QMap<QString, CoverageService> byService;
    QJsonArray facilityNames;
    const QString serviceField
        = request.serviceField.isEmpty() ? QStringLiteral("service") : request.serviceField;
    for (const QString &name : request.facilities) {
        auto layer = vectorLayer(project, name);
        if (!layer)
            return std::unexpected(layer.error());
        auto geometry = loadLayerGeometry(db, layer->tableName, layer->id, layer->role);
        if (!geometry)
            return std::unexpected(geometry.error());
        auto shared = std::make_shared<LayerGeometry>(std::move(*geometry));
        job.inputs.push_back(shared);
        job.inputLayers << layer->name;
        facilityNames.append(layer->name);
        auto services = columnValues(db, layer->tableName, serviceField);
        QString fixedService;
        if (!services && !request.serviceField.isEmpty()) {
            // Asked for by name: a field that is not there is a mistake to report, never a
            // reason to fall back on something else.
            return fail(tr("The layer \"%1\" has no field \"%2\". Its fields are: %3.")
                            .arg(layer->name, serviceField,
                                 layerColumns(db, layer->tableName).join(QStringLiteral(", "))),
                        project.path(), tr("Name one of them with --service-field."));
        }
        if (!services) {
            auto type = db.prepare("SELECT service_type FROM geisep_layers WHERE id = ?");
            if (type && type->bind(1, layer->id).step().value_or(false))
                fixedService = type->text(0);
            if (fixedService.isEmpty())
                return fail(tr("The layer \"%1\" has no field \"%2\" naming each feature's "
                               "service.")
                                .arg(layer->name, serviceField),
                            project.path(), tr("Name the field that holds it (--service-field)."));
        }
        const LayerGeometry &g = *shared;
        for (std::size_t f = 0; f < g.featureCount(); ++f) {
            const QString service = fixedService.isEmpty()
                                        ? services->value(g.fids[f]).toString().trimmed().toLower()
                                        : fixedService;
            if (service.isEmpty()
                || (!request.services.isEmpty() && !request.services.contains(service)))
                continue;
            CoverageService &s = byService[service];
            s.name = service;
            const std::uint32_t r0 = g.featureStart[f], r1 = g.featureStart[f + 1];
            switch (g.kind) {
            case LayerGeometry::Kind::Points:
                for (std::uint32_t r = r0; r < r1; ++r) {
                    const std::uint32_t v = g.ringStart[r];
                    s.points.emplace_back(g.xy[2 * v], g.xy[2 * v + 1]);
                }
                break;
            case LayerGeometry::Kind::Lines:
                for (std::uint32_t r = r0; r < r1; ++r) {
                    std::vector<QPointF> line;
                    for (std::uint32_t v = g.ringStart[r]; v < g.ringStart[r + 1]; ++v)
                        line.emplace_back(g.xy[2 * v], g.xy[2 * v + 1]);
                    s.lines.push_back(std::move(line));
                }
                break;
            case LayerGeometry::Kind::Polygons:
                if (s.polygons && s.polygons != &g)
                    return fail(
                        tr("Coverage polygons of \"%1\" come from two layers.").arg(service),
                        project.path(),
                        tr("Put one service's coverage polygons in one "
                           "layer."));
                s.polygons = &g;
                s.polygonFeatures.push_back(f);
                break;
            }
        }
    }
    parameters[QStringLiteral("facilities")] = facilityNames;
    parameters[QStringLiteral("service_field")] = serviceField;
    if (byService.isEmpty())
        return fail(tr("The facility layers hold no feature of the services asked for."),
                    project.path(),
                    tr("Check the service field and the services (school, health, water, "
                       "transit)."));
    for (auto it = request.distances.cbegin(); it != request.distances.cend(); ++it) {
        if (!byService.contains(it.key()))
            return fail(tr("No facility offers the service \"%1\".").arg(it.key()), project.path(),
                        tr("Services in the facility layers: %1.")
                            .arg(QStringList(byService.keys()).join(QStringLiteral(", "))));
        if (!(it.value() > 0))
            return fail(tr("The catchment distance of \"%1\" must be above 0 m.").arg(it.key()),
                        project.path());
    }
    for (auto it = byService.begin(); it != byService.end(); ++it) {
        it->distance = defaultCatchment(it.key());
        job.services.push_back(*it);
    }
    // The usual services first, in the order planners list them.
    const QStringList order = {QStringLiteral("school"), QStringLiteral("health"),
                               QStringLiteral("water"), QStringLiteral("transit")};
    std::stable_sort(job.services.begin(), job.services.end(),
                     [&](const CoverageService &a, const CoverageService &b) {
                         const auto ra = order.indexOf(a.name), rb = order.indexOf(b.name);
                         return (ra < 0 ? 99 : ra) < (rb < 0 ? 99 : rb);
                     });

    if (!request.finer.isEmpty()) {
        auto layer = vectorLayer(project, request.finer);
        if (!layer)
            return std::unexpected(layer.error());
        auto geometry = loadLayerGeometry(db, layer->tableName, layer->id, layer->role);
        if (!geometry)
            return std::unexpected(geometry.error());
        auto shared = std::make_shared<LayerGeometry>(std::move(*geometry));
        job.inputs.push_back(shared);
        job.inputLayers << layer->name;
        job.options.finer = shared.get();
        job.options.finerCounts.assign(shared->featureCount(), 1.0);
        if (!request.finerField.isEmpty()) {
            auto counts = columnValues(db, layer->tableName, request.finerField);
            if (!counts)
                return fail(tr("The layer \"%1\" has no field \"%2\".")
                                .arg(layer->name, request.finerField),
                            project.path(), tr("Name the field that holds the counts."));
            for (std::size_t f = 0; f < shared->featureCount(); ++f) {
                bool ok = false;
                const double v = counts->value(shared->fids[f]).toDouble(&ok);
                job.options.finerCounts[f] = ok && v > 0 ? v : 0;
            }
        }
        parameters[QStringLiteral("finer")] = layer->name;
        parameters[QStringLiteral("finer_field")] = request.finerField;
    }
    job.options.gaps = request.gapLayers;
    parameters[QStringLiteral("quadrant_segments")] = job.options.quadrantSegments;
    job.parameters = parameters;
    setDistances(job, request.distances);
    return job;
}

void Coverage::setDistances(CoverageJob &job, const QMap<QString, double> &distances)
{
    QJsonObject recorded;
    for (CoverageService &s : job.services) {
        if (distances.value(s.name) > 0)
            s.distance = distances.value(s.name);
        recorded[s.name] = s.distance;
    }
    job.parameters[QStringLiteral("distances")] = recorded;
}

Result<std::vector<CoverageRow>> Coverage::compute(const CoverageJob &job)
{
    return computeCoverage(*job.areas, job.services, job.options);
}

Result<StoredCoverage> Coverage::store(Project &project, const CoverageJob &job,
                                       const std::vector<CoverageRow> &rows)
{
    Database &db = project.db();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    StoredCoverage stored;
    auto runId = insertRun(db, QStringLiteral("coverage"), job.parameters, job.inputLayers,
                           job.started, QStringLiteral("done"), {});
    if (!runId)
        return std::unexpected(runId.error());
    stored.runId = *runId;
    auto writer = ResultWriter::make(db, *runId);
    if (!writer)
        return std::unexpected(writer.error());
    for (const CoverageRow &row : rows) {
        const qint64 area = row.area < job.areaIds.size() ? job.areaIds[row.area] : 0;
        const double population
            = row.area < job.options.population.size() ? job.options.population[row.area] : kNaN;
        for (const auto &[variable, value] :
             {std::pair{"area_m2", row.areaM2}, std::pair{"covered_m2", row.coveredM2},
              std::pair{"covered_share", row.coveredShare},
              std::pair{"covered_population", row.coveredPopulation},
              std::pair{"covered_population_share",
                        population > 0 ? row.coveredPopulation / population : kNaN},
              std::pair{"nearest_m", row.nearest}})
            if (auto ok = writer->add(area, row.service, QString::fromLatin1(variable), value); !ok)
                return std::unexpected(ok.error());
    }

    if (job.request.gapLayers) {
        const int srs = job.areasLayer.srsId;
        for (const CoverageService &service : job.services) {
            const QString name = tr("Coverage gaps: %1 (run %2)")
                                     .arg(serviceTitle(service.name), QString::number(*runId));
            // The service's part is cut so the run number always fits.
            const QString table = uniqueSlug(
                QStringLiteral("gaps_%1_run_%2")
                    .arg(asciiSlug(service.name, QStringLiteral("service"), 20),
                         QString::number(*runId)),
                QStringLiteral("gaps"), [&](const QString &t) { return db.tableExists(t); });
            const Identifier id = *Identifier::make(table);
            const QList<gpkg::FieldSpec> fields
                = {{*Identifier::make(QStringLiteral("area_id")), "INTEGER"},
                   {*Identifier::make(QStringLiteral("area")), "TEXT"},
                   {*Identifier::make(QStringLiteral("service")), "TEXT"},
                   {*Identifier::make(QStringLiteral("gap_m2")), "REAL"},
                   {*Identifier::make(QStringLiteral("gap_share")), "REAL"}};
            gpkg::FeatureTableSpec spec{
                id,
                name,
                tr("Parts of each area of \"%1\" beyond %2 m of a %3 facility (analysis run %4).")
                    .arg(job.areasLayer.name, QString::number(service.distance),
                         serviceTitle(service.name), QString::number(*runId)),
                "MULTIPOLYGON",
                srs,
                fields};
            if (auto ok = gpkg::createFeatureTable(db, spec); !ok)
                return std::unexpected(ok.error());
            QList<Identifier> columns = {*Identifier::make(QStringLiteral("geom"))};
            for (const gpkg::FieldSpec &f : fields)
                columns << f.name;
            auto insert = db.prepareInsert(id, columns);
            if (!insert)
                return std::unexpected(insert.error());
            for (const CoverageRow &row : rows) {
                if (row.service != service.name || row.gapWkb.isEmpty())
                    continue;
                const auto box = gpkg::wkbEnvelope(row.gapWkb.constData(), row.gapWkb.size());
                insert->reset();
                insert->bindBlob(1,
                                 gpkg::encodeGeometry(srs, row.gapWkb, box.value_or(Envelope{})));
                const qint64 area = job.areaIds[row.area];
                if (area > 0)
                    insert->bind(2, area);
                else
                    insert->bind(2, nullptr);
                insert->bind(3, job.areaLabels[row.area]).bind(4, service.name);
                insert->bind(5, row.areaM2 - row.coveredM2).bind(6, 1 - row.coveredShare);
                if (auto ok = insert->exec(); !ok)
                    return std::unexpected(ok.error());
            }
            if (auto ok = gpkg::refreshExtent(db, id); !ok)
                return std::unexpected(ok.error());
            auto layerRow = db.prepare(
                "INSERT INTO geisep_layers (table_name, name, role, service_type, "
                "analysis_run_id, visible, position) VALUES (?, ?, 'reference', ?, ?, ?, (SELECT "
                "coalesce(max(position), 0) + 1 FROM geisep_layers))");
            if (!layerRow)
                return std::unexpected(layerRow.error());
            // Only the first service's gaps are shown at once: overlaid, they hide each other.
            layerRow->bind(1, table).bind(2, name).bind(3, service.name).bind(4, *runId);
            layerRow->bind(5, &service == &job.services.front() ? 1 : 0);
            if (auto ok = layerRow->exec(); !ok)
                return std::unexpected(ok.error());
            const qint64 layerId = db.lastInsertRowId();
            stored.gapLayers << layerId;
            // The gaps of earlier coverage runs on the same areas for this service make way
            // (removed as the layers panel removes, so their tables stay and undo can bring
            // them back): a second run does not pile four more layers on the first four.
            auto replace = db.prepare(
                "UPDATE geisep_layers SET removed = 1 WHERE removed = 0 AND service_type = ? AND "
                "id <> ? AND analysis_run_id IN (SELECT id FROM geisep_analysis_runs WHERE kind = "
                "'coverage' AND id <> ? AND json_extract(input_layers, '$[0]') = ?)");
            if (!replace)
                return std::unexpected(replace.error());
            replace->bind(1, service.name).bind(2, layerId).bind(3, *runId);
            replace->bind(4, job.areasLayer.name);
            if (auto ok = replace->exec(); !ok)
                return std::unexpected(ok.error());
            stored.replacedLayers += db.changes();
            // Gaps in vermilion, translucent: they stand out on the coverage choropleth's blues
            // and greens (one service's gaps are shown at a time).
            LayerStyle style = LayerStyle::forRole(QStringLiteral("reference"));
            style.kind = LayerStyle::Kind::Single;
            style.fill = QColor(0xd5, 0x5e, 0x00);
            style.fillOpacity = 0.55;
            style.stroke = QColor(0x8c, 0x3d, 0x00);
            style.strokeWidth = 0.6;
            style.labelField.clear();
            if (auto ok = saveStyle(db, layerId, style); !ok)
                return std::unexpected(ok.error());
        }
        if (!stored.gapLayers.isEmpty()) {
            auto link
                = db.prepare("UPDATE geisep_analysis_runs SET result_layer_id = ? WHERE id = ?");
            if (!link)
                return std::unexpected(link.error());
            if (auto ok = link->bind(1, stored.gapLayers.first()).bind(2, *runId).exec(); !ok)
                return std::unexpected(ok.error());
        }
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return stored;
}

QList<QStringList> Coverage::table(const CoverageJob &job, const std::vector<CoverageRow> &rows,
                                   QChar separator, bool english)
{
    QList<QStringList> out;
    out << (english ? QStringList{QStringLiteral("Area"), QStringLiteral("Service"),
                                  QStringLiteral("Distance (m)"), QStringLiteral("Area (m²)"),
                                  QStringLiteral("Covered (m²)"), QStringLiteral("Covered (%)"),
                                  QStringLiteral("Covered population"),
                                  QStringLiteral("Nearest facility (m)")}
                    : QStringList{QStringLiteral("Alan"), QStringLiteral("Hizmet"),
                                  QStringLiteral("Erişim mesafesi (m)"),
                                  QStringLiteral("Alan (m²)"), QStringLiteral("Kapsanan (m²)"),
                                  QStringLiteral("Kapsanan (%)"), QStringLiteral("Kapsanan nüfus"),
                                  QStringLiteral("En yakın tesis (m)")});
    QHash<QString, double> distance;
    for (const CoverageService &s : job.services)
        distance.insert(s.name, s.distance);
    for (const CoverageRow &row : rows) {
        out << QStringList{row.area < job.areaLabels.size() ? job.areaLabels[row.area] : QString(),
                           PrintWords{!english}.service(row.service),
                           CsvWriter::number(distance.value(row.service), 0, separator),
                           CsvWriter::number(row.areaM2, 0, separator),
                           CsvWriter::number(row.coveredM2, 0, separator),
                           CsvWriter::number(row.coveredShare * 100, 1, separator),
                           CsvWriter::number(row.coveredPopulation, 0, separator),
                           CsvWriter::number(row.nearest, 0, separator)};
    }
    return out;
}

// ---- Migration pressure ---------------------------------------------------------------------

QString pressureComponentKey(PressureComponent c)
{
    switch (c) {
    case PressureComponent::Share:
        return QStringLiteral("migrant_share");
    case PressureComponent::PerThousand:
        return QStringLiteral("migrants_per_1000");
    case PressureComponent::Growth:
        return QStringLiteral("migrant_growth");
    case PressureComponent::Density:
        return QStringLiteral("density");
    case PressureComponent::Deficit:
        return QStringLiteral("coverage_deficit");
    }
    return {};
}

QString pressureComponentTitle(PressureComponent c)
{
    const auto [en, tr] = pressureComponentWords(c);
    return PrintWords::inWindowLanguage().text(en, tr);
}

std::pair<const char *, const char *> pressureComponentWords(PressureComponent c)
{
    switch (c) {
    case PressureComponent::Share:
        return {"Migrant share (%)", "Göçmen oranı (%)"};
    case PressureComponent::PerThousand:
        return {"Migrants per 1,000 host residents", "Ev sahibi 1.000 kişi başına göçmen"};
    case PressureComponent::Growth:
        return {"Migrant growth (% a year)", "Göçmen artışı (yıllık %)"};
    case PressureComponent::Density:
        return {"Density (people/km²)", "Yoğunluk (kişi/km²)"};
    case PressureComponent::Deficit:
        return {"Coverage deficit (%)", "Kapsama açığı (%)"};
    }
    return {"", ""};
}

std::optional<PressureWeights> PressureWeights::preset(const QString &name)
{
    PressureWeights w;
    if (name == u"balanced")
        w.w = {1, 1, 1, 1, 1};
    else if (name == u"migration")
        w.w = {3, 2, 2, 0.5, 0.5};
    else if (name == u"services")
        w.w = {1, 0.5, 0.5, 1, 3};
    else
        return std::nullopt;
    return w;
}

QStringList PressureWeights::presetNames()
{
    return {QStringLiteral("balanced"), QStringLiteral("migration"), QStringLiteral("services")};
}

QString PressureWeights::presetTitle(const QString &name)
{
    if (name == u"balanced")
        return Pressure::tr("Balanced (all components equal)");
    if (name == u"migration")
        return Pressure::tr("Migration first (share, per 1,000, growth)");
    if (name == u"services")
        return Pressure::tr("Services first (coverage deficit)");
    return Pressure::tr("Own weights");
}

QString Pressure::classTitle(int klass, int classes)
{
    if (classes == 5) {
        const QString names[]
            = {tr("Very low"), tr("Low"), tr("Medium"), tr("High"), tr("Very high")};
        if (klass >= 1 && klass <= 5)
            return names[klass - 1];
    }
    return tr("Class %1 of %2").arg(klass).arg(classes);
}

Result<PressureJob> Pressure::prepare(Project &project, const PressureRequest &request)
{
    Database &db = project.db();
    PressureJob job;
    PressureResult &result = job.result;
    result.request = request;
    auto layer = Analyses::areaLayer(project, request.areas);
    if (!layer)
        return std::unexpected(layer.error());
    result.areasLayer = *layer;
    for (double w : request.weights.w)
        if (!(w >= 0))
            return fail(tr("A weight must be 0 or more."), project.path());
    if (std::accumulate(request.weights.w.begin(), request.weights.w.end(), 0.0) <= 0)
        return fail(tr("At least one weight must be above 0."), project.path());
    auto geometry = loadLayerGeometry(db, layer->tableName, layer->id, layer->role);
    if (!geometry)
        return std::unexpected(geometry.error());
    if (auto ok = areaRows(db, *layer, *geometry, job.ids, job.labels); !ok)
        return std::unexpected(ok.error());
    job.km2.resize(job.ids.size());
    for (std::size_t f = 0; f < job.ids.size(); ++f)
        job.km2[f] = featureArea(*geometry, f) / 1e6;

    auto migrantPeriods = figurePeriods(db, layer->id, QStringLiteral("migrant_population"));
    auto populationPeriods = figurePeriods(db, layer->id, QStringLiteral("population"));
    if (!migrantPeriods || !populationPeriods)
        return std::unexpected(!migrantPeriods ? migrantPeriods.error()
                                               : populationPeriods.error());
    if (migrantPeriods->isEmpty() || populationPeriods->isEmpty())
        return fail(tr("The layer \"%1\" needs population and migrant population figures.")
                        .arg(layer->name),
                    project.path(), tr("Join them first."), QStringLiteral("figuresAction"));
    const int period = request.period > 0 ? request.period : migrantPeriods->last();
    if (!migrantPeriods->contains(period))
        return fail(tr("The layer \"%1\" has no migrant figures for %2.")
                        .arg(layer->name, QString::number(period)),
                    project.path());
    int populationPeriod = period;
    if (!populationPeriods->contains(period)) {
        populationPeriod = 0;
        for (int y : *populationPeriods)
            if (y <= period)
                populationPeriod = y;
        if (populationPeriod == 0)
            populationPeriod = populationPeriods->first();
        result.notes << tr("Population of %1 stands in for %2.").arg(populationPeriod).arg(period);
    }
    int from = request.fromPeriod;
    if (from == 0)
        for (int y : *migrantPeriods)
            if (y < period)
                from = y;
    result.period = period;
    result.fromPeriod = from;
    auto migrants = figures(db, layer->id, QStringLiteral("migrant_population"), period);
    auto population = figures(db, layer->id, QStringLiteral("population"), populationPeriod);
    if (!migrants || !population)
        return std::unexpected(!migrants ? migrants.error() : population.error());
    job.migrants = std::move(*migrants);
    job.population = std::move(*population);
    if (from > 0 && from < period) {
        auto earlier = figures(db, layer->id, QStringLiteral("migrant_population"), from);
        if (!earlier)
            return std::unexpected(earlier.error());
        job.migrantsBefore = std::move(*earlier);
    } else {
        result.notes << tr("Growth is left out: one period of migrant figures.");
        result.fromPeriod = 0;
    }

    // Coverage deficit: 1 − the mean share covered over the services of a coverage run, by
    // population where known, else by area.
    qint64 coverageRun = request.coverageRun;
    if (coverageRun == 0) {
        auto latest = Analyses::latestRun(db, QStringLiteral("coverage"), layer->id);
        if (!latest)
            return std::unexpected(latest.error());
        coverageRun = *latest;
    }
    QHash<qint64, double> &deficit = job.deficit;
    if (coverageRun > 0) {
        auto stmt = db.prepare(
            "SELECT s.area_id, avg(1.0 - coalesce(p.value, s.value)) FROM "
            "geisep_analysis_results s LEFT JOIN geisep_analysis_results p ON p.run_id = s.run_id "
            "AND p.area_id = s.area_id AND p.category = s.category AND p.variable = "
            "'covered_population_share' WHERE s.run_id = ? AND s.variable = 'covered_share' "
            "GROUP BY s.area_id");
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, coverageRun);
        auto rows = stmt->forEachRow([&] { deficit.insert(stmt->int64(0), stmt->real(1) * 100); });
        if (!rows)
            return std::unexpected(rows.error());
    } else {
        result.notes << tr("The coverage deficit is left out: no coverage run on this layer.");
    }
    result.coverageRun = coverageRun;

    job.threshold = Privacy::threshold(db);
    return job;
}

PressureResult Pressure::compute(const PressureJob &job)
{
    PressureResult result = job.result;
    for (std::size_t f = 0; f < job.ids.size(); ++f) {
        if (job.ids[f] == 0)
            continue;
        PressureRow row;
        row.areaId = job.ids[f];
        row.label = job.labels[f];
        const double p = job.population.value(row.areaId, kNaN);
        const double m = job.migrants.value(row.areaId, kNaN);
        const double m0 = job.migrantsBefore.value(row.areaId, kNaN);
        const double km2 = job.km2[f];
        row.raw.fill(kNaN);
        if (p > 0 && std::isfinite(m)) {
            row.raw[at(PressureComponent::Share)] = m / p * 100;
            if (p > m)
                row.raw[at(PressureComponent::PerThousand)] = m / (p - m) * 1000;
        }
        if (m0 > 0 && std::isfinite(m) && result.period > result.fromPeriod
            && result.fromPeriod > 0)
            row.raw[at(PressureComponent::Growth)]
                = (std::pow(m / m0, 1.0 / (result.period - result.fromPeriod)) - 1) * 100;
        if (p >= 0 && km2 > 0)
            row.raw[at(PressureComponent::Density)] = p / km2;
        row.raw[at(PressureComponent::Deficit)] = job.deficit.value(row.areaId, kNaN);
        row.smallCell = std::isfinite(m) && m < job.threshold;
        result.rows.push_back(row);
    }
    for (int c = 0; c < kPressureComponents; ++c)
        normalise(result.rows, c);
    std::vector<double> scores;
    for (PressureRow &row : result.rows) {
        double sum = 0, weight = 0;
        for (std::size_t c = 0; c < kPressureComponents; ++c)
            if (std::isfinite(row.normalised[c]) && result.request.weights.w[c] > 0) {
                sum += result.request.weights.w[c] * row.normalised[c];
                weight += result.request.weights.w[c];
            }
        // Only areas with their migrant share known are scored: the rest have no figures.
        if (weight > 0 && std::isfinite(row.raw[at(PressureComponent::Share)])) {
            row.score = sum / weight * 100;
            scores.push_back(row.score);
        }
    }
    std::stable_sort(result.rows.begin(), result.rows.end(),
                     [](const PressureRow &a, const PressureRow &b) {
                         const bool fa = std::isfinite(a.score), fb = std::isfinite(b.score);
                         if (fa != fb)
                             return fa;
                         return fa && a.score > b.score;
                     });
    result.breaks = classBreaks(scores, LayerStyle::Method::Quantile,
                                std::clamp(result.request.classes, 3, 9));
    int rank = 0;
    for (PressureRow &row : result.rows) {
        if (!std::isfinite(row.score))
            continue;
        row.rank = ++rank;
        row.klass = classOf(row.score, result.breaks) + 1;
    }
    return result;
}

Result<PressureResult> Pressure::compute(Project &project, const PressureRequest &request)
{
    auto job = prepare(project, request);
    if (!job)
        return std::unexpected(job.error());
    return compute(*job);
}

Result<qint64> Pressure::store(Project &project, const PressureResult &result,
                               const QDateTime &started)
{
    Database &db = project.db();
    QJsonObject parameters;
    parameters[QStringLiteral("areas")] = result.areasLayer.name;
    parameters[QStringLiteral("preset")] = result.request.preset;
    QJsonObject weights;
    for (int c = 0; c < kPressureComponents; ++c)
        weights[pressureComponentKey(PressureComponent(c))]
            = result.request.weights.w[std::size_t(c)];
    parameters[QStringLiteral("weights")] = weights;
    parameters[QStringLiteral("period")] = result.period;
    parameters[QStringLiteral("from_period")] = result.fromPeriod;
    parameters[QStringLiteral("coverage_run")] = result.coverageRun;
    parameters[QStringLiteral("classes")] = std::clamp(result.request.classes, 3, 9);
    parameters[QStringLiteral("normalisation")] = QStringLiteral("min-max");
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto runId = insertRun(db, QStringLiteral("pressure"), parameters, {result.areasLayer.name},
                           started, QStringLiteral("done"), result.notes.join(QLatin1Char(' ')));
    if (!runId)
        return runId;
    auto writer = ResultWriter::make(db, *runId);
    if (!writer)
        return std::unexpected(writer.error());
    for (const PressureRow &row : result.rows) {
        for (int c = 0; c < kPressureComponents; ++c) {
            const QString key = pressureComponentKey(PressureComponent(c));
            if (auto ok = writer->add(row.areaId, {}, key, row.raw[std::size_t(c)]); !ok)
                return std::unexpected(ok.error());
            if (auto ok = writer->add(row.areaId, {}, QStringLiteral("n_") + key,
                                      row.normalised[std::size_t(c)]);
                !ok)
                return std::unexpected(ok.error());
        }
        if (row.rank == 0)
            continue;
        for (const auto &[variable, value] :
             {std::pair{"score", row.score}, std::pair{"rank", double(row.rank)},
              std::pair{"class", double(row.klass)}})
            if (auto ok = writer->add(row.areaId, {}, QString::fromLatin1(variable), value); !ok)
                return std::unexpected(ok.error());
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return runId;
}

QList<QStringList> Pressure::table(const PressureResult &result, QChar separator, bool english)
{
    QList<QStringList> out;
    QStringList header = english
                             ? QStringList{QStringLiteral("Rank"), QStringLiteral("Area"),
                                           QStringLiteral("Score (0–100)"), QStringLiteral("Class")}
                             : QStringList{QStringLiteral("Sıra"), QStringLiteral("Alan"),
                                           QStringLiteral("Puan (0–100)"), QStringLiteral("Sınıf")};
    for (int c = 0; c < kPressureComponents; ++c) {
        const auto [en, tr] = pressureComponentWords(PressureComponent(c));
        const QString title = QString::fromUtf8(english ? en : tr);
        header << title;
        header << (english ? QStringLiteral("%1, scaled 0–1") : QStringLiteral("%1, 0–1 ölçeğinde"))
                      .arg(title);
    }
    out << header;
    const int classes = std::clamp(result.request.classes, 3, 9);
    for (const PressureRow &row : result.rows) {
        QStringList line{row.rank > 0 ? QString::number(row.rank) : QString(), row.label,
                         CsvWriter::number(row.score, 1, separator),
                         row.klass > 0 ? QString::number(row.klass) + QLatin1Char('/')
                                             + QString::number(classes)
                                       : QString()};
        for (std::size_t c = 0; c < kPressureComponents; ++c) {
            // Share, per 1,000 and growth come from the migrant count: withheld for a small one.
            if (row.smallCell && c <= 2) {
                line << QStringLiteral("–") << QStringLiteral("–");
                continue;
            }
            line << CsvWriter::number(row.raw[c], c == 3 ? 0 : 1, separator)
                 << CsvWriter::number(row.normalised[c], 3, separator);
        }
        out << line;
    }
    return out;
}

// ---- Projection -----------------------------------------------------------------------------

QString ProjectionStandards::source(const QString &key)
{
    if (key == u"school_age")
        return Projection::tr("Share of ages 6–17; about 18 % in Türkiye (TÜİK ADNKS), higher in "
                              "the south-east: set your province's share");
    if (key == u"education")
        return Projection::tr("Plan Yapımına Ait Esaslara Dair Yönetmelik, Ek-1 (2011): "
                              "kreş + anaokulu 1, ilköğretim 4, ortaöğretim 3 m² per person");
    if (key == u"health")
        return Projection::tr("Same table: health facility land 2–4 m² per person (4 m² above "
                              "100,000 people)");
    if (key == u"water")
        return Projection::tr("A design value for urban supply; the Sphere emergency minimum is "
                              "15 L; use your water utility's figure");
    if (key == u"green")
        return Projection::tr("Same table: active green space 10 m² per person");
    return {};
}

QString Projection::scenarioKey(int s)
{
    return s == 0   ? QStringLiteral("low")
           : s == 1 ? QStringLiteral("medium")
                    : QStringLiteral("high");
}

QString Projection::scenarioTitle(int s)
{
    return s == 0 ? tr("Low") : s == 1 ? tr("Medium") : tr("High");
}

Result<ProjectionJob> Projection::prepare(Project &project, const ProjectionRequest &request)
{
    Database &db = project.db();
    ProjectionJob job;
    ProjectionResult &result = job.result;
    result.request = request;
    auto layer = Analyses::areaLayer(project, request.areas);
    if (!layer)
        return std::unexpected(layer.error());
    result.areasLayer = *layer;
    auto periods = figurePeriods(db, layer->id, QStringLiteral("population"));
    if (!periods)
        return std::unexpected(periods.error());
    if (periods->isEmpty())
        return fail(tr("The layer \"%1\" has no population figures.").arg(layer->name),
                    project.path(), tr("Join them first."), QStringLiteral("figuresAction"));
    const int base = request.basePeriod > 0 ? request.basePeriod : periods->last();
    if (!periods->contains(base))
        return fail(tr("The layer \"%1\" has no population figures for %2.")
                        .arg(layer->name, QString::number(base)),
                    project.path());
    if (request.horizon <= base)
        return fail(tr("The horizon year (%1) must come after the base year (%2).")
                        .arg(request.horizon)
                        .arg(base),
                    project.path(), tr("Give a later year with --horizon."));
    if (request.horizon > base + 50)
        return fail(tr("A horizon of more than 50 years (%1) is beyond what growth rates can "
                       "tell.")
                        .arg(request.horizon),
                    project.path());
    const ProjectionStandards &st = request.standards;
    for (double v : {st.schoolAgeShare, st.educationM2, st.healthM2, st.waterLitres, st.greenM2})
        if (!(v >= 0))
            return fail(tr("A per-person standard must be 0 or more."), project.path());
    if (st.schoolAgeShare > 1)
        return fail(tr("The school-age share is a fraction of the population (0–1)."),
                    project.path());
    result.basePeriod = base;
    auto population = figures(db, layer->id, QStringLiteral("population"), base);
    if (!population)
        return std::unexpected(population.error());

    // Growth rates: the planner's, else observed between the two latest periods.
    const std::array<double, 3> given{request.low, request.medium, request.high};
    if (std::all_of(given.begin(), given.end(), [](double v) { return std::isfinite(v); })) {
        result.rates = given;
        result.ratesFrom = tr("Rates set by the planner.");
    } else {
        int earlier = 0;
        for (int y : *periods)
            if (y < base)
                earlier = y;
        double observed = kNaN;
        if (earlier > 0) {
            auto old = figures(db, layer->id, QStringLiteral("population"), earlier);
            if (!old)
                return std::unexpected(old.error());
            double p0 = 0, p1 = 0;
            for (auto it = old->cbegin(); it != old->cend(); ++it)
                if (population->contains(it.key()) && it.value() > 0) {
                    p0 += it.value();
                    p1 += population->value(it.key());
                }
            if (p0 > 0 && p1 > 0)
                observed = (std::pow(p1 / p0, 1.0 / (base - earlier)) - 1) * 100;
        }
        if (std::isfinite(observed)) {
            result.rates = {observed - 1, observed, observed + 1};
            result.ratesFrom = tr("Medium is the growth observed from %1 to %2 (%3 % a year); "
                                  "low and high one point below and above.")
                                   .arg(earlier)
                                   .arg(base)
                                   .arg(QLocale().toString(observed, 'f', 2));
        } else {
            result.rates = {0.5, 1.5, 3.0};
            result.ratesFrom = tr("One period of population only: 0.5, 1.5 and 3 % a year "
                                  "until you set rates.");
        }
        for (int s = 0; s < 3; ++s)
            if (std::isfinite(given[std::size_t(s)]))
                result.rates[std::size_t(s)] = given[std::size_t(s)];
    }

    auto geometry = loadLayerGeometry(db, layer->tableName, layer->id, layer->role);
    if (!geometry)
        return std::unexpected(geometry.error());
    std::vector<qint64> &ids = job.ids;
    if (auto ok = areaRows(db, *layer, *geometry, ids, job.labels); !ok)
        return std::unexpected(ok.error());

    // School places where a facility layer gives capacities: summed over the schools in each area.
    std::vector<double> &capacity = job.schoolCapacity;
    capacity.assign(ids.size(), kNaN);
    if (!request.facilities.isEmpty()) {
        auto facilities = vectorLayer(project, request.facilities);
        if (!facilities)
            return std::unexpected(facilities.error());
        const QString field
            = !request.capacityField.isEmpty()
                  ? request.capacityField
                  : findColumn(db, facilities->tableName,
                               {QStringLiteral("capacity"), QStringLiteral("kapasite"),
                                QStringLiteral("kontenjan")});
        auto capacities
            = field.isEmpty() ? std::nullopt : columnValues(db, facilities->tableName, field);
        if (!capacities)
            return fail(tr("The layer \"%1\" has no capacity field.").arg(facilities->name),
                        project.path(), tr("Name the field that holds school places."));
        auto services = columnValues(db, facilities->tableName, QStringLiteral("service"));
        auto points
            = loadLayerGeometry(db, facilities->tableName, facilities->id, facilities->role);
        if (!points)
            return std::unexpected(points.error());
        for (std::size_t i = 0; i < points->featureCount(); ++i) {
            if (services && services->value(points->fids[i]).toString() != u"school")
                continue;
            bool ok = false;
            const double places = capacities->value(points->fids[i]).toDouble(&ok);
            if (!ok)
                continue;
            const std::uint32_t v = points->ringStart[points->featureStart[i]];
            const auto f = featureAt(*geometry, points->xy[2 * v], points->xy[2 * v + 1], 0);
            if (f)
                capacity[*f] = (std::isfinite(capacity[*f]) ? capacity[*f] : 0) + places;
        }
        // Areas without a school have no places.
        for (double &c : capacity)
            if (!std::isfinite(c))
                c = 0;
    }

    job.population = std::move(*population);
    return job;
}

ProjectionResult Projection::compute(const ProjectionJob &job)
{
    ProjectionResult result = job.result;
    const ProjectionStandards &st = result.request.standards;
    const int years = result.request.horizon - result.basePeriod;
    for (std::size_t f = 0; f < job.ids.size(); ++f) {
        if (job.ids[f] == 0)
            continue;
        ProjectionRow row;
        row.areaId = job.ids[f];
        row.label = job.labels[f];
        row.base = job.population.value(row.areaId, kNaN);
        row.schoolCapacity = job.schoolCapacity[f];
        for (std::size_t s = 0; s < 3; ++s) {
            const double p = row.base * std::pow(1 + result.rates[s] / 100, years);
            row.population[s] = p;
            row.schoolPlaces[s] = p * st.schoolAgeShare;
            row.educationM2[s] = p * st.educationM2;
            row.healthM2[s] = p * st.healthM2;
            row.waterM3[s] = p * st.waterLitres / 1000;
            row.greenM2[s] = p * st.greenM2;
            row.schoolShortfall[s] = std::isfinite(row.schoolCapacity)
                                         ? std::max(0.0, row.schoolPlaces[s] - row.schoolCapacity)
                                         : kNaN;
        }
        result.rows.push_back(row);
    }
    std::stable_sort(result.rows.begin(), result.rows.end(),
                     [](const ProjectionRow &a, const ProjectionRow &b) {
                         return foldTurkish(a.label) < foldTurkish(b.label);
                     });
    return result;
}

Result<ProjectionResult> Projection::compute(Project &project, const ProjectionRequest &request)
{
    auto job = prepare(project, request);
    if (!job)
        return std::unexpected(job.error());
    return compute(*job);
}

Result<qint64> Projection::store(Project &project, const ProjectionResult &result,
                                 const QDateTime &started)
{
    Database &db = project.db();
    const ProjectionStandards &st = result.request.standards;
    QJsonObject parameters;
    parameters[QStringLiteral("areas")] = result.areasLayer.name;
    parameters[QStringLiteral("base_period")] = result.basePeriod;
    parameters[QStringLiteral("horizon")] = result.request.horizon;
    parameters[QStringLiteral("rates")] = QJsonObject{{QStringLiteral("low"), result.rates[0]},
                                                      {QStringLiteral("medium"), result.rates[1]},
                                                      {QStringLiteral("high"), result.rates[2]}};
    parameters[QStringLiteral("rates_from")] = result.ratesFrom;
    parameters[QStringLiteral("standards")]
        = QJsonObject{{QStringLiteral("school_age_share"), st.schoolAgeShare},
                      {QStringLiteral("education_m2"), st.educationM2},
                      {QStringLiteral("health_m2"), st.healthM2},
                      {QStringLiteral("water_litres_day"), st.waterLitres},
                      {QStringLiteral("green_m2"), st.greenM2}};
    if (!result.request.facilities.isEmpty())
        parameters[QStringLiteral("facilities")] = result.request.facilities;
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    QStringList inputs{result.areasLayer.name};
    if (!result.request.facilities.isEmpty())
        inputs << result.request.facilities;
    auto runId = insertRun(db, QStringLiteral("projection"), parameters, inputs, started,
                           QStringLiteral("done"), result.ratesFrom);
    if (!runId)
        return runId;
    auto writer = ResultWriter::make(db, *runId);
    if (!writer)
        return std::unexpected(writer.error());
    for (const ProjectionRow &row : result.rows) {
        if (auto ok = writer->add(row.areaId, {}, QStringLiteral("base_population"), row.base); !ok)
            return std::unexpected(ok.error());
        if (auto ok
            = writer->add(row.areaId, {}, QStringLiteral("school_capacity"), row.schoolCapacity);
            !ok)
            return std::unexpected(ok.error());
        for (std::size_t s = 0; s < 3; ++s) {
            const QString scenario = scenarioKey(int(s));
            for (const auto &[variable, value] :
                 {std::pair{"population", row.population[s]},
                  std::pair{"school_places", row.schoolPlaces[s]},
                  std::pair{"education_m2", row.educationM2[s]},
                  std::pair{"health_m2", row.healthM2[s]},
                  std::pair{"water_m3_day", row.waterM3[s]}, std::pair{"green_m2", row.greenM2[s]},
                  std::pair{"school_shortfall", row.schoolShortfall[s]}})
                if (auto ok
                    = writer->add(row.areaId, scenario, QString::fromLatin1(variable), value);
                    !ok)
                    return std::unexpected(ok.error());
        }
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return runId;
}

QList<QStringList> Projection::table(const ProjectionResult &result, QChar separator, bool english)
{
    QList<QStringList> out;
    out << (english
                ? QStringList{QStringLiteral("Area"), QStringLiteral("Scenario"),
                              QStringLiteral("Growth (% a year)"),
                              QStringLiteral("Population %1").arg(result.basePeriod),
                              QStringLiteral("Population %1").arg(result.request.horizon),
                              QStringLiteral("School places needed"),
                              QStringLiteral("School places now"),
                              QStringLiteral("School places short"),
                              QStringLiteral("Education land (m²)"),
                              QStringLiteral("Health land (m²)"), QStringLiteral("Water (m³/day)"),
                              QStringLiteral("Green space (m²)")}
                : QStringList{QStringLiteral("Alan"), QStringLiteral("Senaryo"),
                              QStringLiteral("Artış (yıllık %)"),
                              QStringLiteral("Nüfus %1").arg(result.basePeriod),
                              QStringLiteral("Nüfus %1").arg(result.request.horizon),
                              QStringLiteral("Gereken okul yeri"),
                              QStringLiteral("Mevcut okul yeri"), QStringLiteral("Okul yeri açığı"),
                              QStringLiteral("Eğitim alanı (m²)"),
                              QStringLiteral("Sağlık alanı (m²)"), QStringLiteral("Su (m³/gün)"),
                              QStringLiteral("Yeşil alan (m²)")});
    const char *en[] = {"Low", "Medium", "High"};
    const char *tr[] = {"Düşük", "Orta", "Yüksek"};
    for (const ProjectionRow &row : result.rows)
        for (std::size_t s = 0; s < 3; ++s)
            out << QStringList{row.label,
                               QString::fromUtf8(english ? en[s] : tr[s]),
                               CsvWriter::number(result.rates[s], 2, separator),
                               CsvWriter::number(row.base, 0, separator),
                               CsvWriter::number(row.population[s], 0, separator),
                               CsvWriter::number(row.schoolPlaces[s], 0, separator),
                               CsvWriter::number(row.schoolCapacity, 0, separator),
                               CsvWriter::number(row.schoolShortfall[s], 0, separator),
                               CsvWriter::number(row.educationM2[s], 0, separator),
                               CsvWriter::number(row.healthM2[s], 0, separator),
                               CsvWriter::number(row.waterM3[s], 1, separator),
                               CsvWriter::number(row.greenM2[s], 0, separator)};
    return out;
}

} // namespace geisep
