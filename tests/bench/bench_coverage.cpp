// Coverage benchmark (issue 6): a made-up city of 10,000 mahalle-like polygons and 5,000
// facilities (generateCity, fixed seed), coverage for four services with the index on every
// core; then, in the same process, a subset of areas with the straightforward method (every
// area intersected with every catchment, no index) and with the indexed one on one thread, and
// the ratio per area. Run: tests/bench/coverage.sh [BUILD_DIR].
#include "gis/analysis/coverage.h"
#include "gis/io/synthetic.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace geisep;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int areas = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int facilities = args.size() > 2 ? args.at(2).toInt() : 5000;
    const int subset = args.size() > 3 ? args.at(3).toInt() : 100;
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    const SyntheticCity city = generateCity(areas, facilities, 20261125);
    std::size_t vertices = city.areas.xy.size() / 2;
    out << "city: " << city.areas.featureCount() << " areas, " << vertices << " vertices, "
        << facilities << " facilities, 4 services; generated in " << timer.elapsed() << " ms\n";

    CoverageOptions options;
    options.population = city.population;
    timer.restart();
    auto full = computeCoverage(city.areas, city.services, options);
    const double fullMs = double(timer.nsecsElapsed()) / 1e6;
    if (!full)
        return 1;
    double covered = 0, total = 0;
    for (const CoverageRow &row : *full) {
        covered += row.coveredM2;
        total += row.areaM2;
    }
    out << "full run (indexed, " << QThread::idealThreadCount()
        << " threads): " << QString::number(fullMs / 1000, 'f', 2) << " s for " << full->size()
        << " area × service rows; mean share covered "
        << QString::number(covered / total * 100, 'f', 1) << " %\n";

    // The subset: every n-th area, so it samples the crowded centre and the outskirts alike.
    LayerGeometry part;
    part.kind = LayerGeometry::Kind::Polygons;
    const std::size_t step
        = std::max<std::size_t>(1, city.areas.featureCount() / std::size_t(subset));
    for (std::size_t f = 0; f < city.areas.featureCount(); f += step) {
        part.featureStart.push_back(std::uint32_t(part.ringStart.size()));
        for (std::uint32_t r = city.areas.featureStart[f]; r < city.areas.featureStart[f + 1];
             ++r) {
            part.ringStart.push_back(std::uint32_t(part.xy.size() / 2));
            for (std::uint32_t v = city.areas.ringStart[r]; v < city.areas.ringStart[r + 1]; ++v) {
                part.xy.push_back(city.areas.xy[2 * v]);
                part.xy.push_back(city.areas.xy[2 * v + 1]);
            }
        }
        part.boxes.push_back(city.areas.boxes[f]);
        part.fids.push_back(city.areas.fids[f]);
    }
    part.ringStart.push_back(std::uint32_t(part.xy.size() / 2));
    part.featureStart.push_back(std::uint32_t(part.ringStart.size() - 1));
    part.finish();

    CoverageOptions one;
    one.threads = 1;
    timer.restart();
    auto indexed = computeCoverage(part, city.services, one);
    const double indexedMs = double(timer.nsecsElapsed()) / 1e6;
    one.indexed = false;
    timer.restart();
    auto naive = computeCoverage(part, city.services, one);
    const double naiveMs = double(timer.nsecsElapsed()) / 1e6;
    if (!indexed || !naive)
        return 1;
    double worst = 0;
    for (std::size_t i = 0; i < indexed->size(); ++i)
        worst = std::max(worst, std::abs((*indexed)[i].coveredM2 - (*naive)[i].coveredM2));
    out << "subset of " << part.featureCount() << " areas, one thread: indexed "
        << QString::number(indexedMs, 'f', 1) << " ms, straightforward "
        << QString::number(naiveMs, 'f', 1) << " ms; largest difference "
        << QString::number(worst, 'f', 3) << " m²\n";
    out << "ratio straightforward / indexed (per area, one thread): "
        << QString::number(naiveMs / indexedMs, 'f', 1) << "\n";
    out << "full run extrapolated for the straightforward method: "
        << QString::number(naiveMs / double(part.featureCount()) * double(city.areas.featureCount())
                               / 1000,
                           'f', 0)
        << " s, i.e. "
        << QString::number(naiveMs / double(part.featureCount()) * double(city.areas.featureCount())
                               / fullMs,
                           'f', 0)
        << " × the full indexed run\n";
    return 0;
}
