// Coverage against exact geometry on cases worked by hand (issue 6).
#include "gis/analysis/coverage.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>

using namespace geisep;
using Catch::Matchers::WithinRel;

namespace {

// A layer of polygons, each given as rings of (x, y) pairs.
LayerGeometry polygons(const std::vector<std::vector<std::vector<double>>> &features)
{
    LayerGeometry g;
    g.kind = LayerGeometry::Kind::Polygons;
    qint64 fid = 1;
    for (const auto &rings : features) {
        g.featureStart.push_back(std::uint32_t(g.ringStart.size()));
        Envelope box;
        for (const auto &ring : rings) {
            g.ringStart.push_back(std::uint32_t(g.xy.size() / 2));
            for (std::size_t i = 0; i < ring.size(); i += 2) {
                g.xy.push_back(ring[i]);
                g.xy.push_back(ring[i + 1]);
                box.expand(Envelope{ring[i], ring[i + 1], ring[i], ring[i + 1]});
            }
        }
        g.boxes.push_back(box);
        g.fids.push_back(fid++);
    }
    g.ringStart.push_back(std::uint32_t(g.xy.size() / 2));
    g.featureStart.push_back(std::uint32_t(g.ringStart.size() - 1));
    g.finish();
    return g;
}

std::vector<double> square(double x0, double y0, double x1, double y1)
{
    return {x0, y0, x1, y0, x1, y1, x0, y1, x0, y0};
}

CoverageService service(const QString &name, double distance, std::vector<QPointF> points,
                        const LayerGeometry *polygons = nullptr)
{
    CoverageService s;
    s.name = name;
    s.distance = distance;
    s.points = std::move(points);
    s.polygons = polygons;
    return s;
}

// The area of the lens two circles of radius r at distance d share.
double lens(double r, double d)
{
    return 2 * r * r * std::acos(d / (2 * r)) - d / 2 * std::sqrt(4 * r * r - d * d);
}

} // namespace

TEST_CASE("Coverage on hand-computable cases", "[analysis][coverage]")
{
    const double pi = std::numbers::pi;
    // Four 1 km squares side by side (x 0–1000, 2000–3000, 4000–5000, 6000–7000); the last has
    // a 200 m hole in its middle.
    const LayerGeometry areas
        = polygons({{square(0, 0, 1000, 1000)},
                    {square(2000, 0, 3000, 1000)},
                    {square(4000, 0, 5000, 1000)},
                    {square(6000, 0, 7000, 1000), square(6400, 400, 6600, 600)}});
    REQUIRE(areas.featureCount() == 4);

    SECTION("a square half covered by a given coverage polygon")
    {
        const LayerGeometry half = polygons({{square(-100, -100, 500, 1100)}});
        CoverageService given = service(QStringLiteral("water"), 0, {}, &half);
        CoverageOptions options;
        options.population = {1200, 0, 0, 0};
        auto rows = computeCoverage(areas, {given}, options);
        REQUIRE(rows);
        REQUIRE(rows->size() == 4);
        CHECK_THAT((*rows)[0].coveredM2, WithinRel(500000.0, 1e-9));
        CHECK_THAT((*rows)[0].coveredShare, WithinRel(0.5, 1e-9));
        CHECK_THAT((*rows)[0].coveredPopulation, WithinRel(600.0, 1e-9));
        CHECK((*rows)[1].coveredM2 == 0);
        CHECK((*rows)[0].service == u"water");
    }

    SECTION("two overlapping catchments count once; a facility outside reaches in; a hole")
    {
        CoverageService schools = service(QStringLiteral("school"), 100, {});
        schools.points = {{2450, 500},
                          {2550, 500},  // 100 m apart in square 2
                          {3950, 500},  // 50 m left of square 3
                          {6500, 500}}; // on square 4's hole
        CoverageOptions options;
        options.quadrantSegments = 64; // circles close to true ones
        auto rows = computeCoverage(areas, {schools}, options);
        REQUIRE(rows);
        REQUIRE(rows->size() == 4);
        CHECK((*rows)[0].coveredM2 == 0);
        const QPointF first = areas.labelPoints[0];
        CHECK_THAT((*rows)[0].nearest,
                   WithinRel(std::hypot(first.x() - 2450, first.y() - 500), 1e-9));
        // Two circles of 100 m, 100 m apart: 2πr² − lens = 50,548 m².
        const double twoCircles = 2 * pi * 100 * 100 - lens(100, 100);
        CHECK_THAT((*rows)[1].coveredM2, WithinRel(twoCircles, 2e-3));
        CHECK((*rows)[1].nearest < 60);
        // A circle 50 m outside the edge: the segment r²·acos(d/r) − d·√(r²−d²) = 6,142 m².
        const double segment = 100.0 * 100 * std::acos(0.5) - 50 * std::sqrt(100.0 * 100 - 50 * 50);
        CHECK_THAT((*rows)[2].coveredM2, WithinRel(segment, 2e-3));
        // Distances run from the area's interior point to the nearest facility.
        const QPointF inside = areas.labelPoints[2];
        CHECK_THAT((*rows)[2].nearest,
                   WithinRel(std::hypot(inside.x() - 3950, inside.y() - 500), 1e-9));
        // A 150 m circle over the 200 m hole (its corners 141 m away): πr² − 200² = 30,686 m²,
        // of an area of 1,000,000 − 40,000.
        schools.distance = 150;
        rows = computeCoverage(areas, {schools}, options);
        REQUIRE(rows);
        CHECK_THAT((*rows)[3].areaM2, WithinRel(960000.0, 1e-9));
        CHECK_THAT((*rows)[3].coveredM2, WithinRel(pi * 150 * 150 - 200.0 * 200, 2e-3));
    }

    SECTION("the straightforward method gives the same numbers")
    {
        CoverageService health
            = service(QStringLiteral("health"), 300,
                      {{500, 500}, {900, 900}, {2100, 100}, {6500, 500}, {6900, 100}});
        auto indexed = computeCoverage(areas, {health});
        CoverageOptions naive;
        naive.indexed = false;
        auto plain = computeCoverage(areas, {health}, naive);
        REQUIRE(indexed);
        REQUIRE(plain);
        for (std::size_t i = 0; i < indexed->size(); ++i)
            CHECK_THAT((*indexed)[i].coveredM2, WithinRel((*plain)[i].coveredM2, 1e-9));

        // A U-shaped area whose two arms one circle reaches across the notch between them: the
        // area cut by one circle is clipped without an overlay, and must not count the notch.
        const LayerGeometry u = polygons({{{0, 0, 1000, 0, 1000, 1000, 700, 1000, 700, 300, 300,
                                            300, 300, 1000, 0, 1000, 0, 0}}});
        CoverageService one = service(QStringLiteral("health"), 400, {{500, 800}});
        auto clipped = computeCoverage(u, {one});
        CoverageOptions withGaps; // the gap needs the geometry: an overlay
        withGaps.gaps = true;
        auto overlaid = computeCoverage(u, {one}, withGaps);
        auto reference = computeCoverage(u, {one}, naive);
        REQUIRE(clipped);
        REQUIRE(overlaid);
        REQUIRE(reference);
        // Only the arms count (x ≤ 300 or ≥ 700, below y = 1000), less than half the disc.
        CHECK((*clipped)[0].coveredM2 > 0);
        CHECK((*clipped)[0].coveredM2 < 0.5 * std::numbers::pi * 400 * 400);
        CHECK_THAT((*clipped)[0].coveredM2, WithinRel((*reference)[0].coveredM2, 1e-9));
        CHECK_THAT((*overlaid)[0].coveredM2, WithinRel((*reference)[0].coveredM2, 1e-9));
        CHECK_FALSE((*overlaid)[0].gapWkb.isEmpty());
    }

    SECTION("cancel stops the run with a message")
    {
        std::atomic_bool cancel = true;
        CoverageOptions options;
        options.cancel = &cancel;
        CoverageService s = service(QStringLiteral("school"), 100, {{0, 0}});
        auto rows = computeCoverage(areas, {s}, options);
        REQUIRE_FALSE(rows);
        CHECK_FALSE(rows.error().message.isEmpty());
    }
}
