#include "gis/map/layerdata.h"
#include "gis/map/renderer.h"
#include "gis/map/viewport.h"
#include "tests/support/support.h"

#include <QImage>
#include <QPainter>

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
