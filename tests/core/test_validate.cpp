#include "core/project.h"
#include "core/validate.h"
#include "tests/support/support.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace geisep;

static QStringList messages(const QString &path)
{
    auto problems = ProjectValidator::check(path);
    REQUIRE(problems);
    QStringList out;
    for (const Problem &p : *problems)
        out.append(p.message);
    return out;
}

TEST_CASE("The validator passes a new project and finds broken references", "[validate]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    test::newProject(path).reset();
    CHECK(messages(path).isEmpty());

    {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        REQUIRE(db);
        // What another tool could do with foreign keys off.
        REQUIRE(db->exec("PRAGMA foreign_keys = OFF;"
                         "INSERT INTO geisep_goals (sector_id, title_tr) VALUES (42, 'Yetim');"
                         "INSERT INTO geisep_layers (table_name, name, role) VALUES "
                         "('kayip_tablo', 'Kayıp katman', 'reference');"
                         "DROP TABLE geisep_layouts;"));
    }
    const QStringList found = messages(path);
    INFO(found.join(u'\n').toStdString());
    CHECK(found.size() >= 3);
    CHECK(found.filter(QStringLiteral("geisep_goals")).size() >= 1);
    CHECK(found.filter(QStringLiteral("Kayıp katman")).size() == 1);
    CHECK(found.filter(QStringLiteral("geisep_layouts")).size() >= 1);
}

TEST_CASE("The validator notices a stale spatial index and a missing core table", "[validate]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    {
        auto project = test::newProject(path);
        Database &db = project->db();
        const auto table = *Identifier::make(QStringLiteral("noktalar"));
        REQUIRE(gpkg::createFeatureTable(
            db, {table, QStringLiteral("Noktalar"), QString(), "POLYGON", 5256, {}}));
        auto insert = db.prepareWith("INSERT INTO %1 (geom) VALUES (?)", {table});
        insert->bindBlob(1, gpkg::encodeGeometry(5256,
                                                 test::wkbPolygon({{0, 0}, {1, 0}, {1, 1}, {0, 0}}),
                                                 Envelope{0, 0, 1, 1}));
        REQUIRE(insert->exec());
        REQUIRE(db.exec("DELETE FROM rtree_noktalar_geom"));
    }
    QStringList found = messages(path);
    REQUIRE(found.size() == 1);
    CHECK(found[0].contains(QStringLiteral("spatial index of noktalar")));

    {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        REQUIRE(db->exec("PRAGMA foreign_keys = OFF; DROP TABLE gpkg_extensions;"));
    }
    found = messages(path);
    CHECK(found.filter(QStringLiteral("gpkg_extensions")).size() == 1);
}

TEST_CASE("The validator reports a file that is not a project", "[validate]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("empty.sqlite"));
    {
        auto db = Database::open(path, Database::Mode::ReadWriteCreate);
        REQUIRE(db->exec("CREATE TABLE x (a INTEGER)"));
    }
    const QStringList found = messages(path);
    CHECK(found.filter(QStringLiteral("GPKG")).size() == 1);
    CHECK(found.filter(QStringLiteral("not a GEİSEP project")).size() == 1);
    CHECK_FALSE(ProjectValidator::check(dir.path(QStringLiteral("yok.gpkg"))));
}
