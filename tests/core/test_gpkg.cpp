#include "core/gpkg.h"
#include "core/schema.h"
#include "tests/support/support.h"

#include <QPointF>
#include <QtEndian>

#include <catch2/catch.hpp>

using namespace geisep;
using Catch::Matchers::WithinAbs;

TEST_CASE("WKB envelopes of polygons, multipolygons, big-endian and broken WKB", "[gpkg]")
{
    const QByteArray square = test::wkbPolygon({{1, 2}, {5, 2}, {5, 9}, {1, 9}, {1, 2}});
    auto env = gpkg::wkbEnvelope(square.constData(), square.size());
    REQUIRE(env);
    CHECK(env->minX == 1);
    CHECK(env->minY == 2);
    CHECK(env->maxX == 5);
    CHECK(env->maxY == 9);

    // MultiPolygon of two squares (type 6), second far away.
    QByteArray multi;
    char buf[8];
    multi.append(char(1));
    qToLittleEndian<quint32>(6, buf);
    multi.append(buf, 4);
    qToLittleEndian<quint32>(2, buf);
    multi.append(buf, 4);
    multi += square;
    multi += test::wkbPolygon({{-10, -20}, {-9, -20}, {-9, -19}, {-10, -20}});
    env = gpkg::wkbEnvelope(multi.constData(), multi.size());
    REQUIRE(env);
    CHECK(env->minX == -10);
    CHECK(env->minY == -20);
    CHECK(env->maxX == 5);

    // Big-endian point (type 1).
    QByteArray point;
    point.append(char(0));
    qToBigEndian<quint32>(1, buf);
    point.append(buf, 4);
    qToBigEndian<double>(37.38, buf);
    point.append(buf, 8);
    qToBigEndian<double>(37.06, buf);
    point.append(buf, 8);
    env = gpkg::wkbEnvelope(point.constData(), point.size());
    REQUIRE(env);
    CHECK(env->minX == 37.38);
    CHECK(env->maxY == 37.06);

    // Cut short, or claiming a billion points: refused, not read past the end.
    CHECK_FALSE(gpkg::wkbEnvelope(square.constData(), square.size() - 3));
    QByteArray liar = square;
    qToLittleEndian<quint32>(1000000000u, liar.data() + 9);
    CHECK_FALSE(gpkg::wkbEnvelope(liar.constData(), liar.size()));
}

TEST_CASE("GeoPackage geometry blobs round-trip their header", "[gpkg]")
{
    const QByteArray wkb = test::wkbPolygon({{0, 0}, {2, 0}, {2, 3}, {0, 0}});
    Envelope env{0, 0, 2, 3};
    const QByteArray blob = gpkg::encodeGeometry(5256, wkb, env);
    CHECK(blob.startsWith(QByteArray("GP\0", 3)));
    auto header = gpkg::decodeHeader(blob);
    REQUIRE(header);
    CHECK(header->srsId == 5256);
    CHECK_FALSE(header->empty);
    REQUIRE(header->envelope);
    CHECK(header->envelope->maxY == 3);
    CHECK(blob.mid(header->wkbOffset) == wkb);
    CHECK_FALSE(gpkg::decodeHeader(QByteArray("XP\0\0\0\0\0\0", 8)));
}

TEST_CASE("A feature table's R-tree follows inserts, updates and deletes", "[gpkg]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    Database &db = project->db();
    const auto table = *Identifier::make(QStringLiteral("mahalle"));
    gpkg::FeatureTableSpec spec{table,     QStringLiteral("Mahalleler"),
                                QString(), "POLYGON",
                                5256,      {{*Identifier::make(QStringLiteral("name")), "TEXT"}}};
    Transaction tx(db);
    REQUIRE(gpkg::createFeatureTable(db, spec));
    auto insert = db.prepareWith("INSERT INTO %1 (geom, name) VALUES (?, ?)", {table});
    REQUIRE(insert);
    const QByteArray wkb = test::wkbPolygon({{100, 200}, {300, 200}, {300, 500}, {100, 200}});
    insert->bindBlob(1, gpkg::encodeGeometry(5256, wkb, Envelope{100, 200, 300, 500}));
    insert->bind(2, QStringLiteral("İnönü"));
    REQUIRE(insert->exec());
    REQUIRE(gpkg::refreshExtent(db, table));
    REQUIRE(tx.commit());

    auto rtree = db.prepare("SELECT minx, maxx, miny, maxy FROM rtree_mahalle_geom");
    // (Each read statement is reset before the DELETE below: an R-tree cannot change under an
    // open cursor.)
    REQUIRE(rtree->step().value());
    CHECK_THAT(rtree->real(0), WithinAbs(100, 1e-3));
    CHECK_THAT(rtree->real(1), WithinAbs(300, 1e-3));
    CHECK_THAT(rtree->real(3), WithinAbs(500, 1e-3));
    auto extent = db.prepare("SELECT min_x, max_y FROM gpkg_contents WHERE table_name = ?");
    extent->bind(1, QStringLiteral("mahalle"));
    REQUIRE(extent->step().value());
    CHECK_THAT(extent->real(1), WithinAbs(500, 1e-3));

    rtree->reset();
    extent->reset();
    auto deleted = db.exec("DELETE FROM mahalle");
    INFO((deleted ? QString() : deleted.error().message).toStdString());
    REQUIRE(deleted);
    CHECK(db.queryInt("SELECT count(*) FROM rtree_mahalle_geom").value() == 0);
}

TEST_CASE("A project with a feature layer passes GDAL's GeoPackage validator", "[gpkg][gdal]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    {
        auto project = test::newProject(path);
        Database &db = project->db();
        const auto table = *Identifier::make(QStringLiteral("alanlar"));
        Transaction tx(db);
        REQUIRE(gpkg::createFeatureTable(
            db, {table, QStringLiteral("Göçmen alanları"), QString(), "POLYGON", 5256, {}}));
        auto insert = db.prepareWith("INSERT INTO %1 (geom) VALUES (?)", {table});
        const QByteArray wkb = test::wkbPolygon({{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}});
        insert->bindBlob(1, gpkg::encodeGeometry(5256, wkb, Envelope{0, 0, 10, 10}));
        REQUIRE(insert->exec());
        REQUIRE(gpkg::refreshExtent(db, table));
        REQUIRE(tx.commit());
    }
    CHECK(test::gdalValidate({path}).toStdString().empty());
}
