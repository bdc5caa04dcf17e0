#include "core/plan/plan.h"
#include "core/schema.h"
#include "tests/support/support.h"

#include <catch2/catch.hpp>

using namespace geisep;

TEST_CASE("A new project seeds the eight sectors in Turkish and English", "[schema]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    PlanStore plan(project->db());
    const auto sectors = plan.sectors();
    REQUIRE(sectors);
    REQUIRE(sectors->size() == 8);
    CHECK(sectors->at(0).code == u"HOUSING");
    CHECK(sectors->at(0).nameTr == QStringLiteral("Konut / şehir planlaması"));
    CHECK(sectors->at(2).nameTr == QStringLiteral("Eğitim ve sağlık hizmetleri"));
    CHECK(sectors->at(3).nameTr
          == QStringLiteral("İşgücü piyasasına erişim, mesleki eğitim, çocuk işçiler"));
    CHECK(sectors->at(7).code == u"ATTITUDES");
    CHECK(sectors->at(7).nameEn == QStringLiteral("Shaping public attitudes towards migrants"));
    CHECK(project->schemaVersion() == schema::kCurrentVersion);
    CHECK(project->meta(QStringLiteral("schema_version")).toInt() == schema::kCurrentVersion);
    CHECK(project->meta(QStringLiteral("privacy_threshold")) == u"10");
}

TEST_CASE("Every plan table is registered as attributes, the extension declared", "[schema]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    Database &db = project->db();
    for (const QString &table : schema::planTables()) {
        INFO(table.toStdString());
        auto stmt = db.prepare("SELECT data_type FROM gpkg_contents WHERE table_name = ?");
        stmt->bind(1, table);
        REQUIRE(stmt->step().value());
        CHECK(stmt->text(0) == u"attributes");
    }
    CHECK(schema::planTables().size() == 22); // v1: 18, v2: match fixes, v6: area parts,
                                              // v7: shared rows, conflicts
    CHECK(db.queryInt("SELECT count(*) FROM gpkg_extensions WHERE extension_name = "
                      "'geisep_plan'")
              .value()
          == 1);
    CHECK(db.queryInt("PRAGMA application_id").value() == schema::kApplicationId);
    CHECK(db.queryInt("PRAGMA user_version").value() == schema::kUserVersion);
    auto srs = db.prepare("SELECT srs_name FROM gpkg_spatial_ref_sys WHERE srs_id = 5256");
    REQUIRE(srs->step().value());
    CHECK(srs->text(0) == u"TUREF / TM36");
}

TEST_CASE("The schema refuses values outside its lists", "[schema]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    Database &db = project->db();
    CHECK_FALSE(db.exec("INSERT INTO geisep_layers (table_name, name, role) VALUES ('x', 'x', "
                        "'unknown_role')"));
    CHECK_FALSE(db.exec("INSERT INTO geisep_goals (sector_id, title_tr) VALUES (99, 'x')"));
    REQUIRE(db.exec("INSERT INTO geisep_goals (sector_id, title_tr) VALUES (1, 'Hedef')"));
    // A link must name exactly one of goal, objective, action.
    CHECK_FALSE(db.exec("INSERT INTO geisep_layers (table_name, name, role) VALUES ('m', 'm', "
                        "'muhtar_district'); INSERT INTO geisep_areas (layer_id, fid) VALUES "
                        "(last_insert_rowid(), 1); INSERT INTO geisep_area_links (area_id) "
                        "VALUES (last_insert_rowid())"));
}

TEST_CASE("A new project passes GDAL's validator and ogrinfo lists every plan table",
          "[schema][gdal]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("yeni proje.gpkg"));
    test::newProject(path).reset();
    CHECK(test::gdalValidate({path}).toStdString().empty());
    const auto ogr
        = test::run(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-q"), path});
    REQUIRE(ogr.exitCode == 0);
    for (const QString &table : schema::planTables())
        CHECK(ogr.out.contains(table));
}
