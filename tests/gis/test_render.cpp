#include "gis/layerdata.h"
#include "gis/renderer.h"
#include "gis/viewport.h"
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
    auto layer
        = loadLayerGeometry(db, QStringLiteral("kare"), 1, QStringLiteral("muhtar_district"));
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
