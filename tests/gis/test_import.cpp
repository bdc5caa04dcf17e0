// Importing real layers: the 4-province mahalle file, every format, Turkish encodings, and each
// kind of bad input (a clear error, and a project left exactly as it was).
#include "core/text/turkish.h"
#include "gis/geos.h"
#include "gis/io/exporter.h"
#include "gis/io/importer.h"
#include "tests/support/support.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <catch2/catch.hpp>

using namespace geisep;
using Catch::Matchers::WithinRel;

namespace {

QString mahalleFile()
{
    return test::dataFile(QStringLiteral("tr_4prov_mahalle.geojson.gz"));
}

// Everything a failed import must leave alone: the tables, the layer rows and their counts.
QString snapshot(Project &project)
{
    QStringList parts;
    auto tables = project.db().prepare("SELECT name FROM sqlite_master ORDER BY name");
    while (tables->step().value_or(false))
        parts.append(tables->text(0));
    parts.append(
        QString::number(project.db().queryInt("SELECT count(*) FROM geisep_layers").value()));
    parts.append(
        QString::number(project.db().queryInt("SELECT count(*) FROM geisep_areas").value()));
    parts.append(
        QString::number(project.db().queryInt("SELECT count(*) FROM gpkg_contents").value()));
    return parts.join(u',');
}

double sumOfAreas(const QList<QByteArray> &wkbs, bool *allValid)
{
    double total = 0;
    *allValid = true;
    for (const QByteArray &wkb : wkbs) {
        geos::GeometryPtr g = geos::fromWkb(wkb);
        REQUIRE(g);
        if (GEOSisValid_r(geos::context(), g.get()) != 1)
            *allValid = false;
        double area = 0;
        GEOSArea_r(geos::context(), g.get(), &area);
        total += area;
    }
    return total;
}

QList<QByteArray> layerWkbs(Project &project, const QString &table)
{
    QList<QByteArray> out;
    auto stmt = project.db().prepareWith("SELECT geom FROM %1", {*Identifier::make(table)});
    while (stmt->step().value_or(false)) {
        const QByteArray blob = stmt->blob(0);
        out.append(blob.mid(gpkg::decodeHeader(blob)->wkbOffset));
    }
    return out;
}

test::ProcessResult ogr2ogr(const QStringList &args)
{
    return test::run(QStringLiteral("ogr2ogr"), args);
}

} // namespace

TEST_CASE("The 4-province mahalle file imports whole, valid, with its area", "[import][real]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    auto project = test::newProject(path);
    ImportOptions options;
    options.path = mahalleFile();
    options.role = LayerRole::MuhtarDistrict;
    options.name = QStringLiteral("Mahalleler");
    auto report = LayerImporter::run(*project, options);
    if (!report)
        FAIL(report.error().toString().toStdString());
    CHECK(report->read == 4458);
    CHECK(report->written == 4458);
    CHECK(report->skipped == 0);
    CHECK(report->repaired > 90); // the source's self-intersecting rings, as seen in TM36
    CHECK(report->repaired < 130);
    CHECK(report->encoding == u"UTF-8");
    CHECK(report->sourceCrs.startsWith(QStringLiteral("EPSG:4326")));
    CHECK(report->geometryType == u"MULTIPOLYGON");
    CHECK(project->db().queryInt("SELECT count(*) FROM geisep_areas").value() == 4458);
    CHECK(project->db().queryInt("SELECT count(DISTINCT code) FROM geisep_areas").value() == 4458);

    // Every stored geometry is valid, and the total area is the repaired source's (±0.1 %):
    // the source read by GDAL, projected to TM36 and made valid by GEOS on its own.
    bool allValid = false;
    const double stored = sumOfAreas(layerWkbs(*project, report->table), &allValid);
    CHECK(allValid);
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(
        test::gdalDataPath(QStringLiteral("tr_4prov_mahalle.geojson.gz")).toUtf8().constData(),
        GDAL_OF_VECTOR));
    REQUIRE(ds);
    OGRSpatialReference tm36;
    tm36.importFromEPSG(5256);
    tm36.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    double reference = 0;
    for (auto &&feature : ds->GetLayer(0)) {
        OGRGeometry *g = feature->GetGeometryRef();
        g->transformTo(&tm36);
        QByteArray wkb(qsizetype(g->WkbSize()), '\0');
        g->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
        geos::GeometryPtr geos = geos::fromWkb(wkb);
        if (GEOSisValid_r(geos::context(), geos.get()) != 1)
            geos = geos::makeValidPolygonal(geos.get());
        double area = 0;
        GEOSArea_r(geos::context(), geos.get(), &area);
        reference += area;
    }
    CHECK_THAT(stored, WithinRel(reference, 0.001));
    CHECK(stored > 50e9); // four provinces: tens of thousands of km²

    auto name = project->db().prepare(
        "SELECT name FROM geisep_areas WHERE code = '18647'"); // İnönü, Şahinbey
    REQUIRE(name->step().value());
    CHECK(name->text(0) == QStringLiteral("İnönü Mh."));
    project.reset();
    CHECK(test::gdalValidate({path}).toStdString().empty());
    const auto ogr
        = test::run(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-so"), path,
                                                QStringLiteral("mahalleler")});
    CHECK(ogr.exitCode == 0);
    CHECK(ogr.out.contains(QStringLiteral("Feature Count: 4458")));
}

TEST_CASE("Every format comes in with Turkish names intact", "[import][formats]")
{
    test::TempDir dir;
    // A subset with the names the brief singles out: İnönü (Şahinbey), Ağaçgeçit (Bağlar) and
    // the mahalle of Eyyübiye (Şanlıurfa).
    const QString subset = dir.path(QStringLiteral("subset.geojson"));
    REQUIRE(ogr2ogr({QStringLiteral("-f"), QStringLiteral("GeoJSON"), subset,
                     test::gdalDataPath(QStringLiteral("tr_4prov_mahalle.geojson.gz")),
                     QStringLiteral("-select"), QStringLiteral("name,quarterId,townId,cityId"),
                     QStringLiteral("-where"),
                     QStringLiteral("quarterId IN (18647, 13909) OR townId = 1056")})
                .exitCode
            == 0);
    struct Variant
    {
        QString file;
        QStringList ogrArgs;
        QString encoding;
    };
    const QString format
        = GENERATE(as<QString>{}, QStringLiteral("gpkg"), QStringLiteral("shp-utf8"),
                   QStringLiteral("shp-cp1254"), QStringLiteral("shp-zip"),
                   QStringLiteral("geojson"), QStringLiteral("kml"), QStringLiteral("fgb"),
                   QStringLiteral("csv-wkt"), QStringLiteral("csv-lonlat"));
    INFO(format.toStdString());
    QString input;
    QString expectEncoding = QStringLiteral("UTF-8");
    std::optional<int> sourceEpsg;
    if (format == u"gpkg") {
        input = dir.path(QStringLiteral("m.gpkg"));
        REQUIRE(ogr2ogr({input, subset}).exitCode == 0);
    } else if (format == u"shp-utf8") {
        input = dir.path(QStringLiteral("m.shp"));
        REQUIRE(ogr2ogr({input, subset, QStringLiteral("-lco"), QStringLiteral("ENCODING=UTF-8")})
                    .exitCode
                == 0);
    } else if (format == u"shp-cp1254") {
        // From Turkish Windows: CP1254 bytes, and neither a .cpg nor a code page mark.
        input = dir.path(QStringLiteral("m.shp"));
        REQUIRE(ogr2ogr({input, subset, QStringLiteral("-lco"), QStringLiteral("ENCODING=CP1254")})
                    .exitCode
                == 0);
        QFile::remove(dir.path(QStringLiteral("m.cpg")));
        QFile dbf(dir.path(QStringLiteral("m.dbf")));
        REQUIRE(dbf.open(QIODevice::ReadWrite));
        dbf.seek(29);
        dbf.write(QByteArray(1, '\0'));
        dbf.close();
        expectEncoding = QStringLiteral("CP1254");
    } else if (format == u"shp-zip") {
        REQUIRE(QDir().mkpath(dir.path(QStringLiteral("z"))));
        REQUIRE(ogr2ogr({dir.path(QStringLiteral("z/mahalle.shp")), subset, QStringLiteral("-lco"),
                         QStringLiteral("ENCODING=UTF-8")})
                    .exitCode
                == 0);
        input = dir.path(QStringLiteral("mahalle.zip"));
        QProcess zip;
        zip.setWorkingDirectory(dir.path(QStringLiteral("z")));
        zip.start(QStringLiteral("/usr/bin/python3"),
                  {QStringLiteral("-c"),
                   QStringLiteral("import zipfile,glob,sys; z=zipfile.ZipFile(sys.argv[1],'w');"
                                  "[z.write(f) for f in glob.glob('mahalle.*')]"),
                   input});
        REQUIRE(zip.waitForFinished());
        REQUIRE(zip.exitCode() == 0);
    } else if (format == u"geojson") {
        input = subset;
    } else if (format == u"kml") {
        // libkml refuses to write the two self-intersecting rings: repair them first.
        input = dir.path(QStringLiteral("m.kml"));
        REQUIRE(ogr2ogr({input, subset, QStringLiteral("-makevalid")}).exitCode == 0);
    } else if (format == u"fgb") {
        input = dir.path(QStringLiteral("m.fgb"));
        REQUIRE(ogr2ogr({input, subset}).exitCode == 0);
    } else if (format == u"csv-wkt") {
        input = dir.path(QStringLiteral("m.csv"));
        REQUIRE(ogr2ogr({input, subset, QStringLiteral("-lco"), QStringLiteral("GEOMETRY=AS_WKT")})
                    .exitCode
                == 0);
        sourceEpsg = 4326; // a CSV says nothing of its CRS
    } else {
        // One point inside each mahalle, as lon/lat columns.
        input = dir.path(QStringLiteral("m.csv"));
        const auto made = test::run(
            QStringLiteral(GEISEP_SYSTEM_PYTHON),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, csv\n"
                            "from osgeo import ogr\n"
                            "ds = ogr.Open(sys.argv[1]); w = csv.writer(open(sys.argv[2], 'w', "
                            "encoding='utf-8', newline=''))\n"
                            "w.writerow(['name', 'quarterId', 'lon', 'lat'])\n"
                            "for f in ds.GetLayer():\n"
                            "    p = f.GetGeometryRef().Buffer(0).PointOnSurface()\n"
                            "    w.writerow([f.GetField('name'), f.GetField('quarterId'), "
                            "p.GetX(), p.GetY()])\n"),
             subset, input});
        REQUIRE(made.exitCode == 0);
        sourceEpsg = 4326;
    }
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    ImportOptions options;
    options.path = input;
    options.role = format == u"csv-lonlat" ? LayerRole::Reference : LayerRole::MuhtarDistrict;
    options.sourceEpsg = sourceEpsg;
    auto report = LayerImporter::run(*project, options);
    if (!report)
        FAIL(report.error().toString().toStdString());
    CHECK(report->encoding == expectEncoding);
    const qint64 expected = 2 + 163; // İnönü, Ağaçgeçit and Eyyübiye's mahalle
    CHECK(report->written == expected);
    QStringList names;
    auto table = *Identifier::make(report->table);
    auto stmt = project->db().prepareWith("SELECT * FROM %1 LIMIT 0", {table});
    int nameColumn = -1;
    for (int i = 0; i < stmt->columnCount(); ++i)
        if (stmt->columnName(i).compare(QStringLiteral("name"), Qt::CaseInsensitive) == 0)
            nameColumn = i;
    REQUIRE(nameColumn >= 0);
    stmt->reset();
    auto rows = project->db().prepareWith("SELECT * FROM %1", {table});
    while (rows->step().value_or(false))
        names.append(rows->text(nameColumn));
    CHECK(names.contains(QStringLiteral("İnönü Mh.")));
    CHECK(names.contains(QStringLiteral("Ağaçgeçit Mh.")));
    CHECK(names.contains(QStringLiteral("Eyyübiye Mh.")));
    if (options.role == LayerRole::MuhtarDistrict)
        CHECK(project->db()
                  .queryInt("SELECT count(*) FROM geisep_areas WHERE province = "
                            "'Şanlıurfa'")
                  .value()
              == 163);
}

TEST_CASE("Bad input gets a clear error and leaves the project as it was", "[import][bad]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    {
        // Something already in the project, which a failed import must not touch.
        ImportOptions first;
        first.path = test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz"));
        first.role = LayerRole::Reference;
        REQUIRE(LayerImporter::run(*project, first));
    }
    const QString before = snapshot(*project);
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.path(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return dir.path(name);
    };
    const QByteArray geojson = test::dataBytes(QStringLiteral("tr_4prov_ilce.geojson.gz"));

    const QString kind = GENERATE(
        as<QString>{}, QStringLiteral("truncated"), QStringLiteral("png named geojson"),
        QStringLiteral("geojson named shp"), QStringLiteral("no prj"), QStringLiteral("1e308"),
        QStringLiteral("empty collection"), QStringLiteral("wrong encoding"),
        QStringLiteral("cancelled"), QStringLiteral("missing"));
    INFO(kind.toStdString());
    ImportOptions options;
    options.role = LayerRole::MuhtarDistrict;
    QString mustMention;
    bool cancel = false;
    if (kind == u"truncated") {
        options.path = write(QStringLiteral("cut.geojson"), geojson.left(geojson.size() / 2));
    } else if (kind == u"png named geojson") {
        options.path = write(QStringLiteral("image.geojson"),
                             QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(512, '\x07'));
    } else if (kind == u"geojson named shp") {
        options.path = write(QStringLiteral("really-json.shp"), geojson.left(4000) + "]}");
        mustMention = QStringLiteral(".shp");
    } else if (kind == u"no prj") {
        REQUIRE(ogr2ogr({dir.path(QStringLiteral("noprj.shp")),
                         test::gdalDataPath(QStringLiteral("tr_4prov_ilce.geojson.gz"))})
                    .exitCode
                == 0);
        QFile::remove(dir.path(QStringLiteral("noprj.prj")));
        options.path = dir.path(QStringLiteral("noprj.shp"));
        mustMention = QStringLiteral("--source-crs");
    } else if (kind == u"1e308") {
        options.path
            = write(QStringLiteral("far.geojson"),
                    "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                    "\"properties\":{\"name\":\"Uzak\"},\"geometry\":{\"type\":\"Polygon\","
                    "\"coordinates\":[[[37.3,37.0],[1e308,37.0],[37.4,37.1],[37.3,37.0]]]}}]}");
        mustMention = QStringLiteral("Feature 0");
    } else if (kind == u"empty collection") {
        options.path = write(QStringLiteral("empty.geojson"),
                             "{\"type\":\"FeatureCollection\",\"features\":[]}");
        mustMention = QStringLiteral("no features");
    } else if (kind == u"wrong encoding") {
        REQUIRE(ogr2ogr({dir.path(QStringLiteral("cp.shp")),
                         test::gdalDataPath(QStringLiteral("tr_4prov_ilce.geojson.gz")),
                         QStringLiteral("-lco"), QStringLiteral("ENCODING=CP1254")})
                    .exitCode
                == 0);
        QFile::remove(dir.path(QStringLiteral("cp.cpg")));
        options.path = dir.path(QStringLiteral("cp.shp"));
        options.encoding = QStringLiteral("UTF-8");
        mustMention = QStringLiteral("CP1254");
    } else if (kind == u"cancelled") {
        options.path = mahalleFile();
        cancel = true;
        mustMention = QStringLiteral("cancelled");
    } else {
        options.path = dir.path(QStringLiteral("yok.geojson"));
    }
    auto report = LayerImporter::run(*project, options, [&](qint64 done, qint64 total) {
        return !(cancel && done > total / 2); // cancel in the writing half
    });
    REQUIRE_FALSE(report);
    const Error &e = report.error();
    INFO(e.toString().toStdString());
    CHECK(e.file == options.path);
    CHECK_FALSE(e.message.isEmpty());
    CHECK_FALSE(e.hint.isEmpty());
    if (!mustMention.isEmpty())
        CHECK(e.toString().contains(mustMention, Qt::CaseInsensitive));
    CHECK(snapshot(*project) == before);

    if (kind == u"no prj") {
        options.sourceEpsg = 4326; // …and with the CRS given, it imports
        options.role = LayerRole::Reference;
        auto retried = LayerImporter::run(*project, options);
        REQUIRE(retried);
        CHECK(retried->written == 59);
        CHECK(retried->sourceCrs.contains(QStringLiteral("given")));
    }
}

TEST_CASE("Layers export to every format, read back by GDAL with Turkish letters", "[export]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    ImportOptions options;
    options.path = test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz"));
    options.role = LayerRole::Reference;
    options.name = QStringLiteral("İlçeler");
    REQUIRE(LayerImporter::run(*project, options));

    const QString suffix
        = GENERATE(as<QString>{}, QStringLiteral("gpkg"), QStringLiteral("geojson"),
                   QStringLiteral("shp"), QStringLiteral("csv"));
    INFO(suffix.toStdString());
    const QString out = dir.path(QStringLiteral("ilceler.") + suffix);
    auto outcome = LayerExporter::run(*project, QStringLiteral("İlçeler"), out);
    if (!outcome)
        FAIL(outcome.error().toString().toStdString());
    CHECK(outcome->features == 59);
    CHECK_FALSE(LayerExporter::run(*project, QStringLiteral("İlçeler"), out)); // no overwrite
    const auto info
        = test::run(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-al"), out});
    REQUIRE(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("Eyyübiye")));
    CHECK(info.out.contains(QStringLiteral("Şahinbey")));
    if (suffix == u"shp") {
        QFile cpg(dir.path(QStringLiteral("ilceler.cpg")));
        REQUIRE(cpg.open(QIODevice::ReadOnly));
        CHECK(cpg.readAll().trimmed() == "UTF-8");
    }
    if (suffix == u"csv") {
        QFile csv(out);
        REQUIRE(csv.open(QIODevice::ReadOnly));
        const QByteArray head = csv.read(64);
        CHECK(head.startsWith("\xEF\xBB\xBF"));
        CHECK(head.contains("WKT"));
    }
    if (suffix == u"geojson")
        CHECK(info.out.contains(QStringLiteral("WGS 84")));
    auto unknown
        = LayerExporter::run(*project, QStringLiteral("Yok"), dir.path(QStringLiteral("x.gpkg")));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().hint.contains(QStringLiteral("İlçeler")));
}
