// The area inspector's reads: an area's row and figures, its newest analyses, areas ⇄ features.
#include "gis/analysis/areasummary.h"

#include "gis/analysis/analysis.h"

#include <algorithm>

namespace geisep {

Result<std::optional<AreaSummary>> AreaSummary::read(Database &db, qint64 layerId, qint64 fid)
{
    auto area = db.prepare("SELECT id, name, district, province, code FROM geisep_areas "
                           "WHERE layer_id = ? AND fid = ?");
    if (!area)
        return std::unexpected(area.error());
    area->bind(1, layerId).bind(2, fid);
    auto found = area->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::optional<AreaSummary>();
    AreaSummary summary;
    summary.id = area->int64(0);
    summary.name = area->text(1);
    summary.district = area->text(2);
    summary.province = area->text(3);
    summary.code = area->text(4);
    auto figures = db.prepare(
        "SELECT f.variable, v.name_tr, v.name_en, f.period, f.value FROM geisep_area_figures f "
        "JOIN "
        "geisep_variables v ON v.code = f.variable WHERE f.area_id = ? ORDER BY "
        "f.variable, f.period");
    if (!figures)
        return std::unexpected(figures.error());
    figures->bind(1, summary.id);
    auto read = figures->forEachRow([&] {
        summary.figures.append({figures->text(0), figures->text(1), figures->text(2),
                                int(figures->int64(3)), figures->real(4)});
    });
    if (!read)
        return std::unexpected(read.error());
    return std::optional<AreaSummary>(std::move(summary));
}

namespace {

// One run's results for one area, in the order stored.
struct Stored
{
    QString variable, category;
    double value;
};

Result<std::vector<Stored>> resultsOf(Database &db, qint64 run, qint64 areaId)
{
    std::vector<Stored> out;
    auto stmt = db.prepare("SELECT variable, coalesce(category, ''), value FROM "
                           "geisep_analysis_results WHERE run_id = ? AND area_id = ? ORDER BY id");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, run).bind(2, areaId);
    auto read = stmt->forEachRow([&] {
        out.push_back({stmt->text(0), stmt->text(1), stmt->real(2)});
    });
    if (!read)
        return std::unexpected(read.error());
    return out;
}

double valueOf(const std::vector<Stored> &results, const QString &variable,
               const QString &category = {})
{
    for (const Stored &r : results)
        if (r.variable == variable && r.category == category)
            return r.value;
    return std::nan("");
}

Result<int> countOf(Database &db, qint64 run, const QString &variable)
{
    auto stmt = db.prepare(
        "SELECT count(*) FROM geisep_analysis_results WHERE run_id = ? AND variable = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, run).bind(2, variable);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? int(stmt->int64(0)) : 0;
}

Result<void> readCoverage(Database &db, qint64 areaId, AreaAnalyses &out)
{
    auto results = resultsOf(db, out.coverageRun, areaId);
    if (!results)
        return std::unexpected(results.error());
    for (const Stored &r : *results) {
        if (r.variable != u"covered_share" && r.variable != u"covered_population_share"
            && r.variable != u"nearest_m")
            continue;
        auto it = std::find_if(out.coverage.begin(), out.coverage.end(),
                               [&](const auto &c) { return c.service == r.category; });
        if (it == out.coverage.end()) {
            out.coverage.append({r.category, 0, {}, {}});
            it = std::prev(out.coverage.end());
        }
        if (r.variable == u"covered_share")
            it->areaShare = r.value;
        else if (r.variable == u"covered_population_share")
            it->populationShare = r.value;
        else
            it->nearestMetres = r.value;
    }
    return {};
}

Result<void> readPressure(Database &db, qint64 areaId, const QJsonObject &parameters,
                          AreaAnalyses &out)
{
    auto results = resultsOf(db, out.pressureRun, areaId);
    if (!results)
        return std::unexpected(results.error());
    auto ranked = countOf(db, out.pressureRun, QStringLiteral("rank"));
    if (!ranked)
        return std::unexpected(ranked.error());
    out.score = valueOf(*results, QStringLiteral("score"));
    const double rank = valueOf(*results, QStringLiteral("rank"));
    const double pressureClass = valueOf(*results, QStringLiteral("class"));
    out.rank = std::isfinite(rank) ? int(rank) : 0;
    out.pressureClass = std::isfinite(pressureClass) ? int(pressureClass) : 0;
    out.ranked = *ranked;
    out.classes = std::clamp(parameters.value(QStringLiteral("classes")).toInt(5), 3, 9);
    return {};
}

Result<void> readProjection(Database &db, qint64 areaId, const QJsonObject &parameters,
                            AreaAnalyses &out)
{
    auto results = resultsOf(db, out.projectionRun, areaId);
    if (!results)
        return std::unexpected(results.error());
    const QString medium = QStringLiteral("medium");
    out.horizon = parameters.value(QStringLiteral("horizon")).toInt();
    out.population = valueOf(*results, QStringLiteral("population"), medium);
    out.schoolPlaces = valueOf(*results, QStringLiteral("school_places"), medium);
    out.schoolShortfall = valueOf(*results, QStringLiteral("school_shortfall"), medium);
    return {};
}

} // namespace

Result<AreaAnalyses> AreaAnalyses::read(Database &db, qint64 layerId, qint64 areaId)
{
    AreaAnalyses out;
    auto latest = [&](const char *kind, qint64 &run) -> Result<void> {
        auto id = Analyses::latestRun(db, QString::fromLatin1(kind), layerId);
        if (!id)
            return std::unexpected(id.error());
        run = *id;
        return {};
    };
    if (auto ok = latest("coverage", out.coverageRun); !ok)
        return std::unexpected(ok.error());
    if (auto ok = latest("pressure", out.pressureRun); !ok)
        return std::unexpected(ok.error());
    if (auto ok = latest("projection", out.projectionRun); !ok)
        return std::unexpected(ok.error());
    // Each run's own parameters (the pressure's classes, the projection's horizon), read for
    // that run alone: the inspector asks on every click.
    Result<void> ok;
    if (out.coverageRun)
        ok = readCoverage(db, areaId, out);
    if (ok && out.pressureRun) {
        auto parameters = Analyses::parameters(db, out.pressureRun);
        ok = parameters ? readPressure(db, areaId, *parameters, out)
                        : Result<void>(std::unexpected(parameters.error()));
    }
    if (ok && out.projectionRun) {
        auto parameters = Analyses::parameters(db, out.projectionRun);
        ok = parameters ? readProjection(db, areaId, *parameters, out)
                        : Result<void>(std::unexpected(parameters.error()));
    }
    if (!ok)
        return std::unexpected(ok.error());
    return out;
}

Result<QList<qint64>> areaIdsOfFeatures(Database &db, qint64 layerId, const QList<qint64> &fids)
{
    QList<qint64> ids;
    auto stmt = db.prepare("SELECT id FROM geisep_areas WHERE layer_id = ? AND fid = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    for (const qint64 fid : fids) {
        stmt->reset();
        stmt->bind(1, layerId).bind(2, fid);
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row)
            ids << stmt->int64(0);
    }
    return ids;
}

Result<std::map<qint64, std::set<qint64>>> featuresOfAreas(Database &db,
                                                           const QList<qint64> &areaIds)
{
    std::map<qint64, std::set<qint64>> fids;
    auto stmt = db.prepare("SELECT layer_id, fid FROM geisep_areas WHERE id = ?");
    if (!stmt)
        return std::unexpected(stmt.error());
    for (const qint64 area : areaIds) {
        stmt->reset();
        stmt->bind(1, area);
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row)
            fids[stmt->int64(0)].insert(stmt->int64(1));
    }
    return fids;
}

} // namespace geisep
