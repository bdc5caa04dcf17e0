// Projection: each area's population at a horizon year under three growth scenarios, and the
// school places, land, water and green space it will need.
#include "gis/analysis/analysis.h"
#include "gis/analysis/analysis_p.h"

#include "core/text/csv.h"
#include "core/text/turkish.h"

#include <algorithm>

namespace geisep {

using analysis::areaRows;
using analysis::columnValues;
using analysis::figurePeriods;
using analysis::figures;
using analysis::findColumn;
using analysis::insertRun;
using analysis::kNaN;
using analysis::ResultWriter;
using analysis::vectorLayer;

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

namespace {

// The base period, the horizon and the standards checked; returns the base period.
Result<int> checkRequest(Project &project, const ProjectionRequest &request, const LayerInfo &layer,
                         const QList<int> &periods)
{
    if (periods.isEmpty())
        return fail(Projection::tr("The layer \"%1\" has no population figures.").arg(layer.name),
                    project.path(), Projection::tr("Join them first."),
                    QStringLiteral("figuresAction"));
    const int base = request.basePeriod > 0 ? request.basePeriod : periods.last();
    if (!periods.contains(base))
        return fail(Projection::tr("The layer \"%1\" has no population figures for %2.")
                        .arg(layer.name, QString::number(base)),
                    project.path());
    if (request.horizon <= base)
        return fail(Projection::tr("The horizon year (%1) must come after the base year (%2).")
                        .arg(request.horizon)
                        .arg(base),
                    project.path(), Projection::tr("Give a later year with --horizon."));
    if (request.horizon > base + 50)
        return fail(Projection::tr("A horizon of more than 50 years (%1) is beyond what growth "
                                   "rates can tell.")
                        .arg(request.horizon),
                    project.path());
    const ProjectionStandards &st = request.standards;
    for (double v : {st.schoolAgeShare, st.educationM2, st.healthM2, st.waterLitres, st.greenM2})
        if (!(v >= 0))
            return fail(Projection::tr("A per-person standard must be 0 or more."), project.path());
    if (st.schoolAgeShare > 1)
        return fail(Projection::tr("The school-age share is a fraction of the population (0–1)."),
                    project.path());
    return base;
}

// Growth rates: the planner's, else observed between the two latest periods.
Result<void> chooseRates(Database &db, const ProjectionRequest &request, const LayerInfo &layer,
                         const QList<int> &periods, const QHash<qint64, double> &population,
                         ProjectionResult &result)
{
    const int base = result.basePeriod;
    const std::array<double, 3> given{request.low, request.medium, request.high};
    if (std::all_of(given.begin(), given.end(), [](double v) { return std::isfinite(v); })) {
        result.rates = given;
        result.ratesFrom = Projection::tr("Rates set by the planner.");
        return {};
    }
    int earlier = 0;
    for (int y : periods)
        if (y < base)
            earlier = y;
    double observed = kNaN;
    if (earlier > 0) {
        auto old = figures(db, layer.id, QStringLiteral("population"), earlier);
        if (!old)
            return std::unexpected(old.error());
        double p0 = 0, p1 = 0;
        for (auto it = old->cbegin(); it != old->cend(); ++it)
            if (population.contains(it.key()) && it.value() > 0) {
                p0 += it.value();
                p1 += population.value(it.key());
            }
        if (p0 > 0 && p1 > 0)
            observed = (std::pow(p1 / p0, 1.0 / (base - earlier)) - 1) * 100;
    }
    if (std::isfinite(observed)) {
        result.rates = {observed - 1, observed, observed + 1};
        result.ratesFrom = Projection::tr("Medium is the growth observed from %1 to %2 (%3 % a "
                                          "year); low and high one point below and above.")
                               .arg(earlier)
                               .arg(base)
                               .arg(QLocale().toString(observed, 'f', 2));
    } else {
        result.rates = {0.5, 1.5, 3.0};
        result.ratesFrom = Projection::tr("One period of population only: 0.5, 1.5 and 3 % a year "
                                          "until you set rates.");
    }
    for (int s = 0; s < 3; ++s)
        if (std::isfinite(given[std::size_t(s)]))
            result.rates[std::size_t(s)] = given[std::size_t(s)];
    return {};
}

// School places where a facility layer gives capacities: summed over the schools in each area.
Result<void> sumSchoolCapacity(Project &project, const ProjectionRequest &request,
                               const LayerGeometry &areas, std::vector<double> &capacity)
{
    Database &db = project.db();
    auto facilities = vectorLayer(project, request.facilities);
    if (!facilities)
        return std::unexpected(facilities.error());
    const QString field = !request.capacityField.isEmpty()
                              ? request.capacityField
                              : Analyses::capacityColumn(db, facilities->tableName);
    auto capacities
        = field.isEmpty() ? std::nullopt : columnValues(db, facilities->tableName, field);
    if (!capacities)
        return fail(Projection::tr("The layer \"%1\" has no capacity field.").arg(facilities->name),
                    project.path(), Projection::tr("Name the field that holds school places."));
    auto services = columnValues(db, facilities->tableName, QStringLiteral("service"));
    auto points = loadLayerGeometry(db, facilities->tableName, facilities->id, facilities->role);
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
        const auto f = featureAt(areas, points->xy[2 * v], points->xy[2 * v + 1], 0);
        if (f)
            capacity[*f] = (std::isfinite(capacity[*f]) ? capacity[*f] : 0) + places;
    }
    // Areas without a school have no places.
    for (double &c : capacity)
        if (!std::isfinite(c))
            c = 0;
    return {};
}

} // namespace

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
    auto base = checkRequest(project, request, *layer, *periods);
    if (!base)
        return std::unexpected(base.error());
    result.basePeriod = *base;
    auto population = figures(db, layer->id, QStringLiteral("population"), *base);
    if (!population)
        return std::unexpected(population.error());
    if (auto ok = chooseRates(db, request, *layer, *periods, *population, result); !ok)
        return std::unexpected(ok.error());

    auto geometry = loadLayerGeometry(db, layer->tableName, layer->id, layer->role);
    if (!geometry)
        return std::unexpected(geometry.error());
    if (auto ok = areaRows(db, *layer, *geometry, job.ids, job.labels); !ok)
        return std::unexpected(ok.error());
    job.schoolCapacity.assign(job.ids.size(), kNaN);
    if (!request.facilities.isEmpty())
        if (auto ok = sumSchoolCapacity(project, request, *geometry, job.schoolCapacity); !ok)
            return std::unexpected(ok.error());

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
    return withTransaction(db, [&]() -> Result<qint64> {
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
            if (auto ok = writer->add(row.areaId, {}, QStringLiteral("base_population"), row.base);
                !ok)
                return std::unexpected(ok.error());
            if (auto ok = writer->add(row.areaId, {}, QStringLiteral("school_capacity"),
                                      row.schoolCapacity);
                !ok)
                return std::unexpected(ok.error());
            for (std::size_t s = 0; s < 3; ++s) {
                const QString scenario = scenarioKey(int(s));
                for (const auto &[variable, value] :
                     {std::pair{"population", row.population[s]},
                      std::pair{"school_places", row.schoolPlaces[s]},
                      std::pair{"education_m2", row.educationM2[s]},
                      std::pair{"health_m2", row.healthM2[s]},
                      std::pair{"water_m3_day", row.waterM3[s]},
                      std::pair{"green_m2", row.greenM2[s]},
                      std::pair{"school_shortfall", row.schoolShortfall[s]}})
                    if (auto ok
                        = writer->add(row.areaId, scenario, QString::fromLatin1(variable), value);
                        !ok)
                        return std::unexpected(ok.error());
            }
        }
        return runId;
    });
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
