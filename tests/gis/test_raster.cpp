// Offline basemaps: GeoTIFF with overviews, MBTiles and GeoPackage tiles linked to a project in
// TUREF / TM36 and warped to it for each frame; the pixels land where the coordinates say.
#include "core/project.h"
#include "gis/crs.h"
#include "gis/io/raster.h"
#include "gis/map/maplayer.h"
#include "gis/map/renderer.h"
#include "tests/support/support.h"

#include <QFile>
#include <QImage>

#include <catch2/catch.hpp>

using namespace geisep;

namespace {

const QColor kRed = test::kRasterWest;
const QColor kBlue = test::kRasterEast;

void writeRaster(const QString &path, const char *driverName, bool georeferenced = true,
                 bool withCrs = true, bool overviews = true,
                 const char *const *createOptions = nullptr)
{
    const QString problem
        = test::writeRaster(path, driverName, georeferenced, withCrs, overviews, createOptions);
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
}

QPointF projected(double lon, double lat)
{
    auto ct = CoordinateTransform::create(4326, 5256);
    REQUIRE(ct);
    auto p = ct->apply({lon, lat});
    REQUIRE(p);
    return *p;
}

RenderedFrame renderAround(Project &project, double unitsPerPixel)
{
    auto layers = loadMapLayers(project.db());
    REQUIRE(layers);
    const QPointF centre = projected(37.35, 37.05);
    RenderSettings settings;
    settings.viewport = Viewport(centre.x(), centre.y(), unitsPerPixel, QSize(600, 600));
    settings.background = Qt::white;
    return MapRenderer::render({layers->begin(), layers->end()}, settings);
}

QColor pixelAt(const RenderedFrame &frame, double lon, double lat)
{
    const QPointF map = projected(lon, lat);
    const QPointF px = frame.viewport.toScreen(map.x(), map.y());
    return frame.image.pixelColor(px.toPoint());
}

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

TEST_CASE("A GeoTIFF basemap in degrees is warped to the project CRS", "[raster]")
{
    test::TempDir dir;
    const QString tif = dir.path(QStringLiteral("ortofoto.tif"));
    writeRaster(tif, "GTiff");
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    auto id = addBasemap(*project, tif);
    REQUIRE(id);
    const QList<LayerInfo> layers = project->layers();
    REQUIRE(layers.size() == 1);
    CHECK(layers[0].name == u"ortofoto");
    CHECK(layers[0].role == LayerRole::Basemap);
    CHECK(layers[0].isRaster);

    auto opened = RasterSource::open(tif, projectCrsWkt(project->db()));
    REQUIRE(opened);
    CHECK(opened->info().overviews == 3);
    CHECK(opened->info().width == 1000);
    // The extent in TM36 metres holds the corners' projections.
    // The extent in TM36 metres is the box of the projected corners (a little more: the edges
    // bow under the projection), not the box of two of them.
    Envelope corners{1e300, 1e300, -1e300, -1e300};
    for (const QPointF c : {projected(37.30, 37.00), projected(37.40, 37.00),
                            projected(37.30, 37.10), projected(37.40, 37.10)}) {
        corners.minX = std::min(corners.minX, c.x()), corners.maxX = std::max(corners.maxX, c.x());
        corners.minY = std::min(corners.minY, c.y()), corners.maxY = std::max(corners.maxY, c.y());
    }
    const Envelope &e = opened->info().extent;
    CHECK(e.minX == Approx(corners.minX).margin(20));
    CHECK(e.maxX == Approx(corners.maxX).margin(20));
    CHECK(e.minY == Approx(corners.minY).margin(20));
    CHECK(e.maxY == Approx(corners.maxY).margin(20));

    // 25 m a pixel: the raster (about 8.9 km wide) fills the middle of the frame.
    RenderedFrame frame = renderAround(*project, 25);
    REQUIRE_FALSE(frame.image.isNull());
    CHECK(near(pixelAt(frame, 37.32, 37.05), kRed));
    CHECK(near(pixelAt(frame, 37.38, 37.05), kBlue));
    CHECK(near(pixelAt(frame, 37.33, 37.09), kRed));
    // The seam at 37.35° E lies where the projection puts it, within a pixel or two.
    CHECK(near(pixelAt(frame, 37.3495, 37.05), kRed, 60));
    CHECK(near(pixelAt(frame, 37.3505, 37.05), kBlue, 60));
    // Outside the raster: the background.
    CHECK(pixelAt(frame, 37.43, 37.05) == QColor(Qt::white));
    CHECK(pixelAt(frame, 37.35, 37.115) == QColor(Qt::white));

    // Zoomed far out, drawn from an overview: still red in the west and blue in the east.
    RenderedFrame far = renderAround(*project, 200);
    CHECK(near(pixelAt(far, 37.31, 37.05), kRed));
    CHECK(near(pixelAt(far, 37.39, 37.05), kBlue));

    // Half opacity: half the red over the white background.
    REQUIRE(project->setLayerOpacity(*id, 0.5));
    RenderedFrame half = renderAround(*project, 25);
    CHECK(near(pixelAt(half, 37.32, 37.05), QColor(238, 143, 143), 3));
}

TEST_CASE("MBTiles and GeoPackage tiles are basemaps too", "[raster]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));

    const QString mbtiles = dir.path(QStringLiteral("topo.mbtiles"));
    const char *const mbOptions[] = {"TILE_FORMAT=PNG", nullptr};
    writeRaster(mbtiles, "MBTiles", true, true, false, mbOptions);
    auto mb = addBasemap(*project, mbtiles, QStringLiteral("Topoğrafya"));
    REQUIRE(mb);
    RenderedFrame frame = renderAround(*project, 25);
    CHECK(near(pixelAt(frame, 37.32, 37.05), kRed));
    CHECK(near(pixelAt(frame, 37.38, 37.05), kBlue));
    REQUIRE(project->setLayerRemoved(*mb, true));

    const QString tiles = dir.path(QStringLiteral("altlik.gpkg"));
    const char *const gpkgOptions[] = {"RASTER_TABLE=ortofoto", "TILE_FORMAT=PNG", nullptr};
    writeRaster(tiles, "GPKG", true, true, false, gpkgOptions);
    auto gp = addBasemap(*project, tiles);
    REQUIRE(gp);
    CHECK(project->layers()[0].name == u"altlik");
    frame = renderAround(*project, 25);
    CHECK(near(pixelAt(frame, 37.32, 37.05), kRed));
    CHECK(near(pixelAt(frame, 37.38, 37.05), kBlue));

    // A GeoPackage with two tile tables: the message names them and how to choose.
    const char *const second[]
        = {"RASTER_TABLE=ikinci", "APPEND_SUBDATASET=YES", "TILE_FORMAT=PNG", nullptr};
    writeRaster(tiles, "GPKG", true, true, false, second);
    auto two = addBasemap(*project, tiles);
    REQUIRE_FALSE(two);
    CHECK(two.error().message.contains(QStringLiteral("ikinci")));
    CHECK(two.error().hint.contains(QStringLiteral("GPKG:")));
    auto chosen = addBasemap(*project, QStringLiteral("GPKG:%1:ikinci").arg(tiles));
    REQUIRE(chosen);
    CHECK(project->layers()[0].name == u"ikinci");
}

TEST_CASE("Rasters that cannot be placed are refused and change nothing", "[raster]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));

    const QString plain = dir.path(QStringLiteral("tarama.tif"));
    writeRaster(plain, "GTiff", false, false, false);
    auto a = addBasemap(*project, plain);
    REQUIRE_FALSE(a);
    CHECK(a.error().message.contains(QStringLiteral("georeferencing")));
    CHECK(a.error().file == plain);

    const QString noCrs = dir.path(QStringLiteral("crs-yok.tif"));
    writeRaster(noCrs, "GTiff", true, false, false);
    auto b = addBasemap(*project, noCrs);
    REQUIRE_FALSE(b);
    CHECK(b.error().message.contains(QStringLiteral("coordinate reference system")));
    CHECK(b.error().hint.contains(QStringLiteral("EPSG")));

    const QString broken = dir.path(QStringLiteral("bozuk.tif"));
    QFile f(broken);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("II*\0 this is not a TIFF after all", 34);
    f.close();
    auto c = addBasemap(*project, broken);
    REQUIRE_FALSE(c);
    CHECK(c.error().file == broken);

    auto d = addBasemap(*project, dir.path(QStringLiteral("yok.tif")));
    REQUIRE_FALSE(d);
    CHECK(project->layers().isEmpty());
}

TEST_CASE("A basemap that moved with the project is found beside it", "[raster]")
{
    test::TempDir dir;
    QDir().mkpath(dir.path(QStringLiteral("eski")));
    QDir().mkpath(dir.path(QStringLiteral("yeni")));
    const QString tif = dir.path(QStringLiteral("eski/ortofoto.tif"));
    writeRaster(tif, "GTiff", true, true, false);
    const QString projectPath = dir.path(QStringLiteral("yeni/p.gpkg"));
    auto project = test::newProject(projectPath);
    REQUIRE(addBasemap(*project, tif));

    REQUIRE(QFile::rename(tif, dir.path(QStringLiteral("yeni/ortofoto.tif"))));
    RenderedFrame frame = renderAround(*project, 25);
    CHECK(near(pixelAt(frame, 37.32, 37.05), kRed));

    // Gone everywhere: the layer stays, says why, and is not drawn.
    REQUIRE(QFile::remove(dir.path(QStringLiteral("yeni/ortofoto.tif"))));
    auto layers = loadMapLayers(project->db());
    REQUIRE(layers);
    REQUIRE(layers->size() == 1);
    CHECK_FALSE(layers->front()->problem.isEmpty());
    CHECK_FALSE(layers->front()->raster);
    frame = renderAround(*project, 25);
    CHECK(pixelAt(frame, 37.32, 37.05) == QColor(Qt::white));
}
