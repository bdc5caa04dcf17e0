// Coverage: the share of each area (and of its people) within reach of each service, and the
// gaps left, as a run of stored results and a layer of gaps per service.
#include "gis/analysis/analysis.h"
#include "gis/analysis/analysis_p.h"

#include "core/gpkg.h"
#include "core/plan/planviews.h"
#include "core/text/csv.h"
#include "core/text/turkish.h"
#include "gis/map/maplayer.h"
#include "gis/map/style.h"
#include "gis/print/printwords.h"

#include <QJsonArray>

#include <algorithm>

namespace geisep {

using analysis::areaRows;
using analysis::columnValues;
using analysis::figurePeriods;
using analysis::figures;
using analysis::insertRun;
using analysis::kNaN;
using analysis::layerColumns;
using analysis::ResultWriter;
using analysis::vectorLayer;

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

namespace {

// The population of the period asked for, or the latest, per feature of the areas.
Result<void> placePopulation(Project &project, const CoverageRequest &request, CoverageJob &job,
                             QJsonObject &parameters)
{
    if (request.populationVariable.isEmpty())
        return {};
    Database &db = project.db();
    auto periods = figurePeriods(db, job.areasLayer.id, request.populationVariable);
    if (!periods)
        return std::unexpected(periods.error());
    if (request.period > 0 && !periods->contains(request.period))
        return fail(Coverage::tr("The layer \"%1\" has no %2 figures for %3.")
                        .arg(job.areasLayer.name, request.populationVariable,
                             QString::number(request.period)),
                    project.path(),
                    periods->isEmpty() ? Coverage::tr("Join the figures first.")
                                       : Coverage::tr("Periods with figures: %1.").arg([&] {
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
    return {};
}

// The features of one facility layer added to their services: points, lines, or the layer's
// polygons. `fixedService` names the service of every feature, else `services` by fid.
Result<void> addFacilityFeatures(Project &project, const CoverageRequest &request,
                                 const LayerGeometry &g,
                                 const std::optional<QHash<qint64, QVariant>> &services,
                                 const QString &fixedService,
                                 QMap<QString, CoverageService> &byService)
{
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
                    Coverage::tr("Coverage polygons of \"%1\" come from two layers.").arg(service),
                    project.path(),
                    Coverage::tr("Put one service's coverage polygons in one "
                                 "layer."));
            s.polygons = &g;
            s.polygonFeatures.push_back(f);
            break;
        }
    }
    return {};
}

// One facility layer loaded, kept alive in the job, and its features added to their services.
Result<void> addFacilityLayer(Project &project, const CoverageRequest &request, const QString &name,
                              const QString &serviceField, CoverageJob &job,
                              QJsonArray &facilityNames, QMap<QString, CoverageService> &byService)
{
    Database &db = project.db();
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
        return fail(Coverage::tr("The layer \"%1\" has no field \"%2\". Its fields are: %3.")
                        .arg(layer->name, serviceField,
                             layerColumns(db, layer->tableName).join(QStringLiteral(", "))),
                    project.path(), Coverage::tr("Name one of them with --service-field."));
    }
    if (!services) {
        auto type = db.prepare("SELECT service_type FROM geisep_layers WHERE id = ?");
        if (!type)
            return std::unexpected(type.error());
        auto row = type->bind(1, layer->id).step();
        if (!row)
            return std::unexpected(row.error());
        if (*row)
            fixedService = type->text(0);
        if (fixedService.isEmpty())
            return fail(Coverage::tr("The layer \"%1\" has no field \"%2\" naming each feature's "
                                     "service.")
                            .arg(layer->name, serviceField),
                        project.path(),
                        Coverage::tr("Name the field that holds it (--service-field)."));
    }
    return addFacilityFeatures(project, request, *shared, services, fixedService, byService);
}

// The services found checked against the distances asked for, given their default catchment,
// and put in the job in the order planners list them.
Result<void> orderServices(Project &project, const CoverageRequest &request,
                           QMap<QString, CoverageService> &byService, CoverageJob &job)
{
    if (byService.isEmpty())
        return fail(Coverage::tr("The facility layers hold no feature of the services asked for."),
                    project.path(),
                    Coverage::tr("Check the service field and the services (school, health, "
                                 "water, transit)."));
    for (auto it = request.distances.cbegin(); it != request.distances.cend(); ++it) {
        if (!byService.contains(it.key()))
            return fail(Coverage::tr("No facility offers the service \"%1\".").arg(it.key()),
                        project.path(),
                        Coverage::tr("Services in the facility layers: %1.")
                            .arg(QStringList(byService.keys()).join(QStringLiteral(", "))));
        if (!(it.value() > 0))
            return fail(
                Coverage::tr("The catchment distance of \"%1\" must be above 0 m.").arg(it.key()),
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
    return {};
}

// The finer layer (buildings, blocks) that places each area's people, with its counts.
Result<void> loadFiner(Project &project, const CoverageRequest &request, CoverageJob &job,
                       QJsonObject &parameters)
{
    Database &db = project.db();
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
            return fail(Coverage::tr("The layer \"%1\" has no field \"%2\".")
                            .arg(layer->name, request.finerField),
                        project.path(), Coverage::tr("Name the field that holds the counts."));
        for (std::size_t f = 0; f < shared->featureCount(); ++f) {
            bool ok = false;
            const double v = counts->value(shared->fids[f]).toDouble(&ok);
            job.options.finerCounts[f] = ok && v > 0 ? v : 0;
        }
    }
    parameters[QStringLiteral("finer")] = layer->name;
    parameters[QStringLiteral("finer_field")] = request.finerField;
    return {};
}

} // namespace

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

    QJsonObject parameters;
    parameters[QStringLiteral("areas")] = job.areasLayer.name;
    if (auto ok = placePopulation(project, request, job, parameters); !ok)
        return std::unexpected(ok.error());

    // Facilities by service.
    if (request.facilities.isEmpty())
        return fail(tr("Say which layer holds the facilities."), project.path(),
                    tr("Give an infrastructure layer (points, network lines or coverage "
                       "polygons)."));
    QMap<QString, CoverageService> byService;
    QJsonArray facilityNames;
    const QString serviceField
        = request.serviceField.isEmpty() ? QStringLiteral("service") : request.serviceField;
    for (const QString &name : request.facilities)
        if (auto ok
            = addFacilityLayer(project, request, name, serviceField, job, facilityNames, byService);
            !ok)
            return std::unexpected(ok.error());
    parameters[QStringLiteral("facilities")] = facilityNames;
    parameters[QStringLiteral("service_field")] = serviceField;
    if (auto ok = orderServices(project, request, byService, job); !ok)
        return std::unexpected(ok.error());

    if (!request.finer.isEmpty())
        if (auto ok = loadFiner(project, request, job, parameters); !ok)
            return std::unexpected(ok.error());
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

namespace {

// Each area's figures per service, as rows of geisep_analysis_results.
Result<void> writeCoverageResults(Database &db, const CoverageJob &job,
                                  const std::vector<CoverageRow> &rows, qint64 runId)
{
    auto writer = ResultWriter::make(db, runId);
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
    return {};
}

// A service's gaps written into a new feature table, one feature per area with a gap.
Result<void> writeGapTable(Database &db, const CoverageJob &job,
                           const std::vector<CoverageRow> &rows, const CoverageService &service,
                           const gpkg::FeatureTableSpec &spec)
{
    const int srs = spec.srsId;
    if (auto ok = gpkg::createFeatureTable(db, spec); !ok)
        return std::unexpected(ok.error());
    QList<Identifier> columns = {*Identifier::make(QStringLiteral("geom"))};
    for (const gpkg::FieldSpec &f : spec.fields)
        columns << f.name;
    auto insert = db.prepareInsert(spec.table, columns);
    if (!insert)
        return std::unexpected(insert.error());
    for (const CoverageRow &row : rows) {
        if (row.service != service.name || row.gapWkb.isEmpty())
            continue;
        const auto box = gpkg::wkbEnvelope(row.gapWkb.constData(), row.gapWkb.size());
        insert->reset();
        insert->bindBlob(1, gpkg::encodeGeometry(srs, row.gapWkb, box.value_or(Envelope{})));
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
    return gpkg::refreshExtent(db, spec.table);
}

// The gap table made a layer of the run, styled, with earlier runs' gaps of the service removed.
Result<void> registerGapLayer(Database &db, const CoverageJob &job, const CoverageService &service,
                              const QString &table, const QString &name, qint64 runId,
                              StoredCoverage &stored)
{
    auto layerRow = db.prepare(
        "INSERT INTO geisep_layers (table_name, name, role, service_type, "
        "analysis_run_id, visible, position) VALUES (?, ?, 'reference', ?, ?, ?, (SELECT "
        "coalesce(max(position), 0) + 1 FROM geisep_layers))");
    if (!layerRow)
        return std::unexpected(layerRow.error());
    // Only the first service's gaps are shown at once: overlaid, they hide each other.
    layerRow->bind(1, table).bind(2, name).bind(3, service.name).bind(4, runId);
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
    replace->bind(1, service.name).bind(2, layerId).bind(3, runId);
    replace->bind(4, job.areasLayer.name);
    if (auto ok = replace->exec(); !ok)
        return std::unexpected(ok.error());
    stored.replacedLayers += db.changes();
    // Gaps in vermilion, translucent: they stand out on the coverage choropleth's blues
    // and greens (one service's gaps are shown at a time).
    LayerStyle style = LayerStyle::forRole(LayerRole::Reference);
    style.kind = LayerStyle::Kind::Single;
    style.fill = QColor(0xd5, 0x5e, 0x00);
    style.fillOpacity = 0.55;
    style.stroke = QColor(0x8c, 0x3d, 0x00);
    style.strokeWidth = 0.6;
    style.labelField.clear();
    return saveStyle(db, layerId, style);
}

// A layer of the parts of each area beyond a service's reach.
Result<void> addGapLayer(Database &db, const CoverageJob &job, const std::vector<CoverageRow> &rows,
                         const CoverageService &service, qint64 runId, StoredCoverage &stored)
{
    const QString name = Coverage::tr("Coverage gaps: %1 (run %2)")
                             .arg(serviceTitle(service.name), QString::number(runId));
    // The service's part is cut so the run number always fits.
    const QString table = uniqueSlug(
        QStringLiteral("gaps_%1_run_%2")
            .arg(asciiSlug(service.name, QStringLiteral("service"), 20), QString::number(runId)),
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
        Coverage::tr("Parts of each area of \"%1\" beyond %2 m of a %3 facility (analysis run %4).")
            .arg(job.areasLayer.name, QString::number(service.distance), serviceTitle(service.name),
                 QString::number(runId)),
        "MULTIPOLYGON",
        job.areasLayer.srsId,
        fields};
    if (auto ok = writeGapTable(db, job, rows, service, spec); !ok)
        return ok;
    return registerGapLayer(db, job, service, table, name, runId, stored);
}

} // namespace

Result<StoredCoverage> Coverage::store(Project &project, const CoverageJob &job,
                                       const std::vector<CoverageRow> &rows)
{
    Database &db = project.db();
    return withTransaction(db, [&]() -> Result<StoredCoverage> {
        StoredCoverage stored;
        auto runId = insertRun(db, QStringLiteral("coverage"), job.parameters, job.inputLayers,
                               job.started, QStringLiteral("done"), {});
        if (!runId)
            return std::unexpected(runId.error());
        stored.runId = *runId;
        if (auto ok = writeCoverageResults(db, job, rows, *runId); !ok)
            return std::unexpected(ok.error());

        if (job.request.gapLayers) {
            for (const CoverageService &service : job.services)
                if (auto ok = addGapLayer(db, job, rows, service, *runId, stored); !ok)
                    return std::unexpected(ok.error());
            if (!stored.gapLayers.isEmpty()) {
                auto link = db.prepare(
                    "UPDATE geisep_analysis_runs SET result_layer_id = ? WHERE id = ?");
                if (!link)
                    return std::unexpected(link.error());
                if (auto ok = link->bind(1, stored.gapLayers.first()).bind(2, *runId).exec(); !ok)
                    return std::unexpected(ok.error());
            }
        }
        return stored;
    });
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

} // namespace geisep
