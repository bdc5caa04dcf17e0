// The map below the window: spatial index, classification, styles, label placement and the
// pixels the renderer draws for the real Şahinbey mahalle.
#include "core/areasearch.h"
#include "core/plan/plan.h"
#include "core/project.h"
#include "core/text/turkish.h"
#include "gis/geos.h"
#include "gis/map/maplayer.h"
#include "gis/map/renderer.h"
#include "gis/map/style.h"
#include "tests/support/support.h"

#include <QFile>
#include <QImage>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

#include <algorithm>
#include <geos_c.h>

#include <cmath>

using namespace geisep;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

// Şahinbey's mahalle with their 2023 populations and the Gaziantep districts, built once
// through the CLI as a planner would.
QString shahinbeyProject()
{
    static test::TempDir dir;
    static QString path;
    if (!path.isEmpty())
        return path;
    const QString p = dir.path(QStringLiteral("sahinbey.gpkg"));
    auto run = [](const QStringList &args) {
        const auto r = test::runCli(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    };
    run({QStringLiteral("new"), p, QStringLiteral("--name"), QStringLiteral("Şahinbey"),
         QStringLiteral("--crs"), QStringLiteral("EPSG:5256")});
    run({QStringLiteral("import"), p, test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz")),
         QStringLiteral("--role"), QStringLiteral("reference"), QStringLiteral("--as"),
         QStringLiteral("İlçeler"), QStringLiteral("--where"), QStringLiteral("cityId = 27")});
    run({QStringLiteral("import"), p, test::dataFile(QStringLiteral("tr_4prov_mahalle.geojson.gz")),
         QStringLiteral("--role"), QStringLiteral("muhtar_district"), QStringLiteral("--as"),
         QStringLiteral("Mahalleler"), QStringLiteral("--where"), QStringLiteral("townId = 343"),
         QStringLiteral("--districts"), QStringLiteral("İlçeler")});
    run({QStringLiteral("figures"), p,
         test::dataFile(QStringLiteral("tr_4prov_mahalle_nufus_2023.csv")),
         QStringLiteral("--layer"), QStringLiteral("Mahalleler"), QStringLiteral("--period"),
         QStringLiteral("2023"), QStringLiteral("--map"), QStringLiteral("nufus_2023=population"),
         QStringLiteral("--match"), QStringLiteral("il,ilce,mahalle")});
    path = p;
    return path;
}

std::shared_ptr<MapLayer> layerNamed(std::vector<std::shared_ptr<MapLayer>> &layers,
                                     const QString &name)
{
    for (auto &l : layers)
        if (l->name == name)
            return l;
    FAIL("no layer " << name.toStdString());
    return nullptr;
}

QPointF pointOnSurface(Database &db, const QString &table, qint64 fid)
{
    auto stmt = db.prepareWith("SELECT geom FROM %1 WHERE fid = ?", {*Identifier::make(table)});
    REQUIRE(stmt);
    stmt->bind(1, fid);
    REQUIRE(stmt->step().value());
    const QByteArray blob = stmt->blob(0);
    geos::GeometryPtr g = geos::fromWkb(blob.mid(gpkg::decodeHeader(blob)->wkbOffset));
    geos::GeometryPtr inside(GEOSPointOnSurface_r(geos::context(), g.get()));
    double x = 0, y = 0;
    GEOSGeomGetX_r(geos::context(), inside.get(), &x);
    GEOSGeomGetY_r(geos::context(), inside.get(), &y);
    return {x, y};
}

} // namespace

TEST_CASE("The packed R-tree returns exactly the boxes a full scan finds", "[map][index]")
{
    auto project = Project::open(shahinbeyProject(), Project::Access::ReadOnly);
    REQUIRE(project);
    auto layers = loadMapLayers((*project)->db());
    REQUIRE(layers);
    const LayerGeometry &g = *layerNamed(*layers, QStringLiteral("Mahalleler"))->geometry;
    REQUIRE(g.featureCount() > 100);
    QRandomGenerator rng(42);
    for (int i = 0; i < 200; ++i) {
        const double w = g.extent.width() * rng.bounded(0.3),
                     h = g.extent.height() * rng.bounded(0.3);
        const double x = g.extent.minX + rng.bounded(1.0) * g.extent.width();
        const double y = g.extent.minY + rng.bounded(1.0) * g.extent.height();
        const Envelope probe{x, y, x + w, y + h};
        std::vector<std::uint32_t> expected;
        for (std::size_t f = 0; f < g.featureCount(); ++f)
            if (g.boxes[f].intersects(probe))
                expected.push_back(std::uint32_t(f));
        REQUIRE(g.index.query(probe) == expected);
    }
}

TEST_CASE("Class breaks: equal interval, quantile and Jenks on worked numbers", "[map][style]")
{
    using M = LayerStyle::Method;
    const std::vector<double> ten = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    CHECK(classBreaks(ten, M::EqualInterval, 5) == std::vector<double>{0, 2, 4, 6, 8, 10});

    std::vector<double> hundred;
    for (int i = 1; i <= 100; ++i)
        hundred.push_back(i);
    const auto q = classBreaks(hundred, M::Quantile, 4);
    REQUIRE(q.size() == 5);
    CHECK_THAT(q[1], WithinAbs(25.75, 1e-9)); // R type 7 quartiles of 1..100
    CHECK_THAT(q[2], WithinAbs(50.5, 1e-9));
    CHECK_THAT(q[3], WithinAbs(75.25, 1e-9));

    // Three clear clusters: natural breaks fall between them.
    const std::vector<double> clusters = {1, 2, 3, 10, 11, 12, 50, 51, 52, std::nan("")};
    CHECK(classBreaks(clusters, M::Jenks, 3) == std::vector<double>{1, 3, 12, 52});
    CHECK(classOf(3, {1, 3, 12, 52}) == 0); // a value on a break belongs to the class below
    CHECK(classOf(3.5, {1, 3, 12, 52}) == 1);
    CHECK(classOf(52, {1, 3, 12, 52}) == 2);
    CHECK(classOf(53, {1, 3, 12, 52}) == -1);
    CHECK(classOf(std::nan(""), {1, 3, 12, 52}) == -1);
    // Fewer distinct values than classes: fewer classes, no empty ones.
    CHECK(classBreaks({5, 5, 7, 7}, M::Quantile, 5) == std::vector<double>{5, 5.4, 6.6, 7});

    const auto ramp = rampColors(QStringLiteral("YlOrRd"), 5);
    REQUIRE(ramp.size() == 5);
    for (std::size_t i = 1; i < ramp.size(); ++i) // light to dark
        CHECK(ramp[i].lightnessF() < ramp[i - 1].lightnessF());
}

TEST_CASE("A style survives its JSON form", "[map][style]")
{
    LayerStyle s = LayerStyle::forRole(LayerRole::Infrastructure);
    s.minScale = 1000;
    s.maxScale = 250000;
    s.labelField = QStringLiteral("field.ad");
    CHECK(LayerStyle::fromJson(s.toJson()) == s);
    LayerStyle g = LayerStyle::forRole(LayerRole::MigrantArea);
    g.method = LayerStyle::Method::Quantile;
    g.classes = 7;
    g.ramp = QStringLiteral("viridis");
    CHECK(LayerStyle::fromJson(g.toJson()) == g);
    CHECK(g.visibleAtScale(5e6));
    CHECK_FALSE(s.visibleAtScale(5e5));
    CHECK(s.visibleAtScale(5e4));
}

TEST_CASE("Area and interior point of a polygon with a hole", "[map]")
{
    LayerGeometry g;
    g.kind = LayerGeometry::Kind::Polygons;
    // 1 km square, with a 400 m hole drawn the same way round (orientation must not matter).
    g.xy = {0,   0,   1000, 0,   1000, 1000, 0,   1000, 0,   0,
            300, 300, 700,  300, 700,  700,  300, 700,  300, 300};
    g.ringStart = {0, 5, 10};
    g.featureStart = {0, 2};
    g.boxes = {Envelope{0, 0, 1000, 1000}};
    g.fids = {1};
    g.finish();
    CHECK_THAT(featureArea(g, 0), WithinAbs(1000.0 * 1000 - 400.0 * 400, 1e-6));
    const QPointF p = g.labelPoints[0];
    const bool inHole = p.x() > 300 && p.x() < 700 && p.y() > 300 && p.y() < 700;
    CHECK_FALSE(inHole);
    CHECK(featureAt(g, p.x(), p.y(), 0).has_value());
    CHECK_FALSE(featureAt(g, 500, 500, 0).has_value()); // the hole
    CHECK(featuresIntersecting(g, {{450, 450}, {550, 450}, {550, 550}, {450, 550}}).empty());
    CHECK(featuresIntersecting(g, {{650, 650}, {750, 650}, {750, 750}, {650, 750}}).size() == 1);
}

TEST_CASE("The choropleth colour at a mahalle's interior is its class colour", "[map][render]")
{
    auto project = Project::open(shahinbeyProject(), Project::Access::ReadOnly);
    REQUIRE(project);
    Database &db = (*project)->db();
    auto layers = loadMapLayers(db);
    REQUIRE(layers);
    auto mahalle = layerNamed(*layers, QStringLiteral("Mahalleler"));
    LayerStyle style = LayerStyle::forRole(LayerRole::MuhtarDistrict);
    style.kind = LayerStyle::Kind::Graduated;
    style.field = QStringLiteral("figure.population");
    style.method = LayerStyle::Method::Quantile;
    style.classes = 5;
    style.fill = Qt::transparent;
    REQUIRE(applyStyle(db, *mahalle, style));
    REQUIRE(mahalle->breaks.size() == 6);

    RenderSettings settings;
    settings.labels = false; // labels sit on interior points
    settings.viewport.setSize(QSize(1200, 900));
    settings.viewport.zoomToExtent(mahalle->geometry->extent);
    const std::vector<std::shared_ptr<const MapLayer>> drawn = {mahalle};
    const QImage image = MapRenderer::render(drawn, settings).image;

    // Every mahalle big enough to hold a 5×5 block: the block around its GEOS point on surface
    // has the colour of its class (or no-data grey).
    auto areas = db.prepare("SELECT a.fid, a.name FROM geisep_areas a JOIN geisep_layers l ON "
                            "l.id = a.layer_id WHERE l.name = 'Mahalleler' ORDER BY fid");
    REQUIRE(areas);
    int checked = 0;
    while (areas->step().value()) {
        const qint64 fid = areas->int64(0);
        const auto f = mahalle->geometry->indexOfFid(fid);
        REQUIRE(f);
        const Envelope &box = mahalle->geometry->boxes[*f];
        if (box.width() / settings.viewport.unitsPerPixel() < 40
            || box.height() / settings.viewport.unitsPerPixel() < 40)
            continue;
        const QPointF at = settings.viewport.toScreen(pointOnSurface(db, mahalle->table, fid).x(),
                                                      pointOnSurface(db, mahalle->table, fid).y());
        const QColor expected = mahalle->featureColor(*f);
        INFO(areas->text(1).toStdString() << " at " << at.x() << "," << at.y());
        CHECK(image.pixelColor(at.toPoint()).rgb() == expected.rgb());
        ++checked;
    }
    CHECK(checked >= 20);
}

TEST_CASE("Labels: a large mahalle has its label, and no two labels overlap", "[map][labels]")
{
    auto project = Project::open(shahinbeyProject(), Project::Access::ReadOnly);
    REQUIRE(project);
    auto layers = loadMapLayers((*project)->db());
    REQUIRE(layers);
    auto mahalle = layerNamed(*layers, QStringLiteral("Mahalleler"));
    REQUIRE(mahalle->style.labelField == u"area.name"); // the default for muhtar districts
    RenderSettings settings;
    settings.viewport.setSize(QSize(1600, 1000));
    settings.viewport.zoomToExtent(mahalle->geometry->extent);
    settings.background = Qt::white;
    const std::vector<std::shared_ptr<const MapLayer>> drawn(layers->begin(), layers->end());
    const RenderedFrame frame = MapRenderer::render(drawn, settings);
    REQUIRE(frame.labels.size() >= 10);
    for (std::size_t i = 0; i < frame.labels.size(); ++i)
        for (std::size_t j = i + 1; j < frame.labels.size(); ++j) {
            INFO(frame.labels[i].text.toStdString() << " / " << frame.labels[j].text.toStdString());
            CHECK_FALSE(frame.labels[i].rect.intersects(frame.labels[j].rect));
        }
    // The largest mahalle wholly in view gets its name, with Turkish letters, in its place.
    const LayerGeometry &g = *mahalle->geometry;
    std::size_t largest = 0;
    for (std::size_t f = 1; f < g.featureCount(); ++f)
        if (featureArea(g, f) > featureArea(g, largest))
            largest = f;
    const auto placed = std::find_if(frame.labels.begin(), frame.labels.end(),
                                     [&](const PlacedLabel &l) { return l.feature == largest; });
    REQUIRE(placed != frame.labels.end());
    CHECK(placed->text == mahalle->labels[largest]);
    const QPointF anchor
        = settings.viewport.toScreen(g.labelPoints[largest].x(), g.labelPoints[largest].y());
    CHECK(placed->rect.contains(anchor));
    // Dark text pixels inside the label's box.
    int dark = 0;
    const QRect r = placed->rect.toAlignedRect() & frame.image.rect();
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            dark += qGray(frame.image.pixel(x, y)) < 80 ? 1 : 0;
    CHECK(dark > 20);
}

TEST_CASE("Point labels sit beside their markers, clear of each other", "[map][labels]")
{
    test::TempDir dir;
    const QString geojson = dir.path(QStringLiteral("okullar.geojson"));
    QFile f(geojson);
    REQUIRE(f.open(QIODevice::WriteOnly));
    // Three schools in Şahinbey; the last two 20 m apart, so one label must give way.
    f.write(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"ad":"Şehit Öğretmen İlkokulu","tur":"school"},"geometry":{"type":"Point","coordinates":[37.37,37.05]}},
{"type":"Feature","properties":{"ad":"Çağdaş Ortaokulu","tur":"school"},"geometry":{"type":"Point","coordinates":[37.40,37.03]}},
{"type":"Feature","properties":{"ad":"Gündoğdu Lisesi","tur":"school"},"geometry":{"type":"Point","coordinates":[37.4002,37.0301]}}]})");
    f.close();
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("P"),
                      QStringLiteral("--crs"), QStringLiteral("EPSG:5256")},
          QStringList{QStringLiteral("import"), path, geojson, QStringLiteral("--role"),
                      QStringLiteral("infrastructure"), QStringLiteral("--service-field"),
                      QStringLiteral("tur"), QStringLiteral("--as"), QStringLiteral("Okullar")}}) {
        const auto r = test::runCli(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    auto project = Project::open(path);
    REQUIRE(project);
    auto layers = loadMapLayers((*project)->db());
    REQUIRE(layers);
    auto schools = layerNamed(*layers, QStringLiteral("Okullar"));
    LayerStyle style = schools->style;
    style.labelField = QStringLiteral("field.ad");
    REQUIRE(applyStyle((*project)->db(), *schools, style));
    Viewport vp;
    vp.setSize(QSize(800, 600));
    vp.zoomToExtent(schools->geometry->extent, 150);
    const std::vector<std::shared_ptr<const MapLayer>> drawn(layers->begin(), layers->end());
    const auto labels = MapRenderer::placeLabels(drawn, vp);
    REQUIRE(labels.size() == 2);
    CHECK(labels[0].text == QStringLiteral("Şehit Öğretmen İlkokulu"));
    CHECK(labels[1].text == QStringLiteral("Çağdaş Ortaokulu"));
    CHECK_FALSE(labels[0].rect.intersects(labels[1].rect));
    for (const PlacedLabel &label : labels) {
        const LayerGeometry &g = *schools->geometry;
        const std::size_t first = g.ringStart[g.featureStart[label.feature]];
        const QPointF at = vp.toScreen(g.xy[2 * first], g.xy[2 * first + 1]);
        // Right of the marker, its middle level with the point.
        CHECK(label.rect.left() > at.x() + style.pointSize / 2);
        CHECK(label.rect.center().y() == Approx(at.y()).margin(1.0));
    }
}

TEST_CASE("geisep-cli render writes the frame and times it", "[map][cli]")
{
    test::TempDir dir;
    const QString out = dir.path(QStringLiteral("map.png"));
    auto r = test::runCli({QStringLiteral("render"), shahinbeyProject(), QStringLiteral("-o"), out,
                           QStringLiteral("--size"), QStringLiteral("800x600"),
                           QStringLiteral("--zoom-to"), QStringLiteral("Mahalleler"),
                           QStringLiteral("--repeat"), QStringLiteral("3")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("median of 3")));
    const QImage image(out);
    REQUIRE(image.size() == QSize(800, 600));
    int drawn = 0; // outlines and labels over the background
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            drawn += image.pixelColor(x, y) != QColor(0xf4, 0xf1, 0xea) ? 1 : 0;
    CHECK(drawn > 800 * 600 / 4 / 50);

    r = test::runCli({QStringLiteral("render"), shahinbeyProject(), QStringLiteral("-o"), out,
                      QStringLiteral("--size"), QStringLiteral("big")});
    CHECK(r.exitCode == 2);
    r = test::runCli({QStringLiteral("render"), shahinbeyProject(), QStringLiteral("-o"), out,
                      QStringLiteral("--layers"), QStringLiteral("Yok")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("Mahalleler")));
}

TEST_CASE("Search finds a mahalle in any spelling", "[map][search]")
{
    auto project = Project::open(shahinbeyProject(), Project::Access::ReadOnly);
    REQUIRE(project);
    for (const char *query : {"inonu", "İNÖNÜ", "Inönü Mh", "INONU MAHALLESI"}) {
        auto found = searchAreas((*project)->db(), QString::fromUtf8(query));
        REQUIRE(found);
        INFO(query);
        REQUIRE_FALSE(found->empty());
        CHECK(found->front().name == QStringLiteral("İnönü Mh."));
        CHECK(found->front().district == QStringLiteral("Şahinbey"));
    }
    auto two = searchAreas((*project)->db(), QStringLiteral("inonu sahinbey"));
    REQUIRE(two);
    CHECK_FALSE(two->empty());
    auto none = searchAreas((*project)->db(), QStringLiteral("zzzq"));
    REQUIRE(none);
    CHECK(none->empty());

    // A district's name offers the district first, as a whole (issue 15): all its mahalle.
    const qint64 inDistrict = (*project)
                                  ->db()
                                  .queryInt("SELECT count(*) FROM geisep_areas WHERE district = "
                                            "'Şahinbey'")
                                  .value();
    REQUIRE(inDistrict > 100);
    for (const char *query : {"sahinbey", "ŞAHİNBEY", "şahin"}) {
        INFO(query);
        auto district = searchAreas((*project)->db(), QString::fromUtf8(query));
        REQUIRE(district);
        REQUIRE_FALSE(district->empty());
        CHECK(district->front().isDistrict);
        CHECK(district->front().name == u"Şahinbey");
        CHECK(qint64(district->front().fids.size()) == inDistrict);
        CHECK(std::count_if(district->begin(), district->end(),
                            [](const AreaMatch &m) { return m.isDistrict; })
              == 1);
    }
    // A mahalle's name offers no district.
    CHECK_FALSE(searchAreas((*project)->db(), QStringLiteral("inonu")).value().front().isDistrict);
}

TEST_CASE("The plan map views colour areas by goals reaching them and by unplanned need",
          "[map][plan]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("plan.gpkg"));
    REQUIRE(QFile::copy(shahinbeyProject(), path));
    auto project = Project::open(path);
    REQUIRE(project);
    Database &db = (*project)->db();
    PlanStore plan(db);
    auto area = [&](const char *name) {
        auto stmt = db.prepare("SELECT id, fid FROM geisep_areas WHERE name_folded = ?");
        stmt->bind(1, foldTurkish(QString::fromUtf8(name)));
        REQUIRE(stmt->step().value());
        return std::pair{stmt->int64(0), stmt->int64(1)};
    };
    const auto [inonu, inonuFid] = area("İnönü");
    const auto [karatas, karatasFid] = area("Karataş");
    const auto [beyazlar, beyazlarFid] = area("Beyazlar");
    REQUIRE(db.exec("INSERT OR IGNORE INTO geisep_variables (code, name_tr, sensitive) VALUES "
                    "('migrant_population', 'Göçmen nüfus', 1)"));
    // Migrant shares of 30 %, 25 % and 2 % of the 2023 population.
    for (auto [id, share] : {std::pair{inonu, 0.30}, {karatas, 0.25}, {beyazlar, 0.02}}) {
        auto stmt = db.prepare("INSERT INTO geisep_area_figures (area_id, period, variable, "
                               "value) SELECT area_id, 2023, 'migrant_population', value * ? "
                               "FROM geisep_area_figures WHERE area_id = ? AND variable = "
                               "'population'");
        REQUIRE(stmt->bind(1, share).bind(2, id).exec());
        REQUIRE(db.changes() == 1);
    }
    PlanItem goal;
    goal.kind = PlanKind::Goal;
    goal.parentId = 3; // education and health
    goal.titleTr = QStringLiteral("Derslik kapasitesi");
    const qint64 g1 = plan.addItem(goal).value();
    goal.titleTr = QStringLiteral("Sağlık hizmetleri");
    const qint64 g2 = plan.addItem(goal).value();
    PlanItem objective;
    objective.kind = PlanKind::Objective;
    objective.parentId = g2;
    objective.titleTr = QStringLiteral("Göçmen sağlığı merkezi");
    const qint64 o = plan.addItem(objective).value();
    PlanItem action;
    action.kind = PlanKind::Action;
    action.parentId = o;
    action.titleTr = QStringLiteral("Karataş'ta merkez açılması");
    const qint64 a = plan.addItem(action).value();
    REQUIRE(plan.linkAreas({inonu, karatas}, PlanKind::Goal, g1, QStringLiteral("high"), {}));
    REQUIRE(plan.linkAreas({karatas}, PlanKind::Action, a, QStringLiteral("high"), {}));

    auto layers = loadMapLayers(db);
    REQUIRE(layers);
    auto mahalle = layerNamed(*layers, QStringLiteral("Mahalleler"));
    const LayerGeometry &g = *mahalle->geometry;
    REQUIRE(
        applyStyle(db, *mahalle, planGoalsStyle(mahalle->style, QStringLiteral("EDU_HEALTH"), 2)));
    CHECK(mahalle->klass[*g.indexOfFid(karatasFid)] == 2); // two goals
    CHECK(mahalle->klass[*g.indexOfFid(inonuFid)] == 1);
    CHECK(mahalle->klass[*g.indexOfFid(beyazlarFid)] == 0);
    int none = 0;
    for (auto k : mahalle->klass)
        none += k == 0;
    CHECK(none == int(g.featureCount()) - 2);
    REQUIRE(applyStyle(db, *mahalle, planGoalsStyle(mahalle->style, QStringLiteral("HOUSING"), 2)));
    CHECK(mahalle->klass[*g.indexOfFid(karatasFid)] == 0);

    // Shares of 30 and 25 % are above a 20 % threshold: İnönü has no action, Karataş has.
    REQUIRE(applyStyle(db, *mahalle, unplannedStyle(mahalle->style, 20)));
    CHECK(mahalle->texts[*g.indexOfFid(inonuFid)] == u"unplanned");
    CHECK(mahalle->texts[*g.indexOfFid(karatasFid)] == u"planned");
    CHECK(mahalle->texts[*g.indexOfFid(beyazlarFid)] == u"below");
    CHECK(mahalle->klass[*g.indexOfFid(inonuFid)] == 0);
    CHECK(mahalle->featureColor(*g.indexOfFid(inonuFid)) == QColor(0xd5, 0x5e, 0x00));
    std::size_t unknown = 0;
    for (const QString &t : mahalle->texts)
        unknown += t.isEmpty();
    CHECK(unknown == g.featureCount() - 3); // no migrant figure elsewhere
    // Drawn: İnönü's interior is the unplanned colour.
    RenderSettings settings;
    settings.labels = false;
    settings.viewport.setSize(QSize(800, 800));
    settings.viewport.zoomToExtent(g.boxes[*g.indexOfFid(inonuFid)]);
    const std::vector<std::shared_ptr<const MapLayer>> drawn = {mahalle};
    const QImage image = MapRenderer::render(drawn, settings).image;
    const QPointF m = pointOnSurface(db, mahalle->table, inonuFid);
    const QPointF p = settings.viewport.toScreen(m.x(), m.y());
    CHECK(image.pixelColor(p.toPoint()) == QColor(0xd5, 0x5e, 0x00));
}
