// Charts from the project: the numbers each chart shows, read and worked out here, drawn by
// drawChart (gis/analysis/chart.cpp).
#include "gis/analysis/chart.h"

#include "core/plan/plan.h"
#include "core/plan/planviews.h"
#include "core/text/turkish.h"
#include "gis/analysis/analysis.h"

#include "core/plan/progress.h"
#include "core/privacy.h"
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace geisep {

Result<Chart> Charts::migrantShareByDistrict(Database &db, qint64 areaLayerId,
                                             const PrintWords &words, const QList<qint64> &areaIds)
{
    auto latest = db.prepare(
        "SELECT max(m.period) FROM geisep_area_figures m JOIN geisep_areas a ON a.id = m.area_id "
        "WHERE a.layer_id = ? AND m.variable = 'migrant_population' AND EXISTS (SELECT 1 FROM "
        "geisep_area_figures p WHERE p.area_id = m.area_id AND p.period = m.period AND "
        "p.variable = 'population')");
    if (!latest)
        return std::unexpected(latest.error());
    latest->bind(1, areaLayerId);
    auto found = latest->step();
    if (!found)
        return std::unexpected(found.error());
    Chart chart;
    chart.kind = Chart::Kind::Bars;
    chart.percent = true;
    chart.decimals = 1;
    chart.hiddenText = QStringLiteral("<%1").arg(Privacy::threshold(db));
    if (!*found || latest->isNull(0)) {
        chart.title = words.text("Migrants' share of the population by district",
                                 "İlçelere göre göçmenlerin nüfusa oranı");
        chart.notes << words.text("The areas have no migrant and population figures of the same "
                                  "year yet.",
                                  "Alanlarda henüz aynı yıla ait göçmen ve nüfus verisi yok.");
        return chart;
    }
    const int period = int(latest->int64(0));
    auto rows = db.prepare(
        "SELECT a.id, coalesce(a.district, ''), m.value, p.value FROM geisep_areas a JOIN "
        "geisep_area_figures m ON m.area_id = a.id AND m.variable = 'migrant_population' AND "
        "m.period = ?1 JOIN geisep_area_figures p ON p.area_id = a.id AND p.variable = "
        "'population' AND p.period = ?1 WHERE a.layer_id = ?2");
    if (!rows)
        return std::unexpected(rows.error());
    rows->bind(1, qint64(period)).bind(2, areaLayerId);
    struct District
    {
        QString name;
        double migrants = 0, people = 0;
    };
    const QSet<qint64> wanted(areaIds.begin(), areaIds.end());
    std::vector<District> districts;
    QHash<QString, std::size_t> indexOf;
    auto read = rows->forEachRow([&] {
        if (!wanted.isEmpty() && !wanted.contains(rows->int64(0)))
            return;
        const QString name = rows->text(1);
        auto it = indexOf.constFind(name);
        if (it == indexOf.cend()) {
            it = indexOf.insert(name, districts.size());
            districts.push_back({name});
        }
        districts[*it].migrants += rows->real(2);
        districts[*it].people += rows->real(3);
    });
    if (!read)
        return std::unexpected(read.error());
    const int threshold = Privacy::threshold(db);
    const bool sensitive
        = Privacy::sensitiveVariables(db).contains(QStringLiteral("migrant_population"));
    const auto hidden = [&](const District &d) {
        return sensitive && d.migrants < threshold;
    };
    // Highest share first; hidden ones, whose share is not shown, last.
    std::sort(districts.begin(), districts.end(), [&](const District &a, const District &b) {
        if (hidden(a) != hidden(b))
            return !hidden(a);
        const double sa = a.people > 0 ? a.migrants / a.people : -1;
        const double sb = b.people > 0 ? b.migrants / b.people : -1;
        return sa != sb ? sa > sb : a.name < b.name;
    });
    Chart::Series share{words.text("Migrants' share", "Göçmen oranı"), chartColor(0), {}, {}};
    bool anyHidden = false;
    for (const District &d : districts) {
        chart.categories << (d.name.isEmpty() ? words.text("(no district)", "(ilçesiz)") : d.name);
        const bool h = hidden(d);
        anyHidden = anyHidden || h;
        share.hidden.push_back(h);
        share.values.push_back(h || !(d.people > 0) ? NAN : 100.0 * d.migrants / d.people);
    }
    chart.series.push_back(std::move(share));
    chart.title = words
                      .text("Migrants' share of the population by district, %1",
                            "İlçelere göre göçmenlerin nüfusa oranı, %1")
                      .arg(period);
    chart.valueTitle = words.text("Migrants per 100 people", "100 kişide göçmen");
    chart.notes
        << words.text("Source: the areas' figures, %1.", "Kaynak: alan verileri, %1.").arg(period);
    if (anyHidden)
        chart.notes << Privacy::footnote(threshold, words.turkish);
    return chart;
}

Result<Chart> Charts::indicatorTrend(Database &db, qint64 indicatorId, qint64 areaId,
                                     const PrintWords &words)
{
    auto indicator = db.prepare(
        "SELECT name_tr, coalesce(name_en, ''), coalesce(unit, ''), kind FROM geisep_indicators "
        "WHERE id = ?");
    if (!indicator)
        return std::unexpected(indicator.error());
    indicator->bind(1, indicatorId);
    auto found = indicator->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(tr("There is no indicator %1.").arg(indicatorId), db.path());
    Chart chart;
    chart.kind = Chart::Kind::Lines;
    const QString name
        = words.turkish || indicator->text(1).isEmpty() ? indicator->text(0) : indicator->text(1);
    chart.title = name;
    chart.valueTitle = indicator->text(2);
    chart.percent = indicator->text(3) == u"percent";
    chart.decimals = indicator->text(3) == u"count" ? 0 : 1;
    chart.categoryTitle = words.text("Year", "Yıl");

    // The area's own values, or the plan's: given for the whole plan, or combined from the
    // areas' by the indicator's aggregation (as the indicators grid does).
    PlanStore plan(db);
    auto values = areaId > 0 ? plan.indicatorValues(indicatorId) : plan.planWideValues(indicatorId);
    if (!values)
        return std::unexpected(values.error());
    std::map<int, double> actual;
    std::optional<std::pair<int, double>> baseline, target;
    for (const IndicatorValue &v : std::as_const(*values)) {
        if (v.areaId != areaId)
            continue;
        if (v.kind == u"baseline" && (!baseline || v.period < baseline->first))
            baseline = {v.period, v.value};
        else if (v.kind == u"target" && (!target || v.period > target->first))
            target = {v.period, v.value};
        else if (v.kind == u"actual")
            actual[v.period] = v.value;
    }
    if (baseline && !actual.contains(baseline->first))
        actual[baseline->first] = baseline->second;
    if (actual.empty() && !target)
        return chart; // nothing to draw: the caller says so
    int first = actual.empty() ? target->first : actual.begin()->first;
    int last = actual.empty() ? target->first : actual.rbegin()->first;
    if (target)
        last = std::max(last, target->first);
    first = std::max(first, last - 60); // a typo'd year does not make a thousand categories
    Chart::Series series{words.text("Actual", "Gerçekleşen"), chartColor(0), {}, {}};
    for (int year = first; year <= last; ++year) {
        chart.categories << QString::number(year);
        const auto it = actual.find(year);
        series.values.push_back(it == actual.end() ? NAN : it->second);
        series.hidden.push_back(false);
    }
    chart.series.push_back(std::move(series));
    if (target) {
        chart.target = target->second;
        chart.targetLabel = words.text("Target (%1)", "Hedef (%1)").arg(target->first);
    }
    if (baseline && target && !actual.empty())
        chart.subtitle = words.progress(progressOf(*values, areaId).status);
    return chart;
}

Result<qint64> Charts::findIndicator(Database &db, const QString &name)
{
    auto stmt = db.prepare(
        "SELECT i.id, i.name_tr, coalesce(i.name_en, ''), coalesce(i.code, ''), EXISTS (SELECT 1 "
        "FROM geisep_indicator_values v WHERE v.indicator_id = i.id) FROM geisep_indicators i "
        "ORDER BY i.id");
    if (!stmt)
        return std::unexpected(stmt.error());
    const QString wanted = foldTurkish(name.trimmed());
    qint64 found = 0;
    auto rows = stmt->forEachRow([&] {
        if (found)
            return;
        if (wanted.isEmpty()
                ? stmt->int64(4) != 0
                : foldTurkish(stmt->text(1)) == wanted || foldTurkish(stmt->text(2)) == wanted
                      || foldTurkish(stmt->text(3)) == wanted)
            found = stmt->int64(0);
    });
    if (!rows)
        return std::unexpected(rows.error());
    return found;
}

Result<Chart> Charts::pressureTop(Database &db, qint64 areaLayerId, int n, const PrintWords &words,
                                  const QList<qint64> &areaIds)
{
    n = std::clamp(n, 1, 50);
    Chart chart;
    chart.kind = Chart::Kind::Bars;
    chart.stacked = true;
    chart.decimals = 0;
    chart.title = words.text("Migration pressure: the %n highest areas",
                             "Göç baskısı: en yüksek %n alan", n);
    chart.valueTitle = words.text("Score (0–100)", "Puan (0–100)");
    chart.hiddenText = QStringLiteral("<%1").arg(Privacy::threshold(db));
    auto run = Analyses::latestRun(db, QStringLiteral("pressure"), areaLayerId);
    if (!run)
        return std::unexpected(run.error());
    if (!*run) {
        chart.notes << words.text("No migration pressure analysis has been run on these areas.",
                                  "Bu alanlarda henüz göç baskısı analizi yapılmadı.");
        return chart;
    }
    auto parameters = Analyses::parameters(db, *run);
    if (!parameters)
        return std::unexpected(parameters.error());
    const QJsonObject weightsJson = (*parameters)[QStringLiteral("weights")].toObject();
    auto rank = Analyses::values(db, *run, QStringLiteral("rank"));
    if (!rank)
        return std::unexpected(rank.error());
    std::vector<std::pair<int, qint64>> ranked; // rank, area
    const QSet<qint64> wanted(areaIds.begin(), areaIds.end());
    for (auto it = rank->cbegin(); it != rank->cend(); ++it)
        if (it.value() >= 1 && (wanted.isEmpty() || wanted.contains(it.key())))
            ranked.emplace_back(int(it.value()), it.key());
    std::sort(ranked.begin(), ranked.end());
    if (int(ranked.size()) > n)
        ranked.resize(std::size_t(n));
    QList<qint64> ids;
    for (const auto &r : ranked)
        ids << r.second;
    const QHash<qint64, QString> labels = areaLabels(db, ids);

    // Which areas' migrant counts are below the threshold in the run's period.
    const int threshold = Privacy::threshold(db);
    QSet<qint64> small;
    if (Privacy::sensitiveVariables(db).contains(QStringLiteral("migrant_population"))) {
        auto counts = db.prepare("SELECT area_id FROM geisep_area_figures WHERE variable = "
                                 "'migrant_population' AND period = ? AND value < ?");
        if (!counts)
            return std::unexpected(counts.error());
        counts->bind(1, qint64((*parameters)[QStringLiteral("period")].toInt()))
            .bind(2, double(threshold));
        auto read = counts->forEachRow([&] {
            if (ids.contains(counts->int64(0)))
                small.insert(counts->int64(0));
        });
        if (!read)
            return std::unexpected(read.error());
    }

    std::array<QHash<qint64, double>, kPressureComponents> normalised;
    std::array<double, kPressureComponents> weight{};
    for (int c = 0; c < kPressureComponents; ++c) {
        const QString key = pressureComponentKey(PressureComponent(c));
        weight[std::size_t(c)] = weightsJson[key].toDouble(1);
        auto values = Analyses::values(db, *run, QStringLiteral("n_") + key);
        if (!values)
            return std::unexpected(values.error());
        normalised[std::size_t(c)] = std::move(*values);
    }
    const auto fromMigrants = [](int c) {
        const auto k = PressureComponent(c);
        return k == PressureComponent::Share || k == PressureComponent::PerThousand
               || k == PressureComponent::Growth;
    };
    for (int c = 0; c < kPressureComponents; ++c) {
        const auto [en, tr] = pressureComponentWords(PressureComponent(c));
        chart.series.push_back({words.text(en, tr), chartColor(c), {}, {}});
    }
    bool anyHidden = false;
    for (const qint64 id : std::as_const(ids)) {
        chart.categories << labels.value(id);
        double total = 0;
        for (int c = 0; c < kPressureComponents; ++c) {
            const double v = normalised[std::size_t(c)].value(id, NAN);
            if (std::isfinite(v) && weight[std::size_t(c)] > 0)
                total += weight[std::size_t(c)];
        }
        const bool hide = small.contains(id);
        anyHidden = anyHidden || hide;
        for (int c = 0; c < kPressureComponents; ++c) {
            const double v = normalised[std::size_t(c)].value(id, NAN);
            Chart::Series &s = chart.series[std::size_t(c)];
            s.hidden.push_back(hide && fromMigrants(c));
            s.values.push_back(std::isfinite(v) && total > 0 && !(hide && fromMigrants(c))
                                   ? weight[std::size_t(c)] * v / total * 100
                                   : NAN);
        }
    }
    // Components no area has a part of (no growth with one period) are left out of the legend.
    std::erase_if(chart.series, [](const Chart::Series &s) {
        return std::none_of(s.values.begin(), s.values.end(),
                            [](double v) { return std::isfinite(v) && v > 0; })
               && std::none_of(s.hidden.begin(), s.hidden.end(), [](bool h) { return h; });
    });
    if (anyHidden)
        chart.notes << Privacy::footnote(threshold, words.turkish);
    return chart;
}

Chart Charts::coverage(const QStringList &services, const std::vector<double> &shares,
                       qsizetype areas, int period, const PrintWords &words)
{
    Chart chart;
    chart.kind = Chart::Kind::Bars;
    chart.percent = true;
    chart.decimals = 0;
    chart.title = areas == 1  ? words.text("Population of the area within reach of each service",
                                           "Alanın hizmetlere erişebilen nüfusu")
                  : areas > 1 ? words.text("Population of the chosen areas within reach of each "
                                           "service",
                                           "Seçilen alanlarda hizmetlere erişebilen nüfus")
                              : words.text("Population within reach of each service",
                                           "Hizmetlere erişebilen nüfus");
    chart.valueTitle = words.text("% of the population", "Nüfusun yüzdesi");
    chart.categories = services;
    Chart::Series share{words.text("Within reach", "Erişebilen"), chartColor(2), shares, {}};
    share.hidden.assign(shares.size(), false);
    chart.series.push_back(std::move(share));
    if (period > 0)
        chart.notes << words
                           .text("Coverage analysis, population of %1.",
                                 "Kapsama analizi, %1 nüfusu.")
                           .arg(period);
    return chart;
}

Result<Chart> Charts::coverageByService(Database &db, qint64 areaLayerId,
                                        const QList<qint64> &areaIds, const PrintWords &words)
{
    auto run = Analyses::latestRun(db, QStringLiteral("coverage"), areaLayerId);
    if (!run)
        return std::unexpected(run.error());
    if (!*run) {
        Chart chart = coverage({}, {}, areaIds.size(), 0, words);
        chart.notes << words.text("No coverage analysis has been run on these areas.",
                                  "Bu alanlarda henüz kapsama analizi yapılmadı.");
        return chart;
    }
    auto parameters = Analyses::parameters(db, *run);
    if (!parameters)
        return std::unexpected(parameters.error());
    const int period = (*parameters)[QStringLiteral("period")].toInt();
    const QString variable
        = (*parameters)[QStringLiteral("population")].toString(QStringLiteral("population"));
    auto stmt = db.prepare(
        "SELECT r.area_id, r.category, r.value, f.value FROM geisep_analysis_results r JOIN "
        "geisep_area_figures f ON f.area_id = r.area_id AND f.variable = ? AND f.period = ? "
        "WHERE r.run_id = ? AND r.variable = 'covered_population' ORDER BY r.id");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, variable).bind(2, qint64(period)).bind(3, *run);
    const QSet<qint64> wanted(areaIds.begin(), areaIds.end());
    QStringList codes;                              // in the run's order
    QHash<QString, std::pair<double, double>> sums; // covered, people
    auto rows = stmt->forEachRow([&] {
        if (!wanted.isEmpty() && !wanted.contains(stmt->int64(0)))
            return;
        const QString code = stmt->text(1);
        if (!sums.contains(code))
            codes << code;
        auto &[covered, people] = sums[code];
        covered += stmt->real(2);
        people += stmt->real(3);
    });
    if (!rows)
        return std::unexpected(rows.error());
    QStringList services;
    std::vector<double> shares;
    for (const QString &code : std::as_const(codes)) {
        const auto [covered, people] = sums.value(code);
        services << words.service(code);
        shares.push_back(people > 0 ? 100.0 * covered / people : NAN);
    }
    return coverage(services, shares, areaIds.size(), period, words);
}

Result<Chart> Charts::projection(Database &db, qint64 areaLayerId, const QList<qint64> &areaIds,
                                 const PrintWords &words)
{
    Chart chart;
    chart.kind = Chart::Kind::Lines;
    chart.decimals = 0;
    chart.title = areaIds.size() == 1
                      ? words.text("Population projection of the area", "Alanın nüfus projeksiyonu")
                  : areaIds.size() > 1 ? words.text("Population projection of the chosen areas",
                                                    "Seçilen alanların nüfus projeksiyonu")
                                       : words.text("Population projection", "Nüfus projeksiyonu");
    chart.valueTitle = words.text("People", "Kişi");
    chart.categoryTitle = words.text("Year", "Yıl");
    auto run = Analyses::latestRun(db, QStringLiteral("projection"), areaLayerId);
    if (!run)
        return std::unexpected(run.error());
    if (!*run) {
        chart.notes << words.text("No population projection has been run on these areas.",
                                  "Bu alanlarda henüz nüfus projeksiyonu yapılmadı.");
        return chart;
    }
    auto parameters = Analyses::parameters(db, *run);
    if (!parameters)
        return std::unexpected(parameters.error());
    const int base = (*parameters)[QStringLiteral("base_period")].toInt();
    const int horizon = (*parameters)[QStringLiteral("horizon")].toInt();
    const QJsonObject rates = (*parameters)[QStringLiteral("rates")].toObject();
    if (base <= 0 || horizon < base || horizon - base > 100)
        return chart;
    auto basePopulation = Analyses::values(db, *run, QStringLiteral("base_population"));
    if (!basePopulation)
        return std::unexpected(basePopulation.error());
    const QSet<qint64> wanted(areaIds.begin(), areaIds.end());
    double people = 0;
    for (auto it = basePopulation->cbegin(); it != basePopulation->cend(); ++it)
        if ((wanted.isEmpty() || wanted.contains(it.key())) && std::isfinite(it.value()))
            people += it.value();
    for (int year = base; year <= horizon; ++year)
        chart.categories << QString::number(year);
    const char *names[3][2] = {{"Low", "Düşük"}, {"Medium", "Orta"}, {"High", "Yüksek"}};
    const int colors[3] = {5, 0, 3};
    for (int s = 0; s < 3; ++s) {
        const double rate = rates[Projection::scenarioKey(s)].toDouble();
        Chart::Series series{QStringLiteral("%1 (%2)").arg(words.text(names[s][0], names[s][1]),
                                                           words.percent(rate, 1)),
                             chartColor(colors[s]),
                             {},
                             {}};
        for (int year = base; year <= horizon; ++year) {
            series.values.push_back(people > 0 ? people * std::pow(1 + rate / 100, year - base)
                                               : NAN);
            series.hidden.push_back(false);
        }
        chart.series.push_back(std::move(series));
    }
    chart.notes << words
                       .text("Growth per year in brackets; base year %1.",
                             "Parantez içinde yıllık artış; temel yıl %1.")
                       .arg(base);
    return chart;
}

} // namespace geisep
