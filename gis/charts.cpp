// Charts from the project: the numbers each chart shows, read and worked out here, drawn by
// drawChart (gis/chart.cpp).
#include "gis/chart.h"

#include "core/plan.h"
#include "core/privacy.h"
#include "core/progress.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace geisep {

Result<Chart> Charts::migrantShareByDistrict(Database &db, qint64 areaLayerId,
                                             const PrintWords &words)
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
        "SELECT coalesce(a.district, ''), sum(m.value), sum(p.value) FROM geisep_areas a JOIN "
        "geisep_area_figures m ON m.area_id = a.id AND m.variable = 'migrant_population' AND "
        "m.period = ?1 JOIN geisep_area_figures p ON p.area_id = a.id AND p.variable = "
        "'population' AND p.period = ?1 WHERE a.layer_id = ?2 GROUP BY 1");
    if (!rows)
        return std::unexpected(rows.error());
    rows->bind(1, qint64(period)).bind(2, areaLayerId);
    struct District
    {
        QString name;
        double migrants, people;
    };
    std::vector<District> districts;
    auto read = rows->forEachRow([&] {
        districts.push_back({rows->text(0), rows->real(1), rows->real(2)});
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

} // namespace geisep
