#include "gis/io/synthetic.h"

#include "gis/geos.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace geisep {

namespace {

constexpr double kSide = 60000; // metres

void appendRing(LayerGeometry &g, const GEOSGeometry *ring, Envelope &box)
{
    GEOSContextHandle_t h = geos::context();
    const GEOSCoordSequence *seq = GEOSGeom_getCoordSeq_r(h, ring);
    unsigned size = 0;
    GEOSCoordSeq_getSize_r(h, seq, &size);
    g.ringStart.push_back(std::uint32_t(g.xy.size() / 2));
    for (unsigned i = 0; i + 1 < size; ++i) { // the closing vertex is implied
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(h, seq, i, &x, &y);
        g.xy.push_back(x);
        g.xy.push_back(y);
        box.expand(x, y);
    }
}

} // namespace

SyntheticCity generateCity(int areas, int facilities, unsigned seed)
{
    GEOSContextHandle_t h = geos::context();
    QRandomGenerator random(seed);
    const QPointF centres[]
        = {{0.45 * kSide, 0.5 * kSide}, {0.7 * kSide, 0.65 * kSide}, {0.3 * kSide, 0.25 * kSide}};
    auto gaussian = [&] {
        // Box–Muller.
        const double u = std::max(1e-12, random.generateDouble()), v = random.generateDouble();
        return std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * v);
    };
    std::vector<GEOSGeometry *> seeds;
    while (int(seeds.size()) < areas) {
        double x = 0, y = 0;
        if (random.generateDouble() < 0.75) {
            const QPointF &c = centres[random.bounded(3)];
            x = c.x() + gaussian() * 0.12 * kSide;
            y = c.y() + gaussian() * 0.12 * kSide;
        } else {
            x = random.generateDouble() * kSide;
            y = random.generateDouble() * kSide;
        }
        if (x > 0 && x < kSide && y > 0 && y < kSide)
            seeds.push_back(GEOSGeom_createPointFromXY_r(h, x, y));
    }
    geos::GeometryPtr points(
        GEOSGeom_createCollection_r(h, GEOS_MULTIPOINT, seeds.data(), unsigned(seeds.size())));
    geos::GeometryPtr frame(GEOSGeom_createRectangle_r(h, 0, 0, kSide, kSide));
    geos::GeometryPtr cells(GEOSVoronoiDiagram_r(h, points.get(), frame.get(), 0, 0));

    SyntheticCity city;
    LayerGeometry &g = city.areas;
    g.kind = LayerGeometry::Kind::Polygons;
    const int count = GEOSGetNumGeometries_r(h, cells.get());
    for (int i = 0; i < count; ++i) {
        geos::GeometryPtr cell(
            GEOSIntersection_r(h, GEOSGetGeometryN_r(h, cells.get(), i), frame.get()));
        if (!cell || GEOSGeomTypeId_r(h, cell.get()) != GEOS_POLYGON)
            continue;
        geos::GeometryPtr dense(GEOSDensify_r(h, cell.get(), 40));
        Envelope box;
        g.featureStart.push_back(std::uint32_t(g.ringStart.size()));
        appendRing(g, GEOSGetExteriorRing_r(h, dense.get()), box);
        g.boxes.push_back(box);
        g.fids.push_back(qint64(g.fids.size()) + 1);
        // Crowded cells are small: people per area between 2,000 and 30,000.
        city.population.push_back(double(2000 + random.bounded(28000)));
    }
    g.ringStart.push_back(std::uint32_t(g.xy.size() / 2));
    g.featureStart.push_back(std::uint32_t(g.ringStart.size() - 1));
    g.finish();

    const char *names[] = {"school", "health", "water", "transit"};
    const double distances[] = {1000, 1000, 500, 500};
    for (int k = 0; k < 4; ++k) {
        CoverageService s;
        s.name = QString::fromLatin1(names[k]);
        s.distance = distances[k];
        city.services.push_back(std::move(s));
    }
    double total = 0;
    for (double p : city.population)
        total += p;
    for (int i = 0; i < facilities; ++i) {
        double pick = random.generateDouble() * total;
        std::size_t f = 0;
        while (f + 1 < city.population.size() && pick >= city.population[f])
            pick -= city.population[f++];
        const QPointF at = g.labelPoints[f];
        city.services[std::size_t(i % 4)].points.emplace_back(
            at.x() + (random.generateDouble() - 0.5) * 400,
            at.y() + (random.generateDouble() - 0.5) * 400);
    }
    return city;
}

} // namespace geisep
