// Regression tests for the defects an attack on the workbench found (issue 21): hostile project
// contents, hostile arguments and a failing machine. Each runs the real geisep-cli.

#include "app/mainwindow.h"
#include "core/project.h"
#include "core/sqlite.h"
#include "gis/gdalinit.h"
#include "gis/io/importer.h"
#include "tests/app/guards.h"
#include "tests/support/support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <catch2/catch.hpp>
#include <gdal.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace geisep;

namespace {

QString copyOfSample(const test::TempDir &dir, const QString &name = QStringLiteral("s.gpkg"))
{
    const QString path = dir.path(name);
    REQUIRE(QFile::copy(test::samplePath(), path));
    return path;
}

// The files of a folder but the project and its companions.
QStringList outputsIn(const QString &folder)
{
    QStringList out;
    for (const QString &f : QDir(folder).entryList(QDir::Files))
        if (!f.startsWith(QStringLiteral("s.gpkg")))
            out << f;
    return out;
}

} // namespace

TEST_CASE("A full disk while printing or exporting fails, names the file and leaves nothing",
          "[faults][disk]")
{
    struct Case
    {
        const char *what;
        QStringList args; // after the project
        qint64 limit;     // bytes the output may take before the disk is "full"
        QString named;    // the file the message names
    };
    const QList<Case> cases = {
        {"atlas PDF",
         {QStringLiteral("print"), QStringLiteral("PROJECT"), QStringLiteral("--layout"),
          QStringLiteral("Mahalle bilgi kartı"), QStringLiteral("-o"), QStringLiteral("atlas.pdf")},
         1'000'000,
         QStringLiteral("atlas.pdf")},
        {"SVG pages",
         {QStringLiteral("print"), QStringLiteral("PROJECT"), QStringLiteral("--layout"),
          QStringLiteral("Mahalle bilgi kartı"), QStringLiteral("--top"), QStringLiteral("3"),
          QStringLiteral("--no-cover"), QStringLiteral("-o"), QStringLiteral("sayfa.svg")},
         150'000, // the first page fits, the second does not: the first goes too
         QStringLiteral("sayfa-")},
        {"plan CSV",
         {QStringLiteral("plan"), QStringLiteral("export"), QStringLiteral("PROJECT"),
          QStringLiteral("-o"), QStringLiteral("plan.csv")},
         100,
         QStringLiteral("plan.csv")},
        {"GeoJSON",
         {QStringLiteral("export"), QStringLiteral("PROJECT"),
          QStringLiteral("District boundaries (Gaziantep)"), QStringLiteral("-o"),
          QStringLiteral("ilce.geojson")},
         20'000,
         QStringLiteral("ilce.geojson")},
        {"Shapefile",
         {QStringLiteral("export"), QStringLiteral("PROJECT"),
          QStringLiteral("District boundaries (Gaziantep)"), QStringLiteral("-o"),
          QStringLiteral("ilce.shp")},
         20'000,
         QStringLiteral("ilce.")},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            test::TempDir dir;
            const QString project = copyOfSample(dir);
            QStringList args = c.args;
            args.replaceInStrings(QStringLiteral("PROJECT"), project);
            // Output names relative to the test's folder.
            for (QString &a : args)
                if (a.contains(u'.') && !a.contains(u'/') && !a.contains(u' '))
                    a = dir.path(a);
            const auto r = test::runCliWith(
                {QStringLiteral("GEISEP_FAULT_WRITE_LIMIT=%1").arg(c.limit)}, args);
            INFO(r.out.toStdString() << r.err.toStdString());
            CHECK(r.exitCode == 1);
            CHECK(r.err.contains(QStringLiteral("No space left on device")));
            CHECK(r.err.contains(c.named));
            CHECK_FALSE(r.out.contains(QStringLiteral("Wrote")));
            CHECK(outputsIn(dir.path(QString())).isEmpty());
        }
    }
}

TEST_CASE("A real file size limit while printing fails the same way", "[faults][disk]")
{
    // RLIMIT_FSIZE with SIGXFSZ ignored: the kernel refuses the write past the limit (EFBIG),
    // as a full disk would. The sample's atlas PDF is far over 2 MB.
    test::TempDir dir;
    const QString project = copyOfSample(dir);
    const QString pdf = dir.path(QStringLiteral("atlas.pdf"));
    const auto r = test::run(QStringLiteral("/bin/bash"),
                             {QStringLiteral("-c"),
                              QStringLiteral("ulimit -f 2048; trap '' XFSZ; exec \"$@\""),
                              QStringLiteral("bash"), QStringLiteral(GEISEP_CLI),
                              QStringLiteral("print"), project, QStringLiteral("--layout"),
                              QStringLiteral("Mahalle bilgi kartı"), QStringLiteral("-o"), pdf});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("File too large")));
    CHECK(r.err.contains(pdf));
    CHECK(outputsIn(dir.path(QString())).isEmpty());
}

TEST_CASE("Coverage with a long service name runs twice and makes new gap layers",
          "[attack][coverage]")
{
    test::TempDir dir;
    const QString project = copyOfSample(dir);
    const QString csv = dir.path(QStringLiteral("merkezler.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(
            "wkt,ad\n\"POINT (612000 4100000)\",Merkez A\n\"POINT (615000 4103000)\",Merkez B\n");
    }
    const QString service = QStringLiteral("toplum-merkezi-ve-sosyal-hizmet-binasi-uzun");
    REQUIRE(test::runCli({QStringLiteral("import"), project, csv, QStringLiteral("--role"),
                          QStringLiteral("infrastructure"), QStringLiteral("--service"), service,
                          QStringLiteral("--source-crs"), QStringLiteral("EPSG:5256"),
                          QStringLiteral("--as"), QStringLiteral("Toplum merkezleri")})
                .exitCode
            == 0);
    for (int run = 0; run < 2; ++run) {
        // Before the fix the second run spun for ever holding the project's lock.
        const auto r = test::run(
            QStringLiteral(GEISEP_CLI),
            {QStringLiteral("analyze"), QStringLiteral("coverage"), project,
             QStringLiteral("--areas"), QStringLiteral("Mahalle (Şahinbey, Şehitkamil)"),
             QStringLiteral("--facilities"), QStringLiteral("Toplum merkezleri"),
             QStringLiteral("--distance"), service + QStringLiteral("=800")},
            60000);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("1 gap layer(s) added.")));
        // The second run's gaps replace the first's in the layer list (issue 15, point 8).
        CHECK(r.out.contains(QStringLiteral("1 gap layer(s) of earlier runs replaced."))
              == (run == 1));
    }
    auto opened = Project::open(project, Project::Access::ReadOnly);
    REQUIRE(opened);
    const auto tables = (*opened)->db().queryInt(
        "SELECT count(DISTINCT table_name) FROM geisep_layers WHERE table_name LIKE "
        "'gaps_toplum%' AND length(table_name) <= 40");
    // The first run's gap layer was replaced (and, removed, collected when the CLI closed the
    // project): one is left, the newer run's. The sample's own gap layers (another service)
    // stay as they were.
    CHECK(tables.value() == 1);
    CHECK((*opened)
              ->db()
              .queryInt("SELECT count(*) FROM geisep_layers WHERE table_name LIKE "
                        "'gaps_toplum%' AND removed = 0")
              .value()
          == 1);
    CHECK((*opened)
              ->db()
              .queryInt("SELECT max(analysis_run_id) = (SELECT analysis_run_id FROM "
                        "geisep_layers WHERE table_name LIKE 'gaps_toplum%' AND "
                        "removed = 0) FROM geisep_layers")
              .value()
          == 1);
    CHECK((*opened)
              ->db()
              .queryInt("SELECT count(*) FROM geisep_layers WHERE table_name LIKE "
                        "'gaps%' AND table_name NOT LIKE 'gaps_toplum%' AND removed "
                        "= 0")
              .value()
          == 4);
}

TEST_CASE("A mistyped --service-field is refused, naming the fields there are",
          "[attack][coverage]")
{
    test::TempDir dir;
    const QString project = copyOfSample(dir);
    const auto r = test::runCli(
        {QStringLiteral("analyze"), QStringLiteral("coverage"), project, QStringLiteral("--areas"),
         QStringLiteral("Mahalle (Şahinbey, Şehitkamil)"), QStringLiteral("--facilities"),
         QStringLiteral("Sample infrastructure (made-up data)"), QStringLiteral("--service-field"),
         QStringLiteral("school")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("no field \"school\"")));
    CHECK(r.err.contains(QStringLiteral("service")));
    // Nothing was stored: the sample's own coverage run is still the only one.
    auto opened = Project::open(project, Project::Access::ReadOnly);
    REQUIRE(opened);
    CHECK((*opened)
              ->db()
              .queryInt("SELECT count(*) FROM geisep_analysis_runs WHERE kind = "
                        "'coverage'")
              .value()
          == 1);
}

TEST_CASE(
    "A project missing its areas table draws plainly, refuses to print, and validate says why",
    "[attack][damaged]")
{
    test::TempDir dir;
    const QString project = copyOfSample(dir);
    {
        auto db = Database::open(project, Database::Mode::ReadWrite);
        REQUIRE(db);
        REQUIRE(db->exec("PRAGMA foreign_keys = OFF; DROP TABLE geisep_areas;"));
    }
    // The mahalle are styled and labelled by area fields; before, reading them crashed.
    const auto render = test::runCli({QStringLiteral("render"), project, QStringLiteral("-o"),
                                      dir.path(QStringLiteral("harita.png"))});
    INFO(render.err.toStdString());
    CHECK(render.exitCode == 0);
    const auto print = test::runCli({QStringLiteral("print"), project, QStringLiteral("--layout"),
                                     QStringLiteral("Mahalle bilgi kartı"), QStringLiteral("-o"),
                                     dir.path(QStringLiteral("atlas.pdf"))});
    CHECK(print.exitCode == 1);
    CHECK(print.err.contains(QStringLiteral("geisep_areas")));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("atlas.pdf"))));
    const auto validate = test::runCli({QStringLiteral("validate"), project});
    CHECK(validate.exitCode == 3);
    CHECK(validate.out.contains(QStringLiteral("The plan table geisep_areas is missing.")));

    // A district layer whose table name is not one this program writes is refused by name.
    {
        auto db = Database::open(project, Database::Mode::ReadWrite);
        REQUIRE(db);
        REQUIRE(db->exec("UPDATE geisep_layers SET table_name = 'ilçe tablosu; --' WHERE name = "
                         "'District boundaries (Gaziantep)'"));
    }
    const auto import = test::runCli({QStringLiteral("import"), project,
                                      test::dataFile(QStringLiteral("tr_4prov_mahalle.geojson.gz")),
                                      QStringLiteral("--role"), QStringLiteral("muhtar_district"),
                                      QStringLiteral("--where"), QStringLiteral("townId = 343"),
                                      QStringLiteral("--districts"),
                                      QStringLiteral("District boundaries (Gaziantep)")});
    INFO(import.err.toStdString());
    CHECK(import.exitCode == 1);
    CHECK(import.err.contains(QStringLiteral("District boundaries (Gaziantep)")));
}

TEST_CASE("A layout item of a kilometre prints within the page, and validate names it",
          "[attack][layout]")
{
    test::TempDir dir;
    const QString project = copyOfSample(dir);
    {
        auto db = Database::open(project, Database::Mode::ReadWrite);
        REQUIRE(db);
        // The fact sheet's map (its third item) at 1,000 m × 1,000 m.
        REQUIRE(db->exec("UPDATE geisep_layouts SET definition = json_set(definition, "
                         "'$.items[2].rect', json('[0, 0, 1000000, 1000000]')) WHERE name = "
                         "'Mahalle bilgi kartı'"));
    }
    const QString pdf = dir.path(QStringLiteral("atlas.pdf"));
    const auto r
        = test::run(QStringLiteral(GEISEP_CLI),
                    {QStringLiteral("print"), project, QStringLiteral("--layout"),
                     QStringLiteral("Mahalle bilgi kartı"), QStringLiteral("--top"),
                     QStringLiteral("2"), QStringLiteral("--no-cover"), QStringLiteral("-o"), pdf},
                    60000);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(test::run(QStringLiteral("pdfinfo"), {pdf})
              .out.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))));
    const auto validate = test::runCli({QStringLiteral("validate"), project});
    CHECK(validate.exitCode == 3);
    CHECK(validate.out.contains(
        QStringLiteral("\"Mahalle bilgi kartı\" has an item (\"map\") far outside its page")));
}

TEST_CASE("One damaged layout leaves the others usable and is named", "[attack][layout]")
{
    test::TempDir dir;
    const QString project = copyOfSample(dir);
    {
        auto db = Database::open(project, Database::Mode::ReadWrite);
        REQUIRE(db);
        REQUIRE(
            db->exec("UPDATE geisep_layouts SET definition = '{' WHERE name = 'İlçe haritası'"));
    }
    const auto good = test::runCli({QStringLiteral("print"), project, QStringLiteral("--layout"),
                                    QStringLiteral("Mahalle bilgi kartı"), QStringLiteral("--top"),
                                    QStringLiteral("1"), QStringLiteral("--no-cover"),
                                    QStringLiteral("-o"), dir.path(QStringLiteral("bir.pdf"))});
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
    const auto bad = test::runCli({QStringLiteral("print"), project, QStringLiteral("--layout"),
                                   QStringLiteral("İlçe haritası"), QStringLiteral("-o"),
                                   dir.path(QStringLiteral("ilce.pdf"))});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("\"İlçe haritası\" is damaged")));
    const auto validate = test::runCli({QStringLiteral("validate"), project});
    CHECK(validate.exitCode == 3);
    CHECK(validate.out.contains(QStringLiteral("\"İlçe haritası\" is damaged")));
}

TEST_CASE("validate finds damaged geometry and spatial indexes, import refuses deep collections",
          "[attack][validate]")
{
    test::TempDir dir;
    const QString project = copyOfSample(dir);
    {
        auto db = Database::open(project, Database::Mode::ReadWrite);
        REQUIRE(db);
        const QString mahalle = db->queryText("SELECT table_name FROM geisep_layers WHERE role = "
                                              "'muhtar_district'")
                                    .value();
        REQUIRE(mahalle == u"mahalle_sahinbey_sehitkamil");
        // A blob that is no geometry, one cut short, and a district table without its R-tree.
        REQUIRE(
            db->exec("UPDATE mahalle_sahinbey_sehitkamil SET geom = X'00112233' WHERE fid = 3"));
        REQUIRE(db->exec("UPDATE mahalle_sahinbey_sehitkamil SET geom = substr(geom, 1, 60) "
                         "WHERE fid = 5"));
        REQUIRE(db->exec("DROP TRIGGER rtree_sample_infrastructure_made_up_data_geom_update1"));
        REQUIRE(db->exec("DROP TABLE rtree_district_boundaries_gaziantep_geom"));
    }
    const auto validate = test::runCli({QStringLiteral("validate"), project});
    INFO(validate.out.toStdString());
    CHECK(validate.exitCode == 3);
    CHECK(validate.out.contains(
        QStringLiteral("mahalle_sahinbey_sehitkamil has 1 geometries that are not GeoPackage "
                       "geometry blobs (the first is feature 3)")));
    CHECK(validate.out.contains(
        QStringLiteral("mahalle_sahinbey_sehitkamil has 1 geometries that cannot be read")));
    CHECK(validate.out.contains(
        QStringLiteral("rtree_sample_infrastructure_made_up_data_geom_update1")));
    CHECK(validate.out.contains(
        QStringLiteral("district_boundaries_gaziantep has no spatial index")));

    // A KML of collections nested 40 deep: GDAL could not read it back from the project.
    QString inner = QStringLiteral("<Point><coordinates>37.35,37.05</coordinates></Point>");
    for (int i = 0; i < 40; ++i)
        inner = QStringLiteral("<MultiGeometry>") + inner + QStringLiteral("</MultiGeometry>");
    const QString kml = dir.path(QStringLiteral("derin.kml"));
    {
        QFile f(kml);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><kml "
                "xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark><name>Derin</name>"
                + inner.toUtf8() + "</Placemark></Document></kml>");
    }
    const QString fresh = dir.path(QStringLiteral("yeni.gpkg"));
    test::newProject(fresh).reset();
    const auto import = test::runCli({QStringLiteral("import"), fresh, kml,
                                      QStringLiteral("--role"), QStringLiteral("reference")});
    CHECK(import.exitCode == 1);
    CHECK(import.err.contains(QStringLiteral("nests geometry collections more than 31 deep")));
}

namespace {

// A TCP listener on loopback that counts who connected to it: a stand-in for the internet.
class Listener
{
public:
    Listener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        socklen_t size = sizeof address;
        REQUIRE(::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &size) == 0);
        m_port = ntohs(address.sin_port);
        REQUIRE(::listen(m_fd, 16) == 0);
    }
    ~Listener() { ::close(m_fd); }
    QString url(const QString &file) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(QString::number(m_port), file);
    }
    int connections()
    {
        int n = 0;
        for (int c; (c = ::accept(m_fd, nullptr, nullptr)) >= 0; ++n)
            ::close(c);
        return n;
    }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

} // namespace

TEST_CASE("Nothing a project or a file says makes the workbench connect out", "[attack][network]")
{
    Listener internet;
    test::TempDir dir;
    const QString project = copyOfSample(dir);

    // A basemap given as a URL is refused before GDAL sees it.
    const auto add
        = test::runCli({QStringLiteral("import"), project,
                        QStringLiteral("/vsicurl/") + internet.url(QStringLiteral("orto.tif"))});
    CHECK(add.exitCode == 1);
    CHECK(add.err.contains(QStringLiteral("works offline")));

    // A basemap row pointing at the network (written by another program) is not opened: the
    // map draws without it.
    {
        auto db = Database::open(project, Database::Mode::ReadWrite);
        REQUIRE(db);
        auto insert = db->prepare("INSERT INTO geisep_layers (table_name, name, role, kind, "
                                  "source_path, position) VALUES ('orto', 'Ortofoto', 'basemap', "
                                  "'raster', ?, 0)");
        REQUIRE(insert);
        insert->bind(1, QStringLiteral("/vsicurl/") + internet.url(QStringLiteral("orto.tif")));
        REQUIRE(insert->exec());
    }
    const auto render = test::runCli({QStringLiteral("render"), project, QStringLiteral("-o"),
                                      dir.path(QStringLiteral("harita.png"))});
    INFO(render.err.toStdString());
    CHECK(render.exitCode == 0);
    const auto print = test::runCli({QStringLiteral("print"), project, QStringLiteral("--layout"),
                                     QStringLiteral("İlçe haritası"), QStringLiteral("-o"),
                                     dir.path(QStringLiteral("ilce.pdf"))});
    CHECK(print.exitCode == 0);

    // An OGR VRT named .xml (or .vrt) that reads from the network is not imported.
    const QString vrt = dir.path(QStringLiteral("katman.xml"));
    {
        QFile f(vrt);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("<OGRVRTDataSource><OGRVRTLayer name=\"uzak\"><SrcDataSource>/vsicurl/"
                + internet.url(QStringLiteral("uzak.geojson")).toUtf8()
                + "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>");
    }
    for (const QString &name : {vrt, dir.path(QStringLiteral("katman.vrt"))}) {
        QFile::copy(vrt, name);
        const auto import = test::runCli({QStringLiteral("import"), project, name,
                                          QStringLiteral("--role"), QStringLiteral("reference")});
        CHECK(import.exitCode == 1);
    }
    // A raster VRT whose source is on the network, named directly or through a local VRT.
    const QString remoteVrt = dir.path(QStringLiteral("uzak.vrt"));
    {
        QFile f(remoteVrt);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("<VRTDataset rasterXSize=\"10\" rasterYSize=\"10\"><SRS>EPSG:4326</SRS>"
                "<GeoTransform>37.3, 0.01, 0, 37.1, 0, -0.01</GeoTransform>"
                "<VRTRasterBand dataType=\"Byte\" band=\"1\"><SimpleSource>"
                "<SourceFilename relativeToVRT=\"0\">/vsicurl/"
                + internet.url(QStringLiteral("orto.tif")).toUtf8()
                + "</SourceFilename><SourceBand>1</SourceBand></SimpleSource></VRTRasterBand>"
                  "</VRTDataset>");
    }
    const QString localVrt = dir.path(QStringLiteral("yerel.vrt"));
    {
        QFile f(localVrt);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("<VRTDataset rasterXSize=\"10\" rasterYSize=\"10\"><SRS>EPSG:4326</SRS>"
                "<GeoTransform>37.3, 0.01, 0, 37.1, 0, -0.01</GeoTransform>"
                "<VRTRasterBand dataType=\"Byte\" band=\"1\"><SimpleSource>"
                "<SourceFilename relativeToVRT=\"1\">uzak.vrt</SourceFilename>"
                "<SourceBand>1</SourceBand></SimpleSource></VRTRasterBand></VRTDataset>");
    }
    for (const QString &name : {remoteVrt, localVrt}) {
        const auto basemap = test::runCli({QStringLiteral("import"), project, name});
        INFO(basemap.err.toStdString());
        CHECK(basemap.exitCode == 1);
        CHECK(basemap.err.contains(QStringLiteral("not a file on this computer")));
    }
    // A local folder whose name merely starts like a GDAL pseudo-file is a local folder.
    CHECK(refuseRemote(QStringLiteral("/home/planlama/vsimemler/orto.tif")));
    CHECK_FALSE(refuseRemote(QStringLiteral("WMS:http://127.0.0.1/wms")));
    CHECK_FALSE(refuseRemote(QStringLiteral("/vsizip//vsicurl/http://x/a.zip/b.shp")));
    CHECK(refuseRemote(QStringLiteral("/vsizip//home/planlama/veri.zip/mahalle.shp")));
    // The drivers that only talk to web servers are not there at all; local ones are.
    ensureGdal();
    CHECK(GDALGetDriverByName("WMS") == nullptr);
    CHECK(GDALGetDriverByName("WFS") == nullptr);
    CHECK(GDALGetDriverByName("GPKG") != nullptr);
    CHECK(internet.connections() == 0);
}

TEST_CASE("Import says when a file's declared encoding or quotes do not fit its text",
          "[attack][import]")
{
    test::TempDir dir;
    const QString project = dir.path(QStringLiteral("p.gpkg"));
    test::newProject(project).reset();
    auto ogr2ogr = [&](const QString &out, const QString &encoding) {
        REQUIRE(test::run(QStringLiteral("ogr2ogr"),
                          {out, test::gdalDataPath(QStringLiteral("tr_4prov_ilce.geojson.gz")),
                           QStringLiteral("-where"), QStringLiteral("cityId = 27"),
                           QStringLiteral("-select"), QStringLiteral("name"),
                           QStringLiteral("-lco"), QStringLiteral("ENCODING=") + encoding})
                    .exitCode
                == 0);
    };
    auto import = [&](const QString &file) {
        return test::runCli({QStringLiteral("import"), project, file, QStringLiteral("--role"),
                             QStringLiteral("reference")});
    };

    SECTION("a .cpg saying UTF-8 over CP1254 bytes")
    {
        const QString shp = dir.path(QStringLiteral("cp.shp"));
        ogr2ogr(shp, QStringLiteral("CP1254"));
        QFile cpg(dir.path(QStringLiteral("cp.cpg")));
        REQUIRE(cpg.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cpg.write("UTF-8");
        cpg.close();
        const auto r = import(shp);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("it reads as CP1254")));
        CHECK(r.err.contains(QStringLiteral("Şahinbey")));
        CHECK(r.err.contains(QStringLiteral("--encoding CP1254")));
        // The dialog's preview offers CP1254 and shows the names right.
        ImportOptions options;
        options.path = shp;
        auto preview = LayerImporter::preview(options, 20);
        REQUIRE(preview);
        CHECK(preview->conflict);
        CHECK(preview->encoding == u"CP1254");
        QStringList names;
        for (const QStringList &row : preview->rows)
            names << row.value(0);
        CHECK(names.contains(QStringLiteral("Şahinbey")));
        // Told which to use, it imports with Turkish letters intact.
        const auto given = test::runCli({QStringLiteral("import"), project, shp,
                                         QStringLiteral("--role"), QStringLiteral("reference"),
                                         QStringLiteral("--encoding"), QStringLiteral("CP1254")});
        CHECK(given.exitCode == 0);
    }
    SECTION("a DBF code page mark of CP1254 over UTF-8 bytes")
    {
        const QString shp = dir.path(QStringLiteral("u.shp"));
        ogr2ogr(shp, QStringLiteral("UTF-8"));
        QFile::remove(dir.path(QStringLiteral("u.cpg")));
        QFile dbf(dir.path(QStringLiteral("u.dbf")));
        REQUIRE(dbf.open(QIODevice::ReadWrite));
        REQUIRE(dbf.seek(29));
        dbf.write("\xCA", 1); // language driver id 0xCA: Windows 1254
        dbf.close();
        const auto r = import(shp);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("it reads as UTF-8")));
        CHECK(r.err.contains(QStringLiteral("Şahinbey")));
    }
    SECTION("a CSV whose quote swallows the next rows")
    {
        const QString csv = dir.path(QStringLiteral("okullar.csv"));
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("ad,wkt\nOkul A,\"POINT (37.30 37.05)\"\n\"Okul B, POINT (37.31 37.06)\nOkul "
                "C,POINT (37.32 37.07)\nOkul D\",\"POINT (37.33 37.08)\"\n");
        f.close();
        const auto r = test::runCli({QStringLiteral("import"), project, csv,
                                     QStringLiteral("--role"), QStringLiteral("infrastructure"),
                                     QStringLiteral("--service"), QStringLiteral("school"),
                                     QStringLiteral("--source-crs"), QStringLiteral("EPSG:4326")});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("Lines 3 to 5 are read as one row")));
    }
    SECTION("a CSV row whose WKT cannot be read is named by its line")
    {
        const QString csv = dir.path(QStringLiteral("okullar.csv"));
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("ad,wkt\nOkul A,\"POINT (37.30 37.05)\"\nOkul B,\"POLYGON ((37.31\"\nOkul "
                "C,\"POINT (37.32 37.07)\"\n");
        f.close();
        const auto r = test::runCli({QStringLiteral("import"), project, csv,
                                     QStringLiteral("--role"), QStringLiteral("infrastructure"),
                                     QStringLiteral("--service"), QStringLiteral("school"),
                                     QStringLiteral("--source-crs"), QStringLiteral("EPSG:4326")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("written 2")));
        CHECK(r.out.contains(QStringLiteral("row 2 (line 3)")));
        CHECK_FALSE(r.out.contains(QStringLiteral("WKB")));
    }
}

TEST_CASE("A damaged project opens read-only with a banner, and nothing is written to it",
          "[attack][damaged]")
{
    test::TempDir dir;
    const QString project = copyOfSample(dir);
    {
        // One table page overwritten: SQLite still opens the file, its quick check does not pass.
        QFile f(project);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.size() > 4096 * 320);
        REQUIRE(f.seek(4096 * 300 + 100));
        f.write(QByteArray(3000, '\xff'));
    }
    const QByteArray before = test::fileHash(project);
    {
        auto opened = Project::open(project);
        REQUIRE(opened);
        CHECK((*opened)->isDamaged());
        CHECK((*opened)->isReadOnly());
        CHECK((*opened)->readOnlyReason().contains(QStringLiteral("damaged")));
        CHECK_FALSE((*opened)->setMeta(QStringLiteral("name"), QStringLiteral("x")));
    }
    {
        test::MessageCapture messages;
        MainWindow window;
        window.setLanguage(QStringLiteral("en"));
        REQUIRE(window.openProject(project));
        CHECK(window.bannerText().contains(QStringLiteral("damaged")));
        window.closeProject();
    }
    CHECK(test::fileHash(project) == before);

    // The screenshot mode prints what it would have shown and ends; it never waits on a box.
    const auto shot
        = test::run(QStringLiteral(GEISEP_GUI),
                    {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"),
                     dir.path(QStringLiteral("shot.png")), dir.path(QStringLiteral("yok.gpkg"))},
                    60000, {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
    CHECK(shot.exitCode == 0);
    CHECK(shot.err.contains(QStringLiteral("does not exist")));
    CHECK(QFile::exists(dir.path(QStringLiteral("shot.png"))));
}

TEST_CASE("User text with %1 in it stays as typed in names and messages", "[attack][text]")
{
    test::TempDir dir;
    const auto made = test::runCli({QStringLiteral("new"), dir.path(QStringLiteral("p.gpkg")),
                                    QStringLiteral("--name"), QStringLiteral("Proje %4 %3"),
                                    QStringLiteral("--province"), QStringLiteral("Gaziantep")});
    CHECK(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("\"Proje %4 %3\", CRS EPSG:5256")));

    const QString project = copyOfSample(dir);
    const auto printed = test::runCli(
        {QStringLiteral("print"), project, QStringLiteral("--layout"),
         QStringLiteral("Mahalle bilgi kartı"), QStringLiteral("--top"), QStringLiteral("2"),
         QStringLiteral("--no-cover"), QStringLiteral("--dpi"), QStringLiteral("40"),
         QStringLiteral("-o"), dir.path(QStringLiteral("atlas%1.png"))});
    INFO(printed.err.toStdString());
    CHECK(printed.exitCode == 0);
    CHECK(QFile::exists(dir.path(QStringLiteral("atlas%1-001.png"))));
    CHECK(QFile::exists(dir.path(QStringLiteral("atlas%1-002.png"))));
}

TEST_CASE("A failed print leaves the earlier files of its names as they were", "[faults][disk]")
{
    test::TempDir dir;
    const QString project = copyOfSample(dir);
    // Last week's per-page PNGs of the top 3, then a reprint that runs out of disk on page 2.
    QStringList pages;
    for (int i = 1; i <= 3; ++i) {
        pages << dir.path(QStringLiteral("sayfa-%1.png").arg(i, 3, 10, QLatin1Char('0')));
        QFile f(pages.back());
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("eski");
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const auto r = test::runCliWith({QStringLiteral("GEISEP_FAULT_WRITE_LIMIT=60000")},
                                    {QStringLiteral("print"), project, QStringLiteral("--layout"),
                                     QStringLiteral("Mahalle bilgi kartı"), QStringLiteral("--top"),
                                     QStringLiteral("3"), QStringLiteral("--no-cover"),
                                     QStringLiteral("--dpi"), QStringLiteral("60"),
                                     QStringLiteral("-o"), dir.path(QStringLiteral("sayfa.png"))});
    CHECK(r.exitCode == 1);
    for (const QString &page : pages) {
        QFile f(page);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == "eski");
    }
    CHECK(QDir(dir.path(QString())).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
    // A reprint that succeeds keeps the files' permissions (personal data stays private).
    const auto ok = test::runCli({QStringLiteral("print"), project, QStringLiteral("--layout"),
                                  QStringLiteral("Mahalle bilgi kartı"), QStringLiteral("--top"),
                                  QStringLiteral("3"), QStringLiteral("--no-cover"),
                                  QStringLiteral("--dpi"), QStringLiteral("60"),
                                  QStringLiteral("-o"), dir.path(QStringLiteral("sayfa.png"))});
    CHECK(ok.exitCode == 0);
    CHECK(QFile(pages.front()).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));
}
