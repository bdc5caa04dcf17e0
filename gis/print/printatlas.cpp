// The atlas's pages: the areas of the atlas layer with their figures and analyses, which of them
// get a page and in which order, their small cells, and the page numbers.
#include "gis/print/print_p.h"

#include "core/plan/planviews.h"
#include "core/privacy.h"
#include "core/text/atlasfilter.h"
#include "gis/analysis/analysis.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace geisep::print {

namespace {

constexpr double kContentsRowMm = 4.6;
constexpr double kContentsHeaderMm = 22;
constexpr double kContentsColumnMm = 62;

} // namespace

// Step 3. Reads the areas of the atlas layer.
Result<AtlasAreas> readAreas(Database &db, const MapLayer &atlas, const PrintWords &w,
                             const QString &projectPath)
{
    auto stmt = db.prepare("SELECT id, fid, name, district, province, code FROM geisep_areas "
                           "WHERE layer_id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, atlas.id);
    AtlasAreas out;
    std::vector<PrintArea> &areas = out.areas;
    auto rows = stmt->forEachRow([&] {
        const auto f = atlas.geometry->indexOfFid(stmt->int64(1));
        if (!f)
            return;
        PrintArea a;
        a.areaId = stmt->int64(0);
        a.feature = *f;
        a.name = stmt->text(2);
        a.district = stmt->text(3);
        a.province = stmt->text(4);
        a.code = stmt->text(5);
        a.label = areaLabel(a.name, a.district);
        a.areaKm2 = featureArea(*atlas.geometry, *f) / 1e6;
        areas.push_back(std::move(a));
    });
    if (!rows)
        return std::unexpected(rows.error());
    if (areas.empty())
        return fail(PrintText::tr("The layer \"%1\" has no areas to print.").arg(atlas.name),
                    projectPath);
    auto figures = latestFigures(db, atlas.id);
    if (!figures)
        return std::unexpected(figures.error());
    for (PrintArea &a : areas) {
        const auto f = figures->value(a.areaId);
        if (const auto it = f.constFind(QStringLiteral("population")); it != f.cend()) {
            a.population = it->value;
            a.populationPeriod = it->period;
        }
        if (const auto it = f.constFind(QStringLiteral("migrant_population")); it != f.cend()) {
            a.migrants = it->value;
            a.migrantsPeriod = it->period;
        }
    }
    if (auto run = Analyses::latestRun(db, QStringLiteral("coverage"), atlas.id); run && *run) {
        auto cats = db.prepare("SELECT category FROM geisep_analysis_results WHERE run_id = ? "
                               "AND variable = 'covered_population_share' GROUP BY category "
                               "ORDER BY min(id)");
        QStringList services;
        if (cats) {
            cats->bind(1, *run);
            (void)cats->forEachRow([&] { services << cats->text(0); });
        }
        for (const QString &service : services) {
            auto share
                = Analyses::values(db, *run, QStringLiteral("covered_population_share"), service);
            auto nearest = Analyses::values(db, *run, QStringLiteral("nearest_m"), service);
            if (!share)
                return std::unexpected(share.error());
            for (PrintArea &a : areas) {
                PrintArea::Coverage c;
                c.service = w.service(service);
                if (const auto it = share->constFind(a.areaId); it != share->cend())
                    c.populationShare = *it * 100;
                if (nearest)
                    if (const auto it = nearest->constFind(a.areaId); it != nearest->cend())
                        c.nearestM = *it;
                a.coverage.push_back(c);
            }
        }
    }
    bool &havePressure = out.havePressure;
    if (auto run = Analyses::latestRun(db, QStringLiteral("pressure"), atlas.id); run && *run) {
        auto score = Analyses::values(db, *run, QStringLiteral("score"));
        auto rank = Analyses::values(db, *run, QStringLiteral("rank"));
        if (score && rank) {
            havePressure = true;
            for (PrintArea &a : areas) {
                if (const auto it = score->constFind(a.areaId); it != score->cend())
                    a.pressureScore = *it;
                a.pressureRank = int(rank->value(a.areaId, 0));
            }
        }
    }
    return out;
}

// Step 4. Which areas, in which order (as QGIS's layout atlas): the selection, the filter, by
// district and name in Turkish order, or the top N by pressure. Returns how they were chosen,
// in words.
Result<QString> selectPages(std::vector<PrintArea> &areas, bool havePressure, const Layout &layout,
                            const PrintRequest &request, const MapLayer &atlas, const PrintWords &w,
                            const QString &projectPath)
{
    auto filter = AtlasFilter::parse(layout.atlas.filter, AtlasFilter::areaFields());
    if (!filter) {
        Error e = filter.error();
        e.message = PrintText::tr("Atlas filter \"%1\": %2").arg(layout.atlas.filter, e.message);
        e.file = projectPath;
        return std::unexpected(e);
    }
    const QSet<qint64> selected(request.selection.begin(), request.selection.end());
    QStringList chosenBy;
    if (!layout.atlas.filter.trimmed().isEmpty())
        chosenBy << layout.atlas.filter.trimmed();
    std::erase_if(areas, [&](const PrintArea &a) {
        if (!selected.isEmpty() && !selected.contains(atlas.geometry->fids[a.feature]))
            return true;
        return !filter->accepts([&](const QString &key) -> QVariant {
            if (key == u"name")
                return a.name;
            if (key == u"district")
                return a.district;
            if (key == u"province")
                return a.province;
            if (key == u"code")
                return a.code;
            if (key == u"population")
                return std::isfinite(a.population) ? QVariant(a.population) : QVariant();
            if (key == u"pressure")
                return std::isfinite(a.pressureScore) ? QVariant(a.pressureScore) : QVariant();
            if (key == u"rank")
                return a.pressureRank > 0 ? QVariant(a.pressureRank) : QVariant();
            return {};
        });
    });
    if (!selected.isEmpty())
        chosenBy << w.text("%n selected", "%n seçili", int(selected.size()));
    QCollator collator(QLocale(QLocale::Turkish, QLocale::Turkey));
    std::sort(areas.begin(), areas.end(), [&](const PrintArea &a, const PrintArea &b) {
        if (const int c = collator.compare(a.district, b.district); c != 0)
            return c < 0;
        return collator.compare(a.name, b.name) < 0;
    });
    if (layout.atlas.topN > 0) {
        if (!havePressure)
            return fail(
                PrintText::tr("The top %1 by migration pressure needs a migration pressure run on "
                              "\"%2\".")
                    .arg(layout.atlas.topN)
                    .arg(atlas.name),
                projectPath, PrintText::tr("Run the migration pressure analysis first."),
                QStringLiteral("pressureAction"));
        std::erase_if(areas, [](const PrintArea &a) { return a.pressureRank <= 0; });
        std::stable_sort(areas.begin(), areas.end(), [](const PrintArea &a, const PrintArea &b) {
            return a.pressureRank < b.pressureRank;
        });
        if (int(areas.size()) > layout.atlas.topN)
            areas.resize(std::size_t(layout.atlas.topN));
        chosenBy << w.text("the %1 with the highest migration pressure",
                           "göç baskısı en yüksek %1 alan")
                        .arg(layout.atlas.topN);
    }
    if (areas.empty())
        return fail(PrintText::tr("No area of \"%1\" is left to print: %2.")
                        .arg(atlas.name, chosenBy.join(QStringLiteral("; "))),
                    projectPath, PrintText::tr("Loosen the filter, or choose other areas."));
    return chosenBy.join(QStringLiteral("; "));
}

// Step 5. Small cells (DESIGN.md, Privacy): the areas' counts, by district, and the district
// totals; returns the areas whose counts are hidden.
QSet<qint64> suppressCounts(PrintJob &job, std::vector<PrintArea> &areas, const PrintWords &w)
{
    // The mahalle counts by district, whose totals the cover prints; then the district totals,
    // whose sum it prints too.
    SuppressionInput cells;
    cells.threshold = job.threshold;
    QStringList districtNames;
    for (const PrintArea &a : areas) {
        if (!districtNames.contains(a.district))
            districtNames << a.district;
        cells.values.push_back(a.migrants);
        cells.groups.push_back(int(districtNames.indexOf(a.district)));
    }
    const SuppressionResult hidden = suppressSmallCells(cells);
    for (std::size_t i = 0; i < areas.size(); ++i)
        areas[i].migrantsHidden = hidden.hidden(i);
    SuppressionInput totals;
    totals.threshold = job.threshold;
    for (const QString &d : districtNames) {
        PrintDistrict district;
        district.name = d;
        bool known = false;
        for (const PrintArea &a : areas)
            if (a.district == d) {
                ++district.areas;
                if (std::isfinite(a.population))
                    district.population += a.population;
                if (std::isfinite(a.migrants)) {
                    district.migrants += a.migrants;
                    known = true;
                }
            }
        if (!known)
            district.migrants = PrintArea::kUnknown;
        totals.values.push_back(district.migrants);
        job.districts.push_back(district);
    }
    const SuppressionResult hiddenTotals = suppressSmallCells(totals);
    job.total.name = w.text("Total", "Toplam");
    for (std::size_t d = 0; d < job.districts.size(); ++d) {
        PrintDistrict &district = job.districts[d];
        district.migrantsHidden = hidden.totalHiddenOf(int(d)) || hiddenTotals.hidden(d);
        job.total.areas += district.areas;
        job.total.population += district.population;
        if (std::isfinite(district.migrants))
            job.total.migrants += district.migrants;
    }
    job.total.migrantsHidden = hiddenTotals.totalHiddenOf(0);
    job.anyHidden = hidden.any() || hiddenTotals.any();
    QSet<qint64> hiddenAreas;
    for (const PrintArea &a : areas)
        if (a.migrantsHidden)
            hiddenAreas.insert(a.areaId);
    return hiddenAreas;
}

// Step 6. Pages: the cover, the contents (columns of names and page numbers), the areas.
void paginate(PrintJob &job, std::vector<PrintArea> &&areas)
{
    const Layout &layout = job.layout;
    const QSizeF page = layout.page.sizeMm();
    const double margin = std::max(layout.page.marginMm, 8.0);
    job.coverPages = layout.atlas.cover ? 1 : 0;
    job.contentsColumns = std::max(1, int((page.width() - 2 * margin) / kContentsColumnMm));
    job.contentsRows
        = std::max(1, int((page.height() - 2 * margin - kContentsHeaderMm) / kContentsRowMm));
    const int perPage = job.contentsColumns * job.contentsRows;
    job.contentsPages = layout.atlas.contents ? (int(areas.size()) + perPage - 1) / perPage : 0;
    for (std::size_t i = 0; i < areas.size(); ++i)
        areas[i].page = job.coverPages + job.contentsPages + int(i) + 1;
    job.areas = std::move(areas);
}

} // namespace geisep::print
