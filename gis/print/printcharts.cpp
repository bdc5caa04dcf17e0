// The print's charts: what a page that is no atlas page is about (its districts and areas), and
// the layout's charts, once for the print and once per atlas page that follows its area.
#include "gis/print/print_p.h"

#include "core/findlayer.h"
#include "gis/analysis/chart.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace geisep::print {

namespace {

// else the first layer of areas; null when the project has none.
std::shared_ptr<const MapLayer> chartLayer(const PrintJob &job)
{
    if (job.atlasLayer)
        return job.atlasLayer;
    if (!job.layout.atlas.layer.isEmpty()) {
        const auto found = findByName(
            job.layers, job.layout.atlas.layer, [](const auto &l) { return l->name; },
            [](const auto &l) { return l->table; });
        if (found && isAreaRole((*found)->role))
            return *found;
    }
    for (const LayerRole role : {LayerRole::MuhtarDistrict, LayerRole::MigrantArea})
        for (const auto &l : job.layers)
            if (l->role == role)
                return l;
    return nullptr;
}

} // namespace

// Step 6b. What a page that is no atlas page is about: the districts of the area layer, or of
// the areas the layout's filter (or the selection) keeps, which then also bound the map's
// whole extent and the charts.
Result<void> pageScope(Database &db, PrintJob &job, const PrintRequest &request,
                       const PrintWords &w, const QString &projectPath)
{
    const std::shared_ptr<const MapLayer> layer = chartLayer(job);
    if (!layer || !layer->geometry)
        return {};
    const bool narrowed = !job.layout.atlas.filter.trimmed().isEmpty() || job.layout.atlas.topN > 0
                          || !request.selection.isEmpty();
    auto read = readAreas(db, *layer, w, projectPath);
    if (!read)
        return narrowed ? Result<void>(std::unexpected(read.error())) : Result<void>();
    std::vector<PrintArea> &areas = read->areas;
    if (narrowed) {
        auto chosen
            = selectPages(areas, read->havePressure, job.layout, request, *layer, w, projectPath);
        if (!chosen)
            return std::unexpected(chosen.error());
        job.selectionText = *chosen;
        Envelope extent;
        for (const PrintArea &a : areas) {
            job.scopeAreas << a.areaId;
            if (a.feature < layer->geometry->boxes.size())
                extent.expand(layer->geometry->boxes[a.feature]);
        }
        if (!extent.isEmpty())
            job.fullExtent = extent;
    }
    QSet<QString> seen;
    for (const PrintArea &a : areas)
        if (!a.district.isEmpty() && !seen.contains(a.district)) {
            seen.insert(a.district);
            job.scopeDistricts << a.district;
        }
    QCollator collator(QLocale(QLocale::Turkish, QLocale::Turkey));
    std::sort(job.scopeDistricts.begin(), job.scopeDistricts.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return {};
}

// Step 7. The layout's charts: once for the print, and once per atlas page for those that
// follow the page's area (an indicator's trend with the area's own values where it has them,
// coverage and projection of the area).
Result<void> prepareCharts(Database &db, PrintJob &job, std::vector<PrintArea> &areas,
                           const PrintWords &w)
{
    using C = LayoutItem::ChartKind;
    const std::shared_ptr<const MapLayer> layer = chartLayer(job);
    const qint64 layerId = layer ? layer->id : 0;
    for (const LayoutItem &item : job.layout.items) {
        if (item.kind != LayoutItem::Kind::Chart)
            continue;
        qint64 indicator = 0;
        if (item.chart == C::Trend) {
            auto found = Charts::findIndicator(db, item.indicator);
            if (!found)
                return std::unexpected(found.error());
            indicator = *found;
        }
        const QList<qint64> &scope = job.scopeAreas;
        auto whole = [&]() -> Result<Chart> {
            switch (item.chart) {
            case C::Trend:
                if (!indicator)
                    break;
                return Charts::indicatorTrend(db, indicator, 0, w);
            case C::MigrantShare:
                return Charts::migrantShareByDistrict(db, layerId, w, scope);
            case C::Pressure:
                return Charts::pressureTop(db, layerId, item.topN, w, scope);
            case C::Coverage:
                return Charts::coverageByService(db, layerId, scope, w);
            case C::Projection:
                return Charts::projection(db, layerId, scope, w);
            }
            Chart none;
            none.title = w.text("Indicator", "Gösterge");
            none.notes << (item.indicator.isEmpty()
                               ? w.text("The plan has no indicator with values yet.",
                                        "Planda henüz değeri girilmiş gösterge yok.")
                               : w.text("The plan has no indicator \"%1\".",
                                        "Planda \"%1\" göstergesi yok.")
                                     .arg(item.indicator));
            return none;
        }();
        if (!whole)
            return std::unexpected(whole.error());
        job.charts.insert(item.id, std::move(*whole));
        if (areas.empty()
            || !(item.chart == C::Trend ? indicator != 0
                                        : item.chart == C::Coverage || item.chart == C::Projection))
            continue;
        for (PrintArea &a : areas) {
            if (item.chart == C::Coverage) {
                // From the shares the page's figures already hold.
                QStringList services;
                std::vector<double> shares;
                for (const PrintArea::Coverage &c : a.coverage) {
                    services << c.service;
                    shares.push_back(c.populationShare);
                }
                if (!services.isEmpty())
                    a.charts.insert(item.id, Charts::coverage(services, shares, 1, 0, w));
                continue;
            }
            Result<Chart> own = item.chart == C::Trend
                                    ? Charts::indicatorTrend(db, indicator, a.areaId, w)
                                    : Charts::projection(db, layerId, {a.areaId}, w);
            if (!own)
                return std::unexpected(own.error());
            // An area without values of its own shows the plan's.
            if (own->empty())
                continue;
            if (item.chart == C::Trend)
                own->title = w.text("%1 — %2", "%1 — %2").arg(own->title, a.name);
            a.charts.insert(item.id, std::move(*own));
        }
    }
    return {};
}

} // namespace geisep::print
