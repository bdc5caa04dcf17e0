#include "gis/map/layerdata.h"
#include "gis/map/renderer.h"
#include "gis/map/viewport.h"
#include "tests/support/support.h"

#include <QImage>
#include <QPainter>

#include <limits>

#include <catch2/catch.hpp>

using namespace geisep;
using Catch::Matchers::WithinAbs;

TEST_CASE("Viewport maths: round trips, anchored zoom, fitting, scale", "[viewport]")
{
    Viewport vp(600000, 4100000, 10, QSize(800, 600));
    const QPointF s = vp.toScreen(601000, 4101000);
    CHECK_THAT(s.x(), WithinAbs(500, 1e-9)); // 1000 m east = 100 px right of the centre
    CHECK_THAT(s.y(), WithinAbs(200, 1e-9)); // 1000 m north = 100 px up
    const QPointF back = vp.toMap(s);
    CHECK_THAT(back.x(), WithinAbs(601000, 1e-6));
    CHECK_THAT(back.y(), WithinAbs(4101000, 1e-6));

    const QPointF anchor(123, 456);
    const QPointF before = vp.toMap(anchor);
    vp.zoomBy(2.0, anchor);
    CHECK(vp.unitsPerPixel() == 5);
    const QPointF after = vp.toMap(anchor);
    CHECK_THAT(after.x(), WithinAbs(before.x(), 1e-6));
    CHECK_THAT(after.y(), WithinAbs(before.y(), 1e-6));

    vp.zoomToExtent(Envelope{0, 0, 7600, 1000}, 20);
    CHECK_THAT(vp.unitsPerPixel(), WithinAbs(10, 1e-9)); // width decides: 7600 m over 760 px
    const Envelope visible = vp.visibleExtent();
    CHECK(visible.minX <= 0);
    CHECK(visible.maxX >= 7600);
    CHECK_THAT(vp.scaleDenominator(96), WithinAbs(10 * 96 / 0.0254, 1e-6));

    vp.panByPixels(10, 0); // dragging right moves the map right: the centre goes west
    CHECK_THAT(vp.centerX(), WithinAbs(3800 - 100, 1e-9));
}

TEST_CASE("The renderer fills a polygon where it is and nowhere else", "[render]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    Database &db = project->db();
    const auto table = *Identifier::make(QStringLiteral("kare"));
    REQUIRE(gpkg::createFeatureTable(
        db, {table, QStringLiteral("Kare"), QString(), "POLYGON", 5256, {}}));
    auto insert = db.prepareWith("INSERT INTO %1 (geom) VALUES (?)", {table});
    // A 1 km square with a 400 m hole in the middle.
    QByteArray wkb = test::wkbPolygon({{0, 0}, {1000, 0}, {1000, 1000}, {0, 1000}, {0, 0}});
    {
        // Add the hole as a second ring: bump the ring count and append the ring.
        qToLittleEndian<quint32>(2, wkb.data() + 5);
        const QList<QPointF> hole = {{300, 300}, {700, 300}, {700, 700}, {300, 700}, {300, 300}};
        char buf[8];
        qToLittleEndian<quint32>(quint32(hole.size()), buf);
        wkb.append(buf, 4);
        for (const QPointF &p : hole) {
            qToLittleEndian<double>(p.x(), buf);
            wkb.append(buf, 8);
            qToLittleEndian<double>(p.y(), buf);
            wkb.append(buf, 8);
        }
    }
    insert->bindBlob(1, gpkg::encodeGeometry(5256, wkb, Envelope{0, 0, 1000, 1000}));
    REQUIRE(insert->exec());
    auto layer = loadLayerGeometry(db, QStringLiteral("kare"), 1, LayerRole::MuhtarDistrict);
    REQUIRE(layer);
    REQUIRE(layer->featureCount() == 1);
    CHECK(layer->ringStart.size() == 3); // two rings and the end
    auto mapLayer = std::make_shared<MapLayer>();
    mapLayer->geometry = std::make_shared<LayerGeometry>(*layer);
    mapLayer->style.fill = QColor(0x20, 0x80, 0x40);
    mapLayer->style.stroke = Qt::transparent;
    RenderSettings settings;
    settings.viewport = Viewport(500, 500, 10, QSize(200, 200)); // the square spans 100 px
    settings.background = Qt::white;
    const QImage image = MapRenderer::render({mapLayer}, settings).image;
    const QColor fill = mapLayer->style.fill;
    CHECK(image.pixelColor(60, 60) == fill);        // inside the square (x 100 m, y 900 m)
    CHECK(image.pixelColor(100, 100) == Qt::white); // the hole
    CHECK(image.pixelColor(10, 10) == Qt::white);   // outside
    CHECK(image.pixelColor(140, 140) == fill);      // inside, other corner
}

namespace {

// One square ring of 1 km with a vertex every 5 m along its sides, each nudged by up to 4 cm:
// 800 vertices a wide pen draws at 10 m a pixel.
std::shared_ptr<MapLayer> wiggledSquare(const QColor &stroke, double width, int perSide = 200)
{
    auto g = std::make_shared<LayerGeometry>();
    g->kind = LayerGeometry::Kind::Polygons;
    const auto add = [&](double x, double y) {
        g->xy.push_back(x);
        g->xy.push_back(y);
    };
    int n = 0;
    const auto nudge = [&] {
        return ((n++ * 7919) % 9 - 4) * 0.01;
    };
    const double step = 1000.0 / perSide;
    for (int i = 0; i < perSide; ++i)
        add(i * step, nudge());
    for (int i = 0; i < perSide; ++i)
        add(1000 + nudge(), i * step);
    for (int i = 0; i < perSide; ++i)
        add(1000 - i * step, 1000 + nudge());
    for (int i = 0; i < perSide; ++i)
        add(nudge(), 1000 - i * step);
    add(g->xy[0], g->xy[1]);
    g->ringStart = {0, std::uint32_t(g->xy.size() / 2)};
    g->featureStart = {0, 1};
    g->boxes = {Envelope{-0.04, -0.04, 1000.04, 1000.04}};
    g->fids = {1};
    g->extent = g->boxes[0];
    g->finish();
    auto layer = std::make_shared<MapLayer>();
    layer->geometry = g;
    layer->style.fill = Qt::transparent;
    layer->style.stroke = stroke;
    layer->style.strokeWidth = width;
    return layer;
}

QImage drawn(const std::shared_ptr<MapLayer> &layer, bool naive)
{
    RenderSettings settings;
    settings.viewport = Viewport(500, 500, 10, QSize(160, 160)); // the square spans 100 px
    settings.background = Qt::white;
    settings.labels = false;
    settings.naive = naive;
    return MapRenderer::render({layer}, settings).image;
}

} // namespace

TEST_CASE("Wide outlines draw as QPainter's stroker does, translucent ones without darker joins",
          "[render]")
{
    // Opaque, 2.2 px: the fast way (segments, the 800 vertices simplified) against QPainter's
    // stroker drawing the plain square of four corners.
    const QColor ink(0x33, 0x33, 0x33);
    const auto layer = wiggledSquare(ink, 2.2);
    const QImage fast = drawn(layer, false);
    const QImage reference = drawn(wiggledSquare(ink, 2.2, 1), true);
    // The square's sides are at 30 and 130 px; its inside and outside stay white.
    for (const QPoint at : {QPoint(80, 30), QPoint(130, 80), QPoint(80, 130), QPoint(30, 80)}) {
        CHECK(fast.pixelColor(at) == ink);
        CHECK(reference.pixelColor(at) == ink);
    }
    CHECK(fast.pixelColor(80, 80) == Qt::white);
    CHECK(fast.pixelColor(10, 10) == Qt::white);
    CHECK(fast.pixelColor(80, 33) == Qt::white);
    // Corners filled as a miter would (the stroker's bevel leaves the outermost pixel).
    CHECK(fast.pixelColor(30, 30) == ink);
    // Pixel for pixel: the two differ only in the corners' outermost pixels.
    int differ = 0, inked = 0;
    for (int y = 0; y < fast.height(); ++y)
        for (int x = 0; x < fast.width(); ++x) {
            const QColor a = fast.pixelColor(x, y), b = reference.pixelColor(x, y);
            inked += b != Qt::white;
            differ += std::abs(a.red() - b.red()) > 64;
        }
    CHECK(inked > 4 * 100 * 2);
    CHECK(differ <= 4 * 3);

    // Translucent, 4 px: as even at the corners and the vertices as along the sides.
    const auto glass = wiggledSquare(QColor(0, 0, 0, 128), 4.0);
    const QImage light = drawn(glass, false);
    const int side = light.pixelColor(80, 30).red();
    CHECK(side == Approx(127).margin(3));
    CHECK(light.pixelColor(31, 31).red() == Approx(side).margin(3)); // a corner
    CHECK(light.pixelColor(55, 30).red() == Approx(side).margin(3)); // along a side
    CHECK(light.pixelColor(80, 80) == Qt::white);
}

namespace {

// A grid of `n` × `n` squares of 100 m, each side `k` segments long with every vertex nudged by
// a function of where it is, so a side two squares share has the same vertices in both.
std::shared_ptr<LayerGeometry> squareGrid(int n, int k)
{
    auto g = std::make_shared<LayerGeometry>();
    g->kind = LayerGeometry::Kind::Polygons;
    const double step = 100.0 / k;
    const auto add = [&](double x, double y) {
        // Nudged across the side (by up to 4 cm), the same from either square.
        const auto nudge = [](double t) {
            return double(std::lround(t * 1000) * 7919 % 9 - 4) * 0.01; // long: no overflow
        };
        const bool horizontal = std::fmod(y, 100.0) == 0;
        g->xy.push_back(horizontal ? x : x + nudge(y));
        g->xy.push_back(horizontal ? y + nudge(x) : y);
    };
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const double x0 = i * 100.0, y0 = j * 100.0;
            g->featureStart.push_back(std::uint32_t(g->ringStart.size()));
            g->ringStart.push_back(std::uint32_t(g->xy.size() / 2));
            for (int s = 0; s < k; ++s)
                add(x0 + s * step, y0);
            for (int s = 0; s < k; ++s)
                add(x0 + 100, y0 + s * step);
            for (int s = 0; s < k; ++s)
                add(x0 + 100 - s * step, y0 + 100);
            for (int s = 0; s < k; ++s)
                add(x0, y0 + 100 - s * step);
            add(x0, y0);
            g->boxes.push_back(Envelope{x0 - 0.04, y0 - 0.04, x0 + 100.04, y0 + 100.04});
            g->fids.push_back(qint64(g->fids.size()) + 1);
            g->extent.expand(g->boxes.back());
        }
    g->ringStart.push_back(std::uint32_t(g->xy.size() / 2));
    g->featureStart.push_back(std::uint32_t(g->ringStart.size() - 1));
    g->finish();
    return g;
}

std::shared_ptr<MapLayer> outlined(std::shared_ptr<const LayerGeometry> g, const QColor &stroke,
                                   double width)
{
    auto layer = std::make_shared<MapLayer>();
    layer->geometry = std::move(g);
    layer->style.fill = Qt::transparent;
    layer->style.stroke = stroke;
    layer->style.strokeWidth = width;
    return layer;
}

// How much darker than white the pixels of column x (rows y0 to y1) are, summed.
int inkAcross(const QImage &image, int x, int y0, int y1)
{
    int ink = 0;
    for (int y = y0; y <= y1; ++y)
        ink += 255 - image.pixelColor(x, y).red();
    return ink;
}

} // namespace

TEST_CASE("A boundary two areas share is stroked once, and whole when one area is drawn alone",
          "[render]")
{
    // Two squares side by side: the left one's right side is the right one's left side.
    const auto g = squareGrid(2, 10);
    REQUIRE(g->featureCount() == 4);
    REQUIRE(g->sharesEdges());
    // The first square owns all its 40 segments; the second (east of it) shares its west side,
    // the third (north) its south side, the fourth both.
    const auto ownSegments = [&](std::uint32_t r) {
        std::uint32_t count = 0;
        for (std::uint32_t i = g->outlineRunStart[r]; i < g->outlineRunStart[r + 1]; ++i)
            count += g->outlineRuns[i].second - g->outlineRuns[i].first;
        return count;
    };
    CHECK(g->ringWhole(0));
    CHECK(ownSegments(0) == 40);
    CHECK_FALSE(g->ringWhole(1));
    CHECK(ownSegments(1) == 30);
    CHECK(ownSegments(2) == 30);
    CHECK(ownSegments(3) == 20);

    // A translucent hairline: the shared sides as dark as the outer ones (stroked twice, they
    // were half as dark again).
    RenderSettings settings;
    settings.viewport = Viewport(100, 100, 1, QSize(240, 240)); // a square spans 100 px
    settings.background = Qt::white;
    settings.labels = false;
    const QImage image
        = MapRenderer::render({outlined(g, QColor(0, 0, 0, 128), 0.8)}, settings).image;
    // Rows across the horizontal sides at x = 70 (in the first square): y = 0 m (outer, at
    // row 220), 100 m (shared, row 120), 200 m (outer, row 20).
    const int outer = inkAcross(image, 70, 214, 226), shared = inkAcross(image, 70, 114, 126);
    CHECK(outer > 40);
    CHECK(shared == Approx(outer).epsilon(0.15));
    CHECK(inkAcross(image, 70, 14, 26) == Approx(outer).epsilon(0.15));

    // The fourth square alone (as print draws the page's own area): its shared sides too.
    QImage alone(settings.viewport.size(), QImage::Format_ARGB32_Premultiplied);
    alone.fill(Qt::white);
    {
        QPainter p(&alone);
        p.setRenderHint(QPainter::Antialiasing);
        MapRenderer::drawFeatures(p, settings.viewport, *outlined(g, Qt::black, 1.0), {3}, false,
                                  nullptr);
    }
    CHECK(inkAcross(alone, 170, 114, 126) > 100); // its south side, shared with the second
    CHECK(inkAcross(alone, 170, 14, 26) > 100);   // its north side
    CHECK(inkAcross(alone, 70, 114, 126) == 0);   // the first square is not drawn
}

TEST_CASE("A large layer's level of detail draws what its every vertex draws", "[render]")
{
    // 144 squares with a vertex every 25 cm: 230,000 vertices.
    const auto g = squareGrid(12, 400);
    REQUIRE(g->xy.size() / 2 == 144 * 1601);
    REQUIRE_FALSE(g->levels.empty());
    const LayerGeometry &level = *g->levels.front();
    CHECK(level.featureCount() == 144);
    CHECK(level.xy.size() < g->xy.size() / 2);
    // Neighbours still share their snapped sides: 312 of the 576 sides are stroked.
    REQUIRE(level.sharesEdges());
    std::size_t own = 0;
    for (const auto &[first, last] : level.outlineRuns)
        own += last - first;
    const std::size_t segments = level.xy.size() / 2 - (level.ringStart.size() - 1);
    CHECK(double(own) / double(segments) == Approx(312.0 / 576).margin(0.02));
    // The coarsest level whose grid is under a quarter pixel, or the whole layer.
    CHECK(&g->atScale(level.gridSize * 4) == &level);
    CHECK(&g->atScale(level.gridSize * 3.9) != &level);
    CHECK(&g->atScale(0.01) == g.get());

    // Drawn at 2.5 m a pixel from the level and from every vertex: the same outlines.
    auto whole = std::make_shared<LayerGeometry>(*g);
    whole->levels.clear();
    RenderSettings settings;
    settings.viewport = Viewport(600, 600, 2.5, QSize(520, 520));
    REQUIRE(&g->atScale(settings.viewport.unitsPerPixel()) != g.get());
    settings.background = Qt::white;
    settings.labels = false;
    const QImage fromLevel
        = MapRenderer::render({outlined(g, QColor(0x33, 0x33, 0x33), 1.0)}, settings).image;
    const QImage fromWhole
        = MapRenderer::render({outlined(whole, QColor(0x33, 0x33, 0x33), 1.0)}, settings).image;
    int inked = 0, differ = 0;
    for (int y = 0; y < fromLevel.height(); ++y)
        for (int x = 0; x < fromLevel.width(); ++x) {
            const int a = fromLevel.pixelColor(x, y).red(), b = fromWhole.pixelColor(x, y).red();
            inked += b < 200;
            // A vertex moves by at most 0.22 px: a pixel's coverage by as much.
            differ += std::abs(a - b) > 64;
        }
    CHECK(inked > 13 * 480); // 13 lines each way, 480 px long
    CHECK(differ < inked / 100);
}

TEST_CASE("Far and NaN coordinates of a broken file still give levels and a frame", "[render]")
{
    auto g = squareGrid(12, 400);
    g->xy[2 * 1000] = 1e300; // a vertex far away (a flipped exponent byte)
    g->xy[2 * 5000 + 1] = std::numeric_limits<double>::quiet_NaN();
    g->xy[2 * 9000] = -std::numeric_limits<double>::infinity();
    g->finish(); // under UBSan: no float-to-integer overflow in the buckets or the grids
    REQUIRE(g->sharesEdges());
    CHECK_FALSE(g->levels.empty());
    RenderSettings settings;
    settings.viewport = Viewport(600, 600, 2.5, QSize(200, 200));
    settings.background = Qt::white;
    settings.labels = false;
    const QImage image
        = MapRenderer::render({outlined(g, QColor(0x33, 0x33, 0x33), 1.0)}, settings).image;
    CHECK(inkAcross(image, 110, 0, 199) > 0); // the squares away from the broken vertices drawn
}
