// Migration pressure: a weighted score of migrant share, per 1,000, growth, density and coverage
// deficit per area, ranked and classed.
#include "gis/analysis/analysis.h"
#include "gis/analysis/analysis_p.h"

#include "core/privacy.h"
#include "core/text/csv.h"
#include "gis/map/style.h"
#include "gis/print/printwords.h"

#include <algorithm>
#include <numeric>

namespace geisep {

using analysis::areaRows;
using analysis::figurePeriods;
using analysis::figures;
using analysis::insertRun;
using analysis::kNaN;
using analysis::ResultWriter;

namespace {

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
    return withTransaction(db, [&]() -> Result<qint64> {
        auto runId
            = insertRun(db, QStringLiteral("pressure"), parameters, {result.areasLayer.name},
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
                if (auto ok = writer->add(row.areaId, {}, QString::fromLatin1(variable), value);
                    !ok)
                    return std::unexpected(ok.error());
        }
        return runId;
    });
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

} // namespace geisep
